/**
 * One synthetic report from (seed, index): a body, a year and its template, the values
 * (a few with an identity broken), the prose, a layout, a script and an encoding; the
 * bytes to write and the truth that goes with them. Pure: no clock, no Math.random, no I/O.
 */
import type { Template } from '../schema/fields.ts';
import { fieldKeys } from './keys.ts';
import { pickBody } from './bodies.ts';
import { encodeText, htmlCharset, type Encoding } from './encode.ts';
import { identityFailures, type Values } from './identities.ts';
import { renderCells } from './layouts/cells.ts';
import { dateZh } from './layouts/common.ts';
import { renderCrawled } from './layouts/crawled.ts';
import { renderHtml } from './layouts/html.ts';
import { renderMarkdown } from './layouts/markdown.ts';
import { renderPdfText } from './layouts/pdftext.ts';
import { renderSeparated, separatedOptions } from './layouts/separated.ts';
import { buildTables, cellStyle, type Model } from './model.ts';
import { chance, int, reportRng, weighted, type Rng } from './prng.ts';
import { makeProse, publicationDate } from './prose.ts';
import { toScript, type Script } from './script.ts';
import { breakIdentity, makeValues, type BreakKind } from './values.ts';

export const SHAPES = ['pipe', 'tab', 'cells', 'crawled', 'pdftext', 'html', 'markdown'] as const;
export type Shape = (typeof SHAPES)[number];
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le-bom'];
export const SCRIPTS: readonly Script[] = ['simplified', 'traditional', 'traditional_pinyin'];

const SHAPE_WEIGHTS: Record<Shape, number> = { pipe: 14, tab: 12, cells: 12, crawled: 26, pdftext: 12, html: 14, markdown: 10 };
const ENCODING_WEIGHTS: Record<Encoding, number> = { 'utf-8': 50, 'utf-8-bom': 15, gb18030: 25, 'utf-16le-bom': 10 };
const SCRIPT_WEIGHTS: Record<Script, number> = { simplified: 90, traditional: 6, traditional_pinyin: 4 };
export const BREAK_RATE = 0.03;

export interface Truth {
  file: string;
  template: Template;
  year: number;
  region_code: string;
  agency: string;
  scope: 'aggregate' | 'own';
  values: Record<string, number>;
  identity_failures: string[];
  notes: string;
  synth: { seed: number; index: number; shape: Shape; encoding: Encoding; script: Script; title: 'line' | 'none'; broken: BreakKind | null };
}

export interface Synthesised {
  readonly id: string;
  /** Path relative to DIR/reports (`0001/syn0001234.txt`). */
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly truth: Truth;
}

export function templateFor(r: Rng, year: number): Template {
  if (year <= 2020) return '2019';
  if (year === 2021) return chance(r, 0.12) ? '2019' : '2021';
  if (year === 2022) return chance(r, 0.05) ? '2019' : '2021';
  return '2021';
}

export function reportId(index: number): string {
  return 'syn' + String(index).padStart(7, '0');
}

export function shardOf(index: number): string {
  return String(Math.floor(index / 1000)).padStart(4, '0');
}

const EXT: Record<Shape, string> = { pipe: 'txt', tab: 'txt', cells: 'txt', crawled: 'txt', pdftext: 'txt', html: 'html', markdown: 'md' };

function render(m: Model, shape: Shape, r: Rng, enc: Encoding): string {
  switch (shape) {
    case 'pipe': return renderSeparated(m, r, separatedOptions(r, 'pipe'));
    case 'tab': return renderSeparated(m, r, separatedOptions(r, 'tab'));
    case 'cells': return renderCells(m, r);
    case 'crawled': return renderCrawled(m, r);
    case 'pdftext': return renderPdfText(m, r);
    case 'html': return renderHtml(m, r, htmlCharset(enc));
    case 'markdown': return renderMarkdown(m, r);
  }
}

export function synthesise(seed: number, index: number): Synthesised {
  const r = reportRng(seed, index);
  const body = pickBody(r);
  const year = int(r, 2019, 2025);
  const template = templateFor(r, year);
  const vals: Values = makeValues(r, template, body);
  const broken = chance(r, BREAK_RATE) ? breakIdentity(r, template, vals) : null;
  const shape = weighted(r, SHAPE_WEIGHTS);
  const encoding = weighted(r, ENCODING_WEIGHTS);
  const script = weighted(r, SCRIPT_WEIGHTS);
  const titleMode = shape !== 'crawled' && shape !== 'html' && chance(r, 0.12) ? 'none' : 'line';
  const date = publicationDate(r, year);
  const title = `${body.agency}${year}${chance(r, 0.3) ? '年度' : '年'}政府信息公开工作年度报告`;
  const requests = vals['applications.new.total'] ?? 0;
  const prose = makeProse(r, body, year, requests, dateZh(date), titleMode === 'none');
  const tables = buildTables(r, template, vals, cellStyle(r));
  const id = reportId(index);
  const m: Model = { id, template, year, body, date, titleMode, title, prose, ...tables, signature: [body.agency, dateZh(date)] };
  const text = toScript(render(m, shape, r, encoding), script);
  const file = `${shardOf(index)}/${id}.${EXT[shape]}`;
  const values: Record<string, number> = {};
  for (const k of fieldKeys(template)) {
    const v = vals[k] ?? 0;
    if (v !== 0) values[k] = v;
  }
  const failures = identityFailures(vals, template);
  const truth: Truth = {
    file,
    template,
    year,
    region_code: body.regionCode,
    agency: body.agency,
    scope: body.kind === 'government' && body.level !== 'town' ? 'aggregate' : 'own',
    values,
    identity_failures: failures,
    notes: `synthetic (seed ${seed}, #${index}): ${shape}, ${encoding}, ${script}${titleMode === 'none' ? ', no title line' : ''}${broken ? `; identity broken on purpose (${broken})` : ''}`,
    synth: { seed, index, shape, encoding, script, title: titleMode, broken },
  };
  return { id, file, bytes: encodeText(text, encoding), truth };
}
