/** Every file under a corpus folder, recursively, as sorted `/`-separated relative paths. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function listCorpusFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}
