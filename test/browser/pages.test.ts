/** Every page, in both languages, loads from the built site with no console error and no request to another origin. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, waitRendered, watchedPage } from './helpers/browser.ts';
import { query, PARQUET } from './helpers/parquet.ts';

const site = inject('siteUrl');
let browser: Browser;
let reportId: string;

beforeAll(async () => {
  browser = await launch();
  reportId = String((await query(`SELECT report_id FROM ${PARQUET('reports')} ORDER BY n_identity_failures DESC, report_id LIMIT 1`))[0]!['report_id']);
});
afterAll(async () => { await browser?.close(); });

const PAGES = ['', 'applications/', 'outcomes/', 'proactive/', 'review/', 'map/', 'reports/', 'quality/', 'data/', 'report/?id='];

describe.each(['', 'en/'])('language %s', (lang) => {
  test.each(PAGES)('page /%s loads cleanly', async (path) => {
    const { page, errors, foreign } = await watchedPage(browser, site);
    const url = `${site}${lang}${path}${path === 'report/?id=' ? reportId : ''}`;
    const res = await page.goto(url);
    expect(res?.status()).toBe(200);
    await waitRendered(page);
    if (path === 'reports/') await page.waitForSelector('table[data-table="reports"] tbody tr', { timeout: 60_000 });
    if (path === 'map/') await page.waitForSelector('[data-chart="map"] svg');
    await page.waitForLoadState('networkidle');
    expect(await page.getAttribute('html', 'lang')).toBe(lang ? 'en' : 'zh-CN');
    // A switch to the other language on every page, keeping the page.
    const other = await page.getAttribute('a.lang-switch', 'href');
    expect(other).toContain(lang ? `/${path.split('?')[0]}` : `/en/${path.split('?')[0]}`);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});

test('every chart has a title, labelled axes and a text alternative', async () => {
  const { page } = await watchedPage(browser, site);
  await page.goto(`${site}outcomes/`);
  await waitRendered(page);
  const frames = await page.$$eval('figure.chart', (fs) => fs.map((f) => ({
    title: f.querySelector('.chart-title')?.textContent ?? '',
    aria: f.querySelector('.plot svg[role="img"]')?.getAttribute('aria-label') ?? '',
    rows: f.querySelectorAll('details.alt tbody tr').length,
    empty: f.querySelector('.empty') !== null,
  })));
  expect(frames.length).toBeGreaterThan(3);
  for (const f of frames) {
    expect(f.title).not.toBe('');
    if (!f.empty) { expect(f.aria).toContain(f.title); expect(f.rows).toBeGreaterThan(0); }
  }
  await page.context().close();
});

test('readable at 360 px: no horizontal scrolling of the page, in dark mode too', async () => {
  for (const path of ['', 'report/?id=']) {
    const { page, errors } = await watchedPage(browser, site, { width: 360, dark: true });
    await page.goto(`${site}${path}${path ? reportId : ''}`);
    await waitRendered(page);
    const { scroll, bg } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, bg: getComputedStyle(document.body).backgroundColor }));
    expect(scroll).toBeLessThanOrEqual(362);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    expect(errors).toEqual([]);
    await page.context().close();
  }
});

test('an empty selection says so', async () => {
  const { page } = await watchedPage(browser, site);
  await page.goto(`${site}?y0=1990&y1=1991`);
  await waitRendered(page);
  expect(await page.locator('#kpis .empty').textContent()).toContain('没有报告');
  expect(await page.locator('[data-chart="requests-by-year"] .empty').count()).toBe(1);
  await page.context().close();
});
