/**
 * One report before it is laid out: metadata, prose, and the three tables as rows of
 * cells, each cell carrying the number and the text a report would print for it. Every
 * layout renders this same model, so the truth is the model's numbers whatever the shape.
 */
import { APP_COLS, activeCols, type Template } from '../schema/fields.ts';
import { activeKey, appKey, rlKey } from './keys.ts';
import type { Body } from './bodies.ts';
import type { Values } from './identities.ts';
import { activeBlocks, appRows } from './labels.ts';
import type { Prose } from './prose.ts';
import { chance, weighted, type Rng } from './prng.ts';

export interface Cell {
  readonly value: number;
  /** The text as printed in a spaced layout (`减1237`, `1.795（万元）`, `500万`). */
  readonly text: string;
  /** The plain number, as a glued crawled page keeps it (`-1237`, `1.795`). */
  readonly plain: string;
}

export interface ActiveBlock {
  readonly head: string;
  readonly cols: readonly string[];
  readonly rows: readonly { readonly key: string; readonly label: string; readonly cells: readonly Cell[] }[];
}

export interface AppRow {
  readonly key: string;
  readonly path: readonly string[];
  readonly cells: readonly Cell[];
}

export interface DateParts { readonly y: number; readonly m: number; readonly d: number }

export interface Model {
  readonly id: string;
  readonly template: Template;
  readonly year: number;
  readonly body: Body;
  readonly date: DateParts;
  /** Where the title is: its own line, in the crawler header only, or nowhere (prose and signature). */
  readonly titleMode: 'line' | 'none';
  readonly title: string;
  readonly prose: Prose;
  readonly active: readonly ActiveBlock[];
  readonly app: readonly AppRow[];
  readonly review: readonly Cell[];
  readonly signature: readonly string[];
}

export function numText(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return String(Math.round(x * 1e6) / 1e6);
}

export interface CellStyle {
  readonly change: 'minus' | 'jian';
  readonly plusWord: boolean;
  readonly amount: 'plain' | 'paren_wan' | 'wan';
}

const AMOUNT_STYLES = { plain: 6, paren_wan: 2, wan: 2 } as const;

export function cellStyle(r: Rng): CellStyle {
  return {
    change: chance(r, 0.4) ? 'jian' : 'minus',
    plusWord: chance(r, 0.3),
    amount: weighted(r, AMOUNT_STYLES),
  };
}

function cellOf(key: string, value: number, s: CellStyle): Cell {
  const plain = numText(value);
  let text = plain;
  if (key.endsWith('.change') && value !== 0) {
    text = value < 0 ? (s.change === 'jian' ? '减' + numText(-value) : plain) : (s.plusWord ? '增' + plain : plain);
  } else if (key === 'active.procurement.amount_wan' && value !== 0) {
    text = s.amount === 'paren_wan' ? plain + '（万元）' : s.amount === 'wan' ? plain + '万' : plain;
  }
  return { value, text, plain };
}

export function buildTables(r: Rng, t: Template, vals: Values, style: CellStyle): Pick<Model, 'active' | 'app' | 'review'> {
  const get = (k: string) => vals[k] ?? 0;
  const active: ActiveBlock[] = activeBlocks(t, r, chance(r, 0.3)).map((b) => ({
    head: b.head,
    cols: b.cols,
    rows: b.rows.map((row) => ({
      key: row.key,
      label: row.label,
      cells: activeCols(t, row.key).map((c) => cellOf(activeKey(row.key, c), get(activeKey(row.key, c)), style)),
    })),
  }));
  const app: AppRow[] = appRows(t, r).map((row) => ({
    key: row.key,
    path: row.path,
    cells: Object.keys(APP_COLS).map((c) => cellOf(appKey(row.key, c), get(appKey(row.key, c)), style)),
  }));
  const review: Cell[] = [];
  for (const row of ['review', 'litigation_direct', 'litigation_after_review']) {
    for (const c of ['upheld', 'corrected', 'other', 'pending', 'total']) review.push(cellOf(rlKey(row, c), get(rlKey(row, c)), style));
  }
  return { active, app, review };
}
