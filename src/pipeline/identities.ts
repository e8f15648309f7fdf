/**
 * The five identities (勾稽关系) of SCHEMA.md. A report that breaks one is data, not
 * an error: one `identity_N` problem per failure, with expected and actual; the
 * numbers stay as written.
 */
import { APP_COLS, APPLICANT_COLS, OTHER_PARTS, OUTCOME_ROWS, RL_COLS, RL_ROWS, type Template } from '../schema/fields.ts';
import type { Fact } from './facts.ts';
import { problem, type Problem } from './problems.ts';

const EPS = 1e-6;
type Get = (row: string, col: string) => number | null | undefined;

function sum(vals: readonly (number | null | undefined)[]): number | null {
  let s = 0;
  for (const v of vals) {
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}

function check(out: Problem[], id: number, expected: number | null, actual: number | null | undefined, where: { section: string; row_key?: string; col_key?: string }, what: string): void {
  if (expected === null || actual === null || actual === undefined) return;
  if (Math.abs(expected - actual) <= EPS) return;
  out.push(problem(`identity_${id}`, 'warning', `${what}: expected ${+expected.toFixed(6)}, written ${actual} (off by ${+(actual - expected).toFixed(6)})`, { ...where, expected, actual }));
}

/** The sections the identities read (section 二 has none). */
const CHECKED = new Set<string>(['applications', 'review_litigation']);

/** The facts as section → row → column, for the identities' lookups (a later fact of the same cell wins). */
function byCell(facts: readonly Fact[]): Map<string, Map<string, Map<string, Fact>>> {
  const out = new Map<string, Map<string, Map<string, Fact>>>();
  let lastName: string | undefined, section: Map<string, Map<string, Fact>> | undefined;
  for (const f of facts) {
    if (!CHECKED.has(f.section)) continue;
    // Facts come a section at a time.
    if (f.section !== lastName || !section) {
      lastName = f.section;
      section = out.get(f.section);
      if (!section) { section = new Map(); out.set(f.section, section); }
    }
    let row = section.get(f.row_key);
    if (!row) { row = new Map(); section.set(f.row_key, row); }
    row.set(f.col_key, f);
  }
  return out;
}

export function checkIdentities(facts: readonly Fact[], template: Template): Problem[] {
  const out: Problem[] = [];
  const cells = byCell(facts);
  const appCells = cells.get('applications'), rlCells = cells.get('review_litigation');
  const fact = (section: 'applications' | 'review_litigation', r: string, c: string): Fact | undefined => (section === 'applications' ? appCells : rlCells)?.get(r)?.get(c);
  const app: Get = (r, c) => appCells?.get(r)?.get(c)?.value;
  const rl: Get = (r, c) => rlCells?.get(r)?.get(c)?.value;
  const cols = Object.keys(APP_COLS);
  // 1. new + carried_over = total + carried_forward, per column
  for (const c of cols) {
    const lhs = sum([app('new', c), app('carried_over', c)]);
    const f = app('carried_forward', c);
    const t = app('total', c);
    if (lhs !== null && f != null) check(out, 1, lhs - f, t, { section: 'applications', row_key: 'total', col_key: c }, `column ${c}: new + carried_over − carried_forward`);
  }
  // 2. total = Σ outcomes, per column (2021: `other` is the sum of its parts)
  for (const c of cols) {
    const outcomes = OUTCOME_ROWS.map((r) => app(r, c));
    check(out, 2, sum(outcomes), app('total', c), { section: 'applications', row_key: 'total', col_key: c }, `column ${c}: sum of outcomes`);
  }
  // 3. total column = Σ applicant columns, per row
  for (const r of new Set([...OUTCOME_ROWS, 'new', 'carried_over', 'total', 'carried_forward', ...(template === '2021' ? OTHER_PARTS : [])])) {
    check(out, 3, sum(APPLICANT_COLS.map((c) => app(r, c))), app(r, 'total'), { section: 'applications', row_key: r, col_key: 'total' }, `row ${r}: sum of applicant columns`);
  }
  // 4. review/litigation: total = upheld + corrected + other + pending
  for (const r of Object.keys(RL_ROWS)) {
    const parts = Object.keys(RL_COLS).filter((c) => c !== 'total').map((c) => rl(r, c));
    check(out, 4, sum(parts), rl(r, 'total'), { section: 'review_litigation', row_key: r, col_key: 'total' }, `row ${r}: sum of results`);
  }
  // 5. 2021: other = Σ parts
  if (template === '2021') {
    for (const c of cols) {
      const other = fact('applications', 'other', c);
      if (!other || other.derived) continue;
      const parts = OTHER_PARTS.map((p) => fact('applications', p, c));
      if (parts.some((p) => !p || p.derived)) continue;
      check(out, 5, sum(parts.map((p) => p?.value)), other.value, { section: 'applications', row_key: 'other', col_key: c }, `column ${c}: sum of the three 其他处理 sub-rows`);
    }
  }
  return out;
}
