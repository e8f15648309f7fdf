/**
 * Section 三 (依申请) → facts. Each row's readings must satisfy identity 3 (the
 * 总计 column is the sum of the six applicant columns) where any can; rows still
 * ambiguous are settled by the column identities 1 and 2 across rows.
 */
import { APP_COLS, OTHER_PARTS, OUTCOME_ROWS, appRowKeys, type Template } from '../../schema/fields.ts';
import type { FlatDoc } from '../doc.ts';
import type { Fact } from '../facts.ts';
import { problem, type Problem } from '../problems.ts';
import { ambiguityProblems } from './ambiguity.ts';
import { APP_ANCHORS, findAnchors, findRepeatedRows, labelMatches, type Span } from './anchors.ts';
import { cellValues, readRow, rowShapeProblems, shapeCost, type RowRead } from './read-rows.ts';
import type { Cell } from './split.ts';
import { readCell } from './values.ts';

const COLS = Object.keys(APP_COLS);
const N = COLS.length;
const EPS = 1e-6;
/** Readings per row weighed against the other rows' identities. */
const MAX_JOINT = 64;

function rowSumHolds(v: readonly (number | null)[]): boolean {
  let parts = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (x === null || x === undefined) return false;
    if (i < 6) parts += x;
  }
  return Math.abs(parts - (v[6] ?? 0)) < EPS;
}

interface Choice {
  readonly read: RowRead;
  readonly survivors: readonly Cell[][];
  pick: number;
}

/** Column identities (1 and 2) broken by the current picks, over all seven columns. */
function columnViolations(choices: ReadonlyMap<string, Choice>): number {
  const val = (row: string, c: number): number | null | undefined => {
    const ch = choices.get(row);
    if (!ch) return undefined;
    const cells = ch.survivors[ch.pick];
    return cells ? cellValues(cells)[c] : undefined;
  };
  const hasParts = OTHER_PARTS.some((k) => choices.has(k));
  let bad = 0;
  for (let c = 0; c < N; c++) {
    const [a, b, t, f] = [val('new', c), val('carried_over', c), val('total', c), val('carried_forward', c)];
    if (a != null && b != null && t != null && f != null && Math.abs(a + b - t - f) > EPS) bad++;
    let sum = 0;
    let complete = t != null;
    for (const r of OUTCOME_ROWS) {
      const rows = r === 'other' && hasParts && !choices.has('other') ? OTHER_PARTS : [r];
      for (const rr of rows) {
        const v = val(rr, c);
        if (v == null) { if (choices.has(rr)) complete = false; continue; }
        sum += v;
      }
    }
    if (complete && t != null && Math.abs(sum - t) > EPS) bad++;
  }
  return bad;
}

