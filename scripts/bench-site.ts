/**
 * Benchmark of the built site in headless Chromium (Debian's /usr/bin/chromium), served
 * on loopback: first-chart time, first-view bytes (gzip), DuckDB-ready time, and
 * filter → redraw (median of ≥ 20). Targets: ≤ 150 KB, ≤ 1 s, ≤ 100 ms.
 * usage: npm run bench:site -- [--dir dist] [--runs 25]     (run `npm run build` first)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveDir } from './serve-site.ts';
import { measureDbReady, measureFirstView, measureRedraws, median } from './site-bench/measure.ts';

const { values: args } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '25' } } });
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function main(): Promise<number> {
  if (!existsSync(join(args.dir, 'index.html'))) {
    process.stderr.write(`bench:site: ${args.dir}/index.html not found; run npm run build first\n`);
    return 2;
  }
  const { server, url } = await serveDir(args.dir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    await measureFirstView(browser, url); // warm the server's gzip cache and the OS file cache
    const views = [];
    for (let i = 0; i < 5; i++) views.push(await measureFirstView(browser, url));
    const fv = views[views.length - 1]!;
    const firstChart = median(views.map((v) => v.firstChartMs));
    const db = [];
    for (let i = 0; i < 3; i++) db.push(await measureDbReady(browser, `${url}reports/`));
    const runs = Math.max(20, Number(args.runs));
    const province = await (async () => {
      const page = await browser.newPage();
      await page.goto(url);
      await page.waitForSelector('#f-province option:nth-child(2)', { state: 'attached' });
      const v = await page.$eval('#f-province option:nth-child(2)', (o) => (o as HTMLOptionElement).value);
      await page.close();
      return v;
    })();
    const redraws = await measureRedraws(browser, url, '#f-province', [province, ''], runs);
    const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
    const out = [
      `bench:site  ${url} (dist: ${args.dir}); Chromium headless, loopback`,
      `  first chart (overview, median of 5 cold loads) ${firstChart.toFixed(0)} ms    target ≤ 1000 ms  ${firstChart <= 1000 ? 'ok' : 'OVER'}`,
      `  first view bytes (gzip, overview)              ${kb(fv.bytes)}    target ≤ 150 KB  ${fv.bytes <= 150 * 1024 ? 'ok' : 'OVER'}`,
      ...Object.entries(fv.byUrl).sort((a, b) => b[1] - a[1]).map(([u, b]) => `      ${kb(b).padStart(9)}  ${u.replace(url, '/')}`),
      `  DuckDB ready (reports page, median of 3)       ${median(db.map((d) => d.fromNavigationMs)).toFixed(0)} ms from navigation; engine start → attached ${median(db.map((d) => d.engineMs)).toFixed(0)} ms`,
      `  filter → redraw (median of ${runs})               ${median(redraws).toFixed(1)} ms (min ${Math.min(...redraws).toFixed(1)}, max ${Math.max(...redraws).toFixed(1)})    target ≤ 100 ms  ${median(redraws) <= 100 ? 'ok' : 'OVER'}`,
    ];
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  } finally {
    await browser.close();
    server.close();
  }
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`bench:site: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 2;
});
