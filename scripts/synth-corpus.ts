/**
 * Synthetic corpus: reports with the structure of real ones, each with its truth file.
 * usage: npm run synth -- --reports N --out DIR [--seed S] [--start I]
 * Writes DIR/reports/<shard>/<id>.<ext> (≤ 1000 files per shard) and DIR/truth/<id>.json
 * as it goes; nothing is held in memory. Same seed, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { shardOf, synthesise } from '../src/synth/report.ts';

const { values: args } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    out: { type: 'string', default: 'data/synth' },
    seed: { type: 'string', default: '1' },
    start: { type: 'string', default: '0' },
    quiet: { type: 'boolean', default: false },
  },
});

const n = Number(args.reports);
const seed = Number(args.seed);
const start = Number(args.start);
if (!Number.isInteger(n) || n < 0 || !Number.isInteger(seed) || !Number.isInteger(start) || start < 0) {
  console.error('usage: npm run synth -- --reports N --out DIR [--seed S] [--start I]');
  process.exit(2);
}
const out = resolve(args.out);
const truthDir = join(out, 'truth');
mkdirSync(truthDir, { recursive: true });
const t0 = performance.now();
let shard = '';
for (let i = start; i < start + n; i++) {
  const s = shardOf(i);
  if (s !== shard) {
    shard = s;
    mkdirSync(join(out, 'reports', s), { recursive: true });
  }
  const rep = synthesise(seed, i);
  writeFileSync(join(out, 'reports', rep.file), rep.bytes);
  writeFileSync(join(truthDir, `${rep.id}.json`), JSON.stringify(rep.truth, null, 1) + '\n');
  if (!args.quiet && (i - start + 1) % 10000 === 0) {
    const secs = (performance.now() - t0) / 1000;
    process.stderr.write(`${i - start + 1} reports, ${Math.round((i - start + 1) / secs)}/s\n`);
  }
}
const secs = (performance.now() - t0) / 1000;
if (!args.quiet) process.stderr.write(`wrote ${n} reports to ${out} in ${secs.toFixed(1)} s (${Math.round(n / Math.max(secs, 1e-9))} reports/s)\n`);
