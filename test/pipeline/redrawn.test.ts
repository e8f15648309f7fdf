/**
 * The shared corpus redrawn in other encodings, scripts and layouts (test/helpers/redraw.ts)
 * must read as well as it does as published: the same bar as the golden test, against
 * the same hand-checked truth, and the same year, template and region.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/pipeline/decode.ts';
import { parseFile } from '../../src/pipeline/parse-report.ts';
import { allFields, type Template } from '../../src/schema/fields.ts';
import { REDRAWS } from '../helpers/redraw.ts';
import { compareFacts, compareMetadata, loadTruthCases } from '../helpers/truth.ts';

/** The text reports (a PDF has no text of its own to redraw). */
const cases = loadTruthCases().filter((c) => !c.isPdf).map((c) => ({ ...c, text: decodeBytes(readFileSync(c.source), c.truth.file).text }));

describe('the shared corpus redrawn', () => {
  it('has reports to redraw', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const r of REDRAWS) {
    it(`reads ≥ 99.5 % of truth cells and all metadata: ${r.name}`, async () => {
      let cells = 0, wrong = 0;
      const meta: string[] = [];
      for (const c of cases) {
        const file = c.truth.file.replace(/\.[^./]+$/, `.${r.ext}`);
        const parsed = await parseFile(file, r.redraw(c.text));
        if (c.truth.template !== 'other') {
          cells += allFields(c.truth.template as Template).length;
          wrong += compareFacts(c.truth, parsed).length;
        }
        meta.push(...compareMetadata(c.truth, parsed).map((m) => `${c.name} ${m.field}: ${m.expected} ≠ ${m.actual}`));
      }
      expect(cells).toBeGreaterThan(0);
      expect(meta).toEqual([]);
      expect(1 - wrong / cells).toBeGreaterThanOrEqual(0.995);
    });
  }
});
