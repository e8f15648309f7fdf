/** A text as an SQL string literal (single quotes doubled), for paths and values put into DuckDB statements. */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
