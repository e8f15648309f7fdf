/**
 * The only module that imports DuckDB-WASM. Started lazily (idle prefetch or first
 * use), never on a page's critical path. Everything it loads is served by this site:
 * the worker and the .wasm are bundled assets, the data is our own DuckDB files,
 * ATTACHed read-only (DuckDB-WASM 1.32 cannot read Parquet without fetching an
 * extension from another origin, so the build writes DuckDB database files instead).
 * The data is cut by province × year (scripts/site-data/partitions.ts): a page asks for
 * the partitions its selection needs, and only those files are fetched, once each.
 * ogi.reports, ogi.facts and ogi.checks are views over whatever has been attached.
 * Extension autoloading and autoinstalling are switched off before any query.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { TABLES, createTableSql } from '../../schema/tables.ts';
import type { PartEntry, PartTable } from './site-index.ts';

/** The pinned DuckDB-WASM release (package.json pins the same; test/browser checks it). */
export const DUCKDB_WASM_VERSION = '1.32.0';

/** The schema the views live in: ogi.reports, ogi.facts, ogi.checks. */
export const DB = 'ogi';

export type Row = Record<string, unknown>;

export interface Db {
  /** Run a query with positional parameters (`?`) and return plain rows. */
  query(sql: string, params?: readonly (string | number | null)[]): Promise<Row[]>;
  /** Fetch and attach the tables of these partitions (those not attached yet); the views then cover them. */
  load(parts: readonly PartEntry[], tables: readonly PartTable[]): Promise<void>;
  readonly readyMs: number;
}

const TABLE_NAMES = Object.keys(TABLES) as PartTable[];
/** Fetches at a time when a selection needs many partitions. */
const PARALLEL = 6;

let starting: Promise<Db> | undefined;

function toPlain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  return v;
}

async function start(base: string): Promise<Db> {
  const t0 = performance.now();
  if (!(await duckdb.getPlatformFeatures()).wasmExceptions) throw new Error('this browser lacks WebAssembly exception handling');
  const worker = new Worker(ehWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(ehWasm);
  await db.open({ path: ':memory:', query: { castBigIntToDouble: true } });
  const conn = await db.connect();
  await conn.query(`SET autoinstall_known_extensions = false`);
  await conn.query(`SET autoload_known_extensions = false`);
  await conn.query(`CREATE SCHEMA ${DB}`);
  // Empty tables with the declared columns: the views exist (and are empty) before any partition arrives.
  for (const t of TABLE_NAMES) await conn.query(createTableSql(t, `${DB}."_${t}"`, { notNull: false }));
  const attached: Record<PartTable, string[]> = { reports: [], facts: [], checks: [] };
  const fetching = new Map<string, Promise<void>>();
  const refreshView = async (t: PartTable) => {
    const cols = Object.keys(TABLES[t].columns).map((c) => `"${c}"`).join(', ');
    const from = [`SELECT ${cols} FROM ${DB}."_${t}"`, ...attached[t].map((a) => `SELECT ${cols} FROM "${a}"."${t}"`)];
    await conn.query(`CREATE OR REPLACE VIEW ${DB}."${t}" AS ${from.join(' UNION ALL ')}`);
  };
  for (const t of TABLE_NAMES) await refreshView(t);
  const attachOne = (t: PartTable, id: string): Promise<void> => {
    const name = `${t}_${id}`;
    let p = fetching.get(name);
    if (!p) {
      p = (async () => {
        const res = await fetch(`${base}data/site/parts/${t}/${id}.duckdb`);
        if (!res.ok) throw new Error(`${t}/${id}.duckdb: HTTP ${res.status}`);
        await db.registerFileBuffer(`${name}.duckdb`, new Uint8Array(await res.arrayBuffer()));
        await conn.query(`ATTACH '${name}.duckdb' AS "${name}" (READ_ONLY)`);
        attached[t].push(name);
      })();
      p.catch(() => fetching.delete(name));
      fetching.set(name, p);
    }
    return p;
  };
  const readyMs = performance.now() - t0;
  return {
    readyMs,
    async load(parts, tables) {
      const jobs = tables.flatMap((t) => parts.map((p) => [t, p.id] as const)).filter(([t, id]) => !attached[t].includes(`${t}_${id}`));
      if (jobs.length === 0) return;
      for (let i = 0; i < jobs.length; i += PARALLEL) await Promise.all(jobs.slice(i, i + PARALLEL).map(([t, id]) => attachOne(t, id)));
      for (const t of tables) await refreshView(t);
    },
    async query(sql, params = []) {
      const table = params.length === 0 ? await conn.query(sql) : await (async () => {
        const stmt = await conn.prepare(sql);
        try { return await stmt.query(...params); } finally { await stmt.close(); }
      })();
      return table.toArray().map((r: { toJSON(): Row }) => {
        const o = r.toJSON();
        for (const k of Object.keys(o)) o[k] = toPlain(o[k]);
        return o;
      });
    },
  };
}

/** The database, started on first call; later calls share it. */
export function getDb(base: string): Promise<Db> {
  starting ??= start(base);
  return starting;
}
