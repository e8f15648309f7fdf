/**
 * The bad-input catalogue (test/helpers/bad-inputs.ts): every kind gets its typed
 * check, placed where it happened, and its report row whatever else goes wrong —
 * first through parseFile, then through the real driver into Parquet.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/pipeline/formats/binary-adapters.ts';
import { parseFile, type Parsed } from '../../src/pipeline/parse-report.ts';
import type { Problem } from '../../src/pipeline/problems.ts';
import { badInputs, lineOf, valueAt, type BadInput, type ExpectedCheck } from '../helpers/bad-inputs.ts';
import { buildData, queryParquet, sqlPath, type Row } from '../helpers/driver.ts';

const catalogue = badInputs();

function matches(p: { check: string; section?: string | null | undefined; row_key?: string | null | undefined; line?: number | null | undefined }, e: ExpectedCheck): boolean {
  if (p.check !== e.check) return false;
  if (e.section !== undefined && p.section !== e.section) return false;
  if (e.row_key !== undefined && p.row_key !== e.row_key) return false;
  if (e.line !== undefined && p.line !== e.line) return false;
  return true;
}

function describeProblems(ps: readonly Problem[]): string {
  return ps.map((p) => `${p.check}/${p.severity} ${p.section ?? ''}.${p.row_key ?? ''} L${p.line ?? ''}: ${p.message.slice(0, 100)}`).join('\n');
}

function checkParse(k: BadInput, r: Parsed): void {
  const listing = describeProblems(r.problems);
  expect(r.report.source_file).toBe(k.file);
  expect(r.report.status, listing).toBe(k.status);
  for (const e of k.checks) {
    const hit = r.problems.filter((p) => matches(p, e));
    expect(hit.length, `expected ${JSON.stringify(e)} among:\n${listing}`).toBeGreaterThan(0);
    if (e.file) for (const p of hit) expect(p.message, 'a file-level problem names the file').toContain(k.file);
  }
  if (k.oneOf) {
    const hit = r.problems.filter((p) => k.oneOf?.includes(p.check) && p.severity === 'error');
    expect(hit.length, `expected one of ${k.oneOf.join(', ')} among:\n${listing}`).toBeGreaterThan(0);
    for (const p of hit) expect(p.message).toContain(k.file);
  }
  if (k.clean) {
    const unexpected = r.problems.filter((p) => p.severity !== 'info' && !k.checks.some((e) => matches(p, e)));
    expect(unexpected, 'no other warning or error').toEqual([]);
  }
  if (k.encoding) expect(r.report.encoding).toBe(k.encoding);
  for (const [field, v] of Object.entries(k.values ?? {})) expect(valueAt(r, field), field).toBe(v);
  if (r.report.status === 'failed') expect(r.problems.some((p) => p.severity === 'error'), 'a failed report says why').toBe(true);
}

describe('bad-input catalogue, file by file', () => {
  it('covers at least 25 kinds, each in its own file', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(25);
    expect(new Set(catalogue.map((k) => k.file)).size).toBe(catalogue.length);
  });

  for (const k of catalogue) {
    it(k.kind, async () => {
      checkParse(k, await parseFile(k.file, k.bytes));
    });
  }

  it('reads the same numbers from CRLF, CR and LF files, on the same source lines', async () => {
    const lf = catalogue.find((k) => k.file === 'cells/missing-cell.txt');
    const crlf = catalogue.find((k) => k.file === 'endings/crlf.txt');
    const cr = catalogue.find((k) => k.file === 'endings/cr.txt');
    if (!lf || !crlf || !cr) throw new Error('catalogue changed');
    const strip = (r: Parsed) => r.facts.map((f) => [f.section, f.row_key, f.col_key, f.value, f.source_line]);
    const base = strip(await parseFile('a.txt', lf.bytes));
    expect(base.length).toBeGreaterThan(100);
    expect(strip(await parseFile('a.txt', crlf.bytes))).toEqual(base);
    expect(strip(await parseFile('a.txt', cr.bytes))).toEqual(base);
  });

  it('keeps the script out of the values of an HTML report', async () => {
    const k = catalogue.find((x) => x.file === 'html/script-in-cell.html');
    if (!k) throw new Error('catalogue changed');
    const r = await parseFile(k.file, k.bytes);
    expect(r.facts.filter((f) => /script|document/.test(f.raw ?? ''))).toEqual([]);
  });

  // Found by this catalogue and fixed in 46b0919: a row's label start was walked back over
  // the line break before it, so its checks pointed at the line above the row.
  it('positional checks point at the row\'s own line', async () => {
    const k = catalogue.find((x) => x.file === 'cells/missing-cell.txt');
    if (!k) throw new Error('catalogue changed');
    const text = new TextDecoder().decode(k.bytes);
    const r = await parseFile(k.file, k.bytes);
    const p = r.problems.find((x) => x.check === 'missing_cells' && x.row_key === 'granted');
    expect(p?.line).toBe(lineOf(text, '三、本年度办理结果 （一）予以公开'));
  });

  // Also fixed in 46b0919: converted_traditional and chrome_removed did not name the file.
  it('file-level notes name the file (converted_traditional, chrome_removed)', async () => {
    for (const [file, check] of [['labels/traditional.txt', 'converted_traditional'], ['page-numbers.txt', 'chrome_removed']] as const) {
      const k = catalogue.find((x) => x.file === file);
      if (!k) throw new Error('catalogue changed');
      const p = (await parseFile(k.file, k.bytes)).problems.find((x) => x.check === check);
      expect(p?.message, check).toContain(k.file);
    }
  });
});

describe('bad-input catalogue through the driver (reports.parquet, checks.parquet)', () => {
  let dir = '';
  let reports: Row[] = [];
  let checks: Row[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-bad-'));
    const corpus = join(dir, 'corpus');
    for (const k of catalogue) {
      mkdirSync(dirname(join(corpus, k.file)), { recursive: true });
      writeFileSync(join(corpus, k.file), k.bytes);
    }
    const out = join(dir, 'out');
    buildData(corpus, out);
    reports = await queryParquet(`SELECT source_file, status, encoding, template FROM read_parquet(${sqlPath(join(out, 'reports.parquet'))}) ORDER BY source_file`);
    checks = await queryParquet(`SELECT r.source_file, c."check", c.severity, c.section, c.row_key, c.source_line AS line, c.message
      FROM read_parquet(${sqlPath(join(out, 'checks.parquet'))}) c JOIN read_parquet(${sqlPath(join(out, 'reports.parquet'))}) r USING (report_id)`);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes one report row per input file, none lost, none added', () => {
    expect(reports.map((r) => r['source_file'])).toEqual(catalogue.map((k) => k.file).sort());
  });

  for (const k of catalogue) {
    it(`${k.kind}: status ${k.status}, its check rows`, () => {
      const row = reports.find((r) => r['source_file'] === k.file);
      expect(row?.['status']).toBe(k.status);
      if (k.encoding) expect(row?.['encoding']).toBe(k.encoding);
      const mine = checks.filter((c) => c['source_file'] === k.file).map((c) => ({
        check: String(c['check']), section: c['section'] as string | null, row_key: c['row_key'] as string | null, line: c['line'] as number | null, message: String(c['message']), severity: String(c['severity']),
      }));
      if (k.status === 'failed') expect(mine.some((c) => c.severity === 'error'), 'a failed report has an error row saying why').toBe(true);
      for (const e of k.checks) {
        const hit = mine.filter((c) => matches(c, e));
        expect(hit.length, `${JSON.stringify(e)} in checks.parquet for ${k.file}`).toBeGreaterThan(0);
        if (e.file) for (const c of hit) expect(c.message).toContain(k.file);
      }
      if (k.oneOf) expect(mine.some((c) => k.oneOf?.includes(c.check) && c.severity === 'error' && c.message.includes(k.file))).toBe(true);
    });
  }
});
