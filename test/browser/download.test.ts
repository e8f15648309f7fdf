/** The selection's CSV download equals the same query on the Parquet; BOM and formula neutralising hold. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { neutralizeCell } from '../../src/site/lib/csv.ts';
import { launch, waitRendered, watchedPage } from './helpers/browser.ts';
import { PARQUET, query, queryOne } from './helpers/parquet.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

test('a selection downloads as CSV equal to DuckDB on the Parquet', async () => {
  const { page, errors, foreign } = await watchedPage(browser, site);
  await page.goto(`${site}data/?y0=2023&y1=2024&t=2021`);
  await waitRendered(page);
  await page.waitForSelector('#download-selection:not([disabled])');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#download-selection')]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' });
  const [header, ...rows] = parsed.data;
  const want = await query(`SELECT f.report_id, r.source_file, f.section, f.row_key, f.col_key, f.value, f.raw, f.source_line, f.derived
    FROM ${PARQUET('facts')} f JOIN ${PARQUET('reports')} r USING (report_id)
    WHERE r.year BETWEEN 2023 AND 2024 AND r.template = '2021' ORDER BY r.source_file, f.section, f.row_key, f.col_key`);
  expect(rows.length).toBe(want.length);
  const col = (name: string) => header!.indexOf(name);
  for (const c of ['report_id', 'agency', 'province', 'year', 'section', 'row_key', 'col_key', 'value', 'raw', 'source_line', 'derived']) expect(col(c), c).toBeGreaterThanOrEqual(0);
  rows.forEach((r, i) => {
    const w = want[i]!;
    expect(r[col('report_id')]).toBe(w['report_id']);
    expect(`${r[col('section')]}.${r[col('row_key')]}.${r[col('col_key')]}`).toBe(`${w['section']}.${w['row_key']}.${w['col_key']}`);
    expect(r[col('value')] === '' ? null : Number(r[col('value')])).toBe(w['value'] === null ? null : Number(w['value']));
    expect(r[col('raw')]).toBe(w['raw'] === null ? '' : String(neutralizeCell(w['raw'])));
    expect(r[col('derived')]).toBe(String(w['derived']));
  });
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await page.context().close();
});

test('cells a spreadsheet would evaluate are neutralised; numbers are not', () => {
  expect(neutralizeCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
  expect(neutralizeCell('+1+1')).toBe(`'+1+1`);
  expect(neutralizeCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
  expect(neutralizeCell('\tx')).toBe(`'\tx`);
  expect(neutralizeCell('-1237')).toBe('-1237');
  expect(neutralizeCell('+5')).toBe('+5');
  expect(neutralizeCell('-1.5e3')).toBe('-1.5e3');
  expect(neutralizeCell('减1237')).toBe('减1237');
  expect(neutralizeCell(-3)).toBe(-3);
  expect(neutralizeCell(null)).toBe(null);
});

test('the full-dataset CSVs have a BOM, the schema columns and every row', async () => {
  for (const t of ['reports', 'facts', 'checks'] as const) {
    const text = readFileSync(`dist/data/site/csv/${t}.csv`, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' });
    const { n } = (await queryOne(`SELECT count(*) AS n FROM ${PARQUET(t)}`)) as { n: string };
    expect(parsed.data.length - 1).toBe(Number(n));
    const cols = (await query(`DESCRIBE SELECT * FROM ${PARQUET(t)}`)).map((r) => r['column_name']);
    expect(parsed.data[0]).toEqual(cols);
  }
});

test('each table is also one CSV per report year, together every row once, linked from the data page', async () => {
  const years = (await query(`SELECT DISTINCT year FROM ${PARQUET('reports')} ORDER BY year NULLS LAST`)).map((r) => r['year'] as number | null);
  expect(years.length).toBeGreaterThan(1);
  const rowsOf = (path: string) => {
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    return Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data;
  };
  for (const t of ['reports', 'facts', 'checks'] as const) {
    let total = 0;
    for (const y of years) {
      const [header, ...rows] = rowsOf(`dist/data/site/csv/${t}-${y ?? 'unknown'}.csv`);
      total += rows.length;
      const { n } = (await queryOne(`SELECT count(*) AS n FROM ${PARQUET(t)} WHERE report_id IN (SELECT report_id FROM ${PARQUET('reports')} WHERE year ${y === null ? 'IS NULL' : `= ${y}`})`)) as { n: string };
      expect(rows.length, `${t} ${y}`).toBe(Number(n));
      if (t === 'reports') {
        const yi = header!.indexOf('year');
        expect(new Set(rows.map((r) => r[yi])), `reports-${y}.csv holds year ${y} only`).toEqual(rows.length ? new Set([y === null ? '' : String(y)]) : new Set());
      }
    }
    const { n } = (await queryOne(`SELECT count(*) AS n FROM ${PARQUET(t)}`)) as { n: string };
    expect(total, `${t}: the year files add up to the table`).toBe(Number(n));
  }
  const { page, errors } = await watchedPage(browser, site);
  await page.goto(`${site}data/`);
  const links = await page.locator('[data-csv-years="facts"] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  expect(links.map((h) => h?.split('/').pop())).toEqual(years.map((y) => `facts-${y ?? 'unknown'}.csv`));
  expect(errors).toEqual([]);
  await page.context().close();
});
