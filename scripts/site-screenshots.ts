/**
 * README screenshots from the built site (never the dev server): the overview and one
 * report page, light mode, 1280 px wide → docs/screenshots/*.png.
 * usage: npm run build && node scripts/site-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium } from 'playwright-core';
import { serveDir } from './serve-site.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const db = await (await DuckDBInstance.create(':memory:')).connect();
// A report with failed identities and ambiguous cells shows what the page marks.
const id = String((await db.runAndReadAll(`SELECT report_id FROM read_parquet('dist/data/checks.parquet') WHERE "check" LIKE 'identity_%' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`)).getRowsJson()[0]![0]);
const { server, url } = await serveDir('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
mkdirSync('docs/screenshots', { recursive: true });
for (const [name, path, full] of [['overview', '', false], ['report', `report/?id=${id}`, false]] as const) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  await page.goto(url + path);
  await page.waitForSelector('body[data-rendered]');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: full });
  await page.close();
  process.stderr.write(`docs/screenshots/${name}.png ← ${path || '/'}\n`);
}
await browser.close();
server.close();
