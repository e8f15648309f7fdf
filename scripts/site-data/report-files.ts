/**
 * One JSON file per report for the single static report page (/report/?id=…): its
 * metadata, its source text as decoded lines with their line numbers, its facts and its
 * checks. Files are sharded by the first two characters of the id so that a million
 * reports never put a million files in one folder. Written one partition at a time
 * (partitions.ts), with each report's facts and checks gathered into JSON by DuckDB, so
 * memory holds one partition's reports, never the corpus.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../src/pipeline/formats/read-document.ts';
import { sqlString as q } from '../../src/schema/sql.ts';
import { tmpPart } from './partitions.ts';

export interface ReportFile {
  readonly report: Record<string, unknown>;
  /** [source line, text] of the document as decoded, before normalisation. */
  readonly lines: [number, string][];
  /** [section, row_key, col_key, value, raw, source_line, derived, convention] */
  readonly facts: unknown[][];
  /** [check, severity, section, row_key, col_key, expected, actual, source_line, message] */
  readonly checks: unknown[][];
  /** Why there is no text, when there is none. */
  readonly text_note: string | null;
}

export function reportFilePath(id: string): string {
  return `reports/${id.slice(0, 2)}/${id}.json`;
}

async function sourceText(corpusDir: string | undefined, sourceFile: string): Promise<{ lines: [number, string][]; note: string | null }> {
  // corpusDir undefined: the corpus at hand is not the one the data came from, so no text is shown rather than the wrong text.
  if (corpusDir === undefined) return { lines: [], note: 'the corpus folder at build time was not the one the data was built from; source text omitted' };
  const src = join(corpusDir, sourceFile);
  if (!existsSync(src)) return { lines: [], note: 'source file not found in the corpus folder at build time' };
  const read = await readDocument(sourceFile, readFileSync(src));
  if (read.doc) return { lines: read.doc.lines.map((l) => [l.line, l.text]), note: null };
  return { lines: [], note: read.problems.map((p) => p.message).join('; ') || 'unreadable' };
}

/** Write the report files of every partition; returns how many were written. */
export async function writeReportFiles(conn: DuckDBConnection, tmpDir: string, parts: readonly string[], corpusDir: string | undefined, outDir: string): Promise<number> {
  let n = 0;
  const made = new Set<string>();
  for (const part of parts) {
    const reports = tmpPart(tmpDir, 'reports', part);
    if (reports === undefined) continue;
    const facts = tmpPart(tmpDir, 'facts', part);
    const checks = tmpPart(tmpDir, 'checks', part);
    const factsSql = facts === undefined ? `SELECT NULL::VARCHAR AS report_id, NULL::JSON AS j WHERE false`
      : `SELECT report_id, to_json(list(json_array(section, row_key, col_key, value, raw, source_line, derived, convention) ORDER BY section, row_key, col_key)) AS j FROM read_parquet(${q(facts)}) GROUP BY report_id`;
    const checksSql = checks === undefined ? `SELECT NULL::VARCHAR AS report_id, NULL::JSON AS j WHERE false`
      : `SELECT report_id, to_json(list(json_array("check", severity, section, row_key, col_key, expected, actual, source_line, message) ORDER BY source_line NULLS FIRST, "check")) AS j FROM read_parquet(${q(checks)}) GROUP BY report_id`;
    const result = await conn.stream(`WITH f AS (${factsSql}), c AS (${checksSql})
      SELECT r.report_id, r.source_file, to_json(r)::VARCHAR AS report, coalesce(f.j::VARCHAR, '[]') AS facts, coalesce(c.j::VARCHAR, '[]') AS checks
      FROM read_parquet(${q(reports)}, hive_partitioning = false) r LEFT JOIN f USING (report_id) LEFT JOIN c USING (report_id) ORDER BY r.report_id`);
    for await (const chunk of result.yieldRowsJs()) {
      for (const [id, sourceFile, report, factsJson, checksJson] of chunk as [string, string, string, string, string][]) {
        const { lines, note } = await sourceText(corpusDir, sourceFile);
        const path = join(outDir, reportFilePath(id));
        const dir = join(path, '..');
        if (!made.has(dir)) { mkdirSync(dir, { recursive: true }); made.add(dir); }
        // Assembled as text: the three JSON parts come from DuckDB as they are.
        writeFileSync(path, `{"report":${report},"lines":${JSON.stringify(lines)},"facts":${factsJson},"checks":${checksJson},"text_note":${JSON.stringify(note)}}`);
        n++;
      }
    }
  }
  return n;
}
