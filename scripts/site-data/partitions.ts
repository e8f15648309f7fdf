/**
 * The browser's share of the dataset, cut by province × year: one small DuckDB file per
 * (table, partition) under parts/<table>/<part>.duckdb, so that choosing a province or a
 * year range fetches only those files. A million reports never pass through JS: DuckDB
 * writes every table once, partitioned, to temporary Parquet (one streaming pass), and
 * each partition's DuckDB file is then made from its own small Parquet file.
 *
 * The files use 16 KB blocks (storage v1.2.0; DuckDB-WASM 1.32 reads them) rather than
 * the default 256 KB, which would make a partition of a few reports weigh a megabyte.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PartEntry } from '../../src/site/lib/site-index.ts';
import { sqlString as q } from '../../src/schema/sql.ts';
import { TABLES, createTableSql, type TableName } from '../../src/schema/tables.ts';

/** One partition as the browser's catalogue lists it (declared with the catalogue, src/site/lib/site-index.ts). */
export type { PartEntry };

/**
 * TEMP TABLE rk: every report's id, its grouping dimensions, counts, and its partition
 * (`p03-2021`: the province's position among the sorted province names, `px` for none;
 * the year or `none`). Province keys are positions rather than names so that addresses
 * stay ASCII; the catalogue maps names to keys.
 */
export async function createReportKeys(conn: DuckDBConnection, dataDir: string): Promise<void> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE prov AS SELECT province, CASE WHEN province IS NULL THEN 'px' ELSE 'p' || lpad((row_number() OVER (ORDER BY province NULLS LAST) - 1)::VARCHAR, 2, '0') END AS pkey
    FROM (SELECT DISTINCT province FROM read_parquet(${q(join(dataDir, 'reports.parquet'))}))`);
  await conn.run(`CREATE OR REPLACE TEMP TABLE rk AS SELECT r.report_id, r.province, r.city, r.county, r.level, r.year, r.template, r.scope, r.status, r.n_identity_failures,
      p.pkey, p.pkey || '-' || coalesce(r.year::VARCHAR, 'none') AS part
    FROM read_parquet(${q(join(dataDir, 'reports.parquet'))}) r JOIN prov p ON r.province IS NOT DISTINCT FROM p.province`);
}

/** Split each table into tmpDir/<table>/part=<part>/*.parquet, in one pass per table. */
export async function splitTables(conn: DuckDBConnection, dataDir: string, tmpDir: string): Promise<void> {
  for (const t of Object.keys(TABLES) as TableName[]) {
    const cols = Object.keys(TABLES[t].columns).map((c) => `x."${c}"`).join(', ');
    await conn.run(`COPY (SELECT ${cols}, k.part FROM read_parquet(${q(join(dataDir, `${t}.parquet`))}) x JOIN rk k USING (report_id))
      TO ${q(join(tmpDir, t))} (FORMAT PARQUET, PARTITION_BY (part), OVERWRITE_OR_IGNORE)`);
  }
}

/** The Parquet glob of one table's partition in tmpDir, or undefined when it has no rows. */
export function tmpPart(tmpDir: string, t: TableName, part: string): string | undefined {
  const dir = join(tmpDir, t, `part=${part}`);
  try { if (readdirSync(dir).length === 0) return undefined; } catch { return undefined; }
  return join(dir, '*.parquet');
}

/** Write parts/<table>/<part>.duckdb for every partition; returns the catalogue. */
export async function writePartitionFiles(conn: DuckDBConnection, tmpDir: string, outDir: string): Promise<PartEntry[]> {
  const parts = (await conn.runAndReadAll(`SELECT part, any_value(province) AS province, any_value(year) AS year, count(*)::INTEGER AS n FROM rk GROUP BY part ORDER BY part`)).getRowObjectsJson() as { part: string; province: string | null; year: number | null; n: number }[];
  const tables = Object.keys(TABLES) as TableName[];
  for (const t of tables) mkdirSync(join(outDir, 'parts', t), { recursive: true });
  const out: PartEntry[] = [];
  for (const p of parts) {
    const bytes = {} as PartEntry['bytes'];
    for (const t of tables) {
      const file = join(outDir, 'parts', t, `${p.part}.duckdb`);
      const tmpFile = `${file}.tmp`;
      rmSync(tmpFile, { force: true });
      await conn.run(`ATTACH ${q(tmpFile)} AS part (STORAGE_VERSION 'v1.2.0', BLOCK_SIZE 16384)`);
      const src = tmpPart(tmpDir, t, p.part);
      const cols = Object.keys(TABLES[t].columns).map((c) => `"${c}"`).join(', ');
      // Declared columns first (an empty partition keeps them, so the browser's UNION over partitions holds).
      await conn.run(createTableSql(t, `part."${t}"`));
      if (src !== undefined) await conn.run(`INSERT INTO part."${t}" SELECT ${cols} FROM read_parquet(${q(src)})`);
      await conn.run(`DETACH part`);
      renameSync(tmpFile, file);
      bytes[t] = statSync(file).size;
    }
    out.push({ id: p.part, province: p.province, year: p.year, reports: Number(p.n), bytes });
  }
  return out;
}
