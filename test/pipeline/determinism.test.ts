/**
 * The same corpus gives byte-identical Parquet (STYLE.md "Deterministic output"): two
 * builds of the shared corpus, from two different working copies of it, compared byte
 * for byte. A wall-clock time, a random id or a hash-map order in the output fails this.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData, queryParquet, sqlPath } from '../helpers/driver.ts';
import { SHARED_CORPUS } from '../helpers/truth.ts';

const FILES = ['reports.parquet', 'facts.parquet', 'checks.parquet', 'manifest.json'];

describe('determinism', () => {
  let dir = '';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-det-'));
    // Two copies at different paths: the output must not depend on where the corpus lies.
    cpSync(join(SHARED_CORPUS, 'reports'), join(dir, 'a', 'corpus'), { recursive: true });
    cpSync(join(SHARED_CORPUS, 'reports'), join(dir, 'b', 'corpus'), { recursive: true });
    buildData(join(dir, 'a', 'corpus'), join(dir, 'a', 'out'));
    buildData(join(dir, 'b', 'corpus'), join(dir, 'b', 'out'));
    // One worker against the default (one per core): chunking must not show in the output.
    buildData(join(dir, 'a', 'corpus'), join(dir, 'c', 'out'), ['--workers', '1']);
    // Small chunks over several workers: chunks finish out of order.
    buildData(join(dir, 'a', 'corpus'), join(dir, 'd', 'out'), ['--workers', '3', '--chunk-size', '7']);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('builds something worth comparing', async () => {
    const [row] = await queryParquet(`SELECT count(*)::INTEGER AS n FROM read_parquet(${sqlPath(join(dir, 'a', 'out', 'facts.parquet'))})`);
    expect(row?.['n']).toBeGreaterThan(1000);
  });

  it('gives every corpus file its report row, none failed', async () => {
    const rows = await queryParquet(`SELECT source_file, status FROM read_parquet(${sqlPath(join(dir, 'a', 'out', 'reports.parquet'))}) ORDER BY source_file`);
    expect(rows.map((r) => r['source_file'])).toEqual(readdirSync(join(SHARED_CORPUS, 'reports')).sort());
    expect(rows.filter((r) => r['status'] === 'failed')).toEqual([]);
  });

  it('writes the input hash of what it read: path and content of every file, in corpus order', () => {
    const manifest = (d: string) => JSON.parse(readFileSync(join(dir, d, 'out', 'manifest.json'), 'utf8')) as { input_hash: string };
    // Recomputed here from the definition, independently of the build's own code.
    const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
    const files = readdirSync(join(SHARED_CORPUS, 'reports')).sort();
    const expected = sha(files.map((f) => `${f}\0${sha(readFileSync(join(SHARED_CORPUS, 'reports', f)))}\n`).join(''));
    expect(manifest('a').input_hash).toBe(expected);
    // One byte more in one file: another hash.
    const e = join(dir, 'e');
    cpSync(join(dir, 'a', 'corpus'), join(e, 'corpus'), { recursive: true });
    appendFileSync(join(e, 'corpus', files[0] ?? ''), ' ');
    buildData(join(e, 'corpus'), join(e, 'out'));
    expect(manifest('e').input_hash).not.toBe(expected);
  }, 120_000);

  for (const f of FILES) {
    it(`gives byte-identical ${f} for the same corpus`, () => {
      const a = readFileSync(join(dir, 'a', 'out', f));
      const b = readFileSync(join(dir, 'b', 'out', f));
      expect(a.length).toBeGreaterThan(0);
      // Buffer.equals, not toEqual: a diff of two binary blobs is unreadable anyway.
      expect(a.equals(b), `${f} differs between two builds`).toBe(true);
    });

    it(`gives byte-identical ${f} with one worker, the default, and many small chunks`, () => {
      const a = readFileSync(join(dir, 'a', 'out', f));
      const c = readFileSync(join(dir, 'c', 'out', f));
      expect(a.equals(c), `${f} differs between --workers 1 and the default`).toBe(true);
      const d = readFileSync(join(dir, 'd', 'out', f));
      expect(a.equals(d), `${f} differs between the default and 3 workers on chunks of 7`).toBe(true);
    });
  }
});
