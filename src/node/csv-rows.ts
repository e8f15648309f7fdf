/**
 * Output rows → CSV lines in the column order of the schema, for the chunk files that
 * DuckDB assembles into Parquet. Texts with quotes, commas or line breaks are quoted,
 * so report text survives; numbers use JavaScript's shortest round-trip form.
 */
import { TABLES, type Column, type TableName } from '../schema/tables.ts';

const NEEDS_QUOTES = /["\n\r,]|^\s|\s$/;

type Row = Record<string, string | number | boolean | null | undefined>;

function field(v: Row[string], col: Column): string {
  if (v === null || v === undefined) return '';
  if (col.type === 'VARCHAR') {
    const str = String(v);
    // Quoted only where needed: an empty string (null is no field at all) or one
    // holding a quote, a comma, a line break or edge spaces.
    if (str === '' || NEEDS_QUOTES.test(str)) return `"${str.replace(/"/g, '""')}"`;
    return str;
  }
  if (col.type === 'BOOLEAN') return v ? 'true' : 'false';
  return String(v);
}

const COLUMNS = Object.fromEntries(
  (Object.keys(TABLES) as TableName[]).map((t) => [t, Object.entries(TABLES[t].columns as Record<string, Column>)]),
) as Record<TableName, [string, Column][]>;

/** One CSV line (with its newline) for a row of a table. */
export function csvLine(table: TableName, row: Row): string {
  const cols = COLUMNS[table];
  let line = '';
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (!c) continue;
    if (i > 0) line += ',';
    line += field(row[c[0]], c[1]);
  }
  return line + '\n';
}

/** DuckDB `columns = {…}` for read_csv, straight from the schema. */
export function csvColumnsSql(table: TableName): string {
  return '{' + COLUMNS[table].map(([name, col]) => `'${name}': '${col.type}'`).join(', ') + '}';
}
