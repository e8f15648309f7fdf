/**
 * Build-time aggregates: the site's fields summed per group of reports, plus report,
 * status and check counts, at three depths. The index (first view) groups by province and
 * year only; the national file adds level, template and scope, fetched when one of those
 * filters is set without a province; each province's file keeps every dimension down to
 * the county, fetched when that province is chosen. Everything is summed in DuckDB; JS
 * only holds one file's groups at a time.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import type { Aggregates } from '../../src/site/lib/aggregates.ts';
import { sqlString as q } from '../../src/schema/sql.ts';

/**
 * The grouping dimensions, in the order each group row stores them. The browser reads
 * them in the same order (src/site/lib/aggregates.ts; only its types are imported here,
 * and test/browser checks the two agree by comparing figures with DuckDB).
 */
export const GROUP_DIMS = ['province', 'city', 'county', 'level', 'year', 'template', 'scope'] as const;
export type GroupDim = (typeof GROUP_DIMS)[number];
const COUNTS = ['reports', 'ok', 'partial', 'failed', 'with_identity_failure'] as const;

type Json = Record<string, unknown>;

async function rows(conn: DuckDBConnection, sql: string): Promise<Json[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Json[];
}

const dimCols = GROUP_DIMS.map((d) => `"${d}"`).join(', ');
const sameDims = (a: string, b: string) => GROUP_DIMS.map((d) => `${a}."${d}" IS NOT DISTINCT FROM ${b}."${d}"`).join(' AND ');

/**
 * Fine groups (every dimension) and their per-group sums, once: TEMP TABLEs g (groups),
 * gc (counts), gf (field sums), gk (check counts). Needs rk (partitions.ts).
 */
export async function prepareGroups(conn: DuckDBConnection, dataDir: string, fields: readonly string[]): Promise<void> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE g AS SELECT ${dimCols}, row_number() OVER (ORDER BY ${GROUP_DIMS.map((d) => `"${d}" NULLS FIRST`).join(', ')}) - 1 AS gid FROM (SELECT DISTINCT ${dimCols} FROM rk)`);
  await conn.run(`CREATE OR REPLACE TEMP TABLE rg AS SELECT rk.report_id, rk.status, rk.n_identity_failures, g.gid FROM rk JOIN g ON ${sameDims('rk', 'g')}`);
  await conn.run(`CREATE OR REPLACE TEMP TABLE gc AS SELECT gid, count(*) AS reports, count(*) FILTER (status = 'ok') AS ok, count(*) FILTER (status = 'partial') AS partial,
      count(*) FILTER (status = 'failed') AS failed, count(*) FILTER (n_identity_failures > 0) AS with_identity_failure FROM rg GROUP BY gid`);
  // A fact appears once per report and field, so count(value) is the number of reports with a value.
  await conn.run(`CREATE OR REPLACE TEMP TABLE gf AS SELECT gid, f.section || '.' || f.row_key || '.' || f.col_key AS field, sum(f.value) AS s, count(f.value) AS n
      FROM read_parquet(${q(join(dataDir, 'facts.parquet'))}) f JOIN rg USING (report_id)
      WHERE f.value IS NOT NULL AND f.section || '.' || f.row_key || '.' || f.col_key IN (${fields.map(q).join(', ')}) GROUP BY ALL`);
  await conn.run(`CREATE OR REPLACE TEMP TABLE gk AS SELECT gid, c."check" AS code, count(*) AS n FROM read_parquet(${q(join(dataDir, 'checks.parquet'))}) c JOIN rg USING (report_id) GROUP BY ALL`);
}

/** The distinct check codes, for every file to list (zeros where a group has none). */
export async function checkCodes(conn: DuckDBConnection): Promise<string[]> {
  return (await rows(conn, `SELECT DISTINCT code FROM gk ORDER BY code`)).map((r) => String(r['code']));
}

/**
 * One file's aggregates: the fine groups matching `where` (SQL over g), with the
 * `rollUp` dimensions summed away (stored as null). Every listed field and check code
 * gets a column.
 */
export async function aggregatesFor(conn: DuckDBConnection, where: string, rollUp: readonly GroupDim[], fields: readonly string[], codes: readonly string[], schemaVersion: number, inputHash: string): Promise<Aggregates> {
  const dimExpr = GROUP_DIMS.map((d) => (rollUp.includes(d) ? `NULL::VARCHAR AS "${d}"` : `"${d}"`)).join(', ');
  await conn.run(`CREATE OR REPLACE TEMP TABLE fg AS SELECT *, row_number() OVER (ORDER BY ${GROUP_DIMS.map((d) => `"${d}" NULLS FIRST`).join(', ')}) - 1 AS fgid
    FROM (SELECT DISTINCT ${dimExpr} FROM g WHERE ${where})`);
  await conn.run(`CREATE OR REPLACE TEMP TABLE m AS SELECT x.gid, fg.fgid FROM (SELECT gid, ${dimExpr} FROM g WHERE ${where}) x JOIN fg ON ${sameDims('x', 'fg')}`);
  const groups = await rows(conn, `SELECT * FROM fg ORDER BY fgid`);
  const n = groups.length;
  const dims: Record<string, (string | null)[]> = {};
  for (const d of GROUP_DIMS) {
    if (d === 'year') continue;
    dims[d] = [...new Set(groups.map((g) => (g[d] ?? null) as string | null))].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'zh'));
  }
  const index = Object.fromEntries(Object.entries(dims).map(([d, vals]) => [d, new Map(vals.map((v, i) => [v, i]))]));
  const groupRows = groups.map((g) => GROUP_DIMS.map((d) => (d === 'year' ? (g[d] === null ? null : Number(g[d])) : index[d]!.get((g[d] ?? null) as string | null)!)));

  const zeros = () => new Array<number>(n).fill(0);
  const counts: Record<string, number[]> = Object.fromEntries(COUNTS.map((c) => [c, zeros()]));
  for (const c of await rows(conn, `SELECT fgid, ${COUNTS.map((k) => `sum(${k}) AS ${k}`).join(', ')} FROM gc JOIN m USING (gid) GROUP BY fgid`)) {
    for (const k of COUNTS) counts[k]![Number(c['fgid'])] = Number(c[k]);
  }
  const sums: Record<string, number[]> = Object.fromEntries(fields.map((f) => [f, zeros()]));
  const present: Record<string, number[]> = Object.fromEntries(fields.map((f) => [f, zeros()]));
  // Rounded: amounts carry four decimals, and float sums would otherwise ship 17 digits.
  for (const f of await rows(conn, `SELECT fgid, field, round(sum(s), 6) AS s, sum(n) AS n FROM gf JOIN m USING (gid) GROUP BY ALL`)) {
    sums[String(f['field'])]![Number(f['fgid'])] = Number(f['s']);
    present[String(f['field'])]![Number(f['fgid'])] = Number(f['n']);
  }
  const checks: Record<string, number[]> = Object.fromEntries(codes.map((c) => [c, zeros()]));
  for (const c of await rows(conn, `SELECT fgid, code, sum(n) AS n FROM gk JOIN m USING (gid) GROUP BY ALL`)) {
    checks[String(c['code'])]![Number(c['fgid'])] = Number(c['n']);
  }
  return { schema_version: schemaVersion, input_hash: inputHash, dims, groups: groupRows, counts, sums, present, checks };
}
