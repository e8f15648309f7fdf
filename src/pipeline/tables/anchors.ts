/**
 * Where each table and each of its rows starts in the flat text: labels matched
 * loosely (any whitespace between characters, as PDF text breaks labels; typos seen in
 * the wild), in the template's print order.
 */
import type { Template } from '../../schema/fields.ts';
import { withTaiwanWording } from '../taiwan-phrases.ts';
import { isDigit, isWhitespace } from './tokens.ts';

/** One wording as a regex source that allows whitespace between any two characters. */
function looseWording(phrase: string): string {
  return [...phrase].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
}

/** A phrase as a regex source that allows whitespace between any two characters, in mainland or Taiwan wording. */
export function loose(phrase: string): string {
  const wordings = withTaiwanWording(phrase);
  return wordings.length === 1 ? looseWording(phrase) : `(?:${wordings.map(looseWording).join('|')})`;
}

function rx(...phrases: string[]): RegExp {
  return new RegExp(phrases.map(loose).join('|'), 'g');
}

export interface RowSpec {
  readonly key: string;
  readonly label: RegExp;
}

export const ACTIVE_ANCHORS: readonly RowSpec[] = [
  { key: 'rules', label: /(?<!行政)规\s*章/g },
  { key: 'normative_docs', label: rx('规范性文件', '规范性文') },
  { key: 'licensing', label: rx('行政许可') },
  { key: 'other_services', label: rx('其他对外管理服务', '对外管理服务事项') },
  { key: 'penalty', label: rx('行政处罚') },
  { key: 'enforcement', label: rx('行政强制') },
  { key: 'fees', label: rx('事业性收费', '行政事业性收', '行政事业收费') },
  { key: 'procurement', label: rx('集中采购', '政府采购') },
];

/** Each row by the first words of its label where they are distinctive (a label broken
 * by its own values, as PDF text breaks them, must be found where it begins), then by
 * later words, for labels worded otherwise. */
export const APP_ANCHORS: readonly RowSpec[] = [
  { key: 'new', label: rx('本年新收', '本年度新收', '新收政府信息公开申请') },
  { key: 'carried_over', label: rx('上年结转', '上年度结转') },
  { key: 'granted', label: rx('予以公开') },
  { key: 'partly_granted', label: rx('部分公开') },
  { key: 'withheld_state_secret', label: rx('国家秘密') },
  { key: 'withheld_law', label: rx('其他法律', '法律行政法规禁止', '行政法规禁止公开') },
  { key: 'withheld_security', label: rx('危及', '三安全', '一稳定') },
  { key: 'withheld_third_party', label: rx('保护第三方', '第三方') },
  { key: 'withheld_internal', label: rx('属于三类', '内部事务') },
  { key: 'withheld_process', label: rx('属于四类', '过程性') },
  { key: 'withheld_enforcement_file', label: rx('属于行政执法', '执法案卷', '执法案件', '行政执法案') },
  { key: 'withheld_query', label: rx('属于行政查询', '行政查询', '查询事项') },
  { key: 'unavailable_not_held', label: rx('本机关不掌握', '不掌握') },
  { key: 'unavailable_needs_creation', label: rx('没有现成', '另行制作') },
  { key: 'unavailable_unclear', label: rx('补正后申请', '补正后', '仍不明确') },
  { key: 'rejected_petition', label: rx('信访举报', '信访') },
  { key: 'rejected_duplicate', label: rx('重复申请') },
  { key: 'rejected_publication', label: rx('要求提供公开', '公开出版物', '出版物') },
  { key: 'rejected_excessive', label: rx('无正当理由大量', '大量反复', '反复申请') },
  { key: 'rejected_confirmation', label: rx('要求行政机关确认', '行政机关确认', '确认或重新', '重新出具') },
  { key: 'other', label: rx('其他处理') },
  { key: 'other_no_correction', label: rx('申请人无正当理由', '逾期不补', '不补正') },
  { key: 'other_no_fee', label: rx('申请人逾期未', '逾期未按收费', '收费通知', '缴纳费用') },
  { key: 'other_misc', label: /[3３]\s*[.、．]\s*其\s*他/g },
  { key: 'total', label: rx('总计', '合计') },
  { key: 'carried_forward', label: rx('结转下年度', '下年度继续', '结转下年') },
];

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a table's region begins and ends in the flat text. */
export interface TableSpans {
  readonly active?: Span | undefined;
  readonly applications?: Span | undefined;
  readonly review_litigation?: Span | undefined;
}

