/**
 * Output rows → CSV chunk files in the column order of the schema, for DuckDB to
 * assemble into Parquet. Texts with quotes, commas, line breaks or edge spaces are
 * quoted, so report text survives; numbers use JavaScript's shortest round-trip form.
 * Rows are encoded straight into a byte buffer (ASCII by hand, the rest as UTF-8) and
 * written in large blocks: a million reports make hundreds of millions of fields, and
 * building them as strings first costs more than parsing the reports.
 */
import { Buffer } from 'node:buffer';
import { closeSync, openSync, writeSync } from 'node:fs';
import { sqlString } from '../schema/sql.ts';
import { TABLES, type Column, type TableName } from '../schema/tables.ts';

type Row = Record<string, string | number | boolean | null | undefined>;

function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether a text must be quoted: empty (null is no field at all), a quote, a comma, a line break, or edge spaces. */
export function needsQuotes(str: string): boolean {
  const n = str.length;
  if (n === 0 || isSpace(str.charCodeAt(0)) || isSpace(str.charCodeAt(n - 1))) return true;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c === 34 || c === 44 || c === 10 || c === 13) return true;
  }
  return false;
}

const VARCHAR = 0, BOOLEAN = 1, OTHER = 2;

const COLUMNS = Object.fromEntries(
  (Object.keys(TABLES) as TableName[]).map((t) => [t, Object.entries(TABLES[t].columns as Record<string, Column>)]),
) as Record<TableName, [string, Column][]>;

const NAMES = Object.fromEntries((Object.keys(COLUMNS) as TableName[]).map((t) => [t, COLUMNS[t].map(([n]) => n)])) as Record<TableName, string[]>;
const KINDS = Object.fromEntries((Object.keys(COLUMNS) as TableName[]).map((t) => [t, COLUMNS[t].map(([, c]) => (c.type === 'VARCHAR' ? VARCHAR : c.type === 'BOOLEAN' ? BOOLEAN : OTHER))])) as Record<TableName, number[]>;

const BLOCK = 1 << 20;
/** Texts up to this long are encoded once and their bytes reused (ids, codes, small cells). */
const CACHED_LENGTH = 32;
const CACHE_ENTRIES = 8192;
/** Bytes kept free before each row: rows longer than this make room field by field. */
const ROW_ROOM = 1 << 16;

/** A row writer compiled from the schema's column list, so each column is a plain property read. */
type RowWriter = (w: CsvWriter, row: Row, reportId: string | undefined) => void;
const WRITERS = new Map<TableName, RowWriter>();
function rowWriter(table: TableName): RowWriter {
  let f = WRITERS.get(table);
  if (!f) {
    const body = NAMES[table].map((name, i) => {
      const v = name === 'report_id' ? `(id !== undefined ? id : r[${JSON.stringify(name)}])` : `r[${JSON.stringify(name)}]`;
      const call = KINDS[table][i] === VARCHAR ? `varchar(${v}, ${i})` : KINDS[table][i] === BOOLEAN ? `boolean(${v})` : `other(${v})`;
      return `${i > 0 ? 'w.byte(44); ' : ''}w.${call};`;
    }).join('\n');
    f = new Function('w', 'r', 'id', `${body}\nw.byte(10);`) as RowWriter;
    WRITERS.set(table, f);
  }
  return f;
}

/** One table's CSV chunk file, written through a byte buffer. */
export class CsvWriter {
  private readonly fd: number;
  private readonly write: RowWriter;
  private buf = Buffer.allocUnsafe(BLOCK);
  private pos = 0;
  /**
   * Short texts repeat row after row (a report's id on each of its ~200 facts; the
   * section, row and column codes; small cells): their CSV bytes are kept, bounded.
   */
  private readonly encoded = new Map<string, Uint8Array>();
  /**
   * Each column's last short text and its bytes: most repeat the row before (the id on
   * all of a report's facts, the section, the row code over its columns, `written`),
   * and an identical string is found without hashing it.
   */
  private readonly lastText: (string | undefined)[] = [];
  private readonly lastBytes: Uint8Array[] = [];

  constructor(path: string, table: TableName) {
    this.fd = openSync(path, 'w');
    this.write = rowWriter(table);
  }

  private flush(): void {
    if (this.pos > 0) writeSync(this.fd, this.buf, 0, this.pos);
    this.pos = 0;
  }

