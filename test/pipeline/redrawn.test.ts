/**
 * The shared corpus redrawn in other encodings, scripts and layouts (test/helpers/redraw.ts)
 * must read as well as it does as published: no truth cell lost that the published report
 * reads right (and so the golden test's bar), and the same year, template and region.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/pipeline/decode.ts';
import { parseFile } from '../../src/pipeline/parse-report.ts';
import { allFields, type Template } from '../../src/schema/fields.ts';
import { REDRAWS } from '../helpers/redraw.ts';
import { compareFacts, compareMetadata, loadTruthCases } from '../helpers/truth.ts';

/** The text reports (a PDF has no text of its own to redraw), and the cells each reads wrong as published. */
const cases = await Promise.all(loadTruthCases().filter((c) => !c.isPdf).map(async (c) => {
  const bytes = readFileSync(c.source);
  const published = await parseFile(c.truth.file, bytes);
  return { ...c, text: decodeBytes(bytes, c.truth.file).text, misread: new Set(compareFacts(c.truth, published).map((m) => m.field)) };
}));

describe('the shared corpus redrawn', () => {
  it('has reports to redraw', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const r of REDRAWS) {
    it(`reads every truth cell the published report reads, and all metadata: ${r.name}`, async () => {
      let cells = 0, wrong = 0;
      const lost: string[] = [];
      const meta: string[] = [];
      for (const c of cases) {
        const file = c.truth.file.replace(/\.[^./]+$/, `.${r.ext}`);
        const parsed = await parseFile(file, r.redraw(c.text));
        if (c.truth.template !== 'other') {
          const mismatches = compareFacts(c.truth, parsed);
          cells += allFields(c.truth.template as Template).length;
          wrong += mismatches.length;
          lost.push(...mismatches.filter((m) => !c.misread.has(m.field)).map((m) => `${c.name} ${m.field}: ${JSON.stringify(m.expected)} ≠ ${m.actual}`));
        }
        meta.push(...compareMetadata(c.truth, parsed).map((m) => `${c.name} ${m.field}: ${m.expected} ≠ ${m.actual}`));
      }
      expect(lost).toEqual([]);
      expect(meta).toEqual([]);
      expect(cells).toBeGreaterThan(0);
      expect(1 - wrong / cells).toBeGreaterThanOrEqual(0.995);
    });
  }
});
