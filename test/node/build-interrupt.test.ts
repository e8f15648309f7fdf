/**
 * An interrupted build leaves nothing behind: its temporary folder (CSV chunks, the
 * facts pipe, DuckDB's spill) goes with it, and the output folder is left as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE, ROOT } from '../helpers/driver.ts';
import { SHARED_CORPUS } from '../helpers/truth.ts';

describe('interrupted build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-int-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`removes its temporary folder on ${signal} and exits ${code}`, async () => {
      const tmp = join(dir, `tmp-${signal}`);
      const out = join(dir, `out-${signal}`);
      mkdirSync(tmp);
      const child = spawn(NODE, [join(ROOT, 'scripts', 'build-data.ts'), '--corpus', join(SHARED_CORPUS, 'reports'), '--out', out, '--quiet', '--workers', '1', '--chunk-size', '3'], {
        cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore',
      });
      const exited = new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
      // Signalled once it is under way: a chunk is on disk. Reports chunks stay until the
      // parse ends (facts chunks are deleted as soon as they are poured, and can be missed).
      const started = Date.now();
      const underWay = () => readdirSync(tmp).some((d) => existsSync(join(tmp, d)) && readdirSync(join(tmp, d)).some((f) => f.startsWith('reports-')));
      while (!underWay()) {
        if (Date.now() - started > 60_000) throw new Error('the build never wrote a chunk');
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(readdirSync(tmp)).toEqual([]);
      expect(existsSync(join(out, 'facts.parquet'))).toBe(false);
    }, 90_000);
  }
});
