/**
 * Driver: corpus folder → reports/facts/checks Parquet + manifest.json.
 * usage: npm run build:data -- [--corpus DIR] [--out DIR] [--manifest FILE] [--strict]
 * The only part of the pipeline that touches the disk; all parsing is in src/pipeline.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listCorpusFiles } from '../src/node/corpus-files.ts';
import { applyManifest, parseManifestCsv, type ManifestRow } from '../src/node/manifest-csv.ts';
import { ParquetSink } from '../src/node/parquet-sink.ts';
import { parseFile } from '../src/pipeline/parse-report.ts';
import '../src/pipeline/formats/binary-adapters.ts';
import { SCHEMA_VERSION, TABLES } from '../src/schema/tables.ts';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: process.env['OGI_CORPUS'] ?? 'data/reports' },
    out: { type: 'string', default: 'public/data' },
    manifest: { type: 'string' },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const corpus = resolve(args.corpus);
const out = resolve(args.out);
const log = (s: string) => { if (!args.quiet) process.stderr.write(s + '\n'); };

async function main(): Promise<number> {
  if (!existsSync(corpus)) {
    process.stderr.write(`build:data: corpus folder not found: ${corpus}\n`);
    return 2;
  }
  const manifestPath = args.manifest ? resolve(args.manifest) : [join(corpus, 'manifest.csv'), resolve('data/manifest.csv')].find((p) => existsSync(p));
  let manifest = new Map<string, ManifestRow>();
  if (manifestPath && existsSync(manifestPath)) {
    const m = parseManifestCsv(readFileSync(manifestPath, 'utf8'));
    manifest = m.rows;
    for (const e of m.errors) log(`warning: ${e}`);
  }
  const files = listCorpusFiles(corpus).filter((f) => f !== 'manifest.csv');
  mkdirSync(out, { recursive: true });
  const sink = await ParquetSink.open();
  const hash = createHash('sha256');
  const tally = { ok: 0, partial: 0, failed: 0, identity: 0, ambiguous: 0 };
  const t0 = performance.now();
  let n = 0;
  for (const file of files) {
    const bytes = readFileSync(join(corpus, file));
    hash.update(file).update('\0').update(bytes);
    const parsed = await parseFile(file, bytes);
    const report = applyManifest(parsed.report, manifest.get(file));
    sink.append('reports', report);
    for (const f of parsed.facts) sink.append('facts', { report_id: report.report_id, ...f });
    for (const p of parsed.problems) {
      sink.append('checks', {
        report_id: report.report_id, check: p.check, severity: p.severity, section: p.section ?? null, row_key: p.row_key ?? null,
        col_key: p.col_key ?? null, expected: p.expected ?? null, actual: p.actual ?? null, source_line: p.line ?? null, message: p.message,
      });
    }
    tally[report.status as 'ok' | 'partial' | 'failed']++;
    tally.identity += report.n_identity_failures;
    tally.ambiguous += parsed.problems.filter((p) => p.check === 'ambiguous_split').length;
    if (++n % 1000 === 0) log(`… ${n}/${files.length} reports (${Math.round(n / ((performance.now() - t0) / 1000))}/s)`);
  }
  const counts = await sink.finish(out);
  const manifestJson = {
    schema_version: SCHEMA_VERSION,
    input_hash: hash.digest('hex'),
    corpus: args.corpus,
    tables: Object.fromEntries(Object.keys(TABLES).map((t) => [t, { file: `${t}.parquet`, rows: counts[t as keyof typeof counts], columns: Object.keys(TABLES[t as keyof typeof TABLES].columns) }])),
    status: { ok: tally.ok, partial: tally.partial, failed: tally.failed },
  };
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestJson, null, 2) + '\n');
  log(`build:data: ${files.length} reports → ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  log(`  ok ${tally.ok} · partial ${tally.partial} · failed ${tally.failed} · identity failures ${tally.identity} · ambiguous cells ${tally.ambiguous} · facts ${counts.facts}`);
  return args.strict && tally.failed > 0 ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`build:data: could not write output: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 2;
});
