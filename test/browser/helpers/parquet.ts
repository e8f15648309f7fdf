/** The expected side of every comparison: plain SQL with @duckdb/node-api on the Parquet the site serves. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

let conn: Promise<DuckDBConnection> | undefined;

export const PARQUET = (t: 'reports' | 'facts' | 'checks') => `read_parquet('dist/data/${t}.parquet')`;

export async function query(sql: string): Promise<Record<string, unknown>[]> {
  conn ??= DuckDBInstance.create(':memory:').then((db) => db.connect());
  const r = await (await conn).runAndReadAll(sql);
  return r.getRowObjectsJson() as Record<string, unknown>[];
}

/** The first row of a query that must return one. */
export async function queryOne(sql: string): Promise<Record<string, unknown>> {
  const rows = await query(sql);
  if (!rows[0]) throw new Error(`no rows: ${sql}`);
  return rows[0];
}
