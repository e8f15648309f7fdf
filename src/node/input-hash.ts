/**
 * The corpus's input hash (manifest.json `input_hash`): SHA-256 over every file's path
 * and the SHA-256 of its bytes, in corpus order. Each file's digest is taken where the
 * file is read anyway (the parse workers), so a million-report build reads its corpus
 * once; the site build recomputes the same value to check it has the right corpus.
 */
import { createHash, hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One file's digest, hex (one-shot: no Hash object per file). */
export function fileDigest(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'hex');
}

/** The input hash from (path, file digest) pairs in corpus order. */
export function inputHash(entries: Iterable<readonly [string, string]>): string {
  const h = createHash('sha256');
  for (const [path, digest] of entries) h.update(path).update('\0').update(digest).update('\n');
  return h.digest('hex');
}

/** The input hash of a corpus folder, reading every file (for checking, not building). */
export function corpusInputHash(corpus: string, files: readonly string[]): string {
  return inputHash(files.map((f) => [f, fileDigest(readFileSync(join(corpus, f)))] as const));
}
