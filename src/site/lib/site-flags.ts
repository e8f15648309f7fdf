/**
 * Build-time facts read by the page templates (Astro renders them in Node, not in the
 * browser): where the served data folder is (the data page lists its manifest and CSV
 * files), and whether the site data was built from a synthetic corpus. The flag is in the
 * site's own index.json, under the public folder the build serves (OGI_PUBLIC_DIR when a
 * build puts its data elsewhere, as `npm run demo` and `bench:site` do).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: boolean | undefined;

/** A path under the data folder the build serves (public/data, or OGI_PUBLIC_DIR/data). */
export function publicDataPath(...parts: string[]): string {
  return join(process.env['OGI_PUBLIC_DIR'] ?? 'public', 'data', ...parts);
}

export function isSyntheticBuild(): boolean {
  if (cached !== undefined) return cached;
  const file = publicDataPath('site', 'index.json');
  if (!existsSync(file)) return false;
  cached = (JSON.parse(readFileSync(file, 'utf8')) as { synthetic?: boolean }).synthetic === true;
  return cached;
}
