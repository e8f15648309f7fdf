/**
 * Writes the DOCX corpus the tests build, for the shared scorer:
 *   npx node test/formats/make-docx-corpus.ts OUT
 *   node ../shared/tools/score.mjs . OUT/corpus OUT/truth --verbose
 * OUT/corpus holds one .docx per template truth file (built by helpers/truth-docx.ts),
 * OUT/truth the same truth files renamed to point at them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { truthToDocx, type TruthFile } from './helpers/truth-docx.ts';

const TRUTH_DIR = process.env['OGI_TRUTH_DIR'] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'truth');
const out = resolve(process.argv[2] ?? 'docx-corpus');
mkdirSync(join(out, 'corpus'), { recursive: true });
mkdirSync(join(out, 'truth'), { recursive: true });
let n = 0;
for (const name of readdirSync(TRUTH_DIR).filter((f) => f.endsWith('.json')).sort()) {
  const truth = JSON.parse(readFileSync(join(TRUTH_DIR, name), 'utf8')) as TruthFile;
  if (truth.template === 'other') continue;
  const file = name.replace(/(\.pdf)?\.json$/, '.docx');
  writeFileSync(join(out, 'corpus', file), await truthToDocx(truth));
  writeFileSync(join(out, 'truth', name), JSON.stringify({ ...truth, file }, null, 1));
  n++;
}
process.stderr.write(`${n} DOCX reports → ${out}/corpus, truth → ${out}/truth\n`);
