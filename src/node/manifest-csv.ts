/**
 * data/manifest.csv: optional per-file metadata (file, source_url, agency, region_code,
 * year, scope, level, published_on). Any column given overrides what was inferred.
 */
import Papa from 'papaparse';
import { divisionNames, findDivisionByCode, regionCode } from '../pipeline/metadata/divisions.ts';
import type { ReportRow } from '../schema/tables.ts';

export type ManifestRow = Partial<Record<'file' | 'source_url' | 'agency' | 'region_code' | 'year' | 'scope' | 'level' | 'published_on' | 'template', string>>;

export function parseManifestCsv(text: string): { rows: Map<string, ManifestRow>; errors: string[] } {
  const parsed = Papa.parse<ManifestRow>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
  const rows = new Map<string, ManifestRow>();
  for (const r of parsed.data) if (r.file) rows.set(r.file.trim().replace(/\\/g, '/'), r);
  return { rows, errors: parsed.errors.map((e) => `manifest.csv row ${(e.row ?? 0) + 2}: ${e.message}`) };
}

/** The report row with the manifest's values in place of inferred ones. */
export function applyManifest(report: ReportRow, m: ManifestRow | undefined): ReportRow {
  if (!m) return report;
  const r = { ...report };
  const set = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);
  if (set(m.source_url)) r.source_url = set(m.source_url) ?? null;
  if (set(m.agency)) { r.agency = set(m.agency) ?? null; r.agency_source = 'manifest'; }
  if (set(m.year) && /^\d{4}$/.test(m.year?.trim() ?? '')) { r.year = Number(m.year); r.year_source = 'manifest'; }
  if (set(m.scope)) r.scope = set(m.scope) ?? null;
  if (set(m.level)) r.level = set(m.level) ?? null;
  if (set(m.published_on)) r.published_on = set(m.published_on) ?? null;
  const code = set(m.region_code);
  if (code) {
    const d = findDivisionByCode(code);
    r.region_code = d ? regionCode(d) : code;
    r.region_source = 'manifest';
    if (d) Object.assign(r, divisionNames(d));
  }
  return r;
}
