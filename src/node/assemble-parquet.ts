/**
 * CSV → one Parquet file per table, through DuckDB on one thread. A table's CSV is read
 * either as its chunk files after the parse (the small tables: reports, checks), or as
 * one continuous stream written while the parse goes on (facts: parquet-stream.ts).
 * Rows keep the order they are read in (the sorted order of the corpus), so the same
 * corpus gives byte-identical files however the chunks were shared among workers. With
 * more DuckDB threads the rows and their order stay but row groups are cut where batches
 * happen to meet (seen at 100,000 reports: the same rows, row groups a few thousand rows
 * apart from one run to the next).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sqlString as q } from '../schema/sql.ts';
import { TABLES, type TableName } from '../schema/tables.ts';
import { csvColumnsSql } from './csv-rows.ts';
import { chunkFile } from './parse-chunk.ts';

/** One DuckDB thread per statement, insertion order kept; a memory cap keeps the peak flat at any corpus size (DuckDB spills to disk). */
export async function assemblyConnection(tmpDir: string): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1', preserve_insertion_order: 'true', temp_directory: join(tmpDir, 'duckdb'), memory_limit: '768MB' });
  return db.connect();
}

/** The COPY of CSV files (read in the order given) into `out`; no file gives an empty table of the right columns. */
export function copyCsvSql(table: TableName, csvFiles: readonly string[], out: string): string {
  const cols = Object.keys(TABLES[table].columns).map((c) => `"${c}"`).join(', ');
  const source = csvFiles.length === 0
    ? `(SELECT ${Object.entries(TABLES[table].columns).map(([c, col]) => `CAST(NULL AS ${col.type}) AS "${c}"`).join(', ')} WHERE false)`
    : `read_csv([${csvFiles.map(q).join(', ')}], header = false, delim = ',', quote = '"', escape = '"', new_line = '\\n', columns = ${csvColumnsSql(table)}, auto_detect = false, null_padding = false, allow_quoted_nulls = false)`;
  return `COPY (SELECT ${cols} FROM ${source}) TO ${q(out)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`;
}

export async function parquetRows(conn: DuckDBConnection, file: string): Promise<number> {
  const r = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet(${q(file)})`);
  return Number(r.getRowObjects()[0]?.['n'] ?? 0);
}

/** The chunk files of `tables`, read in chunk order → `<table>.parquet` in outDir; the rows written, per table. */
export async function assembleParquet(tmpDir: string, chunks: number, outDir: string, tables: readonly TableName[] = Object.keys(TABLES) as TableName[]): Promise<Partial<Record<TableName, number>>> {
  const conn = await assemblyConnection(tmpDir);
  const counts: Partial<Record<TableName, number>> = {};
  try {
    for (const t of tables) {
      const files = Array.from({ length: chunks }, (_, i) => chunkFile(tmpDir, t, i)).filter((f) => existsSync(f));
      const out = join(outDir, `${t}.parquet`);
      await conn.run(copyCsvSql(t, files, out));
      counts[t] = await parquetRows(conn, out);
    }
  } finally {
    conn.closeSync();
  }
  return counts;
}
