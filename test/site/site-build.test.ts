/**
 * A site built outside the repository's public/ and dist/ (`npm run demo`, `bench:site
 * -- --corpus`): the data folder and the /data/ page share dist/data, and the page must
 * read the manifest and CSV list of the data it is built with, not the repository's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('a site built into its own folder (npm run demo)', () => {
  let work = '';
  let dist = '';

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ogi-demo-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'demo.ts'), '--reports', '150', '--no-serve', '--dir', work], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: 240_000 });
    dist = join(work, 'site-build', 'dist');
  }, 300_000);

  afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

  it('keeps the data page beside the data in dist/data, in both languages', () => {
    for (const page of ['data/index.html', 'en/data/index.html']) expect(existsSync(join(dist, page)), page).toBe(true);
    for (const f of ['facts.parquet', 'manifest.json', 'site/index.json']) expect(existsSync(join(dist, 'data', f)), f).toBe(true);
  });

  it('shows the row counts and per-year CSV files of its own data, and the synthetic banner', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'data', 'manifest.json'), 'utf8')) as { tables: Record<string, { rows: number }> };
    const html = readFileSync(join(dist, 'data', 'index.html'), 'utf8');
    for (const t of ['reports', 'facts', 'checks']) expect(html).toContain(`<td>${manifest.tables[t]?.rows}</td>`);
    expect(manifest.tables['reports']?.rows).toBe(150);
    const years = [...html.matchAll(/data\/site\/csv\/facts-(\d{4}|unknown)\.csv/g)].map((m) => m[1]);
    expect(years.length).toBeGreaterThan(1);
    for (const y of years) expect(existsSync(join(dist, 'data', 'site', 'csv', `facts-${y}.csv`)), `facts-${y}.csv`).toBe(true);
    expect(html).toContain('data-synthetic-banner');
  });
});
