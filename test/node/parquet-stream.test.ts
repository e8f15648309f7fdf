/**
 * The facts stream: chunks poured in order into a DuckDB COPY while the parse goes on.
 * Through a named pipe or through one plain file the Parquet is the same, byte for
 * byte, and holds the rows of the chunks in chunk order; poured chunks are deleted; a
 * broken chunk fails the build with DuckDB's reason instead of hanging it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseChunk, chunkFile } from '../../src/node/parse-chunk.ts';
import { ParquetStream, releasePipe, streamPath, type StreamMode } from '../../src/node/parquet-stream.ts';
import { assemblyConnection, copyCsvSql } from '../../src/node/assemble-parquet.ts';
import { queryParquet, sqlPath } from '../helpers/driver.ts';
import { SHARED_CORPUS } from '../helpers/truth.ts';

const CHUNK = 9;

describe('facts stream', () => {
  let dir = '';
  let chunks = 0;
  let factsWritten = 0;
  const corpus = join(SHARED_CORPUS, 'reports');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-stream-'));
    const files = readdirSync(corpus).sort();
    mkdirSync(join(dir, 'chunks'));
    for (let i = 0; i * CHUNK < files.length; i++) {
      const r = await parseChunk({ id: i, corpus, files: files.slice(i * CHUNK, (i + 1) * CHUNK), tmpDir: join(dir, 'chunks'), manifest: {} });
      factsWritten += r.facts;
      chunks++;
    }
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the chunks in a folder of its own (pouring deletes them), poured through `mode`. */
  async function pour(name: string, mode: StreamMode, edit?: (chunkDir: string) => void): Promise<{ rows: number; out: string; left: string[] }> {
    const work = join(dir, name);
    cpSync(join(dir, 'chunks'), work, { recursive: true });
    edit?.(work);
    const out = join(dir, `${name}.parquet`);
    const s = await ParquetStream.open('facts', work, out, mode);
    expect(s.mode).toBe(mode);
    // Appended as workers would finish them: in order, some while DuckDB is already reading.
    for (let i = 0; i < chunks; i++) {
      s.append(chunkFile(work, 'facts', i));
      if (i % 3 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    const rows = await s.finish();
    return { rows, out, left: readdirSync(work).filter((f) => f.startsWith('facts-')) };
  }

  it('writes the same Parquet through a pipe as through a file, every row in chunk order', async () => {
    const piped = await pour('pipe', 'pipe');
    const filed = await pour('file', 'file');
    expect(piped.rows).toBe(factsWritten);
    expect(filed.rows).toBe(factsWritten);
    expect(readFileSync(piped.out).equals(readFileSync(filed.out)), 'pipe and file give different bytes').toBe(true);
    // Row for row what the chunk files hold, in chunk order.
    const files = Array.from({ length: chunks }, (_, i) => sqlPath(chunkFile(join(dir, 'chunks'), 'facts', i)));
    // One thread: row_number() OVER () numbers rows in the order they are read.
    const [diff] = await queryParquet(`SET threads = 1;
      WITH a AS (SELECT report_id, row_key, col_key, raw, row_number() OVER () AS n FROM read_parquet(${sqlPath(piped.out)})),
           b AS (SELECT column0 AS report_id, column2 AS row_key, column3 AS col_key, column5 AS raw, row_number() OVER () AS n
                 FROM read_csv([${files.join(', ')}], header = false, auto_detect = false, allow_quoted_nulls = false,
                   columns = {'column0': 'VARCHAR', 'column1': 'VARCHAR', 'column2': 'VARCHAR', 'column3': 'VARCHAR', 'column4': 'VARCHAR', 'column5': 'VARCHAR', 'column6': 'VARCHAR', 'column7': 'VARCHAR', 'column8': 'VARCHAR'}))
      SELECT (SELECT count(*) FROM (SELECT * FROM a EXCEPT ALL SELECT * FROM b))::INTEGER AS only_parquet, (SELECT count(*) FROM b)::INTEGER AS csv_rows`);
    expect(diff).toEqual({ only_parquet: 0, csv_rows: factsWritten });
  }, 120_000);

  it('deletes each chunk once poured', async () => {
    const piped = await pour('pipe-left', 'pipe');
    expect(piped.left).toEqual([]);
  }, 60_000);

  it('writes an empty table with its columns when nothing is poured', async () => {
    for (const mode of ['pipe', 'file'] as const) {
      const work = mkdtempSync(join(dir, `empty-${mode}-`));
      const out = join(work, 'facts.parquet');
      const s = await ParquetStream.open('facts', work, out, mode);
      s.append(join(work, 'no-such-chunk.csv'));
      expect(await s.finish()).toBe(0);
      const cols = await queryParquet(`SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(${sqlPath(out)}))`);
      expect(cols.map((c) => c['column_name'])).toContain('value');
    }
  }, 60_000);

  for (const mode of ['pipe', 'file'] as const) {
    it(`fails with DuckDB's reason, without hanging, when a chunk is not CSV of the schema (${mode})`, async () => {
      const broken = (work: string) => {
        const f = chunkFile(work, 'facts', 1);
        writeFileSync(f, readFileSync(f, 'utf8').replace(/\n/, '\nnot,a,row,of,facts,at,all,x,y,z,w\n'));
      };
      await expect(pour(`broken-${mode}`, mode, broken)).rejects.toThrow(/CSV|column|conver|expected/i);
    }, 60_000);
  }

  it('ends the pipe when aborted while finish() is still pouring (a Ctrl-C late in the parse)', async () => {
    const work = join(dir, 'aborted-late');
    cpSync(join(dir, 'chunks'), work, { recursive: true });
    const s = await ParquetStream.open('facts', work, join(dir, 'aborted-late.parquet'), 'pipe');
    for (let i = 0; i < chunks; i++) s.append(chunkFile(work, 'facts', i));
    const finishing = s.finish().then(() => 'finished', () => 'failed');
    await s.abort();
    // Both settle: nothing is left waiting on the pipe (the test's timeout says otherwise).
    expect(['finished', 'failed']).toContain(await finishing);
    expect(s.failed).toBe(true);
  }, 60_000);

  it('stops at once when aborted mid-stream', async () => {
    const work = join(dir, 'aborted');
    cpSync(join(dir, 'chunks'), work, { recursive: true });
    const s = await ParquetStream.open('facts', work, join(dir, 'aborted.parquet'), 'pipe');
    s.append(chunkFile(work, 'facts', 0));
    await s.abort();
    expect(s.failed).toBe(true);
    expect(() => s.append(chunkFile(work, 'facts', 1))).toThrow(/after finish/);
    expect(existsSync(chunkFile(work, 'facts', 1))).toBe(true);
  }, 60_000);

  // A Ctrl-C before ParquetStream.open() has returned finds no stream to abort; the build then releases the pipe by its path.
  it('releases a DuckDB COPY waiting for its writer, and a writer waiting for its reader, by the pipe path alone', async () => {
    const work = mkdtempSync(join(dir, 'release-'));
    const pipe = streamPath('facts', work);
    execFileSync('mkfifo', [pipe]);
    const conn = await assemblyConnection(work);
    try {
      const copying = conn.run(copyCsvSql('facts', [pipe], join(work, 'facts.parquet'))).then(() => 'ended', () => 'failed');
      // DuckDB is now blocked opening the pipe to read; nothing else will ever write to it.
      await new Promise((r) => setTimeout(r, 300));
      releasePipe(pipe);
      expect(['ended', 'failed']).toContain(await copying);
    } finally {
      conn.closeSync();
    }
    // A writer blocked opening the pipe, nobody reading.
    const opening = open(pipe, 'w').then(async (fh) => { await fh.close(); return 'opened'; });
    await new Promise((r) => setTimeout(r, 100));
    releasePipe(pipe);
    expect(await opening).toBe('opened');
  }, 30_000);
});
