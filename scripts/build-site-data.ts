/**
 * Driver: the output of build:data → what the site reads.
 * usage: npm run build:site-data -- [--data DIR] [--corpus DIR]
 *   --data    folder with reports/facts/checks.parquet + manifest.json (default public/data)
 *   --corpus  the corpus folder, for the report pages' source text (default: OGI_CORPUS,
 *             else the corpus named in manifest.json, else data/reports)
 * Writes DIR/site/: aggregates.json (first view of every page), reports/xx/<id>.json
 * (report pages), ogi.duckdb (the browser's DuckDB-WASM attaches it read-only: 1.32
 * cannot read Parquet offline), csv/*.csv (full dataset downloads), geo/china.json.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listCorpusFiles } from '../src/node/corpus-files.ts';
import '../src/pipeline/formats/binary-adapters.ts';
import { TABLES } from '../src/schema/tables.ts';
import { buildAggregates } from './site-data/aggregates.ts';
import { writeCsvFiles } from './site-data/csv-files.ts';
import { buildChinaGeo } from './site-data/geo.ts';
import { writeReportFiles } from './site-data/report-files.ts';

const { values: args } = parseArgs({ options: { data: { type: 'string', default: 'public/data' }, corpus: { type: 'string' } } });
const dataDir = resolve(args.data);
const log = (s: string) => process.stderr.write(s + '\n');

/** The same input hash build:data writes: every path and its bytes, in corpus order. */
function corpusHash(corpus: string): string {
  const hash = createHash('sha256');
  for (const f of listCorpusFiles(corpus).filter((x) => x !== 'manifest.csv')) hash.update(f).update('\0').update(readFileSync(join(corpus, f))).update('\0');
  return hash.digest('hex');
}

async function main(): Promise<number> {
  const manifestPath = join(dataDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    log(`build-site-data: ${manifestPath} not found; run npm run build:data first`);
    return 2;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { schema_version: number; input_hash: string; corpus?: string };
  const corpus = resolve(args.corpus ?? (process.env['OGI_CORPUS'] || undefined) ?? manifest.corpus ?? 'data/reports');
  // The report pages show source text from the corpus: it must be the corpus the data was built from.
  const textOk = existsSync(corpus) && corpusHash(corpus) === manifest.input_hash;
  if (!textOk) log(`build-site-data: warning: ${corpus} is not the corpus ${manifestPath} was built from (input hash differs); report pages will have no source text. Pass --corpus DIR or set OGI_CORPUS.`);
  const out = join(dataDir, 'site');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'csv'), { recursive: true });
  mkdirSync(join(out, 'geo'), { recursive: true });
  const t0 = performance.now();
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await db.connect();

  const agg = await buildAggregates(conn, dataDir, manifest.schema_version, manifest.input_hash);
  writeFileSync(join(out, 'aggregates.json'), JSON.stringify(agg));
  const nReports = await writeReportFiles(conn, dataDir, textOk ? corpus : undefined, out);
  await writeCsvFiles(conn, dataDir, join(out, 'csv'));
  writeFileSync(join(out, 'geo', 'china.json'), JSON.stringify(buildChinaGeo()));

  // A DuckDB database file for DuckDB-WASM; storage version pinned so 1.32 (DuckDB 1.4) can open it.
  const dbFile = join(out, 'ogi.duckdb');
  await conn.run(`ATTACH '${dbFile.replace(/'/g, "''")}' AS site (STORAGE_VERSION 'v1.0.0')`);
  for (const t of Object.keys(TABLES)) {
    await conn.run(`CREATE TABLE site."${t}" AS SELECT * FROM read_parquet('${join(dataDir, `${t}.parquet`).replace(/'/g, "''")}')`);
  }
  await conn.run(`DETACH site`);
  conn.closeSync();
  log(`build-site-data: ${nReports} reports, ${agg.groups.length} groups → ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s (corpus ${corpus})`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  log(`build-site-data: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exitCode = 2;
});
