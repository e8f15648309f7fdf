/**
 * Glued digit runs → cells. Crawled pages glue every cell of a row together
 * (`21710000218`); the only honest reading enumerates every split without leading
 * zeros and lets the table's identities choose. This module only enumerates.
 */
import type { ValueToken } from './tokens.ts';

export interface Cell {
  /** The cell as written (for a piece of a glued run, the piece with sign and unit). */
  readonly raw: string;
  readonly digits: string;
  readonly sign: 1 | -1;
  readonly unit: string;
  readonly start: number;
  /** Whether this cell came from splitting a longer run. */
  readonly split: boolean;
  readonly placeholder: boolean;
}

const MAX_CANDIDATES = 200_000;

function cellOf(t: ValueToken): Cell {
  if (t.kind === 'dash') return { raw: t.raw, digits: '', sign: 1, unit: '', start: t.start, split: false, placeholder: true };
  return { raw: t.raw, digits: t.digits, sign: t.sign, unit: t.unit, start: t.start, split: false, placeholder: false };
}

/** Number of ways to cut a digit string into k pieces without leading zeros, for every k from 1 to maxK (capped); index k. */
function cutCounts(ints: string, maxK: number): number[] {
  const cap = MAX_CANDIDATES * 10;
  const len = ints.length;
  const out = new Array<number>(maxK + 1).fill(0);
  // prev[p]: ways for the first p digits to make j pieces; a piece may start at p when
  // digit p is not 0 (then it may end anywhere after), or be the single digit `0`.
  let prev = new Array<number>(len + 1).fill(0);
  prev[0] = 1;
  let cur = new Array<number>(len + 1).fill(0);
  for (let j = 1; j <= maxK; j++) {
    cur[0] = 0;
    let open = 0; // Σ prev[start] over earlier starts whose digit is not 0
    for (let end = 1; end <= len; end++) {
      const start = end - 1;
      const zero = ints.charCodeAt(start) === 48;
      if (!zero) open = Math.min(cap, open + (prev[start] ?? 0));
      cur[end] = Math.min(cap, open + (zero ? prev[start] ?? 0 : 0));
    }
    out[j] = cur[len] ?? 0;
    [prev, cur] = [cur, prev];
  }
  return out;
}

/** Number of ways the tokens can make exactly n cells (capped). */
function countWays(tokens: readonly ValueToken[], n: number): number {
  // ways[j] = ways for the tokens so far to make j cells
  let ways = new Array<number>(n + 1).fill(0);
  ways[0] = 1;
  for (const t of tokens) {
    const next = new Array<number>(n + 1).fill(0);
    const ints = t.kind === 'num' ? (t.digits.split('.')[0] ?? '') : '';
    const maxK = t.kind === 'num' && !t.whole ? Math.min(ints.length, n) : 1;
    // Ways to make k cells of this token, for every k (a placeholder or a whole number is one cell).
    const cuts = t.kind !== 'num' ? [0, 1] : t.whole ? [0, /^0\d/.test(ints) ? 0 : 1] : cutCounts(ints, maxK);
    for (let j = 0; j <= n; j++) {
      const w = ways[j] ?? 0;
      if (!w) continue;
      for (let k = 1; k <= maxK && j + k <= n; k++) {
        next[j + k] = Math.min(MAX_CANDIDATES * 10, (next[j + k] ?? 0) + w * (cuts[k] ?? 0));
      }
    }
    ways = next;
  }
  return ways[n] ?? 0;
}

export interface Splits {
  readonly candidates: Cell[][];
  /** True when the tokens were already exactly n cells. */
  readonly asWritten: boolean;
  /** Too many readings to enumerate. */
  readonly tooMany: boolean;
}

/** Steps a pruned search may take before it gives up (too many readings). */
const MAX_STEPS = 2_000_000;
/** The longest digit run one cell can be (a yuan amount runs to 12 digits before the point). */
const MAX_PIECE = 15;

/**
 * Every way to read the tokens as exactly n cells. Tokens already n: one candidate.
 * Fewer: glued runs are cut (no leading zeros; a decimal part stays with its piece).
 * None possible: no candidates (the caller pads and reports).
 *
 * `keep`, when given, is asked about every partial reading as it grows (the caller's
 * identities: a group of cells that must add up) and prunes the ones it rejects, so a
 * long run with astronomically many readings is still searched exactly.
 */
