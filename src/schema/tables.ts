/**
 * The output tables, declared once. The TypeScript row types, the Parquet columns
 * (CREATE TABLE statements) and the data dictionary are all derived from here.
 * Shared by Node and browser code: imports only the codes (fields.ts, itself import-free).
 */

import { ALL_COL_KEYS, ALL_ROW_KEYS, CONVENTIONS, SECTIONS } from './fields.ts';

export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

export interface Column {
  readonly type: SqlType;
  readonly nullable: boolean;
  readonly zh: string;
  readonly en: string;
  /** The column's closed set of values, where it has one (the schema's codes). */
  readonly codes?: readonly string[];
}

const col = <T extends SqlType, N extends boolean>(type: T, nullable: N, zh: string, en: string) => ({ type, nullable, zh, en }) as const;
const coded = <N extends boolean>(nullable: N, zh: string, en: string, codes: readonly string[]) => ({ type: 'VARCHAR', nullable, zh, en, codes }) as const;

export const SCHEMA_VERSION = 1;

export const TABLES = {
  reports: {
    zh: '报告：每份报告一行', en: 'Reports: one row per report',
    columns: {
      report_id: col('VARCHAR', false, '报告编号（源文件路径的哈希）', 'Report id (hash of the source path)'),
      source_file: col('VARCHAR', false, '源文件，相对语料目录，以 / 分隔', 'Source file, relative to the corpus folder, /-separated'),
      format: col('VARCHAR', false, '格式：txt / html / md / pdf / docx / …', 'Format: txt / html / md / pdf / docx / …'),
      encoding: col('VARCHAR', true, '检测到的编码', 'Detected encoding'),
      agency: col('VARCHAR', true, '报告机关', 'Reporting organ'),
      agency_source: col('VARCHAR', true, '机关名称的来源', 'Where the agency was found'),
      region_code: col('VARCHAR', true, '行政区划代码（6 或 9 位）', 'Statistical division code (6 or 9 digits)'),
      region_source: col('VARCHAR', true, '区划的来源', 'Where the region was found'),
      province: col('VARCHAR', true, '省', 'Province'),
      city: col('VARCHAR', true, '市', 'City'),
      county: col('VARCHAR', true, '县（区）', 'County or district'),
      level: col('VARCHAR', true, '层级：province / city / county / town / department', 'Level: province / city / county / town / department'),
      year: col('INTEGER', true, '报告年度', 'Report year'),
      year_source: col('VARCHAR', true, '年度的来源', 'Where the year was found'),
      template: col('VARCHAR', false, '模板：2019 / 2021 / other', 'Template: 2019 / 2021 / other'),
      published_on: col('VARCHAR', true, '发布日期（YYYY-MM-DD）', 'Publication date (YYYY-MM-DD)'),
      scope: col('VARCHAR', true, '口径：own 本机关 / aggregate 本行政区域汇总', 'Scope: own figures or a region-wide aggregate'),
      source_url: col('VARCHAR', true, '原文链接', 'Source address'),
      status: col('VARCHAR', false, '解析状态：ok / partial / failed', 'Parse status: ok / partial / failed'),
      n_facts: col('INTEGER', false, '数值个数', 'Number of facts'),
      n_identity_failures: col('INTEGER', false, '勾稽关系不符的个数', 'Failed identities'),
      n_issues: col('INTEGER', false, '解析问题个数', 'Parse problems'),
    },
  },
  facts: {
    zh: '数值：每个数一行', en: 'Facts: one row per number',
    columns: {
      report_id: col('VARCHAR', false, '报告编号', 'Report id'),
      section: coded(false, `表：${SECTIONS.join(' / ')}`, `Table: ${SECTIONS.join(' / ')}`, SECTIONS),
      row_key: coded(false, '行代码', 'Row code', ALL_ROW_KEYS),
      col_key: coded(false, '列代码', 'Column code', ALL_COL_KEYS),
      value: col('DOUBLE', true, '数值（照录，空或无法读取为 null）', 'Value as written (null when empty or unreadable)'),
      raw: col('VARCHAR', true, '单元格原文', 'The cell as written'),
      source_line: col('INTEGER', true, '所在源文件行号', 'Line in the source file'),
      derived: col('BOOLEAN', false, '是否推导值（如 2021 模板的其他处理合计）', 'Derived rather than written (e.g. 2021 other = sum of parts)'),
      convention: coded(true, `取值约定：${CONVENTIONS.join(' / ')}`, `Value convention: ${CONVENTIONS.join(' / ')}`, CONVENTIONS),
    },
  },
  checks: {
    zh: '检查：每个勾稽不符或解析问题一行', en: 'Checks: one row per failed identity or parse problem',
    columns: {
      report_id: col('VARCHAR', false, '报告编号', 'Report id'),
      check: col('VARCHAR', false, '检查代码（identity_1…5 或解析问题代码）', 'Check code (identity_1…5 or a parse-problem code)'),
      severity: col('VARCHAR', false, 'error / warning / info', 'error / warning / info'),
      section: col('VARCHAR', true, '表', 'Table'),
      row_key: col('VARCHAR', true, '行代码', 'Row code'),
      col_key: col('VARCHAR', true, '列代码', 'Column code'),
      expected: col('DOUBLE', true, '应为', 'Expected'),
      actual: col('DOUBLE', true, '实为', 'Actual'),
      source_line: col('INTEGER', true, '所在源文件行号', 'Line in the source file'),
      message: col('VARCHAR', false, '说明', 'Message'),
    },
  },
} as const;

export type TableName = keyof typeof TABLES;

type TsOf<T extends SqlType> = T extends 'VARCHAR' ? string : T extends 'BOOLEAN' ? boolean : number;
type RowOf<C extends Record<string, { readonly type: SqlType; readonly nullable: boolean }>> = {
  -readonly [K in keyof C]: TsOf<C[K]['type']> | (C[K]['nullable'] extends true ? null : never);
};

export type ReportRow = RowOf<typeof TABLES.reports.columns>;
export type FactRow = RowOf<typeof TABLES.facts.columns>;
export type CheckRow = RowOf<typeof TABLES.checks.columns>;

export function columnNames(t: TableName): string[] {
  return Object.keys(TABLES[t].columns);
}

/**
 * `CREATE TABLE` for one output table, straight from the declaration. `target` is the
 * table as SQL names it (quoted, possibly schema-qualified: `part."facts"`); without
 * `notNull`, the declared NOT NULL constraints are left out.
 */
export function createTableSql(t: TableName, target = `"${t}"`, opts: { notNull?: boolean } = {}): string {
  const notNull = opts.notNull ?? true;
  const cols = Object.entries(TABLES[t].columns as Record<string, Column>).map(
    ([k, c]) => `"${k}" ${c.type}${c.nullable || !notNull ? '' : ' NOT NULL'}`,
  );
  return `CREATE TABLE ${target} (${cols.join(', ')})`;
}
