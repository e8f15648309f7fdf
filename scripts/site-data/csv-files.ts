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
import { q } from './partitions.ts';

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

export async function writeCsvFiles(conn: DuckDBConnection, dataDir: string, outDir: string): Promise<Record<TableName, string>> {
  const out = {} as Record<TableName, string>;
  for (const t of Object.keys(TABLES) as TableName[]) {
    const cols = Object.entries(TABLES[t].columns as Record<string, Column>).map(([k, c]) => (c.type === 'VARCHAR' ? `${neutralizeSql(`"${k}"`)} AS "${k}"` : `"${k}"`));
    const name = `${t}.csv`;
    const body = join(outDir, `${name}.body`);
    await conn.run(`COPY (SELECT ${cols.join(', ')} FROM read_parquet(${q(join(dataDir, `${t}.parquet`))})) TO ${q(body)} (FORMAT CSV, HEADER, NEW_LINE '\\r\\n')`);
    const w = createWriteStream(join(outDir, name));
    w.write('\ufeff');
    await pipeline(createReadStream(body), w);
    rmSync(body);
    out[t] = name;
  }
  return out;
}
