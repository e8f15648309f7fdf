/**
 * The CSV chunk writer: whatever a report's text holds (quotes, commas, line breaks,
 * edge spaces, any script), a row read back by a CSV parser is the row written, and
 * DuckDB's reading (empty field = NULL, "" = empty text) holds.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { assemblyConnection, copyCsvSql } from '../../src/node/assemble-parquet.ts';
import { CsvWriter, needsQuotes } from '../../src/node/csv-rows.ts';
import { ALL_ROW_KEYS, CONVENTIONS } from '../../src/schema/fields.ts';

function roundTrip(rows: object[], reportId?: string): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-csv-'));
  try {
    const path = join(dir, 'facts.csv');
    const w = new CsvWriter(path, 'facts');
    for (const r of rows) w.row(r, reportId);
    w.close();
    const text = readFileSync(path, 'utf8');
    return Papa.parse<string[]>(text, { header: false, delimiter: ',', newline: '\n', quoteChar: '"', skipEmptyLines: false }).data.filter((r) => r.length > 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', ' ', ' a', 'a ', '"', 'a,b', 'x\ny', '\r\n', '\u3000全角空格', '12万元', '"quoted"', '0'));
const fact = fc.record({
  section: fc.constantFrom('active', 'applications', 'review_litigation'),
  row_key: text,
  col_key: fc.string({ minLength: 1 }),
  value: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 2e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(-0)),
  raw: fc.oneof(fc.constant(null), text),
  source_line: fc.oneof(fc.constant(null), fc.nat()),
  derived: fc.boolean(),
  convention: fc.constantFrom('written', 'blank_is_zero', 'derived'),
});

describe('CSV chunk writer', () => {
  it('writes every field so that a CSV reader gets it back', () => {
    fc.assert(fc.property(fc.array(fact, { maxLength: 20 }), (rows) => {
      const back = roundTrip(rows, 'c85424febd6c30cf');
      expect(back).toHaveLength(rows.length);
      rows.forEach((r, i) => {
        const b = back[i] ?? [];
        expect(b[0]).toBe('c85424febd6c30cf');
        expect(b[1]).toBe(r.section);
        expect(b[2]).toBe(r.row_key);
        expect(b[3]).toBe(r.col_key);
        expect(b[4]).toBe(r.value === null ? '' : String(r.value));
        expect(b[5]).toBe(r.raw ?? '');
        expect(b[6]).toBe(r.source_line === null ? '' : String(r.source_line));
        expect(b[7]).toBe(String(r.derived));
        expect(b[8]).toBe(r.convention);
      });
    }), { numRuns: 300 });
  });

  it('quotes an empty text (so it is not read as null) but never a null', () => {
    const line = (raw: string | null) => {
      const dir = mkdtempSync(join(tmpdir(), 'ogi-csv-'));
      const path = join(dir, 'f.csv');
      const w = new CsvWriter(path, 'facts');
      w.row({ section: 'active', row_key: 'rules', col_key: 'issued', value: 1, raw, source_line: 3, derived: false, convention: 'written' }, 'id');
      w.close();
      const out = readFileSync(path, 'utf8');
      rmSync(dir, { recursive: true, force: true });
      return out;
    };
    expect(line('')).toBe('id,active,rules,issued,1,"",3,false,written\n');
    expect(line(null)).toBe('id,active,rules,issued,1,,3,false,written\n');
    expect(line(' 1')).toBe('id,active,rules,issued,1," 1",3,false,written\n');
  });

  it('needs quotes exactly for empty, edge-space, quote, comma and line-break texts', () => {
    fc.assert(fc.property(text, (s) => {
      expect(needsQuotes(s)).toBe(/["\n\r,]|^\s|\s$/.test(s) || s === '' || /^[\x00-\x20]|[\x00-\x20]$/.test(s));
    }));
  });

  it('writes rows longer than its buffer', () => {
    const long = '长'.repeat(300_000) + ',"x"';
    const back = roundTrip([{ section: 'active', row_key: 'r', col_key: 'c', value: 1, raw: long, source_line: 1, derived: false, convention: 'written' }], 'id');
    expect(back[0]?.[5]).toBe(long);
  });
});

describe('coded columns in DuckDB', () => {
  const assemble = async (rows: object[]): Promise<Record<string, unknown>[]> => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-csv-'));
    try {
      const csv = join(dir, 'facts.csv');
      const w = new CsvWriter(csv, 'facts');
      for (const r of rows) w.row(r, 'id');
      w.close();
      const conn = await assemblyConnection(dir);
      try {
        const out = join(dir, 'facts.parquet');
        await conn.run(copyCsvSql('facts', [csv], out));
        const read = await conn.runAndReadAll(`SELECT row_key, col_key, convention, typeof(row_key) AS t FROM read_parquet('${out}')`);
        return read.getRowObjects();
      } finally {
        conn.closeSync();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const fact = (row_key: string, convention: string | null) => ({ section: 'applications', row_key, col_key: 'total', value: 1, raw: '1', source_line: 3, derived: false, convention });

  it('reads every schema code and writes it back as text', async () => {
    const rows = ALL_ROW_KEYS.map((k, i) => fact(k, i === 0 ? null : CONVENTIONS[i % CONVENTIONS.length] ?? null));
    const back = await assemble(rows);
    expect(back.map((r) => r['row_key'])).toEqual([...ALL_ROW_KEYS]);
    expect(back.map((r) => r['convention'])).toEqual(rows.map((r) => r.convention));
    expect(new Set(back.map((r) => r['t']))).toEqual(new Set(['VARCHAR']));
  });

  it('fails on a code outside the schema, naming it and its line', async () => {
    await expect(assemble([fact('new', 'written'), fact('no_such_row', 'written')])).rejects.toThrow(/Line: 2[\s\S]*no_such_row/);
  });
});
