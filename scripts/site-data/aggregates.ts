/**
 * Build-time aggregates: every fact summed per (province, city, county, level, year,
 * template, scope) group, plus report, status and check counts. The first view of every
 * page is drawn from this file alone, so DuckDB is not on the critical path.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Aggregates } from '../../src/site/lib/aggregates.ts';

/**
 * The grouping dimensions, in the order each group row stores them. The browser reads
 * them in the same order (src/site/lib/aggregates.ts; only its types are imported here,
 * and test/browser checks the two agree by comparing figures with DuckDB).
 */
export const GROUP_DIMS = ['province', 'city', 'county', 'level', 'year', 'template', 'scope'] as const;

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

type Json = Record<string, unknown>;

async function rows(conn: DuckDBConnection, sql: string): Promise<Json[]> {
  const r = await conn.runAndReadAll(sql);
  return r.getRowObjectsJson() as Json[];
}

/** Aggregates over the three Parquet tables in dataDir. */
export async function buildAggregates(conn: DuckDBConnection, dataDir: string, schemaVersion: number, inputHash: string): Promise<Aggregates> {
  const file = (t: string) => q(`${dataDir}/${t}.parquet`);
  const dimCols = GROUP_DIMS.map((d) => `"${d}"`).join(', ');
  await conn.run(`CREATE OR REPLACE TEMP TABLE r AS SELECT report_id, ${dimCols}, status, n_identity_failures FROM read_parquet(${file('reports')})`);
  await conn.run(`CREATE OR REPLACE TEMP TABLE g AS SELECT ${dimCols}, row_number() OVER (ORDER BY ${GROUP_DIMS.map((d) => `"${d}" NULLS FIRST`).join(', ')}) - 1 AS gid FROM (SELECT DISTINCT ${dimCols} FROM r)`);
  await conn.run(`CREATE OR REPLACE TEMP TABLE rg AS SELECT r.*, g.gid FROM r JOIN g ON ${GROUP_DIMS.map((d) => `r."${d}" IS NOT DISTINCT FROM g."${d}"`).join(' AND ')}`);
  const groups = await rows(conn, `SELECT * FROM g ORDER BY gid`);
  const n = groups.length;
  const dims: Record<string, (string | null)[]> = {};
  for (const d of GROUP_DIMS) {
    if (d === 'year') continue;
    dims[d] = [...new Set(groups.map((g) => (g[d] ?? null) as string | null))].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'zh'));
  }
  const groupRows = groups.map((g) => GROUP_DIMS.map((d) => (d === 'year' ? (g[d] === null ? null : Number(g[d])) : dims[d]!.indexOf((g[d] ?? null) as string | null))));

  const zeros = () => new Array<number>(n).fill(0);
  const counts: Record<string, number[]> = { reports: zeros(), ok: zeros(), partial: zeros(), failed: zeros(), with_identity_failure: zeros() };
  for (const c of await rows(conn, `SELECT gid, count(*) AS reports, count(*) FILTER (status = 'ok') AS ok, count(*) FILTER (status = 'partial') AS partial,
      count(*) FILTER (status = 'failed') AS failed, count(*) FILTER (n_identity_failures > 0) AS with_identity_failure FROM rg GROUP BY gid`)) {
    const gid = Number(c['gid']);
    for (const k of Object.keys(counts)) counts[k]![gid] = Number(c[k]);
  }

  const sums: Record<string, number[]> = {};
  const present: Record<string, number[]> = {};
  for (const f of await rows(conn, `SELECT gid, section || '.' || row_key || '.' || col_key AS field, sum(value) AS s, count(DISTINCT report_id) FILTER (value IS NOT NULL) AS n
      FROM read_parquet(${file('facts')}) JOIN rg USING (report_id) WHERE value IS NOT NULL GROUP BY ALL ORDER BY field, gid`)) {
    const field = String(f['field']);
    (sums[field] ??= zeros())[Number(f['gid'])] = Number(f['s']);
    (present[field] ??= zeros())[Number(f['gid'])] = Number(f['n']);
  }

  const checks: Record<string, number[]> = {};
  for (const c of await rows(conn, `SELECT gid, "check" AS code, count(*) AS n FROM read_parquet(${file('checks')}) JOIN rg USING (report_id) GROUP BY ALL ORDER BY code, gid`)) {
    (checks[String(c['code'])] ??= zeros())[Number(c['gid'])] = Number(c['n']);
  }
  return { schema_version: schemaVersion, input_hash: inputHash, dims, groups: groupRows, counts, sums, present, checks };
}
