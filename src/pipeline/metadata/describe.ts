/**
 * Where a report comes from: agency, region, level, year, publication date, scope and
 * source address, each with how it was found (title, crawler header, signature, body).
 */
import type { Doc } from '../doc.ts';
import { divisionNames, regionCode } from './divisions.ts';
import { findRegion } from './region.ts';
import { mainlandWording, withTaiwanWording } from '../taiwan-phrases.ts';

export interface Described {
  agency: string | null;
  agency_source: string | null;
  region_code: string | null;
  region_source: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  level: string | null;
  year: number | null;
  year_source: string | null;
  published_on: string | null;
  scope: string | null;
  source_url: string | null;
}

/** Crawler header fields; Taiwan wording (释出时间, 原文连结) is read under the mainland name. */
const HEADER = new RegExp(`^\\s*(${['标题', '发布时间', '发布日期', '成文日期', '文号', '发布机构', '来源', '原文链接', '链接', '网址', '索引号'].flatMap(withTaiwanWording).join('|')})\\s*[:：]\\s*(.*)$`);
const BODY_MARK = /^=+\s*正文\s*=+$/;
/** 信息 in either wording (资讯 in Taiwan's). */
const INFO = `(?:${withTaiwanWording('信息').join('|')})`;
const REPORT_TITLE = new RegExp(`(?:政府)?${INFO}公开(?:工作)?年度?报告`);
const REGION_TOTAL = new RegExp(`全(?:省|市|区|县|镇|乡)(?:共|各级|政府${INFO}公开|受理|收到)`);
const ORG_END = '(?:人民政府办公厅|人民政府办公室|人民政府|管理委员会|管委会|委员会|办公室|办公厅|管理局|监督管理局|局|厅|委|办|中心|署|院|街道办事处|街道|镇|乡|片区管理局|综合实验区)';
const ORG = new RegExp(`([\\u4e00-\\u9fff（）()]{2,30}?${ORG_END})`);
const ORG_AT_END = new RegExp(`${ORG_END}$`);

/** Crawler header fields (`标题: …`, `原文链接: …`) before the body marker, if any. */
export function crawlerHeader(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of doc.lines.slice(0, 30)) {
    if (BODY_MARK.test(l.text.trim())) break;
    const m = HEADER.exec(l.text);
    if (m?.[1] && m[2] !== undefined && m[2].trim() !== '') out.set(mainlandWording(m[1]), m[2].trim());
  }
  return out;
}

/** The first (or, from the end, the last) `n` non-empty lines, trimmed. */
function nonEmpty(doc: Doc, n: number, fromEnd = false): string[] {
  const out: string[] = [];
  const lines = doc.lines;
  for (let k = 0; k < lines.length && out.length < n; k++) {
    const t = (lines[fromEnd ? lines.length - 1 - k : k]?.text ?? '').trim();
    if (t !== '') out.push(t);
  }
  return fromEnd ? out.reverse() : out;
}

/** The first `n` non-empty lines that are neither crawler header fields nor the body marker. */
function firstContentLines(doc: Doc, n: number): string[] {
  const out: string[] = [];
  for (const l of doc.lines) {
    if (out.length >= n) break;
    const t = l.text.trim();
    if (t !== '' && !HEADER.test(t) && !BODY_MARK.test(t)) out.push(t);
  }
  return out;
}

const BREADCRUMB = /^.*[>›»]\s*|^(?:当前位置|您的位置|您现在的位置)[:：]?\s*/;

/**
 * The report's own title: the crawler's 标题, else the line of the first lines that
 * names the report (with the line before it when the organ stands there alone, as PDF
 * titles break), else those first lines; navigation breadcrumbs left out.
 */
export function titleZone(doc: Doc, header: Map<string, string>): string {
  const h = header.get('标题');
  if (h) return h;
  const lines = firstContentLines(doc, 6).map((l) => l.replace(BREADCRUMB, '').trim()).filter((l) => l !== '');
  const at = lines.findIndex((l) => REPORT_TITLE.test(l.slice(0, 80)) && /(?:19|20)\d\d|[一二][〇零]/.test(l.slice(0, 80)));
  if (at >= 0) {
    const line = lines[at] ?? '';
    const title = line.slice(0, line.search(REPORT_TITLE) + 12);
    const prev = at > 0 ? lines[at - 1] ?? '' : '';
    const organFirst = /^\s*(?:(?:19|20)\d\d|[一二][〇零])/.test(title);
    return organFirst && prev.length <= 40 ? `${prev} ${title}` : title;
  }
  const out: string[] = [];
  for (const l of lines.slice(0, 4)) {
    if (/^[一1][、.．]|总体情况/.test(l)) break;
    if (l.length > 60) break;
    out.push(l);
  }
  return out.join(' ');
}

/** The signature: the organ and date that close the report. */
export function signatureZone(doc: Doc): string {
  const lines = nonEmpty(doc, 6, true);
  const text = lines.join('\n');
  // A flattened page ends in one long line: its last 80 characters hold the signature.
  return text.length > 400 ? text.slice(-80) : text;
}

function yearOk(y: number): boolean {
  return y >= 2007 && y <= 2100;
}

const CN_DIGIT: Readonly<Record<string, string>> = { '〇': '0', '零': '0', 'О': '0', 'O': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };

