/**
 * The site's index (data/site/index.json, written by scripts/build-site-data.ts): the
 * national aggregates every page draws first, the address of each province's finer
 * aggregates, and the catalogue of the DuckDB partitions (province × year). Province
 * files are fetched only when their province is chosen, and kept for the visit.
 */
import type { Aggregates } from './aggregates.ts';
import type { Selection } from './selection.ts';

export type PartTable = 'reports' | 'facts' | 'checks';

export interface PartEntry {
  /** `p03-2021`: the province's key and the year (or `none`). */
  readonly id: string;
  readonly province: string | null;
  readonly year: number | null;
  readonly reports: number;
  readonly bytes: Record<PartTable, number>;
}

/**
 * The index's own aggregates are by province and year only (the first view). Filtering
 * on level, template or scope without a province needs the national file; a province
 * needs its own file.
 */
export interface SiteIndex extends Aggregates {
  /** Built from a synthetic corpus (npm run synth): every page says so. */
  readonly synthetic: boolean;
  /** Every value each filter can take, nationally (the index's own dims are rolled up). */
  readonly options: Record<'province' | 'level' | 'template' | 'scope', (string | null)[]> & { readonly year: number[] };
  /** Aggregates by province × level × year × template × scope, relative to data/site/. */
  readonly national_file: string;
  /** Province name → its aggregates file, relative to data/site/. */
  readonly province_files: Record<string, string>;
  readonly parts: readonly PartEntry[];
}

let index: Promise<SiteIndex> | undefined;
const files = new Map<string, Promise<Aggregates>>();

async function getJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json() as Promise<T>;
}

export function loadIndex(base: string): Promise<SiteIndex> {
  index ??= getJson<SiteIndex>(`${base}data/site/index.json`);
  return index;
}

/** The file of aggregates a selection is drawn from (relative to data/site/), or undefined for the index itself. */
export function aggregatesFileFor(idx: SiteIndex, sel: Selection): string | undefined {
  if (sel.province !== undefined) return idx.province_files[sel.province] ?? idx.national_file;
  if (sel.level !== undefined || sel.template !== undefined || sel.scope !== undefined) return idx.national_file;
  return undefined;
}

/** The aggregates a selection is drawn from, fetched once per file and kept for the visit. */
export async function aggregatesForSelection(base: string, sel: Selection): Promise<Aggregates> {
  const idx = await loadIndex(base);
  const file = aggregatesFileFor(idx, sel);
  if (file === undefined) return idx;
  let p = files.get(file);
  if (!p) {
    p = getJson<Aggregates>(`${base}data/site/${file}`);
    p.catch(() => files.delete(file));
    files.set(file, p);
  }
  return p;
}

/** The partitions holding every report of a selection: its province (if any) and years (if bounded). */
export function partsForSelection(idx: SiteIndex, sel: Selection): PartEntry[] {
  return idx.parts.filter((p) => {
    if (sel.province !== undefined && p.province !== sel.province) return false;
    if (sel.from !== undefined && (p.year === null || p.year < sel.from)) return false;
    if (sel.to !== undefined && (p.year === null || p.year > sel.to)) return false;
    return true;
  });
}

/** Bytes the browser would download for some tables of some partitions. */
export function partBytes(parts: readonly PartEntry[], tables: readonly PartTable[]): number {
  let s = 0;
  for (const p of parts) for (const t of tables) s += p.bytes[t];
  return s;
}

/**
 * The most a page downloads into DuckDB-WASM for one selection: beyond it the page asks
 * for a narrower selection (a province, a year range) instead of fetching the nation.
 */
export const LOAD_BUDGET = { list: 16 * 1024 * 1024, csv: 96 * 1024 * 1024 } as const;
