/**
 * Seeded randomness for the synthetic corpus: mulberry32, and a per-report stream
 * derived from (seed, index) so any report can be made alone, in any order, and the
 * same seed always gives the same bytes. Nothing here reads the clock or Math.random.
 */

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit mix of several integers (murmur3 finaliser per word). */
export function mix(...xs: number[]): number {
  let h = 0x9e3779b9;
  for (const x of xs) {
    let k = Math.imul(x | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = ((h << 13) | (h >>> 19)) * 5 + 0xe6546b64;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The random stream of report `index` under `seed`. */
export function reportRng(seed: number, index: number): Rng {
  return mulberry32(mix(seed, index, 0x5eed));
}

export const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
export const chance = (r: Rng, p: number): boolean => r() < p;
export function pick<T>(r: Rng, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error('pick from an empty list');
  return x;
}

/** One key of a weight table, with probability proportional to its weight. */
const ENTRIES = new WeakMap<object, { entries: [string, number][]; total: number }>();

export function weighted<K extends string>(r: Rng, table: Readonly<Record<K, number>>): K {
  let e = ENTRIES.get(table);
  if (!e) {
    const entries = Object.entries(table) as [string, number][];
    e = { entries, total: entries.reduce((s, [, w]) => s + w, 0) };
    ENTRIES.set(table, e);
  }
  const entries = e.entries as [K, number][];
  const total = e.total;
  let x = r() * total;
  for (const [k, w] of entries) {
    x -= w;
    if (x < 0) return k;
  }
  const last = entries.at(-1);
  if (!last) throw new Error('empty weight table');
  return last[0];
}

/** A standard normal draw (Box–Muller). */
export function normal(r: Rng): number {
  const u = Math.max(r(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

/** A heavy-tailed count: 0 with probability pZero, else ⌊exp(mu + sigma·z)⌋ (≥ 1). */
export function heavyCount(r: Rng, pZero: number, mu: number, sigma: number, cap = 5_000_000): number {
  if (r() < pZero) return 0;
  return Math.min(cap, Math.max(1, Math.floor(Math.exp(mu + sigma * normal(r)))));
}

/** Split n into parts in proportion to weights, with multinomial-like noise (integers summing to n). */
export function splitCount(r: Rng, n: number, weights: readonly number[]): number[] {
  const out = weights.map(() => 0);
  if (n <= 0) return out;
  let total = 0;
  for (const w of weights) total += w;
  if (n <= 64) {
    for (let i = 0; i < n; i++) {
      let x = r() * total;
      let j = 0;
      for (; j < weights.length - 1; j++) {
        x -= weights[j] ?? 0;
        if (x < 0) break;
      }
      out[j] = (out[j] ?? 0) + 1;
    }
    return out;
  }
  // Large n: noisy shares, remainder to the heaviest part.
  let left = n;
  let heaviest = 0;
  weights.forEach((w, i) => { if (w > (weights[heaviest] ?? 0)) heaviest = i; });
  weights.forEach((w, i) => {
    if (i === heaviest) return;
    const p = w / total;
    const sd = Math.sqrt(n * p * (1 - p));
    const k = Math.max(0, Math.min(left, Math.round(n * p + sd * normal(r))));
    out[i] = k;
    left -= k;
  });
  out[heaviest] = (out[heaviest] ?? 0) + left;
  return out;
}
