/**
 * Synthetic corpus: reports with the structure of real ones, each with its truth file.
 * usage: npm run synth -- --reports N --out DIR [--seed S] [--start I] [--workers W]
 * Writes DIR/reports/<shard>/<id>.<ext> (≤ 1000 files per shard) and DIR/truth/<id>.json
 * as it goes; nothing is held in memory. Same seed, same bytes, whatever the workers:
 * each report depends only on (seed, index). Shards are handed out to worker threads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { shardOf, synthesise } from '../src/synth/report.ts';

interface Job { readonly out: string; readonly seed: number; readonly from: number; readonly to: number }

/** Write reports from..to−1 (within one shard). */
function writeRange(j: Job): void {
  const dir = join(j.out, 'reports', shardOf(j.from));
  mkdirSync(dir, { recursive: true });
  for (let i = j.from; i < j.to; i++) {
    const rep = synthesise(j.seed, i);
    writeFileSync(join(j.out, 'reports', rep.file), rep.bytes);
    writeFileSync(join(j.out, 'truth', `${rep.id}.json`), JSON.stringify(rep.truth, null, 1) + '\n');
  }
}

if (!isMainThread) {
  const { out, seed } = workerData as { out: string; seed: number };
  parentPort?.on('message', (job: { from: number; to: number } | null) => {
    if (!job) { process.exit(0); }
    writeRange({ out, seed, ...job });
    parentPort?.postMessage(job.to - job.from);
  });
} else {
  const { values: args } = parseArgs({
    options: {
      reports: { type: 'string', default: '1000' },
      out: { type: 'string', default: 'data/synth' },
      seed: { type: 'string', default: '1' },
      start: { type: 'string', default: '0' },
      workers: { type: 'string', default: String(availableParallelism()) },
      quiet: { type: 'boolean', default: false },
    },
  });
  const n = Number(args.reports);
  const seed = Number(args.seed);
  const start = Number(args.start);
  const workers = Math.max(1, Number(args.workers));
  if (![n, seed, start, workers].every(Number.isInteger) || n < 0 || start < 0) {
    console.error('usage: npm run synth -- --reports N --out DIR [--seed S] [--start I] [--workers W]');
    process.exit(2);
  }
  const out = resolve(args.out);
  mkdirSync(join(out, 'truth'), { recursive: true });
  // one job per shard (the shard's part of [start, start + n))
  const jobs: { from: number; to: number }[] = [];
  for (let i = start; i < start + n;) {
    const to = Math.min(start + n, (Math.floor(i / 1000) + 1) * 1000);
    jobs.push({ from: i, to });
    i = to;
  }
  const t0 = performance.now();
  let done = 0;
  let lastLog = 0;
  const progress = (k: number) => {
    done += k;
    if (!args.quiet && done - lastLog >= 50_000) {
      lastLog = done;
      process.stderr.write(`${done} reports, ${Math.round(done / ((performance.now() - t0) / 1000))}/s\n`);
    }
  };
  if (workers === 1 || jobs.length === 1) {
    for (const j of jobs) { writeRange({ out, seed, ...j }); progress(j.to - j.from); }
  } else {
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, () => new Promise<void>((ok, fail) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { out, seed } });
      const feed = () => { const j = jobs[next++]; w.postMessage(j ?? null); };
      w.on('message', (k: number) => { progress(k); feed(); });
      w.on('error', fail);
      w.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`worker exited with ${code}`))));
      feed();
    })));
  }
  const secs = (performance.now() - t0) / 1000;
  if (!args.quiet) process.stderr.write(`wrote ${n} reports to ${out} in ${secs.toFixed(1)} s (${Math.round(n / Math.max(secs, 1e-9))} reports/s)\n`);
}
