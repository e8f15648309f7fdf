/**
 * Rows of a table region → candidate cell readings. A row's values are the first
 * group of numbers after its label; when the group holds fewer tokens than the row
 * has cells, the glued runs are cut every possible way (split.ts) and the caller's
 * identities choose.
 */
import { problem, type Problem } from '../problems.ts';
import type { Anchor, Span } from './anchors.ts';
import { splitCells, type Cell } from './split.ts';
import { tokenize, valueGroups, type ValueToken } from './tokens.ts';

export interface RowRead {
  readonly key: string;
  readonly anchor: Anchor;
  /** The value tokens found after the label. */
  readonly tokens: readonly ValueToken[];
  /** Every reading of the tokens as the row's cells (one when written cell by cell). */
  readonly candidates: readonly Cell[][];
  /** Cells that had to be dropped (more tokens than cells) or padded (fewer, unsplittable). */
  readonly extra: number;
  readonly missing: number;
  readonly tooMany: boolean;
  /** The text between this label and the next, for units written in headers. */
  readonly region: string;
}

/** A row read from its label to the next label (or the end of the table). */
export function readRow(text: string, anchor: Anchor, next: Anchor | undefined, span: Span, n: number, keep?: Keep): RowRead {
  const end = Math.max(anchor.labelEnd, next ? next.labelStart : span.end);
  const region = text.slice(anchor.labelEnd, end);
  const groups = valueGroups(tokenize(region, anchor.labelEnd));
  const tokens = groups[0] ?? [];
  return readTokens(anchor, tokens, n, region, keep);
}

/** A test of partial readings (the row's identities), to prune a long glued run's search. */
export type Keep = (cells: readonly Cell[]) => boolean;

/**
 * Candidate readings of a token list as n cells. With `keep`, the readings it accepts;
 * when none does (the report breaks the identity), every reading.
 */
export function readTokens(anchor: Anchor, tokens: readonly ValueToken[], n: number, region: string, keep?: Keep): RowRead {
  if (keep && tokens.length < n) {
    const kept = splitCells(tokens, n, keep);
    if (kept.candidates.length > 0) return { key: anchor.key, anchor, tokens, candidates: kept.candidates, extra: 0, missing: 0, tooMany: false, region };
  }
  const key = anchor.key;
  if (tokens.length > n) {
    const kept = tokens.slice(0, n);
    return { key, anchor, tokens: kept, candidates: splitCells(kept, n).candidates, extra: tokens.length - n, missing: 0, tooMany: false, region };
  }
  const s = splitCells(tokens, n);
  if (s.candidates.length > 0) return { key, anchor, tokens, candidates: s.candidates, extra: 0, missing: 0, tooMany: false, region };
  // Too many readings to weigh: no honest value, every cell left empty.
  if (s.tooMany) return { key, anchor, tokens, candidates: [[]], extra: 0, missing: n, tooMany: true, region };
  // Not enough digits to make n cells: every digit is a cell; the rest stay empty.
  const most = tokens.reduce((k, t) => k + (t.kind === 'num' && !t.whole ? (t.digits.split('.')[0] ?? '').length : 1), 0);
  const asIs = splitCells(tokens, Math.min(most, n)).candidates[0] ?? splitCells(tokens, tokens.length).candidates[0] ?? [];
  return { key, anchor, tokens, candidates: [asIs], extra: 0, missing: n - asIs.length, tooMany: s.tooMany, region };
}

/**
 * The values of a table laid out as one long row (section 四: 15 cells), read across
 * groups until prose begins.
 */
export function readSpanTokens(text: string, span: Span): ValueToken[] {
  const tokens = tokenize(text.slice(span.start, span.end), span.start);
  const out: ValueToken[] = [];
  for (const t of tokens) {
    if (t.kind === 'text') {
      // Long text after the numbers began is prose that follows the table.
      if (out.length > 0 && t.raw.length > 15) break;
      continue;
    }
    out.push(t);
  }
  return out;
}

export function cellValues(cells: readonly Cell[]): (number | null)[] {
  return cells.map((c) => (c.placeholder || c.digits === '' ? null : Number(c.digits) * c.sign));
}

/**
 * How unlikely a reading looks, lower is likelier: zeros are common in these tables,
 * and the non-zero cells of one row tend to share a magnitude.
 */
export function shapeCost(vals: readonly (number | null)[]): number {
  let zeros = 0;
  let lo = Infinity, hi = -Infinity;
  for (const v of vals) {
    if (v === null) continue;
    if (v === 0) { zeros++; continue; }
    const l = Math.log10(Math.abs(v));
    lo = Math.min(lo, l);
    hi = Math.max(hi, l);
  }
  return (hi >= lo ? hi - lo : 0) - zeros;
}

/** The cell indices at which the surviving readings disagree. */
export function disagreements(chosen: readonly Cell[], others: readonly (readonly Cell[])[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const o of others) {
    o.forEach((c, i) => {
      const mine = chosen[i];
      if (mine && c.digits !== mine.digits) {
        const set = out.get(i) ?? new Set<string>();
        set.add(c.raw);
        out.set(i, set);
      }
    });
  }
  return out;
}

/** Problems with a row's shape: more values than cells, fewer, or too many readings. */
export function rowShapeProblems(section: string, label: string, read: RowRead, n: number, line: number, row_key?: string): Problem[] {
  const at = { section, row_key, line };
  if (read.tooMany) return [problem('too_many_readings', 'warning', `${label}: the glued digits have too many readings to weigh; its cells are left empty`, at)];
  const out: Problem[] = [];
  if (read.extra > 0) out.push(problem('extra_cells', 'warning', `${label} has ${read.extra} more value(s) than its ${n} cells; the first ${n} are kept`, at));
  if (read.missing > 0 && read.tokens.length > 0) out.push(problem('missing_cells', 'warning', `${label} has ${n - read.missing} value(s) for ${n} cells`, { ...at, expected: n, actual: n - read.missing }));
  return out;
}
