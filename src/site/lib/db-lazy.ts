/**
 * The way pages reach DuckDB without importing it: a dynamic import, so the engine is a
 * separate chunk fetched on first use or when the browser is idle, never with the page.
 */
import type { Db } from './duckdb.ts';

let pending: Promise<Db> | undefined;

export function loadDb(base: string): Promise<Db> {
  pending ??= import('./duckdb.ts').then((m) => m.getDb(base)).then((db) => {
    (window as unknown as { __ogiDbReadyMs?: number }).__ogiDbReadyMs = db.readyMs;
    document.documentElement.dataset['dbReady'] = 'true';
    return db;
  });
  return pending;
}

/** Start DuckDB once the page is idle (pages that will need it call this after their first draw). */
export function prefetchDbWhenIdle(base: string): void {
  const go = () => { loadDb(base).catch(() => { /* shown on use */ }); };
  if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 3000 });
  else setTimeout(go, 500);
}
