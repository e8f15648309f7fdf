/**
 * Browser tests run against the built site, never the dev server: build it when dist/
 * is missing or older than anything it is built from, then serve dist/ on a loopback
 * port and hand the address to the tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDir } from '../../scripts/serve-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

const INPUTS = ['src', 'scripts/build-site-data.ts', 'scripts/site-data', 'scripts/build-data.ts', 'astro.config.mjs', 'public', 'data', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of readdirSync(path)) {
    if (path === 'public' && e === 'data') continue; // the build's own output
    m = Math.max(m, newest(join(path, e)));
  }
  return m;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const built = existsSync('dist/index.html') && existsSync('dist/data/site/index.json') ? statSync('dist/index.html').mtimeMs : 0;
  const inputs = Math.max(...INPUTS.map(newest));
  if (built < inputs) {
    process.stderr.write('test/browser: building the site (npm run build)…\n');
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, OGI_CORPUS: process.env['OGI_CORPUS'] ?? 'data/reports' } });
  }
  const { server, url } = await serveDir('dist');
  project.provide('siteUrl', url);
  return async () => { await new Promise<void>((ok) => server.close(() => ok())); };
}
