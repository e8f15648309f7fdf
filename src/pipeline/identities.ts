/**
 * The five identities (勾稽关系) of SCHEMA.md. A report that breaks one is data, not
 * an error: one `identity_N` problem per failure, with expected and actual; the
 * numbers stay as written.
 */
import { APP_COLS, APP_ROWS, APPLICANT_COLS, OTHER_PARTS, OUTCOME_ROWS, RL_COLS, RL_ROWS, type Template } from '../schema/fields.ts';
import type { Fact } from './facts.ts';
import { problem, type Problem } from './problems.ts';

const EPS = 1e-6;

function check(out: Problem[], id: number, expected: number | null, actual: number | null | undefined, where: { section: string; row_key?: string; col_key?: string }, what: string): void {
  if (expected === null || actual === null || actual === undefined) return;
  if (Math.abs(expected - actual) <= EPS) return;
  out.push(problem(`identity_${id}`, 'warning', `${what}: expected ${+expected.toFixed(6)}, written ${actual} (off by ${+(actual - expected).toFixed(6)})`, { ...where, expected, actual }));
}

/**
 * Where each cell of one table sits in a flat array: the schema's rows and columns,
 * numbered once, so a report's lookups are array reads (a million reports make no
 * maps). Cells outside the schema are looked up by no identity and have no slot (-1).
 */
class Layout {
  private readonly rows: ReadonlyMap<string, number>;
  private readonly cols: ReadonlyMap<string, number>;
  readonly size: number;
  constructor(rowKeys: readonly string[], colKeys: readonly string[]) {
    this.rows = new Map(rowKeys.map((k, i) => [k, i]));
    this.cols = new Map(colKeys.map((k, i) => [k, i]));
    this.size = rowKeys.length * colKeys.length;
  }
  slot(row: string, col: string): number {
    const r = this.rows.get(row), c = this.cols.get(col);
    return r === undefined || c === undefined ? -1 : r * this.cols.size + c;
  }
}

/** One table's facts by cell (a later fact of the same cell wins). */
class Grid {
  private readonly layout: Layout;
  private readonly cells: (Fact | undefined)[];
  constructor(layout: Layout) {
    this.layout = layout;
    this.cells = new Array<Fact | undefined>(layout.size);
  }
  put(f: Fact): void {
    const i = this.layout.slot(f.row_key, f.col_key);
    if (i >= 0) this.cells[i] = f;
  }
  at(slot: number): Fact | undefined {
    return slot < 0 ? undefined : this.cells[slot];
  }
  value(slot: number): number | null | undefined {
    return this.at(slot)?.value;
  }
  /** Σ of the cells, or null when any is missing or unreadable. */
  sum(slots: readonly number[]): number | null {
    let s = 0;
    for (const i of slots) {
      const v = this.value(i);
      if (v === null || v === undefined) return null;
      s += v;
    }
    return s;
  }
}

const APP_COL_KEYS = Object.keys(APP_COLS);
const RL_COL_KEYS = Object.keys(RL_COLS);
const RL_PARTS = RL_COL_KEYS.filter((c) => c !== 'total');
const APP = new Layout(APP_ROWS.map((r) => r.key), APP_COL_KEYS);
const RL = new Layout(Object.keys(RL_ROWS), RL_COL_KEYS);

/** Per applications column: the cells of identities 1, 2 and 5, as slots. */
const APP_COLUMN = APP_COL_KEYS.map((c) => ({
  col: c,
  newAndCarried: [APP.slot('new', c), APP.slot('carried_over', c)],
  carriedForward: APP.slot('carried_forward', c),
  total: APP.slot('total', c),
  outcomes: OUTCOME_ROWS.map((r) => APP.slot(r, c)),
  other: APP.slot('other', c),
  otherParts: OTHER_PARTS.map((p) => APP.slot(p, c)),
}));
/** Identity 3 per template: each row's applicant cells and its total, in the order failures are reported. */
const rowSums = (extra: readonly string[]) => [...new Set([...OUTCOME_ROWS, 'new', 'carried_over', 'total', 'carried_forward', ...extra])]
  .map((r) => ({ row: r, applicants: APPLICANT_COLS.map((c) => APP.slot(r, c)), total: APP.slot(r, 'total') }));
const ROW_SUMS: Readonly<Record<Template, ReturnType<typeof rowSums>>> = { '2019': rowSums([]), '2021': rowSums(OTHER_PARTS) };
const RL_ROW_SUMS = Object.keys(RL_ROWS).map((r) => ({ row: r, parts: RL_PARTS.map((c) => RL.slot(r, c)), total: RL.slot(r, 'total') }));

export function checkIdentities(facts: readonly Fact[], template: Template): Problem[] {
  const out: Problem[] = [];
  const app = new Grid(APP), rl = new Grid(RL);
  for (const f of facts) {
    if (f.section === 'applications') app.put(f);
    else if (f.section === 'review_litigation') rl.put(f);
  }
  // 1. new + carried_over = total + carried_forward, per column
  for (const k of APP_COLUMN) {
    const lhs = app.sum(k.newAndCarried);
    const f = app.value(k.carriedForward);
    if (lhs !== null && f != null) check(out, 1, lhs - f, app.value(k.total), { section: 'applications', row_key: 'total', col_key: k.col }, `column ${k.col}: new + carried_over − carried_forward`);
  }
  // 2. total = Σ outcomes, per column (2021: `other` is the sum of its parts)
  for (const k of APP_COLUMN) {
    check(out, 2, app.sum(k.outcomes), app.value(k.total), { section: 'applications', row_key: 'total', col_key: k.col }, `column ${k.col}: sum of outcomes`);
  }
  // 3. total column = Σ applicant columns, per row
  for (const k of ROW_SUMS[template]) {
    check(out, 3, app.sum(k.applicants), app.value(k.total), { section: 'applications', row_key: k.row, col_key: 'total' }, `row ${k.row}: sum of applicant columns`);
  }
  // 4. review/litigation: total = upheld + corrected + other + pending
  for (const k of RL_ROW_SUMS) {
    check(out, 4, rl.sum(k.parts), rl.value(k.total), { section: 'review_litigation', row_key: k.row, col_key: 'total' }, `row ${k.row}: sum of results`);
  }
  // 5. 2021: other = Σ parts
  if (template === '2021') {
    for (const k of APP_COLUMN) {
      const other = app.at(k.other);
      if (!other || other.derived) continue;
      if (k.otherParts.some((i) => { const f = app.at(i); return !f || f.derived; })) continue;
      check(out, 5, app.sum(k.otherParts), other.value, { section: 'applications', row_key: 'other', col_key: k.col }, `column ${k.col}: sum of the three 其他处理 sub-rows`);
    }
  }
  return out;
}
