/**
 * Driver: the output of build:data → what the site reads.
 * usage: npm run build:site-data -- [--data DIR] [--corpus DIR] [--synthetic]
 *   --data       folder with reports/facts/checks.parquet + manifest.json (default public/data)
 *   --corpus     the corpus folder, for the report pages' source text (default: OGI_CORPUS,
 *                else the corpus named in manifest.json, else data/reports)
 *   --synthetic  the corpus is synthetic (npm run synth): every page says so in a banner
 * Writes DIR/site/:
 *   index.json               first view: aggregates by province × year, filter options, the partition catalogue, site flags
 *   agg/national.json        aggregates by province × level × year × template × scope
 *   agg/<p>.json             one province's aggregates down to its cities and counties
 *   parts/<table>/<p>-<year>.duckdb  the tables cut by province × year, for DuckDB-WASM
 *   reports/xx/<id>.json     report pages
 *   csv/*.csv                full dataset downloads
 *   geo/china.json           province boundaries
 * Streams: DuckDB reads the Parquet and writes every file; JS holds one file's groups or
 * one partition's reports at a time, never a table.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listCorpusFiles } from '../src/node/corpus-files.ts';
import { corpusInputHash } from '../src/node/input-hash.ts';
import '../src/pipeline/formats/binary-adapters.ts';
import type { SiteIndex } from '../src/site/lib/site-index.ts';
import { aggregatesFor, checkCodes, prepareGroups } from './site-data/aggregates.ts';
import { writeCsvFiles } from './site-data/csv-files.ts';
import { buildChinaGeo } from './site-data/geo.ts';
import { sqlString as q } from '../src/schema/sql.ts';
import { createReportKeys, splitTables, writePartitionFiles } from './site-data/partitions.ts';
import { writeReportFiles } from './site-data/report-files.ts';
import { siteFields } from './site-data/site-fields.ts';

const { values: args } = parseArgs({ options: { data: { type: 'string', default: 'public/data' }, corpus: { type: 'string' }, synthetic: { type: 'boolean', default: false } } });
const dataDir = resolve(args.data);
const log = (s: string) => process.stderr.write(s + '\n');

/** The same input hash build:data writes. */
function corpusHash(corpus: string): string {
  return corpusInputHash(corpus, listCorpusFiles(corpus).filter((x) => x !== 'manifest.csv'));
}

async function main(): Promise<number> {
  const manifestPath = join(dataDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    log(`build-site-data: ${manifestPath} not found; run npm run build:data first`);
    return 2;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { schema_version: number; input_hash: string; corpus?: string; synthetic?: boolean };
  const corpus = resolve(args.corpus ?? (process.env['OGI_CORPUS'] || undefined) ?? manifest.corpus ?? 'data/reports');
  // The report pages show source text from the corpus: it must be the corpus the data was built from.
  const textOk = existsSync(corpus) && corpusHash(corpus) === manifest.input_hash;
  if (!textOk) log(`build-site-data: warning: ${corpus} is not the corpus ${manifestPath} was built from (input hash differs); report pages will have no source text. Pass --corpus DIR or set OGI_CORPUS.`);
  const out = join(dataDir, 'site');
  const tmp = join(dataDir, 'site-tmp');
  rmSync(out, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
  for (const d of ['csv', 'geo', 'agg']) mkdirSync(join(out, d), { recursive: true });
  mkdirSync(tmp, { recursive: true });
  const t0 = performance.now();
  const lap = (what: string) => log(`build-site-data: ${what} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // Spills to tmp rather than growing past a few GB on a million reports.
  const db = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '3GB', temp_directory: join(tmp, 'spill'), preserve_insertion_order: 'false' });
  const conn = await db.connect();

  await createReportKeys(conn, dataDir);
  await splitTables(conn, dataDir, tmp);
  lap('tables split by province × year');
  const parts = await writePartitionFiles(conn, tmp, out);
  lap(`${parts.length} partitions written`);

  const fields = siteFields();
  await prepareGroups(conn, dataDir, fields);
  const codes = await checkCodes(conn);
  const head = [manifest.schema_version, manifest.input_hash] as const;
  const firstView = await aggregatesFor(conn, 'TRUE', ['city', 'county', 'level', 'template', 'scope'], fields, codes, ...head);
  const national = await aggregatesFor(conn, 'TRUE', ['city', 'county'], fields, codes, ...head);
  writeFileSync(join(out, 'agg', 'national.json'), JSON.stringify(national));
  const provinces = (await conn.runAndReadAll(`SELECT province, pkey FROM prov WHERE province IS NOT NULL ORDER BY pkey`)).getRowObjectsJson() as { province: string; pkey: string }[];
  for (const p of provinces) {
    const agg = await aggregatesFor(conn, `province = ${q(p.province)}`, [], fields, codes, ...head);
    writeFileSync(join(out, 'agg', `${p.pkey}.json`), JSON.stringify(agg));
  }
  const index: SiteIndex = {
    ...firstView,
    options: { province: national.dims['province']!, level: national.dims['level']!, template: national.dims['template']!, scope: national.dims['scope']!, year: [...new Set(national.groups.map((g) => g[4]!))].filter((y): y is number => y !== null).sort((a, b) => a - b) },
    national_file: 'agg/national.json',
    synthetic: args.synthetic || manifest.synthetic === true,
    province_files: Object.fromEntries(provinces.map((p) => [p.province, `agg/${p.pkey}.json`])),
    parts,
  };
  writeFileSync(join(out, 'index.json'), JSON.stringify(index));
  lap(`aggregates (${firstView.groups.length} first-view groups, ${national.groups.length} national groups, ${provinces.length} province files)`);

  const nReports = await writeReportFiles(conn, tmp, parts.map((p) => p.id), textOk ? corpus : undefined, out);
  lap(`${nReports} report files`);
  await writeCsvFiles(conn, dataDir, tmp, parts, join(out, 'csv'));
  writeFileSync(join(out, 'geo', 'china.json'), JSON.stringify(buildChinaGeo()));
  conn.closeSync();
  rmSync(tmp, { recursive: true, force: true });
  log(`build-site-data: ${nReports} reports, ${parts.length} partitions → ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (corpus ${corpus})`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  log(`build-site-data: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  process.exitCode = 2;
});
