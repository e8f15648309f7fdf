/**
 * The real PDFs of ../shared/corpus/pdf against their hand-checked truth: first the
 * reader alone (every table row is one line whose cells are the truth's values, the
 * label before them), then the whole pipeline, field by field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../src/pipeline/formats/binary-adapters.ts';
import { readDocument } from '../../src/pipeline/formats/read-document.ts';
import { parseFile } from '../../src/pipeline/parse-report.ts';
import { allFields } from '../../src/schema/fields.ts';
import type { Doc } from '../../src/pipeline/doc.ts';
import { truthValue, type TruthFile } from './helpers/truth-docx.ts';

const CORPUS = process.env['OGI_SHARED_CORPUS'] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const cases = readdirSync(join(CORPUS, 'truth'))
  .filter((f) => f.endsWith('.pdf.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(CORPUS, 'truth', f), 'utf8')) as TruthFile)
  .filter((t) => existsSync(join(CORPUS, 'pdf', t.file)));

/** A phrase of each row's printed label (as these reports word it: 011 prints 行政止公开). */
const APP_LABELS: Record<string, string> = {
  new: '本年新收', carried_over: '上年结转', granted: '予以公开', partly_granted: '部分公开',
  withheld_state_secret: '国家秘密', withheld_law: '其他法律', withheld_security: '三安全',
  withheld_third_party: '第三方', withheld_internal: '内部事务', withheld_process: '过程性',
  withheld_enforcement_file: '执法案卷', withheld_query: '行政查询', unavailable_not_held: '不掌握',
  unavailable_needs_creation: '另行制作', unavailable_unclear: '仍不明确', rejected_petition: '信访',
  rejected_duplicate: '重复申请', rejected_publication: '出版物', rejected_excessive: '大量反复',
  rejected_confirmation: '重新出具', total: '（七）总计', carried_forward: '结转下年度',
};
/** （六）其他处理: three sub-rows where the report prints them, else one row. */
const OTHER_SUBROWS: Record<string, string> = { other_no_correction: '不补正', other_no_fee: '收费通知', other_misc: '3、其他' };
const OTHER_ROW: Record<string, string> = { other: '（六）其他处理' };

const APP_COLS = ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org', 'total'];
const ACTIVE_2021: [string, string, string[]][] = [
  ['rules', '规章', ['issued', 'repealed', 'in_force']],
  ['normative_docs', '行政规范性文件', ['issued', 'repealed', 'in_force']],
  ['licensing', '行政许可', ['decisions']],
  ['penalty', '行政处罚', ['decisions']],
  ['enforcement', '行政强制', ['decisions']],
  ['fees', '行政事业性收费', ['amount_wan']],
];

const cellsOf = (line: string) => line.split('\t');
const asNumbers = (cells: readonly string[]) => cells.map((c) => Number(c.replace(/\s/g, '')));

describe.each(cases)('PDF $file', (truth) => {
  let doc: Doc;
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, 'pdf', truth.file)));
    const read = await readDocument(truth.file, bytes);
    expect(read.format).toBe('pdf');
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    if (!read.doc) throw new Error('no document');
    doc = read.doc;
  });

  it('puts every applications row on one line: its label, then its seven values', () => {
    const start = doc.lines.findIndex((l) => l.text.includes('本年新收'));
    expect(start).toBeGreaterThan(0);
    const hasSubRows = doc.lines.some((l) => l.text.includes('不补正'));
    for (const [row, phrase] of Object.entries({ ...APP_LABELS, ...(hasSubRows ? OTHER_SUBROWS : OTHER_ROW) })) {
      const line = doc.lines.slice(start).find((l) => l.text.replace(/\s/g, '').includes(phrase));
      expect(line, row).toBeDefined();
      const cells = cellsOf(line?.text ?? '');
      const want = APP_COLS.map((c) => truthValue(truth, `applications.${row}.${c}`));
      expect(asNumbers(cells.slice(-7)), row).toEqual(want);
      const labelAt = cells.findIndex((c) => c.replace(/\s/g, '').includes(phrase));
      expect(labelAt, row).toBe(cells.length - 8);
    }
  });

  it('puts the row labels of section 二 before their values', () => {
    for (const [row, label, cols] of ACTIVE_2021) {
      const line = doc.lines.find((l) => cellsOf(l.text)[0] === label);
      expect(line, row).toBeDefined();
      expect(asNumbers(cellsOf(line?.text ?? '').slice(1)), row).toEqual(cols.map((c) => truthValue(truth, `active.${row}.${c}`)));
    }
  });

  it('reads section 四 as one row of fifteen values', () => {
    const want = ['review', 'litigation_direct', 'litigation_after_review'].flatMap((r) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => truthValue(truth, `review_litigation.${r}.${c}`)));
    const line = doc.lines.find((l) => cellsOf(l.text).length === 15 && cellsOf(l.text).every((c) => /^\d+$/.test(c)));
    expect(asNumbers(cellsOf(line?.text ?? ''))).toEqual(want);
  });

  it('keeps page numbers on lines of their own, out of the table rows', () => {
    const pageNumbers = doc.lines.filter((l) => /^-\s*\d+\s*-$/.test(l.text));
    expect(pageNumbers.length).toBeGreaterThan(0);
    expect(doc.lines.filter((l) => l.text.includes('\t') && /-\s*\d+\s*-/.test(l.text))).toEqual([]);
  });

  it('numbers lines by page: page * 1000 + row', () => {
    const pages = new Set(doc.lines.map((l) => Math.floor(l.line / 1000)));
    expect(Math.min(...pages)).toBe(1);
    expect(doc.lines.every((l, i) => i === 0 || l.line > (doc.lines[i - 1]?.line ?? 0))).toBe(true);
  });
});

/** Every template field of the given reports, parsed from their PDFs, against the truth. */
async function scoreCells(reports: readonly TruthFile[]): Promise<{ share: number; wrong: string[] }> {
  let cells = 0, right = 0;
  const wrong: string[] = [];
  for (const truth of reports) {
    const parsed = await parseFile(truth.file, new Uint8Array(readFileSync(join(CORPUS, 'pdf', truth.file))));
    expect(parsed.report.format).toBe('pdf');
    expect(parsed.report.template).toBe(truth.template);
    expect(parsed.report.year).toBe(truth.year);
    if (truth.template === 'other') continue;
    const got = new Map(parsed.facts.map((f) => [`${f.section}.${f.row_key}.${f.col_key}`, f.value]));
    for (const [s, r, c] of allFields(truth.template)) {
      const key = `${s}.${r}.${c}`;
      cells++;
      if (got.get(key) === truthValue(truth, key)) right++;
      else wrong.push(`${truth.file} ${key}: want ${truthValue(truth, key)} got ${got.get(key)}`);
    }
  }
  return { share: right / cells, wrong };
}

describe('PDF corpus through the whole pipeline', () => {
  it('reads every truth cell of the reports whose sub-rows are numbered 1. (011, 012)', async () => {
    const { share, wrong } = await scoreCells(cases.filter((t) => !t.file.startsWith('010')));
    expect(wrong).toEqual([]);
    expect(share).toBe(1);
  });

  // 010 numbers its （六） sub-rows `1、`: the label walk-back must keep `1、` in the label.
  it('reads at least 99.5 % of the truth cells of all three PDFs', async () => {
    expect(cases.length).toBe(3);
    const { share, wrong } = await scoreCells(cases);
    expect(share, wrong.join('\n')).toBeGreaterThanOrEqual(0.995);
  });
});