  /** Room for n more bytes. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = Buffer.allocUnsafe(n);
  }

  byte(b: number): void {
    this.buf[this.pos++] = b;
  }

  private text(s: string): void {
    const n = s.length;
    if (n * 3 > ROW_ROOM / 2) this.room(n * 3 + ROW_ROOM);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128) { p += buf.write(s.slice(i), p, 'utf8'); this.pos = p; return; }
      buf[p++] = c;
    }
    this.pos = p;
  }

  /** The CSV bytes of a short text, from the column's last text or the shared cache. */
  private shortBytes(str: string, column: number): Uint8Array {
    if (this.lastText[column] === str) return this.lastBytes[column] as Uint8Array;
    let bytes = this.encoded.get(str);
    if (bytes === undefined) {
      bytes = Buffer.from(needsQuotes(str) ? `"${str.replace(/"/g, '""')}"` : str, 'utf8');
      if (this.encoded.size >= CACHE_ENTRIES) this.encoded.clear();
      this.encoded.set(str, bytes);
    }
    this.lastText[column] = str;
    this.lastBytes[column] = bytes;
    return bytes;
  }

  varchar(v: Row[string], column: number): void {
    if (v === null || v === undefined) return;
    const str = typeof v === 'string' ? v : String(v);
    const n = str.length;
    if (n <= CACHED_LENGTH) {
      const bytes = this.shortBytes(str, column);
      const buf = this.buf;
      let p = this.pos;
      const len = bytes.length;
      // A byte loop for the shortest (most) texts, a block copy past its call's cost.
      if (len > 12) { buf.set(bytes, p); this.pos = p + len; return; }
      for (let i = 0; i < len; i++) buf[p++] = bytes[i] as number;
      this.pos = p;
      return;
    }
    // Fast path: ASCII that needs no quotes, copied as it is checked.
    if (n > 0 && n * 3 <= ROW_ROOM / 2 && str.charCodeAt(0) > 32 && str.charCodeAt(n - 1) > 32) {
      const buf = this.buf;
      let p = this.pos;
      let i = 0;
      for (; i < n; i++) {
        const c = str.charCodeAt(i);
        if (c >= 127 || c === 34 || c === 44 || c === 10 || c === 13) break;
        buf[p++] = c;
      }
      if (i === n) { this.pos = p; return; }
    }
    if (!needsQuotes(str)) { this.text(str); return; }
    this.byte(34);
    this.text(str.includes('"') ? str.replace(/"/g, '""') : str);
    this.byte(34);
  }

  boolean(v: Row[string]): void {
    if (v === null || v === undefined) return;
    this.text(v ? 'true' : 'false');
  }

  other(v: Row[string]): void {
    if (v === null || v === undefined) return;
    // Small whole numbers (most values and every line number) digit by digit (-0 too: String(-0) is "0").
    if (typeof v === 'number' && v >= 0 && v < 1e9 && Number.isInteger(v)) {
      const buf = this.buf;
      let p = this.pos;
      if (v < 10) { buf[p] = 48 + v; this.pos = p + 1; return; }
      let digits = 1;
      for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
      p += digits;
      this.pos = p;
      for (let x = v; digits > 0; digits--) { buf[--p] = 48 + (x % 10); x = Math.floor(x / 10); }
      return;
    }
    this.text(typeof v === 'string' ? v : String(v));
  }

  /**
   * One row. `reportId`, when given, fills the `report_id` column, so a report's facts
   * and checks are written without copying each into a new object.
   */
  row(record: object, reportId?: string): void {
    this.room(ROW_ROOM);
    this.write(this, record as Row, reportId);
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * A column's type as read from CSV: a column with a closed set of codes is read as an
 * ENUM of them (still VARCHAR in the Parquet): DuckDB then writes its dictionary
 * straight from the ENUM instead of hashing every value, and a value outside the
 * schema's codes fails the build with its line instead of passing silently.
 */
function csvType(col: Column): string {
  return col.codes ? `ENUM(${col.codes.map(sqlString).join(', ')})` : col.type;
}

/** DuckDB `columns = {…}` for read_csv, straight from the schema. */
export function csvColumnsSql(table: TableName): string {
  return '{' + COLUMNS[table].map(([name, col]) => `'${name}': ${sqlString(csvType(col))}`).join(', ') + '}';
}
