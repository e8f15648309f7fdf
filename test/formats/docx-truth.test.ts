/**
 * Every template truth file of ../shared/corpus/truth, written as a Word report in the
 * national template's layout (merged headers, merged group labels; 2019 and 2021), into
 * a temporary corpus; each is read back through the whole pipeline and every field
 * compared with the truth. Then the shared scorer runs on the same corpus, as the
 * project is judged.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/pipeline/formats/binary-adapters.ts';
import { parseFile } from '../../src/pipeline/parse-report.ts';
import { allFields } from '../../src/schema/fields.ts';
import { truthToDocx, truthValue, type TruthFile } from './helpers/truth-docx.ts';

const SHARED = process.env['OGI_SHARED_CORPUS'] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const TRUTH_DIR = join(SHARED, 'truth');
const SCORER = resolve(SHARED, '../tools/score.mjs');

const truths = readdirSync(TRUTH_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((name) => ({ name, truth: JSON.parse(readFileSync(join(TRUTH_DIR, name), 'utf8')) as TruthFile }))
  .filter((c) => c.truth.template !== 'other');
const docxName = (name: string) => name.replace(/(\.pdf)?\.json$/, '.docx');

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ogi-docx-'));
  mkdirSync(join(dir, 'corpus'));
  mkdirSync(join(dir, 'truth'));
  for (const { name, truth } of truths) {
    writeFileSync(join(dir, 'corpus', docxName(name)), await truthToDocx(truth));
    writeFileSync(join(dir, 'truth', name), JSON.stringify({ ...truth, file: docxName(name) }));
  }
});
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('DOCX built from the truth', () => {
  it('covers both templates', () => {
    expect(new Set(truths.map((t) => t.truth.template))).toEqual(new Set(['2019', '2021']));
  });

  it.each(truths)('$name: every field, the template and the year read back', async ({ name, truth }) => {
    const file = docxName(name);
    const parsed = await parseFile(file, new Uint8Array(readFileSync(join(dir, 'corpus', file))));
    expect(parsed.report.format).toBe('docx');
    expect(parsed.report.source_file).toBe(file);
    expect(parsed.report.template).toBe(truth.template);
    expect(parsed.report.year).toBe(truth.year);
    if (truth.template === 'other') return;
    const got = new Map(parsed.facts.map((f) => [`${f.section}.${f.row_key}.${f.col_key}`, f.value]));
    const wrong = allFields(truth.template)
      .map(([s, r, c]) => `${s}.${r}.${c}`)
      .filter((k) => got.get(k) !== truthValue(truth, k))
      .map((k) => `${k}: want ${truthValue(truth, k)} got ${got.get(k)}`);
    expect(wrong).toEqual([]);
  });

  it('scores 100 % of cells with the shared scorer (npm run build:data on the temporary corpus)', () => {
    let out: string;
    try {
      out = execFileSync('node', [SCORER, '.', join(dir, 'corpus'), join(dir, 'truth')], { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8', timeout: 300_000 });
    } catch (e) {
      // the scorer exits 1 below its thresholds; its report is what is checked
      out = String((e as { stdout?: unknown }).stdout ?? '');
    }
    const last = out.trim().split('\n').at(-1) ?? '';
    expect(last).toMatch(new RegExp(`^cells 100\\.00% \\((\\d+)/\\1\\) .* · ${truths.length} reports in`));
  }, 300_000);
});