export function splitCells(tokens: readonly ValueToken[], n: number, keep?: (cells: readonly Cell[]) => boolean): Splits {
  if (tokens.length === n) return { candidates: [tokens.map(cellOf)], asWritten: true, tooMany: false };
  if (tokens.length > n) return { candidates: [], asWritten: false, tooMany: false };
  // Without `keep`, count first: too many readings are not enumerated. With it, the
  // pruned search finds what there is (it never finds a reading the count excludes).
  if (!keep) {
    const total = countWays(tokens, n);
    if (total === 0) return { candidates: [], asWritten: false, tooMany: false };
    if (total > MAX_CANDIDATES) return { candidates: [], asWritten: false, tooMany: true };
  }
  // Each token's integer and decimal parts, once.
  const intsOf = tokens.map((t) => (t.kind === 'num' ? (t.digits.split('.')[0] ?? '') : ''));
  const fracOf = tokens.map((t) => (t.kind === 'num' ? (t.digits.split('.')[1] ?? '') : ''));
  // most[i]: the most cells tokens i… can make
  const most = new Array<number>(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    most[i] = (most[i + 1] ?? 0) + (t && t.kind === 'num' && !t.whole ? (intsOf[i] ?? '').length : 1);
  }
  const out: Cell[][] = [];
  const acc: Cell[] = [];
  let steps = 0;
  let gaveUp = false;
  const push = (c: Cell): boolean => {
    acc.push(c);
    if (keep && !keep(acc)) { acc.pop(); return false; }
    return true;
  };
  // Token ti, from digit `pos` of its integer part (pieces cut one at a time).
  const rec = (ti: number, pos: number): void => {
    if (gaveUp || out.length > MAX_CANDIDATES) return;
    if (++steps > MAX_STEPS) { gaveUp = true; return; }
    if (ti === tokens.length) {
      if (acc.length === n) out.push([...acc]);
      return;
    }
    const t = tokens[ti];
    if (!t) return;
    if (t.kind === 'dash') {
      if (push(cellOf(t))) { rec(ti + 1, 0); acc.pop(); }
      return;
    }
    const ints = intsOf[ti] ?? '';
    const frac = fracOf[ti] ?? '';
    const cellsAfter = most[ti + 1] ?? 0;
    const tokensAfter = tokens.length - ti - 1;
    if (t.whole) {
      if (push(cellOf(t))) { rec(ti + 1, 0); acc.pop(); }
      return;
    }
    // No cell is longer than MAX_PIECE digits; every piece tried counts as a step.
    for (let end = pos + 1; end <= ints.length && end - pos <= MAX_PIECE; end++) {
      if (++steps > MAX_STEPS) { gaveUp = true; return; }
      if (end - pos > 1 && ints.charCodeAt(pos) === 48) break;
      const last = end === ints.length;
      // Cells still needed after this piece must fit what is left, and vice versa.
      const need = n - acc.length - 1;
      const restOfToken = ints.length - end;
      if (need > restOfToken + cellsAfter) continue;
      if (need < tokensAfter) break;
      if (!last && need < 1 + tokensAfter) continue;
      // The rest of this run must fit in the cells it can still have.
      if (!last && restOfToken > (need - tokensAfter) * MAX_PIECE) continue;
      const whole = pos === 0 && last;
      const piece = ints.slice(pos, end);
      const digits = piece + (last && frac ? '.' + frac : '');
      const cell: Cell = whole
        ? cellOf(t)
        : { raw: (pos === 0 ? t.signText : '') + digits + (last ? t.unit : ''), digits, sign: pos === 0 ? t.sign : 1, unit: last ? t.unit : '', start: t.start + pos, split: true, placeholder: false };
      if (!push(cell)) continue;
      if (last) rec(ti + 1, 0); else rec(ti, end);
      acc.pop();
    }
  };
  rec(0, 0);
  // A search that gave up on tokens with no reading at all has none, not too many.
  if (gaveUp) return { candidates: [], asWritten: false, tooMany: countWays(tokens, n) > 0 };
  return { candidates: out, asWritten: false, tooMany: false };
}
