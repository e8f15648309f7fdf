/**
 * A whole site built from any corpus into a folder of its own, without touching the
 * repository's public/data or dist: build:data → build-site-data → astro build, each
 * step skipped when its output is newer than its input. Used by `npm run demo` and by
 * `npm run bench:site -- --corpus DIR`.
 *
 * Layout of `work`:  public/data/{*.parquet,manifest.json,site/}  astro-public/favicon.svg  dist/
 * Astro builds the pages from astro-public (no data), and the data is then hard-linked
 * into dist: at a million reports the site data is tens of GB in a million files, and
 * Astro would copy it all.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const log = (s: string) => process.stderr.write(s + '\n');
const mtime = (p: string) => (existsSync(p) ? statSync(p).mtimeMs : 0);

export interface SiteBuild {
  /** The served folder. */
  readonly dist: string;
  /** The folder build:data wrote (parquet + manifest) and build-site-data wrote into (site/). */
  readonly data: string;
}

/** Run a repository script with the project's Node (the `node` devDependency), output to stderr. */
function runScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(process.execPath, [script, ...args], { stdio: ['ignore', 'inherit', 'inherit'], env });
}

export async function buildSiteFrom(corpus: string, work: string, opts: { synthetic: boolean; force?: boolean }): Promise<SiteBuild> {
  const root = resolve(work);
  const publicDir = join(root, 'public');
  const data = join(publicDir, 'data');
  const dist = join(root, 'dist');
  const astroPublic = join(root, 'astro-public');
  mkdirSync(data, { recursive: true });
  mkdirSync(astroPublic, { recursive: true });
  copyFileSync('public/favicon.svg', join(astroPublic, 'favicon.svg'));
  const t0 = performance.now();
  const lap = (what: string) => log(`site-build: ${what} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);

  if (opts.force || mtime(join(data, 'manifest.json')) < mtime(corpus)) {
    log(`site-build: build:data ${corpus} → ${data}`);
    runScript('scripts/build-data.ts', ['--corpus', corpus, '--out', data, '--quiet']);
    lap('build:data done');
  }
  if (opts.force || mtime(join(data, 'site', 'index.json')) < mtime(join(data, 'manifest.json'))) {
    runScript('scripts/build-site-data.ts', ['--data', data, '--corpus', corpus, ...(opts.synthetic ? ['--synthetic'] : [])]);
    lap('build-site-data done');
  }
  if (opts.force || mtime(join(dist, 'index.html')) < mtime(join(data, 'site', 'index.json'))) {
    // The page templates read the synthetic flag from the site index under this public folder.
    process.env['OGI_PUBLIC_DIR'] = publicDir;
    process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
    const { build } = await import('astro');
    await build({ root: process.cwd(), publicDir: astroPublic, outDir: dist, logLevel: 'warn' });
    // Into dist/data beside the data page Astro wrote there (/data/ is a page and the data folder).
    mkdirSync(join(dist, 'data'), { recursive: true });
    execFileSync('cp', ['-al', `${data}/.`, join(dist, 'data')]);
    lap('astro build done (data hard-linked into dist)');
  }
  return { dist, data };
}
