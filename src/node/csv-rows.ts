/**
 * Output rows → CSV lines in the column order of the schema, for the chunk files that
 * DuckDB assembles into Parquet. Texts with quotes, commas or line breaks are quoted,
 * so report text survives; numbers use JavaScript's shortest round-trip form.
 */
import { TABLES, type Column, type TableName } from '../schema/tables.ts';

type Row = Record<string, string | number | boolean | null | undefined>;

/** Whether a text must be quoted: empty (null is no field at all), a quote, a comma, a line break, or edge spaces. */
function needsQuotes(str: string): boolean {
  const n = str.length;
  if (n === 0 || str.charCodeAt(0) <= 32 || str.charCodeAt(n - 1) <= 32 || /\s/.test(str[0] ?? '') || /\s/.test(str[n - 1] ?? '')) return true;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c === 34 || c === 44 || c === 10 || c === 13) return true;
  }
  return false;
}

const VARCHAR = 0, BOOLEAN = 1, OTHER = 2;

function field(v: Row[string], kind: number): string {
  if (v === null || v === undefined) return '';
  if (kind === VARCHAR) {
    const str = typeof v === 'string' ? v : String(v);
    return needsQuotes(str) ? `"${str.replace(/"/g, '""')}"` : str;
  }
  if (kind === BOOLEAN) return v ? 'true' : 'false';
  return String(v);
}

const COLUMNS = Object.fromEntries(
  (Object.keys(TABLES) as TableName[]).map((t) => [t, Object.entries(TABLES[t].columns as Record<string, Column>)]),
) as Record<TableName, [string, Column][]>;

const NAMES = Object.fromEntries((Object.keys(COLUMNS) as TableName[]).map((t) => [t, COLUMNS[t].map(([n]) => n)])) as Record<TableName, string[]>;
const KINDS = Object.fromEntries((Object.keys(COLUMNS) as TableName[]).map((t) => [t, COLUMNS[t].map(([, c]) => (c.type === 'VARCHAR' ? VARCHAR : c.type === 'BOOLEAN' ? BOOLEAN : OTHER))])) as Record<TableName, number[]>;

/**
 * One CSV line (with its newline) for a row of a table. `reportId`, when given, fills
 * the `report_id` column, so a report's facts and checks are written without copying
 * each into a new object.
 */
export function csvLine(table: TableName, record: object, reportId?: string): string {
  const row = record as Row;
  const names = NAMES[table];
  const kinds = KINDS[table];
  let line = '';
  for (let i = 0; i < names.length; i++) {
    const name = names[i] ?? '';
    if (i > 0) line += ',';
    line += field(reportId !== undefined && name === 'report_id' ? reportId : row[name], kinds[i] ?? OTHER);
  }
  return line + '\n';
}

/** DuckDB `columns = {…}` for read_csv, straight from the schema. */
export function csvColumnsSql(table: TableName): string {
  return '{' + COLUMNS[table].map(([name, col]) => `'${name}': '${col.type}'`).join(', ') + '}';
}
