/**
 * Benchmark of the built site in headless Chromium (Debian's /usr/bin/chromium), served
 * on loopback: first-chart time, first-view bytes (gzip), DuckDB ready (engine, then the
 * reports table from the partitions a selection needs), and filter → redraw (median of
 * ≥ 20). Targets: ≤ 150 KB, ≤ 1 s, ≤ 100 ms.
 * usage:
 *   npm run bench:site -- [--dir dist] [--runs 25]        a built site (npm run build first)
 *   npm run bench:site -- --corpus DIR [--work W]         build a site from a corpus first
 *   OGI_CORPUS=DIR npm run bench:site                     the same
 *   (add --synthetic to mark a build from npm run synth as synthetic on every page)
 * Over a synthetic build:  npm run synth -- --reports 100000 --out /tmp/ogi-synth-100k
 *   then  npm run bench:site -- --corpus /tmp/ogi-synth-100k/reports --synthetic
 * (the site is built into W, default <corpus>/../site-build, and reused while up to date;
 * `npm run demo -- --reports 100000 --no-serve` builds the same folder).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveDir } from './serve-site.ts';
import { measureDbReady, measureFirstView, measureRedraws, median, type DbReady } from './site-bench/measure.ts';
import { buildSiteFrom } from './site-data/site-build.ts';

const { values: args } = parseArgs({ options: { dir: { type: 'string' }, corpus: { type: 'string' }, work: { type: 'string' }, runs: { type: 'string', default: '25' }, synthetic: { type: 'boolean' } } });
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface IndexLite { groups: (number | null)[][]; dims: Record<string, (string | null)[]>; counts: Record<string, number[]>; options: { level: (string | null)[] } }

/** The province with the most reports (the heaviest partition set), from the site index. */
function largestProvince(idx: IndexLite): string {
  const by = new Map<string, number>();
  idx.groups.forEach((g, i) => {
    const p = g[0] === null ? null : idx.dims['province']![g[0]!];
    if (p) by.set(p, (by.get(p) ?? 0) + idx.counts['reports']![i]!);
  });
  return [...by].sort((a, b) => b[1] - a[1])[0]![0];
}

async function main(): Promise<number> {
  const corpus = args.corpus ?? (process.env['OGI_CORPUS'] || undefined);
  let dir = args.dir ?? 'dist';
  if (args.dir === undefined && corpus !== undefined) {
    const c = resolve(corpus);
    const built = await buildSiteFrom(c, args.work ?? join(dirname(c), 'site-build'), { synthetic: args.synthetic ?? false });
    dir = built.dist;
  }
  if (!existsSync(join(dir, 'index.html'))) {
    process.stderr.write(`bench:site: ${dir}/index.html not found; run npm run build first, or pass --corpus DIR\n`);
    return 2;
  }
  const idx = JSON.parse(readFileSync(join(dir, 'data/site/index.json'), 'utf8')) as IndexLite;
  const nReports = idx.counts['reports']!.reduce((a, b) => a + b, 0);
  const province = largestProvince(idx);
  const level = idx.options.level.find((l) => l !== null) ?? '';
  const { server, url } = await serveDir(dir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    await measureFirstView(browser, url); // warm the server's gzip cache and the OS file cache
    const views = [];
    for (let i = 0; i < 5; i++) views.push(await measureFirstView(browser, url));
    const fv = views[views.length - 1]!;
    const firstChart = median(views.map((v) => v.firstChartMs));
    const dbNational: DbReady[] = [], dbProvince: DbReady[] = [];
    for (let i = 0; i < 3; i++) dbNational.push(await measureDbReady(browser, `${url}reports/`));
    for (let i = 0; i < 3; i++) dbProvince.push(await measureDbReady(browser, `${url}reports/?p=${encodeURIComponent(province)}`));
    const runs = Math.max(20, Number(args.runs));
    const redraws = await measureRedraws(browser, url, '#f-province', [province, ''], runs);
    const levelRedraws = await measureRedraws(browser, url, '#f-level', [level, ''], runs);
    const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
    const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
    const db = (label: string, xs: typeof dbNational) => {
      const last = xs[xs.length - 1]!;
      if (last.declined) return `  DuckDB ready, ${label.padEnd(32)} not loaded: the selection is over the page's download budget (the page asks for a province or years) after ${median(xs.map((d) => d.tableMs)).toFixed(0)} ms`;
      return `  DuckDB ready, ${label.padEnd(32)} engine ${median(xs.map((d) => d.fromNavigationMs)).toFixed(0)} ms from navigation (start → ready ${median(xs.map((d) => d.engineMs)).toFixed(0)} ms); table ${median(xs.map((d) => d.tableMs)).toFixed(0)} ms, ${last.partFiles} partition files, ${mb(last.partBytes)}`;
    };
    const line = (label: string, xs: number[]) => `  filter → redraw, ${label.padEnd(30)} median of ${xs.length} ${median(xs).toFixed(1)} ms (first ${xs[0]!.toFixed(1)}, max ${Math.max(...xs).toFixed(1)})    target ≤ 100 ms  ${median(xs) <= 100 ? 'ok' : 'OVER'}`;
    const out = [
      `bench:site  ${url} (dist: ${dir}, ${nReports} reports); Chromium headless, loopback`,
      `  first chart (overview, median of 5 cold loads) ${firstChart.toFixed(0)} ms    target ≤ 1000 ms  ${firstChart <= 1000 ? 'ok' : 'OVER'}`,
      `  first view bytes (gzip, overview)              ${kb(fv.bytes)}    target ≤ 150 KB  ${fv.bytes <= 150 * 1024 ? 'ok' : 'OVER'}`,
      ...Object.entries(fv.byUrl).sort((a, b) => b[1] - a[1]).map(([u, b]) => `      ${kb(b).padStart(9)}  ${u.replace(url, '/')}`),
      db('reports page, whole country', dbNational),
      db(`reports page, ${province}`, dbProvince),
      line(`province ⇄ all (${province})`, redraws),
      line(`level ⇄ all (${level})`, levelRedraws),
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
