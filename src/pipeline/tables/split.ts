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

/** Ways to cut an integer digit string into k pieces, none with a leading zero. */
function cuts(intDigits: string, k: number): number[][] {
  const out: number[][] = [];
  const rec = (from: number, left: number, acc: number[]) => {
    if (out.length > MAX_CANDIDATES) return;
    if (left === 1) {
      const rest = intDigits.slice(from);
      if (rest.length > 0 && (rest === '0' || rest[0] !== '0')) out.push([...acc, intDigits.length]);
      return;
    }
    const maxLen = intDigits.length - from - (left - 1);
    for (let len = 1; len <= maxLen; len++) {
      const piece = intDigits.slice(from, from + len);
      if (piece.length > 1 && piece[0] === '0') break;
      rec(from + len, left - 1, [...acc, from + len]);
    }
  };
  rec(0, k, []);
  return out;
}

function piecesOf(t: ValueToken & { kind: 'num' }, k: number): Cell[][] {
  // Kept whole in a row that had to be split, a run with a leading zero (`05`) is
  // still two glued cells, not one.
  if (k === 1) return /^0\d/.test(t.digits) ? [] : [[cellOf(t)]];
  const [intPart, frac = ''] = t.digits.split('.');
  const ints = intPart ?? '';
  return cuts(ints, k).map((ends) => {
    let from = 0;
    return ends.map((end, i) => {
      const last = i === ends.length - 1;
      const digits = ints.slice(from, end) + (last && frac ? '.' + frac : '');
      const sign = i === 0 ? t.sign : 1;
      const unit = last ? t.unit : '';
      const raw = (i === 0 ? t.signText : '') + digits + unit;
      const c: Cell = { raw, digits, sign, unit, start: t.start + from, split: true, placeholder: false };
      from = end;
      return c;
    });
  });
}

/** Number of ways to cut a digit string into k pieces without leading zeros (capped). */
function countCuts(ints: string, k: number): number {
  const cap = MAX_CANDIDATES * 10;
  // prev[p]: ways for the first p digits to make j pieces; a piece may start at p when
  // digit p is not 0 (then it may end anywhere after), or be the single digit `0`.
  let prev = new Array<number>(ints.length + 1).fill(0);
  prev[0] = 1;
  for (let j = 1; j <= k; j++) {
    const cur = new Array<number>(ints.length + 1).fill(0);
    let open = 0; // Σ prev[start] over earlier starts whose digit is not 0
    for (let end = 1; end <= ints.length; end++) {
      const start = end - 1;
      if (ints[start] !== '0') open = Math.min(cap, open + (prev[start] ?? 0));
      cur[end] = Math.min(cap, open + (ints[start] === '0' ? prev[start] ?? 0 : 0));
    }
    prev = cur;
  }
  return prev[ints.length] ?? 0;
}

/** Number of ways the tokens can make exactly n cells (capped). */
function countWays(tokens: readonly ValueToken[], n: number): number {
  // ways[j] = ways for the tokens so far to make j cells
  let ways = new Array<number>(n + 1).fill(0);
  ways[0] = 1;
  for (const t of tokens) {
    const next = new Array<number>(n + 1).fill(0);
    const ints = t.kind === 'num' ? (t.digits.split('.')[0] ?? '') : '';
    const maxK = t.kind === 'num' && !t.whole ? ints.length : 1;
    for (let j = 0; j <= n; j++) {
      const w = ways[j] ?? 0;
      if (!w) continue;
      for (let k = 1; k <= maxK && j + k <= n; k++) {
        const c = t.kind === 'num' ? (k > 1 ? countCuts(ints, k) : /^0\d/.test(ints) ? 0 : 1) : 1;
        next[j + k] = Math.min(MAX_CANDIDATES * 10, (next[j + k] ?? 0) + w * c);
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

/**
 * Every way to read the tokens as exactly n cells. Tokens already n: one candidate.
 * Fewer: glued runs are cut (no leading zeros; a decimal part stays with its piece).
 * None possible: no candidates (the caller pads and reports).
 */
export function splitCells(tokens: readonly ValueToken[], n: number): Splits {
  if (tokens.length === n) return { candidates: [tokens.map(cellOf)], asWritten: true, tooMany: false };
  if (tokens.length > n) return { candidates: [], asWritten: false, tooMany: false };
  const total = countWays(tokens, n);
  if (total === 0) return { candidates: [], asWritten: false, tooMany: false };
  if (total > MAX_CANDIDATES) return { candidates: [], asWritten: false, tooMany: true };
  const out: Cell[][] = [];
  // most[i]: the most cells tokens i… can make
  const most = new Array<number>(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    most[i] = (most[i + 1] ?? 0) + (t && t.kind === 'num' && !t.whole ? (t.digits.split('.')[0] ?? '').length : 1);
  }
  const rec = (ti: number, acc: Cell[]) => {
    if (ti === tokens.length) {
      if (acc.length === n) out.push(acc);
      return;
    }
    const t = tokens[ti];
    if (!t) return;
    const left = n - acc.length - (tokens.length - ti - 1);
    if (t.kind === 'dash') { rec(ti + 1, [...acc, cellOf(t)]); return; }
    const maxK = t.whole ? 1 : Math.min(left, (t.digits.split('.')[0] ?? '').length);
    const minK = Math.max(1, n - acc.length - (most[ti + 1] ?? 0));
    for (let k = minK; k <= maxK; k++) for (const pieces of piecesOf(t, k)) rec(ti + 1, [...acc, ...pieces]);
  };
  rec(0, []);
  return { candidates: out, asWritten: false, tooMany: false };
}
