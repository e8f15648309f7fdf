/**
 * The build-time aggregates (written by scripts/build-site-data.ts; loaded by
 * site-index.ts) and the sums every page draws from them. Summing a few thousand group
 * rows in JS is what keeps the first view and every redraw fast without DuckDB.
 */
import type { Selection } from './selection.ts';

export const GROUP_DIMS = ['province', 'city', 'county', 'level', 'year', 'template', 'scope'] as const;
export type GroupDim = (typeof GROUP_DIMS)[number];

export interface Aggregates {
  readonly schema_version: number;
  readonly input_hash: string;
  /** Distinct values of each text dimension; group rows store indexes into these. */
  readonly dims: Record<string, (string | null)[]>;
  /** One row per group: the GROUP_DIMS (text dims as indexes, year as a number or null). */
  readonly groups: (number | null)[][];
  /** Report counts per group: reports, ok, partial, failed, with_identity_failure. */
  readonly counts: Record<string, number[]>;
  /** `section.row.col` → sum of the non-null values per group. */
  readonly sums: Record<string, number[]>;
  /** `section.row.col` → number of reports with a non-null value per group. */
  readonly present: Record<string, number[]>;
  /** Check code → rows of `checks` per group. */
  readonly checks: Record<string, number[]>;
}

const DIM_INDEX: Record<GroupDim, number> = Object.fromEntries(GROUP_DIMS.map((d, i) => [d, i])) as Record<GroupDim, number>;

/** A group's value of one dimension, decoded. */
export function groupValue(agg: Aggregates, gid: number, dim: GroupDim): string | number | null {
  const v = agg.groups[gid]?.[DIM_INDEX[dim]] ?? null;
  if (dim === 'year' || v === null) return v;
  return agg.dims[dim]?.[v] ?? null;
}

/** Indexes of the groups inside a selection. */
export function selectGroups(agg: Aggregates, sel: Selection): number[] {
  const out: number[] = [];
  for (let g = 0; g < agg.groups.length; g++) {
    const year = groupValue(agg, g, 'year') as number | null;
    if (sel.from !== undefined && (year === null || year < sel.from)) continue;
    if (sel.to !== undefined && (year === null || year > sel.to)) continue;
    let ok = true;
    for (const k of ['province', 'city', 'county', 'level', 'template', 'scope'] as const) {
      if (sel[k] !== undefined && groupValue(agg, g, k) !== sel[k]) { ok = false; break; }
    }
    if (ok) out.push(g);
  }
  return out;
}

export type Series = 'sums' | 'counts' | 'checks' | 'present';

/** Sum of one measure over groups. A field the build did not ship (scripts/site-data/site-fields.ts) is an error, not a zero. */
export function total(agg: Aggregates, gids: readonly number[], key: string, series: Series = 'sums'): number {
  const col = agg[series][key];
  if (!col) {
    if (series === 'sums' || series === 'present') throw new Error(`aggregates: field ${key} is not in the site's fields`);
    return 0;
  }
  let s = 0;
  for (const g of gids) s += col[g] ?? 0;
  return s;
}

/** Whether any report in the groups has a value for the measure. */
export function hasValues(agg: Aggregates, gids: readonly number[], field: string): boolean {
  return total(agg, gids, field, 'present') > 0;
}

/** Groups split by one dimension's value (null included), in first-seen order. */
export function splitBy(agg: Aggregates, gids: readonly number[], dim: GroupDim): Map<string | number | null, number[]> {
  const m = new Map<string | number | null, number[]>();
  for (const g of gids) {
    const v = groupValue(agg, g, dim);
    let list = m.get(v);
    if (!list) m.set(v, (list = []));
    list.push(g);
  }
  return m;
}

/** Groups by year, years ascending, reports without a year left out. */
export function byYear(agg: Aggregates, gids: readonly number[]): [number, number[]][] {
  return [...splitBy(agg, gids, 'year')].filter((e): e is [number, number[]] => typeof e[0] === 'number').sort((a, b) => a[0] - b[0]);
}

/** Distinct values of a dimension among groups matching a partial selection (for the filter options). */
export function optionsFor(agg: Aggregates, sel: Selection, dim: GroupDim): (string | number)[] {
  const gids = selectGroups(agg, sel);
  const vals = new Set<string | number>();
  for (const g of gids) {
    const v = groupValue(agg, g, dim);
    if (v !== null) vals.add(v);
  }
  return [...vals].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh')));
}

/** The next level down of the region cascade for the current selection. */
export function childDim(sel: Selection): 'province' | 'city' | 'county' {
  return sel.city ? 'county' : sel.province ? 'city' : 'province';
}