/** Years written in Chinese numerals (`二〇二〇年`) as digits, for the year patterns below. */
export function arabicYears(s: string): string {
  return s.replace(/([一二][〇零ОO九][〇零ОO一二三四五六七八九]{2})(?=\s*年)/g, (y) => [...y].map((c) => CN_DIGIT[c] ?? c).join(''));
}

export function findYear(titleIn: string, textIn: string, published: string | null): { year: number | null; source: string | null } {
  const title = arabicYears(titleIn);
  const t = /((?:19|20)\d\d)\s*年(?:度)?/.exec(title);
  if (t?.[1] && yearOk(+t[1])) return { year: +t[1], source: 'title' };
  // The body is read only when the title names no year.
  const text = arabicYears(textIn);
  const period = /(?:统计期限|统计时限|统计区间|统计周期|数据统计期)[^。]{0,12}?((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日/.exec(text) ?? /自\s*((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日\s*(?:起\s*)?至/.exec(text);
  if (period?.[1] && yearOk(+period[1])) return { year: +period[1], source: 'statistical period' };
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/((?:19|20)\d\d)\s*年(?!\s*\d+\s*号)/g)) {
    const y = Number(m[1]);
    if (yearOk(y)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const pubYear = published ? Number(published.slice(0, 4)) : undefined;
  const ranked = [...counts].filter(([y]) => pubYear === undefined || y <= pubYear).sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  if (ranked[0]) return { year: ranked[0][0], source: 'most named year in the text' };
  if (pubYear) return { year: pubYear - 1, source: 'publication date − 1' };
  return { year: null, source: null };
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function findPublished(header: Map<string, string>, signature: string): { date: string | null; source: string | null } {
  const h = header.get('发布时间') ?? header.get('发布日期') ?? header.get('成文日期');
  const hm = h ? /((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(h) : null;
  if (hm?.[1] && hm[2] && hm[3]) return { date: isoDate(hm[1], hm[2], hm[3]), source: 'crawler header' };
  const all = [...signature.matchAll(/((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)];
  const last = all.at(-1);
  if (last?.[1] && last[2] && last[3]) return { date: isoDate(last[1], last[2], last[3]), source: 'signature' };
  return { date: null, source: null };
}

/** The organ's name from the title (before the year), the header, or the signature. */
export function findAgency(title: string, header: Map<string, string>, signature: string, body: string): { agency: string | null; source: string | null } {
  const beforeYear = title.split(/(?:19|20)\d\d\s*年/)[0]?.replace(/\s+/g, '').replace(/(?:关于|的)$/, '') ?? '';
  if (beforeYear.length >= 2 && ORG.test(beforeYear) && !REPORT_TITLE.test(beforeYear)) return { agency: beforeYear, source: 'title' };
  const pub = header.get('发布机构');
  if (pub) return { agency: pub, source: 'crawler header' };
  const sig = signature.split('\n').map((l) => l.trim().replace(/\s*(?:19|20)\d\d\s*年.*$/, '').replace(/^.*[。；;]/, '')).filter((l) => l.length >= 3 && l.length <= 30 && ORG_AT_END.test(l));
  if (sig.at(-1)) return { agency: sig.at(-1) ?? null, source: 'signature' };
  const m = ORG.exec(body.slice(0, 600));
  return m?.[1] ? { agency: m[1], source: 'body' } : { agency: null, source: null };
}

/** Department or government, and which government level. */
export function levelOf(agency: string | null, regionLevel: string | null): string | null {
  if (agency && /(?:局|委员会|委|办公室|办|厅|中心|署|院|所|队|站)$/.test(agency) && !/人民政府办公(?:室|厅)$/.test(agency)) return 'department';
  return regionLevel;
}

/** A government's report usually totals its whole region; a department's is its own. */
export function scopeOf(level: string | null, text: string): string | null {
  if (level === null) return null;
  if (level !== 'department' && REGION_TOTAL.test(text)) return 'aggregate';
  return 'own';
}

export function describeReport(doc: Doc, flatText: string): Described {
  const header = crawlerHeader(doc);
  const title = titleZone(doc, header);
  const signature = signatureZone(doc);
  const bodyStart = doc.lines.findIndex((l) => l.text.includes('正文') && BODY_MARK.test(l.text.trim()));
  const body = bodyStart >= 0 ? doc.lines.slice(bodyStart + 1).map((l) => l.text).join('\n') : flatText;
  const published = findPublished(header, signature);
  const year = findYear(title, body, published.date);
  const agency = findAgency(title, header, signature, body);
  const region = findRegion({ title: `${title} ${agency.agency ?? ''}`, signature, body });
  const names = region ? divisionNames(region.division) : { province: null, city: null, county: null };
  const level = levelOf(agency.agency, region?.division.level ?? null);
  return {
    agency: agency.agency,
    agency_source: agency.source,
    region_code: region ? regionCode(region.division) : null,
    region_source: region ? region.source : null,
    ...names,
    level,
    year: year.year,
    year_source: year.source,
    published_on: published.date,
    scope: scopeOf(level, body),
    source_url: header.get('原文链接') ?? header.get('链接') ?? header.get('网址') ?? null,
  };
}
