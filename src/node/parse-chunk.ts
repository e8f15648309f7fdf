/**
 * One chunk of the corpus → three CSV chunk files (reports, facts, checks). Runs in a
 * worker thread (or in-process, in tests); reads its files, parses, writes as it goes, so memory
 * holds one report at a time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../pipeline/parse-report.ts';
import '../pipeline/formats/binary-adapters.ts';
import type { TableName } from '../schema/tables.ts';
import { CsvWriter } from './csv-rows.ts';
import { fileDigest } from './input-hash.ts';
import { applyManifest, type ManifestRow } from './manifest-csv.ts';

export interface ChunkJob {
  readonly id: number;
  readonly corpus: string;
  readonly files: readonly string[];
  readonly tmpDir: string;
  readonly manifest: Readonly<Record<string, ManifestRow>>;
}

export interface ChunkResult {
  readonly id: number;
  readonly reports: number;
  readonly facts: number;
  readonly checks: number;
  readonly bytesIn: number;
  readonly ok: number;
  readonly partial: number;
  readonly failed: number;
  readonly identity: number;
  readonly ambiguous: number;
  /** Each file's digest, in the chunk's order, for the input hash. */
  readonly digests: string[];
}

export function chunkFile(tmpDir: string, table: TableName, id: number): string {
  return join(tmpDir, `${table}-${String(id).padStart(6, '0')}.csv`);
}

export async function parseChunk(job: ChunkJob): Promise<ChunkResult> {
  const out = { reports: new CsvWriter(chunkFile(job.tmpDir, 'reports', job.id), 'reports'), facts: new CsvWriter(chunkFile(job.tmpDir, 'facts', job.id), 'facts'), checks: new CsvWriter(chunkFile(job.tmpDir, 'checks', job.id), 'checks') };
  const r = { id: job.id, reports: 0, facts: 0, checks: 0, bytesIn: 0, ok: 0, partial: 0, failed: 0, identity: 0, ambiguous: 0, digests: [] as string[] };
  for (const file of job.files) {
    const bytes = readFileSync(join(job.corpus, file));
    r.bytesIn += bytes.length;
    r.digests.push(fileDigest(bytes));
    const parsed = await parseFile(file, bytes);
    const report = applyManifest(parsed.report, job.manifest[file]);
    out.reports.row(report);
    r.reports++;
    for (const f of parsed.facts) { out.facts.row(f, report.report_id); r.facts++; }
    for (const p of parsed.problems) {
      out.checks.row({
        report_id: report.report_id, check: p.check, severity: p.severity, section: p.section, row_key: p.row_key,
        col_key: p.col_key, expected: p.expected, actual: p.actual, source_line: p.line, message: p.message,
      });
      r.checks++;
      if (p.check === 'ambiguous_split') r.ambiguous++;
    }
    r[report.status as 'ok' | 'partial' | 'failed']++;
    r.identity += report.n_identity_failures;
  }
  out.reports.close(); out.facts.close(); out.checks.close();
  return r;
}
