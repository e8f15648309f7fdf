/**
 * The full dataset as CSV for spreadsheet users: UTF-8 with a BOM (so Excel shows
 * Chinese), every table's columns as declared in the schema, and text cells that a
 * spreadsheet would run as a formula neutralised with a leading apostrophe. Numbers
 * (including text such as "-1237") are left as written.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import Papa from 'papaparse';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, type TableName } from '../../src/schema/tables.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The same rule as the browser's selection download (src/site/lib/csv.ts). */
export function neutralizeCell(v: unknown): unknown {
  if (typeof v !== 'string' || !FORMULA_START.test(v) || NUMBER.test(v.trim())) return v;
  return `'${v}`;
}

export async function writeCsvFiles(conn: DuckDBConnection, dataDir: string, outDir: string): Promise<Record<TableName, string>> {
  const out = {} as Record<TableName, string>;
  for (const t of Object.keys(TABLES) as TableName[]) {
    const cols = Object.keys(TABLES[t].columns);
    const file = `${dataDir}/${t}.parquet`.replace(/'/g, "''");
    const r = await conn.runAndReadAll(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM read_parquet('${file}')`);
    const data = r.getRowsJson().map((row) => row.map(neutralizeCell));
    const name = `${t}.csv`;
    writeFileSync(join(outDir, name), '\ufeff' + Papa.unparse({ fields: cols, data: data as unknown[][] }, { newline: '\r\n' }) + '\r\n');
    out[t] = name;
  }
  return out;
}
