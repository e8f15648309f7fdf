/**
 * A report page shows its numbers, with failing identities and ambiguous cells marked;
 * and text planted in a report (script, handlers, javascript: links) never runs.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, waitRendered, watchedPage } from './helpers/browser.ts';
import { PARQUET, query, queryOne } from './helpers/parquet.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

test('a report page shows every extracted number and marks its failing cells', async () => {
  const { report_id: id } = (await queryOne(`SELECT report_id FROM ${PARQUET('checks')} WHERE "check" LIKE 'identity_%' AND col_key IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`)) as { report_id: string };
  const facts = await query(`SELECT section || '.' || row_key || '.' || col_key AS field, value, source_line FROM ${PARQUET('facts')} WHERE report_id = '${id}'`);
  const failing = await query(`SELECT DISTINCT section || '.' || row_key || '.' || col_key AS field FROM ${PARQUET('checks')} WHERE report_id = '${id}' AND "check" LIKE 'identity_%' AND col_key IS NOT NULL AND row_key IS NOT NULL`);
  const { page, errors, foreign } = await watchedPage(browser, site);
  await page.goto(`${site}report/?id=${id}`);
  await waitRendered(page);
  const cells = await page.$$eval('td[data-field]', (tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-field'), { value: td.getAttribute('data-value'), state: td.getAttribute('data-cell-state') }])));
  expect(facts.length).toBeGreaterThan(20);
  for (const f of facts) {
    const cell = cells[String(f['field'])];
    expect(cell, String(f['field'])).toBeDefined();
    expect(cell!.value === '' ? null : Number(cell!.value)).toBe(f['value'] === null ? null : Number(f['value']));
  }
  for (const f of failing) expect(cells[String(f['field'])]?.state, String(f['field'])).toBe('identity');
  // The source text is beside the numbers, with its line numbers.
  const line = Number(facts.find((f) => f['source_line'] !== null)!['source_line']);
  expect(await page.locator(`#L${line} .tx`).textContent()).not.toBe('');
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
  await page.context().close();
});

test('script planted in a report does not run', async () => {
  const { report_id: id } = (await queryOne(`SELECT report_id FROM ${PARQUET('reports')} WHERE template = '2021' ORDER BY report_id LIMIT 1`)) as { report_id: string };
  const { page, errors } = await watchedPage(browser, site);
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const planted = '<script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned = 2">';
  await page.route(`**/data/site/reports/${id.slice(0, 2)}/${id}.json`, async (route) => {
    const res = await route.fetch();
    const file = await res.json() as { report: Record<string, unknown>; lines: [number, string][]; facts: unknown[][]; checks: unknown[][] };
    file.report['agency'] = planted;
    file.report['source_url'] = 'javascript:window.__pwned=3';
    file.report['source_file'] = '"><svg onload="window.__pwned=4">';
    file.lines.unshift([0, planted]);
    file.facts[0]![4] = '<b onmouseover="window.__pwned=5">1</b>';
    file.checks.push(['identity_2', 'warning', 'applications', 'total', 'total', 1, 2, 1, planted]);
    await route.fulfill({ response: res, json: file });
  });
  await page.goto(`${site}report/?id=${id}`);
  await waitRendered(page);
  await page.hover('td[data-field]');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // Shown as text, literally.
  expect(await page.locator('#L0 .tx').textContent()).toBe(planted);
  expect(await page.locator('h1').textContent()).toContain('<script>');
  expect(await page.locator('#report-source script, #report-source img, #report-meta script, #report-meta svg, #report-meta img').count()).toBe(0);
  expect(await page.locator('#report-meta a[href^="javascript"]').count()).toBe(0);
  expect(errors.filter((e) => !e.includes('net::'))).toEqual([]);
  await page.context().close();
});

test('DuckDB-WASM is pinned: the named constant matches the installed package', async () => {
  const { readFileSync } = await import('node:fs');
  const src = readFileSync('src/site/lib/duckdb.ts', 'utf8');
  const pinned = /DUCKDB_WASM_VERSION = '([^']+)'/.exec(src)?.[1];
  const installed = JSON.parse(readFileSync('node_modules/@duckdb/duckdb-wasm/package.json', 'utf8')).version;
  const declared = JSON.parse(readFileSync('package.json', 'utf8')).dependencies['@duckdb/duckdb-wasm'];
  expect(pinned).toBe(installed);
  expect(declared).toBe(installed);
  // Only that module imports DuckDB-WASM.
  const { execFileSync } = await import('node:child_process');
  const importers = execFileSync('grep', ['-rl', "from '@duckdb/duckdb-wasm", 'src/site']).toString().trim().split('\n');
  expect(importers).toEqual(['src/site/lib/duckdb.ts']);
});
