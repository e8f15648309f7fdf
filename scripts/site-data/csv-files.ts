/**
 * The full dataset as CSV for spreadsheet users: UTF-8 with a BOM (so Excel shows
 * Chinese), CRLF line ends, every table's columns as declared in the schema, and text
 * cells that a spreadsheet would run as a formula neutralised with a leading apostrophe.
 * Numbers (including text such as "-1237") are left as written. DuckDB writes each file
 * straight from the Parquet, so no table is ever held in memory.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { TABLES, type Column, type TableName } from '../../src/schema/tables.ts';
import { sqlString as q } from '../../src/schema/sql.ts';
import { tmpPart, type PartEntry } from './partitions.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The same rule as the browser's selection download (src/site/lib/csv.ts). */
export function neutralizeCell(v: unknown): unknown {
  if (typeof v !== 'string' || !FORMULA_START.test(v) || NUMBER.test(v.trim())) return v;
  return `'${v}`;
}

/** neutralizeCell as SQL, for a text column. */
function neutralizeSql(c: string): string {
  return `CASE WHEN regexp_matches(${c}, '^[=+\\-@\\t\\r]') AND NOT regexp_matches(trim(${c}), '^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$') THEN '''' || ${c} ELSE ${c} END`;
}

/** One CSV file: the BOM, then DuckDB's CSV of a query with every text column neutralised. */
async function writeCsv(conn: DuckDBConnection, t: TableName, from: string, path: string): Promise<void> {
  const cols = Object.entries(TABLES[t].columns as Record<string, Column>).map(([k, c]) => (c.type === 'VARCHAR' ? `${neutralizeSql(`"${k}"`)} AS "${k}"` : `"${k}"`));
  const body = `${path}.body`;
  await conn.run(`COPY (SELECT ${cols.join(', ')} FROM ${from}) TO ${q(body)} (FORMAT CSV, HEADER, NEW_LINE '\\r\\n')`);
  const w = createWriteStream(path);
  w.write('\ufeff');
  await pipeline(createReadStream(body), w);
  rmSync(body);
}

/** The file of one table and one report year (`facts-2021.csv`; `-unknown` where no year was found). */
export function yearCsvName(t: TableName, year: number | null): string {
  return `${t}-${year ?? 'unknown'}.csv`;
}

/**
 * Every table whole (`facts.csv`), and, when the corpus spans several years, each
 * table once per report year (`facts-2021.csv`): a national corpus's facts run to
 * gigabytes, and a year is what most users want. A year's file is read from that
 * year's province × year partitions (partitions.ts splitTables), not filtered again.
 */
export async function writeCsvFiles(conn: DuckDBConnection, dataDir: string, tmpDir: string, parts: readonly PartEntry[], outDir: string): Promise<string[]> {
  const written: string[] = [];
  const years = [...new Set(parts.map((p) => p.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  for (const t of Object.keys(TABLES) as TableName[]) {
    const parquet = `read_parquet(${q(join(dataDir, `${t}.parquet`))})`;
    await writeCsv(conn, t, parquet, join(outDir, `${t}.csv`));
    written.push(`${t}.csv`);
    if (years.length < 2) continue;
    for (const y of years) {
      const files = parts.filter((p) => p.year === y).flatMap((p) => tmpPart(tmpDir, t, p.id) ?? []);
      // A year without rows in this table still gets its file, header only.
      const from = files.length > 0 ? `read_parquet([${files.map(q).join(', ')}], hive_partitioning = false)` : `${parquet} WHERE false`;
      await writeCsv(conn, t, from, join(outDir, yearCsvName(t, y)));
      written.push(yearCsvName(t, y));
    }
  }
  return written;
}
