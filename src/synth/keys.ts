/**
 * Field keys (`applications.new.total`) built once: the generator looks values up by
 * these constant strings rather than building a key per cell per report.
 */
import { APP_COLS, ACTIVE_ROWS, ACTIVE_COLS, APP_ROWS, RL_COLS, RL_ROWS, allFields, type Template } from '../schema/fields.ts';

function table(section: string, rows: readonly string[], cols: readonly string[]): Readonly<Record<string, Readonly<Record<string, string>>>> {
  return Object.fromEntries(rows.map((r) => [r, Object.fromEntries(cols.map((c) => [c, `${section}.${r}.${c}`]))]));
}

const APP = table('applications', APP_ROWS.map((r) => r.key), Object.keys(APP_COLS));
const RL = table('review_litigation', Object.keys(RL_ROWS), Object.keys(RL_COLS));
const ACT = table('active', Object.keys(ACTIVE_ROWS), Object.keys(ACTIVE_COLS));

const key = (t: Readonly<Record<string, Readonly<Record<string, string>>>>, section: string, r: string, c: string): string => t[r]?.[c] ?? `${section}.${r}.${c}`;
export const appKey = (r: string, c: string): string => key(APP, 'applications', r, c);
export const rlKey = (r: string, c: string): string => key(RL, 'review_litigation', r, c);
export const activeKey = (r: string, c: string): string => key(ACT, 'active', r, c);

const FIELDS: Partial<Record<Template, readonly string[]>> = {};
/** Every field key of a template, in print order. */
export function fieldKeys(t: Template): readonly string[] {
  return (FIELDS[t] ??= allFields(t).map(([s, r, c]) => (s === 'applications' ? appKey(r, c) : s === 'active' ? activeKey(r, c) : rlKey(r, c))));
}
