/**
 * A filter changes the charts and the address; the back button and a shared link restore
 * the view; and the figures shown equal the same query run with @duckdb/node-api on the
 * Parquet files (not on the aggregates the page draws from).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, waitRendered, watchedPage } from './helpers/browser.ts';
import { sqlString as q } from '../../src/schema/sql.ts';
import { PARQUET, query, queryOne } from './helpers/parquet.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** The overview's headline figures, computed from the Parquet with plain SQL. */
async function expected(where: string): Promise<Record<string, number | null>> {
  const f = (sec: string, row: string, col: string) => `coalesce(sum(value) FILTER (section = '${sec}' AND row_key = '${row}' AND col_key = '${col}'), 0)`;
  const withheld = ['state_secret', 'law', 'security', 'third_party', 'internal', 'process', 'enforcement_file', 'query'].map((w) => f('applications', `withheld_${w}`, 'total')).join(' + ');
  const [r] = await query(`WITH sel AS (SELECT report_id FROM ${PARQUET('reports')} WHERE ${where}),
    x AS (SELECT ${f('applications', 'new', 'total')} AS requests, ${f('applications', 'granted', 'total')} AS granted, ${f('applications', 'partly_granted', 'total')} AS partly,
      ${f('applications', 'total', 'total')} AS handled, ${withheld} AS withheld, ${f('review_litigation', 'review', 'total')} AS reviews,
      ${f('review_litigation', 'litigation_direct', 'total')} + ${f('review_litigation', 'litigation_after_review', 'total')} AS lawsuits,
      ${f('review_litigation', 'review', 'corrected')} AS rc, ${f('review_litigation', 'review', 'upheld')} + ${f('review_litigation', 'review', 'corrected')} + ${f('review_litigation', 'review', 'other')} AS rdone
      FROM ${PARQUET('facts')} WHERE report_id IN (SELECT report_id FROM sel))
    SELECT (SELECT count(*) FROM sel) AS reports, requests, CASE WHEN handled > 0 THEN (granted + partly) / handled END AS disclosure_rate,
      CASE WHEN handled > 0 THEN withheld / handled END AS refusal_share, reviews, lawsuits, CASE WHEN rdone > 0 THEN rc / rdone END AS review_correction FROM x`);
  return Object.fromEntries(Object.entries(r!).map(([k, v]) => [k, v === null ? null : Number(v)]));
}

async function shown(page: Page): Promise<Record<string, number | null>> {
  return page.$$eval('[data-kpi]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-kpi'), e.getAttribute('data-value') === '' ? null : Number(e.getAttribute('data-value'))])));
}

function expectSame(got: Record<string, number | null>, want: Record<string, number | null>): void {
  for (const [k, v] of Object.entries(want)) {
    if (v === null) expect(got[k], k).toBeNull();
    else expect(got[k], k).toBeCloseTo(v, 9);
  }
}

test('a filter changes the address and the charts; the figures equal DuckDB on the Parquet; back restores', async () => {
  const { province } = (await queryOne(`SELECT province, count(*) n FROM ${PARQUET('reports')} WHERE province IS NOT NULL GROUP BY 1 ORDER BY n DESC LIMIT 1`)) as { province: string };
  const { page, errors, foreign } = await watchedPage(browser, site);
  await page.goto(site);
  let seq = await waitRendered(page);
  expectSame(await shown(page), await expected('TRUE'));
  const before = await page.locator('[data-chart="requests-by-year"] .plot').innerHTML();

  await page.selectOption('#f-province', province!);
  seq = await waitRendered(page, seq);
  expect(new URL(page.url()).searchParams.get('p')).toBe(province);
  expectSame(await shown(page), await expected(`province = ${q(province!)}`));
  expect(await page.locator('[data-chart="requests-by-year"] .plot').innerHTML()).not.toBe(before);

  // Cascade and year range, then the same figures from the Parquet.
  const city = await page.$$eval('#f-city option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean)[0]);
  await page.selectOption('#f-city', city!);
  seq = await waitRendered(page, seq);
  await page.selectOption('#f-from', '2021');
  seq = await waitRendered(page, seq);
  const url = new URL(page.url());
  expect(url.searchParams.get('c')).toBe(city);
  expect(url.searchParams.get('y0')).toBe('2021');
  expectSame(await shown(page), await expected(`province = ${q(province!)} AND city = ${q(city!)} AND year >= 2021`));

  await page.goBack();
  seq = await waitRendered(page, seq);
  expect(new URL(page.url()).searchParams.get('y0')).toBeNull();
  expect(await page.inputValue('#f-from')).toBe('');
  expectSame(await shown(page), await expected(`province = ${q(province!)} AND city = ${q(city!)}`));
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await page.context().close();
});

test('a shared link restores the view, on another page and in the other language', async () => {
  const { page } = await watchedPage(browser, site);
  await page.goto(`${site}en/?lv=department&t=2021&y1=2024`);
  await waitRendered(page);
  expect(await page.inputValue('#f-level')).toBe('department');
  expect(await page.inputValue('#f-template')).toBe('2021');
  expect(await page.inputValue('#f-to')).toBe('2024');
  expectSame(await shown(page), await expected(`level = 'department' AND template = '2021' AND year <= 2024`));
  // Links to the other pages and the language switch carry the selection.
  const href = await page.getAttribute('nav a[href*="outcomes"]', 'href');
  expect(href).toContain('lv=department');
  expect(await page.getAttribute('a.lang-switch', 'href')).toMatch(/^\/\?.*t=2021/);
  await page.context().close();
});

test('the reports table (DuckDB-WASM) lists exactly the selected reports', async () => {
  const { page, errors, foreign } = await watchedPage(browser, site);
  await page.goto(`${site}reports/?t=2019&s=own`);
  await page.waitForSelector('table[data-table="reports"] tbody tr', { timeout: 60_000 });
  const { n } = (await queryOne(`SELECT count(*) AS n FROM ${PARQUET('reports')} WHERE template = '2019' AND scope = 'own'`)) as { n: string };
  expect(await page.getAttribute('#reports-status', 'data-total')).toBe(String(n));
  expect(await page.locator('table[data-table="reports"] tbody tr').count()).toBe(Math.min(Number(n), 200));
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await page.context().close();
});
