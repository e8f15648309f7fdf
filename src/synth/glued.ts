/**
 * Glued digit runs (crawled pages print a row's cells with nothing between them) that
 * stay honestly resolvable: a row is left glued only where exactly one reading of its
 * runs satisfies the identities that bind it (as well as the written numbers do);
 * otherwise separators (a space, U+3000) go between cells until one reading is left,
 * as real pages mix glued and spaced cells.
 */
import type { Cell } from './model.ts';
import { chance, pick, type Rng } from './prng.ts';

interface Run { readonly neg: boolean; readonly int: string; readonly frac: string }

const RUN = /(-|减)?(\d+)(\.\d+)?/g;

/** The digit runs a glued text shows for these cells with separators after the marked ones. */
function runsOf(cells: readonly Cell[], sepAfter: readonly boolean[]): Run[] {
  const out: Run[] = [];
  let cur = '';
  const flush = () => {
    for (const m of cur.matchAll(RUN)) out.push({ neg: !!m[1], int: m[2] ?? '', frac: m[3] ?? '' });
    cur = '';
  };
  cells.forEach((c, i) => {
    cur += c.plain;
    if (sepAfter[i] || i === cells.length - 1) flush();
  });
  return out;
}

export interface Binding {
  /** Cells per identity group (the row, or one of section 四's three rows). */
  readonly groupSize: number;
  /** Whether a complete group satisfies its identity. */
  readonly holds: (group: readonly number[]) => boolean;
}

export const FREE: Binding = { groupSize: Number.MAX_SAFE_INTEGER, holds: () => true };

/**
 * Every reading of the runs as exactly n cells (no piece with a leading zero; a sign
 * stays with the first piece of its run, a decimal part with the last) that breaks at
 * most `budget` groups; stops after `cap` readings.
 */
export function readings(runs: readonly Run[], n: number, bind: Binding, budget: number, cap: number): number[][] {
  const out: number[][] = [];
  const acc: number[] = [];
  const size = Math.min(bind.groupSize, n);
  const minLeft: number[] = new Array<number>(runs.length + 1).fill(0);
  for (let i = runs.length - 1; i >= 0; i--) minLeft[i] = (minLeft[i + 1] ?? 0) + 1;
  const maxLeft: number[] = new Array<number>(runs.length + 1).fill(0);
  for (let i = runs.length - 1; i >= 0; i--) maxLeft[i] = (maxLeft[i + 1] ?? 0) + (runs[i]?.int.length ?? 0);
  const push = (x: number, broken: number): number => {
    acc.push(x);
    if (acc.length % size === 0 || acc.length === n) {
      const g = acc.slice(acc.length - (acc.length % size || size));
      if (!bind.holds(g)) return broken + 1;
    }
    return broken;
  };
  const rec = (ri: number, off: number, first: boolean, broken: number): void => {
    if (out.length >= cap) return;
    const run = runs[ri];
    if (!run) {
      if (acc.length === n) out.push(acc.slice());
      return;
    }
    const s = run.int;
    if (off === s.length) { rec(ri + 1, 0, true, broken); return; }
    // cells still possible from here
    const cellsLeft = n - acc.length;
    if (cellsLeft < 1 + (minLeft[ri + 1] ?? 0)) return;
    if (cellsLeft > s.length - off + (maxLeft[ri + 1] ?? 0)) return;
    const maxEnd = s[off] === '0' ? off + 1 : s.length;
    for (let end = off + 1; end <= maxEnd; end++) {
      const last = end === s.length;
      let x = Number(s.slice(off, end) + (last ? run.frac : ''));
      if (first && run.neg) x = -x;
      const b = push(x, broken);
      if (b <= budget) rec(ri, end, false, b);
      acc.pop();
      if (out.length >= cap) return;
    }
  };
  rec(0, 0, true, 0);
  return out;
}

export function brokenGroups(vals: readonly number[], bind: Binding): number {
  const size = Math.min(bind.groupSize, vals.length);
  let bad = 0;
  for (let i = 0; i < vals.length; i += size) if (!bind.holds(vals.slice(i, i + size))) bad++;
  return bad;
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? NaN)) < 1e-9);

/**
 * Where to put separators so the row reads one way only. `tieBreak`, if given, may
 * accept several surviving readings when it alone singles out the written one.
 */
export function separators(
  r: Rng,
  cells: readonly Cell[],
  bind: Binding,
  tieBreak?: (cands: readonly number[][]) => boolean,
  gluedBias = 0.85,
): boolean[] {
  const n = cells.length;
  const truth = cells.map((c) => c.value);
  const budget = brokenGroups(truth, bind);
  const sep = cells.map((c, i) => i < n - 1 && (c.plain.includes('.') || (cells[i + 1]?.plain.startsWith('-') ?? false) || !chance(r, gluedBias)));
  for (let guard = 0; guard <= n; guard++) {
    const cands = readings(runsOf(cells, sep), n, bind, budget, tieBreak ? 64 : 2);
    if (cands.length === 1 && same(cands[0] ?? [], truth)) return sep;
    if (cands.length > 1 && cands.length < 64 && tieBreak && cands.some((c) => same(c, truth)) && tieBreak(cands)) return sep;
    const open = sep.map((s, i) => (!s && i < n - 1 ? i : -1)).filter((i) => i >= 0);
    if (open.length === 0) return sep;
    const wide = open.filter((i) => (cells[i]?.plain.length ?? 0) > 1 || (cells[i + 1]?.plain.length ?? 0) > 1);
    sep[pick(r, wide.length ? wide : open)] = true;
  }
  return sep;
}

/** The row's cells as a crawled page prints them, glued where `sep` says nothing parts them. */
export function gluedText(r: Rng, cells: readonly Cell[], sep: readonly boolean[]): string {
  let s = '';
  cells.forEach((c, i) => {
    s += c.plain;
    if (i < cells.length - 1 && sep[i]) s += chance(r, 0.2) ? '\u3000' : ' ';
  });
  return s;
}
