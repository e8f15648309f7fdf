/** The size budget: what the overview downloads before it is idle stays within 150 KB gzip, and DuckDB is not part of it. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { measureFirstView } from '../../scripts/site-bench/measure.ts';
import { launch } from './helpers/browser.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

test.each(['', 'en/', 'outcomes/', 'proactive/'])('first view of /%s is ≤ 150 KB gzip and loads no DuckDB', async (path) => {
  const fv = await measureFirstView(browser, `${site}${path}`);
  expect(fv.bytes).toBeLessThanOrEqual(150 * 1024);
  expect(Object.keys(fv.byUrl).filter((u) => /duckdb|\.wasm/.test(u))).toEqual([]);
});
