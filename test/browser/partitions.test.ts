/**
 * Partitioned loading: the first view fetches the index alone; a province fetches its own
 * aggregates file and, for DuckDB, only its own partitions (province × year); a year range
 * narrows them further; other provinces' files are never requested. And the figures the
 * province file gives equal the Parquet (the selection tests check the overview's).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { SiteIndex } from '../../src/site/lib/site-index.ts';
import { launch, waitRendered, watchedPage } from './helpers/browser.ts';
import { PARQUET, queryOne } from './helpers/parquet.ts';

const site = inject('siteUrl');
let browser: Browser;
let index: SiteIndex;
beforeAll(async () => {
  browser = await launch();
  index = JSON.parse(readFileSync('dist/data/site/index.json', 'utf8')) as SiteIndex;
});
afterAll(async () => { await browser?.close(); });

/** Paths under data/site/ the page requested, in order. */
function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = /\/data\/site\/(.*)$/.exec(new URL(r.url()).pathname);
    if (m) seen.push(decodeURIComponent(m[1]!));
  });
  return seen;
}

/** The province with the most partitions, so that "only its own" is a real restriction. */
function busiestProvince(): { name: string; parts: string[] } {
  const by = new Map<string, string[]>();
  for (const p of index.parts) if (p.province) by.set(p.province, [...(by.get(p.province) ?? []), p.id]);
  const [name, parts] = [...by].sort((a, b) => b[1].length - a[1].length)[0]!;
  return { name, parts };
}

test('the first view fetches the index and nothing else from the data', async () => {
  const { page, errors } = await watchedPage(browser, site);
  const seen = dataRequests(page);
  await page.goto(site);
  await waitRendered(page);
  await page.waitForLoadState('networkidle');
  expect(seen).toEqual(['index.json']);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('choosing a province fetches its aggregates file only; a level filter fetches the national file', async () => {
  const { name } = busiestProvince();
  const { page, errors } = await watchedPage(browser, site);
  const seen = dataRequests(page);
  await page.goto(site);
  let seq = await waitRendered(page);
  await page.selectOption('#f-province', name);
  seq = await waitRendered(page, seq);
  expect(seen).toEqual(['index.json', index.province_files[name]]);
  // The figures drawn from the province's file equal the Parquet.
  const { n } = (await queryOne(`SELECT count(*) AS n FROM ${PARQUET('reports')} WHERE province = '${name.replace(/'/g, "''")}'`)) as { n: string };
  expect(await page.getAttribute('[data-kpi="reports"]', 'data-value')).toBe(String(n));
  // Back to the whole country, then a level: the province file is not fetched again, the national one is.
  await page.selectOption('#f-province', '');
  seq = await waitRendered(page, seq);
  const level = index.options.level.find((l) => l !== null)!;
  await page.selectOption('#f-level', level);
  await waitRendered(page, seq);
  expect(seen).toEqual(['index.json', index.province_files[name], index.national_file]);
  expect(seen.some((s) => s.startsWith('parts/'))).toBe(false);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('the reports table fetches only the chosen province’s partitions, and a year only that year’s', async () => {
  const { name, parts } = busiestProvince();
  const { page, errors } = await watchedPage(browser, site);
  const seen = dataRequests(page);
  await page.goto(`${site}reports/?p=${encodeURIComponent(name)}`);
  await page.waitForSelector('table[data-table="reports"] tbody tr', { timeout: 60_000 });
  const fetched = seen.filter((s) => s.startsWith('parts/'));
  expect(fetched.sort()).toEqual(parts.map((id) => `parts/reports/${id}.duckdb`).sort());
  const { n } = (await queryOne(`SELECT count(*) AS n FROM ${PARQUET('reports')} WHERE province = '${name.replace(/'/g, "''")}'`)) as { n: string };
  expect(await page.getAttribute('#reports-status', 'data-total')).toBe(String(n));
  await page.context().close();

  // One year of the province: exactly one partition, in a fresh page (nothing cached).
  const year = index.parts.find((p) => p.province === name && p.year !== null)!;
  const second = await watchedPage(browser, site);
  const seen2 = dataRequests(second.page);
  await second.page.goto(`${site}reports/?p=${encodeURIComponent(name)}&y0=${year.year}&y1=${year.year}`);
  await second.page.waitForSelector('#reports-status[data-total]', { timeout: 60_000 });
  expect(seen2.filter((s) => s.startsWith('parts/'))).toEqual([`parts/reports/${year.id}.duckdb`]);
  expect(await second.page.getAttribute('#reports-status', 'data-total')).toBe(String(year.reports));
  expect([...errors, ...second.errors]).toEqual([]);
  await second.page.context().close();
});

test('the site built from the shipped corpus is not marked synthetic', async () => {
  const { page } = await watchedPage(browser, site);
  await page.goto(site);
  expect(index.synthetic).toBe(false);
  expect(await page.locator('[data-synthetic-banner]').count()).toBe(0);
  await page.context().close();
});
