/**
 * CSV chunk files → one Parquet file per table. Chunks are read in chunk order (the
 * sorted order of the corpus) with insertion order preserved, on one DuckDB thread, so
 * the same corpus gives byte-identical files however the chunks were shared among
 * workers. With more threads DuckDB keeps the rows and their order but cuts row groups
 * where its batches happen to meet (seen at 100,000 reports: the same rows, row groups a
 * few thousand rows apart from one run to the next); one thread also costs less CPU
 * (1.7 against 2.5 s per 10,000 reports) for ~25 % more wall time.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sqlString as q } from '../schema/sql.ts';
import { TABLES, type TableName } from '../schema/tables.ts';
import { csvColumnsSql } from './csv-rows.ts';
import { chunkFile } from './parse-chunk.ts';


export async function assembleParquet(tmpDir: string, chunks: number, outDir: string): Promise<Record<TableName, number>> {
  // A memory cap keeps the assembly's peak flat at any corpus size (DuckDB spills to disk).
  const db = await DuckDBInstance.create(':memory:', { threads: '1', preserve_insertion_order: 'true', temp_directory: join(tmpDir, 'duckdb'), memory_limit: '768MB' });
  const conn = await db.connect();
  const counts = { reports: 0, facts: 0, checks: 0 } as Record<TableName, number>;
  for (const t of Object.keys(TABLES) as TableName[]) {
    const files = Array.from({ length: chunks }, (_, i) => chunkFile(tmpDir, t, i)).filter((f) => existsSync(f));
    const cols = Object.keys(TABLES[t].columns).map((c) => `"${c}"`).join(', ');
    const source = files.length === 0
      ? `(SELECT ${Object.entries(TABLES[t].columns).map(([c, col]) => `CAST(NULL AS ${col.type}) AS "${c}"`).join(', ')} WHERE false)`
      : `read_csv([${files.map(q).join(', ')}], header = false, delim = ',', quote = '"', escape = '"', new_line = '\\n', columns = ${csvColumnsSql(t)}, auto_detect = false, null_padding = false, allow_quoted_nulls = false)`;
    const out = join(outDir, `${t}.parquet`);
    await conn.run(`COPY (SELECT ${cols} FROM ${source}) TO ${q(out)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
    const r = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet(${q(out)})`);
    counts[t] = Number(r.getRowObjects()[0]?.['n'] ?? 0);
  }
  conn.closeSync();
  return counts;
}
