/**
 * One JSON file per report for the single static report page (/report/?id=…): its
 * metadata, its source text as decoded lines with their line numbers, its facts and its
 * checks. Files are sharded by the first two hex digits of the id so that a million
 * reports never put a million files in one folder.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../../src/pipeline/formats/read-document.ts';

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

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Write every report's file under outDir; returns how many were written. */
/** corpusDir undefined: the corpus at hand is not the one the data came from, so no text is shown rather than the wrong text. */
export async function writeReportFiles(conn: DuckDBConnection, dataDir: string, corpusDir: string | undefined, outDir: string): Promise<number> {
  const reports = (await conn.runAndReadAll(`SELECT * FROM read_parquet(${q(`${dataDir}/reports.parquet`)}) ORDER BY report_id`)).getRowObjectsJson() as Record<string, unknown>[];
  const byReport = async (table: string, cols: string): Promise<Map<string, unknown[][]>> => {
    const m = new Map<string, unknown[][]>();
    const r = await conn.runAndReadAll(`SELECT report_id, ${cols} FROM read_parquet(${q(`${dataDir}/${table}.parquet`)})`);
    for (const row of r.getRowsJson()) {
      const id = String(row[0]);
      let list = m.get(id);
      if (!list) m.set(id, (list = []));
      list.push(row.slice(1));
    }
    return m;
  };
  const facts = await byReport('facts', 'section, row_key, col_key, value, raw, source_line, derived, convention');
  const checks = await byReport('checks', '"check", severity, section, row_key, col_key, expected, actual, source_line, message');
  for (const report of reports) {
    const id = String(report['report_id']);
    const src = corpusDir === undefined ? undefined : join(corpusDir, String(report['source_file']));
    let lines: [number, string][] = [];
    let note: string | null = null;
    if (src === undefined) {
      note = 'the corpus folder at build time was not the one the data was built from; source text omitted';
    } else if (existsSync(src)) {
      const read = await readDocument(String(report['source_file']), readFileSync(src));
      if (read.doc) lines = read.doc.lines.map((l) => [l.line, l.text]);
      else note = read.problems.map((p) => p.message).join('; ') || 'unreadable';
    } else {
      note = `source file not found in the corpus folder at build time`;
    }
    const file: ReportFile = { report, lines, facts: facts.get(id) ?? [], checks: checks.get(id) ?? [], text_note: note };
    const path = join(outDir, reportFilePath(id));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, JSON.stringify(file));
  }
  return reports.length;
}
