/**
 * The bad-input catalogue: each kind is a small input generated here (nothing stored),
 * the status its report must get, and the checks it must raise, with where they point.
 * Used by the per-file tests (parseFile) and by the driver run (checks.parquet).
 */
import type { Parsed } from '../../src/pipeline/parse-report.ts';
import { traditional } from './redraw.ts';
import { appRow, enc, reportText } from './report-text.ts';

const toTraditional = traditional('tw');

export interface ExpectedCheck {
  readonly check: string;
  /** `file`: a file-level problem whose message must name the file. */
  readonly file?: boolean;
  readonly section?: string;
  readonly row_key?: string;
  /** The 1-based source line the check must point at. */
  readonly line?: number;
}

export interface BadInput {
  readonly kind: string;
  /** Path inside the catalogue corpus. */
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly status: 'ok' | 'partial' | 'failed';
  /** Checks that must be raised. With `clean`, no other warning or error may be. */
  readonly checks: readonly ExpectedCheck[];
  readonly clean?: boolean;
  /** Any one of these codes (error severity, naming the file): adapters still in flux. */
  readonly oneOf?: readonly string[];
  readonly encoding?: string;
  /** Extra assertions on the parse (values read despite the damage). */
  readonly values?: Readonly<Record<string, number | null>>;
}

