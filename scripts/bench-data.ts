/**
 * Pipeline benchmark: a synthetic corpus of N reports (made once per N and seed, then
 * reused), built end to end with all cores and with one, printing reports/s, MB/s,
 * peak RSS and output bytes. Figures, not assertions: these machines are noisy.
 * usage: npm run bench:data -- [--reports N] [--seed S] [--runs K] [--no-single]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    reports: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    'no-single': { type: 'boolean', default: false },
    cache: { type: 'string', default: join(tmpdir(), 'ogi-bench') },
  },
});

const n = Number(args.reports);
const corpusDir = resolve(args.cache, `synth-${n}-seed${args.seed}`);
const node = process.execPath;

if (!existsSync(join(corpusDir, 'reports'))) {
  process.stderr.write(`making ${n} synthetic reports in ${corpusDir} …\n`);
  const t = performance.now();
  execFileSync(node, ['scripts/synth-corpus.ts', '--reports', String(n), '--out', corpusDir, '--seed', args.seed], { stdio: ['ignore', 'ignore', 'inherit'] });
  process.stderr.write(`  made in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
}

interface Stats { reports: number; bytes_in: number; seconds: number; parse_seconds: number; workers: number; peak_rss_bytes: number; output_bytes: number; facts: number }

function build(workers?: number): Stats {
  const out = mkdtempSync(join(tmpdir(), 'ogi-bench-out-'));
  const stats = join(out, 'stats.json');
  try {
    execFileSync(node, ['scripts/build-data.ts', '--corpus', join(corpusDir, 'reports'), '--out', out, '--stats', stats, '--quiet', ...(workers ? ['--workers', String(workers)] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
    return JSON.parse(readFileSync(stats, 'utf8')) as Stats;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? 0; };
const mb = (b: number) => (b / 1e6).toFixed(1);

function report(label: string, runs: Stats[]): number {
  const secs = median(runs.map((r) => r.seconds));
  const r = runs[0];
  if (!r) return 0;
  const rps = r.reports / secs;
  console.log(`${label}: ${r.reports} reports (${mb(r.bytes_in)} MB) in ${secs.toFixed(1)} s (median of ${runs.length}) · ${rps.toFixed(0)} reports/s · ${(r.bytes_in / 1e6 / secs).toFixed(1)} MB/s · parse ${median(runs.map((x) => x.parse_seconds)).toFixed(1)} s, Parquet assembly ${median(runs.map((x) => x.seconds - x.parse_seconds)).toFixed(1)} s · peak RSS ${mb(Math.max(...runs.map((x) => x.peak_rss_bytes)))} MB · output ${mb(r.output_bytes)} MB (${r.facts} facts) · ${r.workers} worker(s)`);
  return rps;
}

const k = Math.max(1, Number(args.runs));
const all = report('all cores', Array.from({ length: k }, () => build()));
if (!args['no-single']) {
  const one = report('one core ', Array.from({ length: k }, () => build(1)));
  console.log(`speed-up all cores / one core: ${(all / one).toFixed(2)}×`);
}
console.log(`projection for 1,000,000 reports at this rate: ${(1e6 / all / 60).toFixed(1)} min`);
