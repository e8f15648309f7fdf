/**
 * Build-time flags read by the page templates (Astro renders them in Node, not in the
 * browser): whether the site data was built from a synthetic corpus. The flag is in the
 * site's own index.json, under the public folder the build serves (OGI_PUBLIC_DIR when a
 * build puts its data elsewhere, as `npm run demo` and `bench:site` do).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: boolean | undefined;

export function isSyntheticBuild(): boolean {
  if (cached !== undefined) return cached;
  const file = join(process.env['OGI_PUBLIC_DIR'] ?? 'public', 'data', 'site', 'index.json');
  if (!existsSync(file)) return false;
  cached = (JSON.parse(readFileSync(file, 'utf8')) as { synthetic?: boolean }).synthetic === true;
  return cached;
}
