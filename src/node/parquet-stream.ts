/**
 * One table's CSV chunks, in chunk order, poured into DuckDB while the parse goes on.
 *
 * The chunks are written to one named pipe that a DuckDB COPY reads as a single CSV, so
 * the Parquet file is written alongside the parse instead of after it, and a chunk's CSV
 * is deleted as soon as it has been poured (a million reports make ~16 GB of facts CSV;
 * on disk at once, they needed that much free space). Where no named pipe can be made,
 * the chunks are appended to one plain file that DuckDB reads at the end: the same
 * bytes in, the same Parquet out (held equal by a test), only later.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { execFileSync } from 'node:child_process';
import { constants, openSync, closeSync } from 'node:fs';
import { open, readFile, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { TableName } from '../schema/tables.ts';
import { assemblyConnection, copyCsvSql, parquetRows } from './assemble-parquet.ts';

export type StreamMode = 'pipe' | 'file';

/** Whether this system makes named pipes (`mkfifo`); if so, `path` is one. */
function makePipe(path: string): boolean {
  try {
    execFileSync('mkfifo', [path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Where a table's stream is read from, in a build's temporary folder. */
export function streamPath(table: TableName, tmpDir: string): string {
  return join(tmpDir, `${table}.stream.csv`);
}

/**
 * Releases whoever waits to open a named pipe: a writer waiting for its reader, and a
 * reader (DuckDB's COPY) waiting for its writer, which then reads an empty stream and
 * ends. For a stream not yet opened when the build is interrupted (its open() has not
 * returned, so there is nothing to abort), so that exiting does not wait on DuckDB's
 * thread. Nothing happens to a path that is not a pipe or is gone.
 */
export function releasePipe(path: string): void {
  for (const flags of [constants.O_RDONLY, constants.O_WRONLY]) {
    try { closeSync(openSync(path, flags | constants.O_NONBLOCK)); } catch { /* no one waits at that end, not a pipe, or gone */ }
  }
}

export class ParquetStream {
  private queue: Promise<void> = Promise.resolve();
  private copy: Promise<void> | undefined;
  private failure: unknown;
  private closed = false;
  private aborted = false;
  private disconnected = false;

  readonly table: TableName;
  readonly mode: StreamMode;
  private readonly csv: string;
  private readonly out: string;
  private readonly conn: DuckDBConnection;
  private fh: FileHandle | undefined;

  private constructor(table: TableName, mode: StreamMode, csv: string, out: string, conn: DuckDBConnection, fh: FileHandle | undefined) {
    this.table = table;
    this.mode = mode;
    this.csv = csv;
    this.out = out;
    this.conn = conn;
    this.fh = fh;
  }

  /**
   * Opens the stream of `table` into `out`. `mode` 'pipe' (the default where the system
   * has named pipes) starts the COPY now; 'file' collects the CSV and copies at finish.
   */
  static async open(table: TableName, tmpDir: string, out: string, mode?: StreamMode): Promise<ParquetStream> {
    const csv = streamPath(table, tmpDir);
    const piped = mode !== 'file' && makePipe(csv);
    if (mode === 'pipe' && !piped) throw new Error(`could not make a named pipe at ${csv}`);
    const conn = await assemblyConnection(tmpDir);
    if (!piped) return new ParquetStream(table, 'file', csv, out, conn, await open(csv, 'w'));
    const s = new ParquetStream(table, 'pipe', csv, out, conn, undefined);
    s.copy = conn.run(copyCsvSql(table, [csv], out)).then(() => undefined);
    s.copy.catch((e: unknown) => { s.failure ??= e; });
    // Opening a pipe to write waits for its reader: DuckDB, once the COPY has started.
    const opening = open(csv, 'w');
    const failed = s.copy.then(() => { throw new Error(`DuckDB finished reading ${csv} before it was written`); });
    failed.catch(() => undefined);
    try {
      s.fh = await Promise.race([opening, failed]);
    } catch (e) {
      releasePipe(csv);
      void opening.then((fh) => fh.close(), () => undefined);
      conn.closeSync();
      throw e;
    }
    return s;
  }

  /** Queues a chunk's CSV file: poured after every chunk appended before it, then deleted. A missing file is an empty chunk. */
  append(file: string): void {
    if (this.closed) throw new Error(`${this.table} stream: append after finish`);
    this.queue = this.queue.then(async () => {
      if (this.failure !== undefined) throw this.failure;
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw e;
      }
      for (let at = 0; at < bytes.length;) {
        const { bytesWritten } = await (this.fh as FileHandle).write(bytes, at, bytes.length - at);
        at += bytesWritten;
      }
      await rm(file, { force: true });
    });
    // The failure is reported by finish(); a rejected queue must not go unhandled meanwhile.
    this.queue.catch((e: unknown) => { this.failure ??= e; });
  }

  /** Whether pouring or DuckDB has failed (the build can stop early); finish() throws it. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Waits for every queued chunk, ends the CSV and the COPY; the rows written. */
  async finish(): Promise<number> {
    this.closed = true;
    let poured: unknown;
    try { await this.queue; } catch (e) { poured = e; }
    const fh = this.fh;
    this.fh = undefined;
    await fh?.close().catch(() => undefined);
    try {
      // DuckDB's own error names the cause (a broken pipe is only its symptom).
      if (this.mode === 'pipe') await this.copy;
      if (poured !== undefined) throw poured;
      if (this.mode === 'file') await this.conn.run(copyCsvSql(this.table, [this.csv], this.out));
      return await parquetRows(this.conn, this.out);
    } finally {
      this.disconnect();
    }
  }

  /**
   * Stops without waiting for the queue, also while finish() waits for it: the CSV is
   * ended, so DuckDB sees its end (or a broken one) and stops too, and nothing is left
   * blocked on the pipe (exiting the process waits for DuckDB's thread).
   */
  async abort(): Promise<void> {
    if (this.aborted) return;
    this.aborted = true;
    this.closed = true;
    this.failure ??= new Error(`${this.table} stream aborted`);
    const fh = this.fh;
    this.fh = undefined;
    await fh?.close().catch(() => undefined);
    if (this.mode === 'pipe') await this.copy?.catch(() => undefined);
    this.disconnect();
  }

  private disconnect(): void {
    if (this.disconnected) return;
    this.disconnected = true;
    this.conn.closeSync();
  }
}
