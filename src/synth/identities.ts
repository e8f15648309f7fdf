/**
 * The five identities of SCHEMA.md over a complete value table, named as the truth
 * files name them: `app.balance[col]` (1), `app.outcomes[col]` (2), `app.row_total[row]`
 * (3), `rl.row_total[row]` (4), `app.other_parts[col]` (5).
 */
import { appKey, rlKey } from './keys.ts';
import { APP_COLS, APPLICANT_COLS, OTHER_PARTS, OUTCOME_ROWS, RL_COLS, RL_ROWS, appRowKeys, type Template } from '../schema/fields.ts';

export type Values = Record<string, number>;

const EPS = 1e-6;
const v = (vals: Values, k: string): number => vals[k] ?? 0;
const app = (vals: Values, r: string, c: string): number => v(vals, appKey(r, c));

export function identityFailures(vals: Values, template: Template): string[] {
  const out: string[] = [];
  const cols = Object.keys(APP_COLS);
  for (const c of cols) {
    if (Math.abs(app(vals, 'new', c) + app(vals, 'carried_over', c) - app(vals, 'total', c) - app(vals, 'carried_forward', c)) > EPS) out.push(`app.balance[${c}]`);
  }
  for (const c of cols) {
    let s = 0;
    for (const r of OUTCOME_ROWS) s += app(vals, r, c);
    if (Math.abs(s - app(vals, 'total', c)) > EPS) out.push(`app.outcomes[${c}]`);
  }
  for (const r of appRowKeys(template)) {
    let s = 0;
    for (const c of APPLICANT_COLS) s += app(vals, r, c);
    if (Math.abs(s - app(vals, r, 'total')) > EPS) out.push(`app.row_total[${r}]`);
  }
  for (const r of Object.keys(RL_ROWS)) {
    let s = 0;
    for (const c of Object.keys(RL_COLS)) if (c !== 'total') s += v(vals, rlKey(r, c));
    if (Math.abs(s - v(vals, rlKey(r, 'total'))) > EPS) out.push(`rl.row_total[${r}]`);
  }
  if (template === '2021') {
    for (const c of cols) {
      let s = 0;
      for (const p of OTHER_PARTS) s += app(vals, p, c);
      if (Math.abs(s - app(vals, 'other', c)) > EPS) out.push(`app.other_parts[${c}]`);
    }
  }
  return out;
}
