/**
 * A report's region from its own words: the title first, then the signature, then
 * the body — the most specific division named there, disambiguated by the parent
 * divisions the text also names.
 */
import { divisionIndex, pairBit, shortName, type Division } from './divisions.ts';

export interface Zones {
  readonly title: string;
  readonly signature: string;
  readonly body: string;
}

export interface RegionGuess {
  readonly division: Division;
  readonly source: string;
}

const SHORT_FOLLOW = /^(?:综合实验区|新区|开发区|经济|高新|管委会|管理委员会|人民政府|政府|[市县区州盟旗]|$|\s)/;

interface Hit { readonly d: Division; readonly short: boolean }

/** The names (full and short) of a division's city and province, found once per division. */
const PARENT_NAMES = new WeakMap<Division, readonly string[]>();
function parentNames(d: Division): readonly string[] {
  let names = PARENT_NAMES.get(d);
  if (!names) {
    const idx = divisionIndex();
    const out: string[] = [];
    for (const code of [d.cityCode, d.provinceCode]) {
      const p = code ? idx.byCode.get(code) : undefined;
      if (!p) continue;
      for (const name of [p.name, shortName(p.name)]) if (name) out.push(name);
    }
    names = out;
    PARENT_NAMES.set(d, names);
  }
  return names;
}

/** Whether the name of a division's city or province (full or short) ends right at i. */
function parentEndsAt(text: string, i: number, d: Division): boolean {
  for (const name of parentNames(d)) if (i >= name.length && text.startsWith(name, i - name.length)) return true;
  return false;
}

/** Every division named in a text (full names, and short names where allowed), longest first. */
function namesIn(text: string, withShort: boolean): Hit[] {
  const { roots, pairs } = divisionIndex();
  const hits: Hit[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    let node = roots[a];
    if (!node) continue;
    const bit = pairBit(a, text.charCodeAt(i + 1));
    if ((((pairs[bit >>> 5] as number) >>> (bit & 31)) & 1) === 0) continue;
    let best: readonly Division[] | undefined;
    let short = false;
    let j = i + 1;
    while (node) {
      if (node.full) { best = node.full; short = false; }
      else if (node.two) {
        const after = node.two.filter((d) => parentEndsAt(text, i, d));
        if (after.length) { best = after; short = false; }
      }
      // A short name (`平潭` for 平潭县) only where an organ or area word follows it.
      else if (withShort && node.short && j - i <= 5 && SHORT_FOLLOW.test(text.slice(j, j + 5))) { best = node.short; short = true; }
      node = j < text.length ? node.next.get(text.charCodeAt(j)) : undefined;
      j++;
    }
    if (best) {
      for (const d of best) hits.push({ d, short });
      // Names do not overlap: 蓬东乡 is a town, not 东乡 inside it.
      i += (best[0]?.name.length ?? 1) - 1;
    }
  }
  return hits;
}

const RANK: Record<Division['level'], number> = { town: 3, county: 2, city: 1, province: 0 };

/** Whether a division sits under (or is) the division with this code. */
function within(d: Division, code: string): boolean {
  return d.code === code || d.provinceCode === code || d.cityCode === code || d.countyCode === code;
}

/** Among same-named divisions, the one whose parents the text also names; unique or nothing. */
function disambiguate(cands: readonly Division[], context: readonly Hit[]): Division | undefined {
  if (cands.length === 1) return cands[0];
  const parents = new Set(context.map((h) => h.d.code));
  const scored = cands.map((d) => ({ d, s: [d.provinceCode, d.cityCode, d.countyCode].filter((c) => c && parents.has(c)).length }));
  const best = Math.max(...scored.map((x) => x.s));
  const top = scored.filter((x) => x.s === best);
  return best > 0 && top.length === 1 ? top[0]?.d : undefined;
}

/** The most specific division named in one zone, or undefined. */
function bestOf(hits: readonly Hit[], context: () => readonly Hit[], byCount = false): Division | undefined {
  if (hits.length === 0) return undefined;
  const byName = new Map<string, { count: number; rank: number; cands: Division[] }>();
  for (const h of hits) {
    const e = byName.get(h.d.name) ?? { count: 0, rank: RANK[h.d.level], cands: [] };
    if (!e.cands.includes(h.d)) e.cands.push(h.d);
    e.count++;
    byName.set(h.d.name, e);
  }
  let all: readonly Hit[] | undefined;
  const ctx = () => (all ??= [...hits, ...context()]);
  // Most specific first; among equals, the most often named.
  const order = [...byName.values()].sort((a, b) => (byCount ? b.count - a.count || b.rank - a.rank : b.rank - a.rank || b.count - a.count));
  for (const e of order) {
    const d = e.cands.length === 1 ? e.cands[0] : disambiguate(e.cands, ctx());
    if (!d) continue;
    // A lower division only counts where it agrees with the higher ones named here.
    // Every level above that is named here must contain it (a town named beside
    // another county is not that town).
    const higher = hits.filter((h) => RANK[h.d.level] < RANK[d.level]);
    const levels = new Set(higher.map((h) => h.d.level));
    if ([...levels].every((lv) => higher.some((h) => h.d.level === lv && within(d, h.d.code)))) return d;
  }
  return undefined;
}

/** The body is read up to here: the region, when named, is named early. */
const BODY_SCAN = 8000;

export function findRegion(z: Zones): RegionGuess | undefined {
  const title = namesIn(z.title, true);
  const signature = namesIn(z.signature, true);
  let body: Hit[] | undefined;
  const bodyHits = () => (body ??= namesIn(z.body.slice(0, BODY_SCAN), false));
  const context = () => [...title, ...signature, ...bodyHits()].filter((h) => !h.short);
  const t = bestOf(title, context);
  if (t) return { division: t, source: 'title' };
  const s = bestOf(signature, context);
  if (s) return { division: s, source: 'signature' };
  // In the body only full names count: short names are too often ordinary words.
  const b = bestOf(bodyHits(), context, true);
  if (b) return { division: b, source: 'body' };
  return undefined;
}