/** 1-based line of the first line starting with `prefix`. */
export function lineOf(text: string, prefix: string): number {
  const i = text.split(/\r\n|\r|\n/).findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starts with ${prefix}`);
  return i + 1;
}

/** The base report: 3 requests from natural persons, all granted; one review upheld. */
const APP = { new: appRow(3), granted: appRow(3), total: appRow(3) };
const REVIEW = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const base = (o: Parameters<typeof reportText>[0] = {}) => reportText({ app: APP, review: REVIEW, ...o });
const BASE = base();
const GRANTED = '三、本年度办理结果 （一）予以公开';
const BASE_VALUES = { 'applications.granted.natural_person': 3, 'applications.total.total': 3, 'review_litigation.review.total': 1, 'active.licensing.change': -2 };

function utf16(s: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) { out[o++] = order === 'le' ? 0xff : 0xfe; out[o++] = order === 'le' ? 0xfe : 0xff; }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o++] = order === 'le' ? c & 0xff : c >> 8;
    out[o++] = order === 'le' ? c >> 8 : c & 0xff;
  }
  return out;
}

const concat = (...parts: (Uint8Array | string)[]) => {
  const bs = parts.map((p) => (typeof p === 'string' ? enc(p) : p));
  const out = new Uint8Array(bs.reduce((n, b) => n + b.length, 0));
  let o = 0;
  for (const b of bs) { out.set(b, o); o += b.length; }
  return out;
};

/** Deterministic noise (no Math.random: the catalogue must be the same every run). */
function noise(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; out[i] = x >>> 24; }
  return out;
}

/** The report as an HTML page: prose in <p>, ` | ` rows in a <table>. */
function asHtml(text: string, cell?: (row: string, cells: string[]) => string[]): string {
  const body = text.split('\n').filter((l) => l !== '').map((l) => {
    if (!l.includes(' | ')) return `<p>${l}</p>`;
    const cells = l.split(' | ');
    return `<table><tr>${(cell ? cell(cells[0] ?? '', cells) : cells).map((c) => `<td>${c}</td>`).join('')}</tr></table>`;
  });
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title><script>var x = "<td>99</td>";</script></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

function replaceRow(text: string, prefix: string, row: string): string {
  return text.split('\n').map((l) => (l.startsWith(prefix) ? row : l)).join('\n');
}

export function badInputs(): BadInput[] {
  const truncatedAt = lineOf(BASE, '（二）部分公开');
  const truncated = BASE.split('\n').slice(0, truncatedAt - 1).join('\n') + '\n（二）部分公开 | 0 | 0';
  const missingCell = replaceRow(BASE, GRANTED, `${GRANTED} | 3 | 0 | 0 | 0 | 0 | 3`);
  const extraCell = replaceRow(BASE, GRANTED, `${GRANTED} | 3 | 0 | 0 | 0 | 0 | 0 | 3 | 7`);
  const unsplittable = replaceRow(BASE, GRANTED, `${GRANTED} | 123`);
  const pageNumbers = BASE.replace('（二）部分公开', '- 2 -\n第 3 页\n（二）部分公开');
  const gb = concat(BASE.slice(0, BASE.indexOf('（一）予以公开') + 3), new Uint8Array([0xd3, 0xe8, 0xd2, 0xd4, 0xb9, 0xab, 0xbf, 0xaa]), BASE.slice(BASE.indexOf('（一）予以公开') + 7));
  const longRun = replaceRow(BASE, GRANTED, `${GRANTED} ${'1'.repeat(40)}`);
  const duplicated = BASE.replace(/(（一）予以公开[^\n]*\n)/, '$1（一）予以公开 | 9 | 0 | 0 | 0 | 0 | 0 | 9\n');
  const negative = base({ app: { new: appRow(-3), granted: appRow(-3), total: appRow(-3) } });
  const crlfMissing = missingCell.replace(/\n/g, '\r\n');
  const crMissing = missingCell.replace(/\n/g, '\r');

  return [
    { kind: 'empty file', file: 'empty.txt', bytes: new Uint8Array(0), status: 'failed', checks: [{ check: 'empty_file', file: true }] },
    { kind: 'a PNG image named .txt', file: 'binary/image.txt', bytes: concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'IHDR', new Uint8Array(600), noise(400, 1)), status: 'failed', checks: [{ check: 'binary_content', file: true }] },
    { kind: 'a zip archive named .txt', file: 'binary/archive.txt', bytes: concat('PK\x03\x04\x14\x00\x00\x00', new Uint8Array(300), 'word/document.xml', noise(300, 2)), status: 'failed', checks: [{ check: 'binary_content', file: true }] },
    {
      kind: 'truncated in the middle of a table', file: 'truncated.txt', bytes: enc(truncated), status: 'partial',
      checks: [
        { check: 'missing_cells', section: 'applications', row_key: 'partly_granted', line: truncatedAt },
        { check: 'row_missing', section: 'applications', row_key: 'withheld_state_secret' },
        { check: 'row_missing', section: 'applications', row_key: 'carried_forward' },
        { check: 'table_missing', file: true, section: 'review_litigation' },
      ],
      values: { 'applications.granted.natural_person': 3, 'applications.total.total': null },
    },
    { kind: 'a 10 MB single line', file: 'huge-line.txt', bytes: enc('某县人民政府2020年政府信息公开工作年度报告 ' + '本年度主动公开政府信息，依法做好公开工作。'.repeat(480_000)), status: 'partial', checks: [{ check: 'no_template', file: true }] },
    { kind: 'GB18030 bytes inside a UTF-8 file', file: 'encoding/gb-in-utf8.txt', bytes: gb, status: 'ok', checks: [{ check: 'encoding_replaced', file: true }], values: { 'review_litigation.review.total': 1 } },
    { kind: 'UTF-16LE with a BOM', file: 'encoding/utf16le-bom.txt', bytes: utf16(BASE, 'le', true), status: 'ok', checks: [], clean: true, encoding: 'utf-16le', values: BASE_VALUES },
    { kind: 'UTF-16BE with a BOM', file: 'encoding/utf16be-bom.txt', bytes: utf16(BASE, 'be', true), status: 'ok', checks: [], clean: true, encoding: 'utf-16be', values: BASE_VALUES },
    { kind: 'UTF-16LE without a BOM', file: 'encoding/utf16le.txt', bytes: utf16(BASE, 'le', false), status: 'ok', checks: [], clean: true, encoding: 'utf-16le', values: BASE_VALUES },
    { kind: 'a latin1 (ISO-8859-1) file', file: 'encoding/latin1.txt', bytes: new Uint8Array([...'Rapport annuel de la pr\xe9fecture, \xe9t\xe9 1998. Caf\xe9 cr\xe8me.\n'].map((c) => c.charCodeAt(0))), status: 'failed', checks: [{ check: 'encoding_replaced', file: true }, { check: 'not_a_report', file: true }] },
    { kind: 'a UTF-8 BOM', file: 'encoding/utf8-bom.txt', bytes: concat(new Uint8Array([0xef, 0xbb, 0xbf]), BASE), status: 'ok', checks: [], clean: true, encoding: 'utf-8-bom', values: BASE_VALUES },
    { kind: 'NUL bytes inside the text', file: 'nul-bytes.txt', bytes: enc(BASE.replace('本机关认真', '本机关\0认真\0')), status: 'ok', checks: [{ check: 'control_chars', file: true }], values: BASE_VALUES },
    { kind: 'CRLF line endings', file: 'endings/crlf.txt', bytes: enc(crlfMissing), status: 'ok', checks: [{ check: 'missing_cells', section: 'applications', row_key: 'granted', line: lineOf(missingCell, GRANTED) }], values: { 'review_litigation.review.total': 1 } },
    { kind: 'CR-only line endings', file: 'endings/cr.txt', bytes: enc(crMissing), status: 'ok', checks: [{ check: 'missing_cells', section: 'applications', row_key: 'granted', line: lineOf(missingCell, GRANTED) }], values: { 'review_litigation.review.total': 1 } },
    { kind: 'HTML without tables', file: 'html/no-tables.html', bytes: enc('<html><body><h1>某局2020年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本年度主动公开信息100条，依申请公开0件。</p></body></html>'), status: 'partial', checks: [{ check: 'no_template', file: true }] },
    {
      kind: 'HTML with a <script> in a cell', file: 'html/script-in-cell.html', status: 'ok', checks: [], clean: true, values: BASE_VALUES,
      bytes: enc(asHtml(BASE, (label, cells) => (label.startsWith(GRANTED) ? cells.map((c, i) => (i === 1 ? `<script>document.write("<td>8</td>")</script>${c}` : c)) : cells))),
    },
    { kind: 'a row with a missing cell', file: 'cells/missing-cell.txt', bytes: enc(missingCell), status: 'ok', checks: [{ check: 'missing_cells', section: 'applications', row_key: 'granted', line: lineOf(missingCell, GRANTED) }] },
    { kind: 'a row with an extra cell', file: 'cells/extra-cell.txt', bytes: enc(extraCell), status: 'ok', checks: [{ check: 'extra_cells', section: 'applications', row_key: 'granted', line: lineOf(extraCell, GRANTED) }], values: { 'applications.granted.total': 3 } },
    { kind: 'glued digits that no split satisfies', file: 'cells/unsplittable.txt', bytes: enc(unsplittable), status: 'ok', checks: [{ check: 'missing_cells', section: 'applications', row_key: 'granted', line: lineOf(unsplittable, GRANTED) }] },
    {
      kind: 'a glued run too long to split', file: 'cells/long-glued-run.txt', bytes: enc(longRun), status: 'ok',
      checks: [{ check: 'too_many_readings', section: 'applications', row_key: 'granted', line: lineOf(longRun, GRANTED) }],
      values: { 'applications.granted.natural_person': null },
    },
    {
      kind: 'a duplicated row with other values', file: 'rows/duplicated-row.txt', bytes: enc(duplicated), status: 'ok',
      checks: [{ check: 'duplicate_row', section: 'applications', row_key: 'granted', line: lineOf(duplicated, GRANTED) + 1 }],
      values: { 'applications.granted.natural_person': 3 },
    },
    {
      kind: 'impossible negative counts', file: 'rows/negative-counts.txt', bytes: enc(negative), status: 'ok',
      checks: [{ check: 'negative_count', section: 'applications', row_key: 'new', line: lineOf(negative, '一、本年新收') }],
      values: { 'applications.new.natural_person': -3 },
    },
    { kind: 'label typo 2.其他法律行政止公开', file: 'labels/typo-withheld-law.txt', bytes: enc(base({ app: { ...APP, new: appRow(5), total: appRow(5), withheld_law: appRow(2) }, label: { withheld_law: '2.其他法律行政止公开' } })), status: 'ok', checks: [], clean: true, values: { 'applications.withheld_law.natural_person': 2, 'applications.withheld_law.total': 2 } },
    { kind: 'label typo 行政法复议', file: 'labels/typo-review.txt', bytes: enc(BASE.replace('四、政府信息公开行政复议、行政诉讼情况\n行政复议', '四、政府信息公开行政法复议、行政诉讼情况\n行政法复议')), status: 'ok', checks: [], clean: true, values: BASE_VALUES },
    { kind: 'spaces inside labels', file: 'labels/spaced.txt', bytes: enc(BASE.replace('（一）予以公开', '（ 一 ） 予 以 公 开').replace('（七）总计', '（七）总  计').replace('行政许可', '行 政 许 可')), status: 'ok', checks: [], clean: true, values: BASE_VALUES },
    { kind: 'pinyin glosses in labels', file: 'labels/pinyin.txt', bytes: enc(BASE.replace('（一）予以公开', '（一）予(yǔ)以(yǐ)公(gōng)开(kāi)').replace('行政许可', '行(xíng)政(zhèng)许(xǔ)可(kě)')), status: 'ok', checks: [], clean: true, values: BASE_VALUES },
    { kind: 'a Traditional-character report', file: 'labels/traditional.txt', bytes: enc(toTraditional(BASE)), status: 'ok', checks: [{ check: 'converted_traditional' }], clean: true, values: BASE_VALUES },
    { kind: 'page numbers inside a table', file: 'page-numbers.txt', bytes: enc(pageNumbers), status: 'ok', checks: [{ check: 'chrome_removed' }], clean: true, values: { ...BASE_VALUES, 'applications.granted.total': 3, 'applications.partly_granted.natural_person': 0 } },
    { kind: 'a news article, not a report', file: 'other/news.txt', bytes: enc('新华社北京电 今天上午，某地举行了春季运动会，共有500名运动员参加。\n比赛项目包括田径、游泳等，共设12个项目。\n'), status: 'failed', checks: [{ check: 'not_a_report', file: true }] },
    { kind: 'a report with only section 三', file: 'other/only-section-3.txt', bytes: enc(BASE.slice(BASE.indexOf('三、收到'), BASE.indexOf('四、政府信息公开行政'))), status: 'partial', checks: [{ check: 'table_missing', file: true, section: 'active' }, { check: 'table_missing', file: true, section: 'review_litigation' }], values: { 'applications.granted.natural_person': 3 } },
    { kind: 'a pre-2019 report with free-form tables', file: 'other/pre-2019.txt', bytes: enc('平潭综合实验区2018年政府信息公开工作年度报告\n一、概述\n政府信息公开情况统计表\n指标名称 | 计量单位 | 2018年度 | 历年累计\n主动公开政府信息数 | 条 | 120 | 900\n依申请公开信息数 | 条 | 3 | 20\n'), status: 'partial', checks: [{ check: 'no_template', file: true }] },
    { kind: 'an unknown extension', file: 'other/report.xyz', bytes: enc(BASE), status: 'ok', checks: [{ check: 'unknown_format', file: true }], values: BASE_VALUES },
    { kind: 'a .doc placeholder of garbage bytes', file: 'placeholders/report.doc', bytes: noise(2048, 3), status: 'failed', checks: [], oneOf: ['legacy_doc', 'unsupported_format', 'binary_content'] },
    { kind: 'a .pdf placeholder of garbage bytes', file: 'placeholders/report.pdf', bytes: concat('%PDF-1.4\n', noise(2048, 4)), status: 'failed', checks: [], oneOf: ['pdf_unreadable', 'pdf_truncated', 'unsupported_format'] },
    { kind: 'a .docx placeholder of garbage bytes', file: 'placeholders/report.docx', bytes: concat('PK\x03\x04', noise(2048, 5)), status: 'failed', checks: [], oneOf: ['docx_unreadable', 'not_docx', 'unsupported_format'] },
  ];
}

/** `section.row.col` → value of a parse. */
export function valueAt(parsed: Parsed, field: string): number | null | undefined {
  return parsed.facts.find((f) => `${f.section}.${f.row_key}.${f.col_key}` === field)?.value;
}
