/**
 * The only module that imports DuckDB-WASM. Started lazily (idle prefetch or first
 * use), never on a page's critical path. Everything it loads is served by this site:
 * the worker and the .wasm are bundled assets, the data is our own ogi.duckdb file,
 * ATTACHed read-only (DuckDB-WASM 1.32 cannot read Parquet without fetching an
 * extension from another origin, so the build writes a DuckDB database file instead).
 * Extension autoloading and autoinstalling are switched off before any query.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/** The pinned DuckDB-WASM release (package.json pins the same; test/browser checks it). */
export const DUCKDB_WASM_VERSION = '1.32.0';

/** The attached database's name in SQL: tables are ogi.reports, ogi.facts, ogi.checks. */
export const DB = 'ogi';

export type Row = Record<string, unknown>;

export interface Db {
  /** Run a query with positional parameters (`?`) and return plain rows. */
  query(sql: string, params?: readonly (string | number | null)[]): Promise<Row[]>;
  readonly readyMs: number;
}

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
  const res = await fetch(`${base}data/site/ogi.duckdb`);
  if (!res.ok) throw new Error(`ogi.duckdb: HTTP ${res.status}`);
  await db.registerFileBuffer('ogi.duckdb', new Uint8Array(await res.arrayBuffer()));
  await conn.query(`ATTACH 'ogi.duckdb' AS ${DB} (READ_ONLY)`);
  const readyMs = performance.now() - t0;
  return {
    readyMs,
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
