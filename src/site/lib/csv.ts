/**
 * CSV for spreadsheets: UTF-8 with a BOM so Excel shows Chinese, CRLF line ends, and
 * text cells that a spreadsheet would evaluate (starting with = + - @, a tab or a CR)
 * neutralised with a leading apostrophe — unless the text is a plain number such as
 * "-1237", which stays as written. The same rule writes the full-dataset CSVs at build time.
 */
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function neutralizeCell(v: unknown): unknown {
  if (typeof v !== 'string' || !FORMULA_START.test(v) || NUMBER.test(v.trim())) return v;
  return `'${v}`;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const data = rows.map((r) => columns.map((c) => neutralizeCell(r[c] ?? null)));
  return '\ufeff' + Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' }) + '\r\n';
}

/** Offer text as a file download. */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
