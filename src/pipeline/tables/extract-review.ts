/** Section 四 (复议、诉讼) → facts: fifteen cells in one row, read so that each of
 * the three groups satisfies identity 4 (总计 = 维持 + 纠正 + 其他 + 未审结) where it can. */
import { RL_COLS, RL_ROWS } from '../../schema/fields.ts';
import type { FlatDoc } from '../doc.ts';
import type { Fact } from '../facts.ts';
import { problem, type Problem } from '../problems.ts';
import { ambiguityProblems } from './ambiguity.ts';
import type { Span } from './anchors.ts';
import { cellValues, readSpanTokens, readTokens, rowShapeProblems, shapeCost } from './read-rows.ts';
import type { Cell } from './split.ts';
import { readCell } from './values.ts';

const ROWS = Object.keys(RL_ROWS);
const COLS = Object.keys(RL_COLS);
const W = COLS.length;

function brokenGroups(v: readonly (number | null)[]): number {
  let bad = 0;
  for (let g = 0; g < ROWS.length; g++) {
    const s = v.slice(g * W, g * W + W);
    if (s.some((x) => x === null)) continue;
    const parts = (s[0] ?? 0) + (s[1] ?? 0) + (s[2] ?? 0) + (s[3] ?? 0);
    if (Math.abs(parts - (s[4] ?? 0)) > 1e-6) bad++;
  }
  return bad;
}

/** Accept partial readings with at most `max` groups whose total is not the sum of its parts. */
function keepBroken(max: number) {
  return (cells: readonly Cell[]): boolean => cells.length % W !== 0 || brokenGroups(cellValues(cells)) <= max;
}

export function extractReview(flat: FlatDoc, span: Span): { facts: Fact[]; problems: Problem[] } {
  const n = ROWS.length * W;
  const tokens = readSpanTokens(flat.text, span);
  const anchor = { key: 'review_litigation', labelStart: span.start, labelEnd: span.start };
  // Readings whose groups add up first; then with one, two, three groups broken, as
  // reports do break them.
  let read = readTokens(anchor, tokens, n, '', keepBroken(0));
  for (let k = 1; k <= ROWS.length && read.candidates.length === 0; k++) read = readTokens(anchor, tokens, n, '', keepBroken(k));
  const problems: Problem[] = [];
  const line = flat.lineAt(span.start);
  if (tokens.length === 0) {
    problems.push(problem('table_empty', 'warning', 'review and litigation table has no values', { section: 'review_litigation', line }));
  }
  const scored = read.candidates.map((c) => ({ c, bad: brokenGroups(cellValues(c)), cost: shapeCost(cellValues(c)) }));
  const minBad = Math.min(...scored.map((s) => s.bad));
  const survivors = scored.filter((s) => s.bad === minBad).sort((a, b) => a.cost - b.cost).map((s) => s.c);
  const chosen: Cell[] = survivors[0] ?? [];
  problems.push(...rowShapeProblems('review_litigation', 'the review/litigation table', read, n, line));
  const facts: Fact[] = [];
  ROWS.forEach((row, r) => {
    const cells = chosen.slice(r * W, r * W + W);
    if (survivors.length > 1) problems.push(...ambiguityProblems('review_litigation', row, COLS, cells, survivors.map((s) => s.slice(r * W, r * W + W)), flat.lineAt));
    COLS.forEach((col, ci) => {
      const cell = cells[ci];
      const { value, convention } = readCell(cell);
      facts.push({ section: 'review_litigation', row_key: row, col_key: col, value, raw: cell?.raw ?? null, source_line: cell ? flat.lineAt(cell.start) : line, derived: false, convention });
    });
  });
  return { facts, problems };
}
