/**
 * Records → Parquet through DuckDB: rows stream into DuckDB tables by appender (DuckDB
 * spills to disk, so memory does not grow with the corpus) and are copied out once,
 * in a fixed order, so the same corpus gives byte-identical files.
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { TABLES, createTableSql, type Column, type TableName } from '../schema/tables.ts';

type Row = Record<string, string | number | boolean | null>;

const ORDER: Record<TableName, string> = {
  reports: 'source_file',
  facts: 'report_id, seq',
  checks: 'report_id, seq',
};

export class ParquetSink {
  private readonly conn: DuckDBConnection;
  private readonly appenders: Map<TableName, DuckDBAppender>;
  private seq = 0;
  readonly counts: Record<TableName, number> = { reports: 0, facts: 0, checks: 0 };

  private constructor(conn: DuckDBConnection, appenders: Map<TableName, DuckDBAppender>) {
    this.conn = conn;
    this.appenders = appenders;
  }

  static async open(): Promise<ParquetSink> {
    const db = await DuckDBInstance.create(':memory:', { threads: '1' });
    const conn = await db.connect();
    const appenders = new Map<TableName, DuckDBAppender>();
    for (const t of Object.keys(TABLES) as TableName[]) {
      // `seq` keeps each report's rows in the order the parser produced them.
      const ddl = createTableSql(t).replace(/\)$/, t === 'reports' ? ')' : ', "seq" BIGINT)');
      await conn.run(ddl);
      appenders.set(t, await conn.createAppender(t));
    }
    return new ParquetSink(conn, appenders);
  }

  append(table: TableName, row: Row): void {
    const a = this.appenders.get(table);
    if (!a) throw new Error(`no table ${table}`);
    for (const [name, col] of Object.entries(TABLES[table].columns as Record<string, Column>)) {
      const v = row[name];
      if (v === null || v === undefined) { a.appendNull(); continue; }
      switch (col.type) {
        case 'VARCHAR': a.appendVarchar(String(v)); break;
        case 'INTEGER': a.appendInteger(Number(v)); break;
        case 'DOUBLE': a.appendDouble(Number(v)); break;
        case 'BOOLEAN': a.appendBoolean(Boolean(v)); break;
      }
    }
    if (table !== 'reports') a.appendBigInt(BigInt(this.seq++));
    a.endRow();
    this.counts[table]++;
  }

  /** Write `<table>.parquet` for every table into outDir; returns row counts. */
  async finish(outDir: string): Promise<Record<TableName, number>> {
    for (const a of this.appenders.values()) a.closeSync();
    for (const t of Object.keys(TABLES) as TableName[]) {
      const cols = Object.keys(TABLES[t].columns).map((c) => `"${c}"`).join(', ');
      const file = join(outDir, `${t}.parquet`).replace(/'/g, "''");
      await this.conn.run(`COPY (SELECT ${cols} FROM "${t}" ORDER BY ${ORDER[t]}) TO '${file}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
    }
    this.conn.closeSync();
    return this.counts;
  }
}
