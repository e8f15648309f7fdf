/**
 * The dashboard over a synthetic national corpus, built and served in one command.
 * usage: npm run demo -- [--reports N] [--seed S] [--dir DIR] [--port P] [--host H] [--no-serve]
 *   --reports  synthetic reports to make (default 5000; 100000 takes ~10 min to build)
 *   --dir      work folder (default /tmp/ogi-synth-<N>): the corpus in DIR/reports is
 *              made once and reused, as are the data and the site when up to date
 * Every page carries the banner "合成数据 · synthetic data": build-site-data writes
 * `synthetic: true` into the site index, and the page template reads it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveDir } from './serve-site.ts';
import { buildSiteFrom } from './site-data/site-build.ts';

const { values: args } = parseArgs({
  options: {
    reports: { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' }, dir: { type: 'string' },
    port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' }, 'no-serve': { type: 'boolean', default: false },
  },
});
const log = (s: string) => process.stderr.write(s + '\n');

async function main(): Promise<number> {
  const n = Number(args.reports);
  if (!Number.isInteger(n) || n <= 0) { log(`demo: --reports must be a positive integer, not ${args.reports}`); return 2; }
  const work = resolve(args.dir ?? `/tmp/ogi-synth-${n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : n}`);
  const corpus = join(work, 'reports');
  if (!existsSync(corpus) || readdirSync(corpus).length === 0) {
    log(`demo: making ${n} synthetic reports in ${work} (about ${Math.ceil(n / 1000)} s)`);
    execFileSync(process.execPath, ['scripts/synth-corpus.ts', '--reports', String(n), '--out', work, '--seed', args.seed], { stdio: ['ignore', 'ignore', 'inherit'] });
  } else {
    log(`demo: reusing the synthetic corpus in ${corpus}`);
  }
  const { dist } = await buildSiteFrom(corpus, join(work, 'site-build'), { synthetic: true });
  if (args['no-serve']) { log(`demo: built ${dist}`); return 0; }
  const { url } = await serveDir(dist, Number(args.port), args.host);
  log(`demo: serving the synthetic dashboard at ${url} (Ctrl-C to stop)`);
  return new Promise<number>(() => { /* serve until interrupted */ });
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  log(`demo: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exitCode = 2;
});