export function extractApplications(flat: FlatDoc, span: Span, template: Template): { facts: Fact[]; problems: Problem[] } {
  const text = flat.text;
  const problems: Problem[] = [];
  const labels = labelMatches(text, span, APP_ANCHORS);
  const anchors = findAnchors(text, span, APP_ANCHORS, undefined, labels);
  for (const d of findRepeatedRows(text, span, APP_ANCHORS, anchors, labels)) {
    problems.push(problem('duplicate_row', 'warning', `row ${d.key} is printed more than once; the first is read`, { section: 'applications', row_key: d.key, line: flat.lineAt(d.at) }));
  }
  const choices = new Map<string, Choice>();
  const blank: { key: string; line: number }[] = [];
  anchors.forEach((a, i) => {
    const read = readRow(text, a, anchors[i + 1], span, N, (cells) => cells.length < N || rowSumHolds(cellValues(cells)));
    if (read.tokens.length === 0) { blank.push({ key: a.key, line: flat.lineAt(a.labelEnd - 1) }); return; }
    if (read.candidates.length === 0) return;
    // A row written cell by cell has one reading: nothing to weigh.
    if (read.candidates.length === 1) { choices.set(a.key, { read, survivors: read.candidates as Cell[][], pick: 0 }); return; }
    const holding = read.candidates.filter((c) => rowSumHolds(cellValues(c)));
    // The likeliest readings only: a long glued run can have tens of thousands.
    const survivors = (holding.length > 0 ? holding : read.candidates)
      .map((c) => ({ c, cost: shapeCost(cellValues(c)) }))
      .sort((x, y) => x.cost - y.cost)
      .slice(0, MAX_JOINT)
      .map((x) => x.c);
    choices.set(a.key, { read, survivors, pick: 0 });
  });
  // Settle rows with several readings by the identities between rows.
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (const ch of choices.values()) {
      if (ch.survivors.length < 2) continue;
      let best = ch.pick, bestBad = Infinity;
      for (let k = 0; k < ch.survivors.length && k < 5000; k++) {
        ch.pick = k;
        const bad = columnViolations(choices);
        if (bad < bestBad) { bestBad = bad; best = k; }
      }
      if (ch.pick !== best) changed = true;
      ch.pick = best;
    }
    if (!changed && pass > 0) break;
  }

  const facts: Fact[] = [];
  const rowKeys = appRowKeys(template);
  const emitted = new Map<string, (number | null)[]>();
  for (const row of rowKeys) {
    const ch = choices.get(row);
    if (!ch) continue;
    const chosen = ch.survivors[ch.pick] ?? [];
    // Readings as consistent as the chosen one across rows count as alternatives.
    const bad = ch.survivors.length > 1 ? columnViolations(choices) : 0;
    const equal = ch.survivors.length < 2 ? ch.survivors : ch.survivors.filter((_, k) => {
      if (k === ch.pick) return true;
      const keep = ch.pick;
      ch.pick = k;
      const b = columnViolations(choices);
      ch.pick = keep;
      return b === bad;
    });
    const line = flat.lineAt(ch.read.anchor.labelEnd - 1);
    if (equal.length > 1) problems.push(...ambiguityProblems('applications', row, COLS, chosen, equal, flat.lineAt));
    problems.push(...rowShapeProblems('applications', `row ${row}`, ch.read, N, line, row));
    const vals: (number | null)[] = [];
    // A short row whose written cells are all 0 is all 0 wherever the gap is (identity 3).
    const allZero = ch.read.missing > 0 && chosen.length > 0 && cellValues(chosen).every((v) => v === 0);
    COLS.forEach((col, ci) => {
      const cell = chosen[ci];
      const { value, convention } = cell || !allZero ? readCell(cell) : { value: 0, convention: 'implied_zero' as const };
      vals.push(value);
      facts.push({ section: 'applications', row_key: row, col_key: col, value, raw: cell?.raw ?? null, source_line: cell ? flat.lineAt(cell.start) : line, derived: false, convention });
    });
    emitted.set(row, vals);
  }

  // A printed row left blank, in a table that writes its other cells, is a row of zeros.
  if (emitted.size > 0) {
    for (const b of blank) {
      if (!rowKeys.includes(b.key) || emitted.has(b.key) || (b.key === 'other' && template === '2021')) continue;
      COLS.forEach((col) => facts.push({ section: 'applications', row_key: b.key, col_key: col, value: 0, raw: '', source_line: b.line, derived: false, convention: 'blank_is_zero' }));
      emitted.set(b.key, COLS.map(() => 0));
      problems.push(problem('blank_row', 'info', `row ${b.key} is printed without values; read as zeros`, { section: 'applications', row_key: b.key, line: b.line }));
    }
  }

  // （六）其他处理: 2021 prints three sub-rows and `other` is their sum; a report that
  // prints only `other` implies zero parts where `other` is zero.
  if (template === '2021') {
    const parts = OTHER_PARTS.map((k) => emitted.get(k));
    const other = emitted.get('other');
    if (!other && parts.every((p) => p !== undefined)) {
      const sum = COLS.map((_, ci) => parts.reduce<number | null>((s, p) => (s === null || p?.[ci] == null ? null : s + (p[ci] ?? 0)), 0));
      COLS.forEach((col, ci) => facts.push({ section: 'applications', row_key: 'other', col_key: col, value: sum[ci] ?? null, raw: null, source_line: null, derived: true, convention: 'derived' }));
      emitted.set('other', sum);
    } else if (other && parts.every((p) => p === undefined)) {
      for (const k of OTHER_PARTS) {
        COLS.forEach((col, ci) => {
          const zero = other[ci] === 0;
          facts.push({ section: 'applications', row_key: k, col_key: col, value: zero ? 0 : null, raw: null, source_line: null, derived: true, convention: zero ? 'implied_zero' : 'written' });
        });
      }
      problems.push(problem('other_single_row', 'info', '（六）其他处理 is printed as one row; its 2021 sub-rows are 0 where the row is 0, else unknown', { section: 'applications', row_key: 'other' }));
    }
  } else if (!emitted.has('other') && OTHER_PARTS.some((k) => choices.has(k))) {
    problems.push(problem('unknown_row', 'warning', '2021 sub-rows of （六）其他处理 found in a 2019-template table; not read', { section: 'applications', row_key: 'other' }));
  }
  for (const row of rowKeys) {
    if (emitted.has(row) || facts.some((f) => f.row_key === row)) continue;
    problems.push(problem('row_missing', 'warning', `row ${row} not found in the applications table`, { section: 'applications', row_key: row }));
    for (const col of COLS) facts.push({ section: 'applications', row_key: row, col_key: col, value: null, raw: null, source_line: null, derived: false, convention: 'written' });
  }
  return { facts, problems };
}
