/** Debian's Chromium driven by playwright-core, with every page watched for console errors and foreign requests. */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Watched {
  readonly page: Page;
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Requests to any origin other than the site's. */
  readonly foreign: string[];
}

export async function watchedPage(browser: Browser, siteUrl: string, opts: { width?: number; dark?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1200, height: 900 }, colorScheme: opts.dark ? 'dark' : 'light', acceptDownloads: true });
  const page = await context.newPage();
  const origin = new URL(siteUrl).origin;
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    if (new URL(u).origin !== origin) foreign.push(u);
  });
  return { page, errors, foreign };
}

/** Wait until the page has drawn the selection in its address (lib/app.ts sets data-rendered). */
export async function waitRendered(page: Page, previous?: string): Promise<string> {
  await page.waitForFunction((prev) => {
    const r = document.body.dataset['rendered'];
    return r !== undefined && r !== prev;
  }, previous, { timeout: 30_000 });
  return (await page.evaluate(() => document.body.dataset['rendered'])) ?? '';
}
