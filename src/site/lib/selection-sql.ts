/**
 * The selection as a SQL WHERE clause over `reports` with positional parameters, so
 * values from the address never become SQL text. Column names come from the schema.
 */
import { TABLES } from '../../schema/tables.ts';
import type { Selection } from './selection.ts';

const R = TABLES.reports.columns;
const col = (c: keyof typeof R, alias: string) => `${alias}."${c}"`;

export function selectionWhere(sel: Selection, alias = 'r'): { sql: string; params: (string | number)[] } {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const eq = (c: keyof typeof R, v: string | undefined) => { if (v !== undefined) { parts.push(`${col(c, alias)} = ?`); params.push(v); } };
  eq('province', sel.province);
  eq('city', sel.city);
  eq('county', sel.county);
  if (sel.from !== undefined) { parts.push(`${col('year', alias)} >= ?`); params.push(sel.from); }
  if (sel.to !== undefined) { parts.push(`${col('year', alias)} <= ?`); params.push(sel.to); }
  eq('level', sel.level);
  eq('template', sel.template);
  eq('scope', sel.scope);
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}

/** Report metadata columns carried into the selection's CSV, then every facts column. */
export const CSV_REPORT_COLUMNS = ['agency', 'province', 'city', 'county', 'region_code', 'level', 'year', 'template', 'scope', 'status', 'source_file'] as const;
export const CSV_FACT_COLUMNS = Object.keys(TABLES.facts.columns);

/** The selection's facts with their report's metadata, in a stable order. */
export function selectionFactsSql(sel: Selection, db: string): { sql: string; params: (string | number)[]; columns: string[] } {
  const w = selectionWhere(sel, 'r');
  const columns = ['report_id', ...CSV_REPORT_COLUMNS, ...CSV_FACT_COLUMNS.filter((c) => c !== 'report_id')];
  const select = columns.map((c) => (c === 'report_id' ? 'f."report_id"' : (CSV_REPORT_COLUMNS as readonly string[]).includes(c) ? `r."${c}"` : `f."${c}"`)).join(', ');
  const sql = `SELECT ${select} FROM ${db}.facts f JOIN ${db}.reports r USING (report_id) WHERE ${w.sql} ORDER BY r.source_file, f.section, f.row_key, f.col_key`;
  return { sql, params: w.params, columns };
}
