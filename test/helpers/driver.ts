/**
 * Running the real driver (scripts/build-data.ts) on a corpus folder, with the Node 22
 * the project pins, and reading what it wrote back through DuckDB.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sqlString } from '../../src/schema/sql.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const NODE = [join(ROOT, 'node_modules', 'node', 'bin', 'node'), process.execPath].find((p) => existsSync(p)) ?? 'node';

/** `npm run build:data -- --corpus DIR --out DIR`, without npm in between. Throws on a non-zero exit. */
export function buildData(corpus: string, out: string, extra: readonly string[] = []): string {
  return execFileSync(NODE, [join(ROOT, 'scripts', 'build-data.ts'), '--corpus', corpus, '--out', out, '--quiet', ...extra], {
    cwd: ROOT,
    env: { ...process.env, TZ: 'UTC' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000,
  });
}

export type Row = Record<string, string | number | boolean | null>;

/** Rows of a SQL query over Parquet files (`read_parquet('…')` in the query). */
export async function queryParquet(sql: string): Promise<Row[]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const reader = await conn.runAndReadAll(sql);
    return reader.getRowObjectsJson() as Row[];
  } finally {
    conn.closeSync();
  }
}

/** A path as an SQL string literal. */
export const sqlPath = sqlString;
