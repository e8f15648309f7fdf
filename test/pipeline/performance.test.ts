/**
 * Time budgets for inputs that once made the parser crawl. The budgets are ~100× what
 * a linear reading needs, so a loaded machine does not make them flaky; they catch
 * super-linear blow-ups (a corpus of a million reports cannot afford seconds per row).
 */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/pipeline/parse-report.ts';
import { appRow, enc, reportText } from '../helpers/report-text.ts';

const GRANTED = '三、本年度办理结果 （一）予以公开';

function withGrantedRow(row: string): Uint8Array {
  const text = reportText({ app: { new: appRow(3), granted: appRow(3), total: appRow(3) } });
  return enc(text.split('\n').map((l) => (l.startsWith(GRANTED) ? `${GRANTED} ${row}` : l)).join('\n'));
}

async function timed(bytes: Uint8Array): Promise<number> {
  const t0 = performance.now();
  const r = await parseFile('t.txt', bytes);
  expect(r.report.status).not.toBe('failed');
  return performance.now() - t0;
}

describe('time budgets', () => {
  it('a 10 MB report-like line of prose parses within 15 s', async () => {
    const bytes = enc('某县人民政府2020年政府信息公开工作年度报告 ' + '本年度主动公开政府信息，依法做好公开工作。'.repeat(480_000));
    expect(await timed(bytes)).toBeLessThan(15_000);
  });

  it('a 100 000-digit glued run parses within 5 s', async () => {
    expect(await timed(withGrantedRow('1'.repeat(100_000)))).toBeLessThan(5_000);
  });

  it('a well-formed report parses within 1 s', async () => {
    expect(await timed(withGrantedRow('| 3 | 0 | 0 | 0 | 0 | 0 | 3'))).toBeLessThan(1_000);
  });

  // Found by this file and fixed in 46b0919: a row glued into 20 digits has ~27 000
  // readings, each once scored against the column identities one by one (~3–4 s).
  it('a row glued into one 20-digit run parses within 1 s', async () => {
    expect(await timed(withGrantedRow('1'.repeat(20)))).toBeLessThan(1_000);
  });

  // Fixed in 46b0919: counting the ways to split a run was quadratic in its length
  // (5 000 digits ~2.5 s, 10 000 ~10–20 s, 100 000 never ended).
  it('a 5 000-digit glued run parses within 1 s', async () => {
    expect(await timed(withGrantedRow('1'.repeat(5_000)))).toBeLessThan(1_000);
  });
});
