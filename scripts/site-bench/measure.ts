/**
 * Measurements of the built site in headless Chromium, shared by `npm run bench:site`
 * and the size-budget test: bytes on the wire (gzip, from the DevTools protocol),
 * first chart, DuckDB ready, filter → redraw.
 */
import type { Browser, Page } from 'playwright-core';

export interface FirstView {
  /** Encoded (gzip) bytes of every response the page loaded before it was idle. */
  readonly bytes: number;
  readonly byUrl: Record<string, number>;
  /** ms from navigation start to the first chart's SVG in the DOM. */
  readonly firstChartMs: number;
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  return context.newPage();
}

/** Load a page in a fresh context (empty cache) and count what it downloads. */
export async function measureFirstView(browser: Browser, url: string): Promise<FirstView> {
  const page = await freshPage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const byUrl: Record<string, number> = {};
  cdp.on('Network.requestWillBeSent', (e) => { urls.set(e.requestId, e.request.url); });
  cdp.on('Network.loadingFinished', (e) => {
    const u = urls.get(e.requestId) ?? e.requestId;
    byUrl[u] = (byUrl[u] ?? 0) + e.encodedDataLength;
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __firstChart?: number };
    new MutationObserver((_, obs) => {
      if (document.querySelector('figure.chart .plot svg')) { w.__firstChart = performance.now(); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart !== undefined, undefined, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const firstChartMs = await page.evaluate(() => (window as unknown as { __firstChart: number }).__firstChart);
  await page.context().close();
  return { bytes: Object.values(byUrl).reduce((a, b) => a + b, 0), byUrl, firstChartMs };
}

export interface DbReady {
  /** ms from navigation to DuckDB-WASM started and queryable. */
  readonly fromNavigationMs: number;
  /** ms from engine start to queryable (inside the page). */
  readonly engineMs: number;
  /** ms from navigation to the reports table drawn from the selection's partitions. */
  readonly tableMs: number;
  /** Bytes of partition files fetched (parts/…), and how many files. */
  readonly partBytes: number;
  readonly partFiles: number;
  /** The page declined to load the selection (over its download budget). */
  readonly declined: boolean;
}

/** DuckDB-WASM on the reports page: engine ready, then the table drawn from the partitions the selection needs. */
export async function measureDbReady(browser: Browser, url: string): Promise<DbReady> {
  const page = await freshPage(browser);
  let partBytes = 0, partFiles = 0;
  page.on('requestfinished', (r) => {
    if (!r.url().includes('/data/site/parts/')) return;
    void r.sizes().then((s) => { partBytes += s.responseBodySize; partFiles++; });
  });
  await page.goto(url);
  let fromNavigationMs = NaN;
  void page.waitForFunction(() => document.documentElement.dataset['dbReady'] === 'true', undefined, { timeout: 300_000 })
    .then(() => page.evaluate(() => performance.now())).then((t) => { fromNavigationMs = t; }, () => { /* declined or closed */ });
  await page.waitForFunction(() => document.getElementById('reports-status')?.dataset['total'] !== undefined, undefined, { timeout: 300_000 });
  const tableMs = await page.evaluate(() => performance.now());
  const declined = (await page.getAttribute('#reports-status', 'data-total')) === '';
  const engineMs = declined ? NaN : await page.evaluate(() => (window as unknown as { __ogiDbReadyMs: number }).__ogiDbReadyMs);
  await page.waitForTimeout(50);
  await page.context().close();
  return { fromNavigationMs, engineMs, tableMs, partBytes, partFiles, declined };
}

/**
 * Change a filter repeatedly and time each change until the page has redrawn and painted.
 * `values` cycle; the first change to each value includes fetching its aggregates file
 * (if it needs one), later ones find it cached, as a visitor going back and forth would.
 */
export async function measureRedraws(browser: Browser, url: string, select: string, values: readonly string[], runs: number): Promise<number[]> {
  const page = await freshPage(browser);
  await page.goto(url);
  await page.waitForSelector('body[data-rendered]');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const value = values[i % values.length]!;
    times.push(await page.evaluate(({ select, value }) => new Promise<number>((resolve) => {
      const el = document.querySelector<HTMLSelectElement>(select)!;
      const t0 = performance.now();
      document.addEventListener('ogi:rendered', () => requestAnimationFrame(() => resolve(performance.now() - t0)), { once: true });
      el.value = value;
      el.dispatchEvent(new Event('change'));
    }), { select, value }));
  }
  await page.context().close();
  return times;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