/** Each pattern's global twin, made once. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

function first(text: string, re: RegExp, from = 0, to = text.length): number | undefined {
  let g = GLOBAL.get(re);
  if (!g) { g = new RegExp(re.source, 'g'); GLOBAL.set(re, g); }
  g.lastIndex = from;
  const m = g.exec(text);
  return m && m.index < to ? m.index : undefined;
}

const ACTIVE_START = new RegExp(`(?:${loose('第二十条')}|${loose('第20条')})\\s*第?\\s*[（(]\\s*[一1]\\s*[)）]|${loose('信息内容')}\\s*${loose('本年')}`);
const ACTIVE_START_LOOSE = new RegExp(`${loose('第二十条')}|${loose('第20条')}|${loose('信息内容')}`);
const APP_START = new RegExp(`${loose('本列数据')}|${loose('申请人情况')}|${loose('本年新收')}|${loose('新收政府信息公开申请')}`);
// `行政法复议` and other typos are seen in the wild: the table starts at its first 复议.
const RL_START = /行\s*政\s*(?:法\s*)?复\s*议|复\s*议/;
const SECTION_FIVE = new RegExp(`[五5]\\s*[、.．]\\s*(?:${loose('存在')}|${loose('政府信息公开工作存在')}|${loose('主要问题')})|${loose('存在的主要问题')}|${loose('存在主要问题')}`);
const CARRIED_FORWARD = new RegExp(`${loose('结转下年度')}|${loose('下年度继续')}`);

/** Locate the three tables. Each region runs from its header to the next table. */
export function findTableSpans(text: string): TableSpans {
  const app = first(text, APP_START);
  const activeAt = first(text, ACTIVE_START, 0, app ?? text.length) ?? first(text, ACTIVE_START_LOOSE, 0, app ?? text.length);
  let rl: number | undefined;
  if (app !== undefined) {
    const cf = first(text, CARRIED_FORWARD, app);
    rl = first(text, RL_START, cf ?? app);
  } else {
    rl = first(text, RL_START, activeAt ?? 0);
  }
  const five = first(text, SECTION_FIVE, rl ?? app ?? activeAt ?? 0);
  const end = text.length;
  return {
    active: activeAt !== undefined ? { start: activeAt, end: app ?? rl ?? five ?? end } : undefined,
    applications: app !== undefined ? { start: app, end: rl ?? five ?? end } : undefined,
    review_litigation: rl !== undefined ? { start: rl, end: five !== undefined && five > rl ? five : end } : undefined,
  };
}

export interface Anchor {
  readonly key: string;
  /** Where the row's label starts (numbering such as `2.` included). */
  readonly labelStart: number;
  /** Where the label's key phrase ends: the row's values follow. */
  readonly labelEnd: number;
}

/** Characters a label is made of (CJK, brackets, enumeration marks, quotes, colons, spaces: `[\u3400-\u9fff（）()、“”"‘’：:《》〈〉\s]`), by code unit. */
const LABELISH_EXTRA = new Set([...'（）()、“”"‘’：:《》〈〉'].map((c) => c.charCodeAt(0)));
function isLabelish(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || LABELISH_EXTRA.has(c) || isWhitespace(c);
}

const isNumberingPoint = (c: number) => c === 46 || c === 0x3001 || c === 0xff0e;

/** Walk back from a key phrase over the rest of its label, e.g. `2.其他` or `（三）不予公开 1.属于`. */
function labelStartBefore(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    // A numbering prefix, one digit and a point (`2.`, `3、`): part of the label. A
    // digit before it belongs to the glued cells of the row above.
    if (isNumberingPoint(c) && isDigit(text.charCodeAt(i - 2))) {
      i -= 2;
      if (isDigit(text.charCodeAt(i - 1))) break;
      continue;
    }
    if (isLabelish(c)) { i--; continue; }
    break;
  }
  return Math.max(i, floor);
}

export interface LabelMatch { readonly spec: number; readonly index: number; readonly end: number }

/** All row labels of a table as one regex, one group per row, and where each row's group sits: one scan per table. */
const COMBINED = new WeakMap<readonly RowSpec[], { re: RegExp; group: number[] }>();
function combined(specs: readonly RowSpec[]): { re: RegExp; group: number[] } {
  let c = COMBINED.get(specs);
  if (!c) {
    // A label's own capture groups (if any) shift the groups after it.
    const group: number[] = [];
    let at = 1;
    for (const s of specs) {
      group.push(at);
      at += 1 + ((new RegExp(`${s.label.source}|`).exec('')?.length ?? 1) - 1);
    }
    c = { re: new RegExp(specs.map((s) => `(${s.label.source})`).join('|'), 'g'), group };
    COMBINED.set(specs, c);
  }
  return c;
}

/** Every label match of a table's rows in a span, in text order: read once, used by the row finder and the repeat finder. */
export function labelMatches(text: string, span: Span, specs: readonly RowSpec[]): LabelMatch[] {
  const { re: g, group } = combined(specs);
  g.lastIndex = span.start;
  const out: LabelMatch[] = [];
  for (let m = g.exec(text); m && m.index < span.end; m = g.exec(text)) {
    let spec = 0;
    while (spec < group.length && m[group[spec] ?? 0] === undefined) spec++;
    if (spec < group.length) out.push({ spec, index: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

/** Working arrays for the chain search, grown as needed and reused (each search writes before it reads). */
const chainArrays = (size: number) => ({ n: new Int32Array(size), first: new Float64Array(size), prev: new Int32Array(size) });
let scratch = chainArrays(256);

/**
 * The rows of one table, found in print order. Every label may also occur in prose
 * around the table, so the rows are the longest chain of label matches in print
 * order (the table), preferring the most compact chain; a row whose label is not in
 * that chain is left out.
 */
export function findAnchors(text: string, span: Span, specs: readonly RowSpec[], template?: Template, labels = labelMatches(text, span, specs)): Anchor[] {
  const skip = (k: string) => template === '2019' && k.startsWith('other_');
  const matches = labels.filter((m) => !skip(specs[m.spec]?.key ?? ''));
  const active = specs;
  matches.sort((a, b) => a.index - b.index || a.spec - b.spec);
  // The best chain ending in matches[k]: its rows n[k], its first index first[k], its previous link prev[k].
  const count = matches.length;
  if (scratch.n.length < count) scratch = chainArrays(count * 2);
  const { n, first, prev } = scratch;
  for (let k = 0; k < count; k++) {
    const m = matches[k] as LabelMatch;
    let bn = 1, bf = m.index, bp = -1;
    for (let j = 0; j < k; j++) {
      const pm = matches[j] as LabelMatch;
      if (pm.spec >= m.spec || pm.end > m.index) continue;
      const cn = (n[j] ?? 0) + 1, cf = first[j] ?? 0;
      if (cn > bn || (cn === bn && cf > bf)) { bn = cn; bf = cf; bp = j; }
    }
    n[k] = bn; first[k] = bf; prev[k] = bp;
  }
  // The chain to keep: the most rows, then the most compact (its first to its last label).
  let end = -1;
  for (let k = 0; k < count; k++) {
    if (end < 0) { end = k; continue; }
    const bn = n[k] as number, en = n[end] as number;
    const spanK = (matches[k] as LabelMatch).index - (first[k] as number);
    const spanE = (matches[end] as LabelMatch).index - (first[end] as number);
    if (bn > en || (bn === en && spanK < spanE)) end = k;
  }
  const chain: LabelMatch[] = [];
  for (let k = end; k >= 0; k = prev[k] as number) chain.push(matches[k] as LabelMatch);
  chain.reverse();
  const found: Anchor[] = [];
  for (const m of chain) {
    const prevEnd = found.at(-1)?.labelEnd ?? span.start;
    found.push({ key: active[m.spec]?.key ?? '', labelStart: labelStartBefore(text, m.index, prevEnd), labelEnd: m.end });
  }
  return found;
}

/** Where the first ASCII digit in text[from, to) is. */
function firstDigit(text: string, from: number, to: number): number | undefined {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) if (isDigit(text.charCodeAt(i))) return i;
  return undefined;
}

/**
 * Labels of the chained rows that occur again in the table followed by numbers: a row
 * printed twice. The first reading is kept; the repeat is reported, not silently lost.
 */
export function findRepeatedRows(text: string, span: Span, specs: readonly RowSpec[], anchors: readonly Anchor[], labels = labelMatches(text, span, specs)): { key: string; at: number }[] {
  const out: { key: string; at: number }[] = [];
  const first = anchors[0]?.labelStart ?? span.end;
  const matches = labels.filter((m) => m.index >= first);
  for (const a of anchors) {
    // Other words of the same label (`三安全` after `危及`) come before the row's values.
    const ownValues = firstDigit(text, a.labelEnd, a.labelEnd + 400) ?? span.end;
    for (const m of matches) {
      if (specs[m.spec]?.key !== a.key) continue;
      if (m.index >= a.labelStart && m.index < ownValues) continue;
      if (anchors.some((b) => m.index >= b.labelStart && m.index < b.labelEnd)) continue;
      if (/^[^\u3400-\u9fff]{0,12}\d/.test(text.slice(m.end, m.end + 14))) out.push({ key: a.key, at: m.index });
    }
  }
  return out;
}
