/**
 * The page shell every dashboard page runs: read the selection from the address, load
 * the build-time aggregates, draw the filter bar and the page, and redraw on every
 * filter change (pushState) and on back/forward (popstate). Language and base path come
 * from the document, which Astro rendered.
 */
import { selectGroups, type Aggregates } from './aggregates.ts';
import { renderFilterBar } from './filter-bar.ts';
import type { Lang } from './i18n.ts';
import { parseSelection, selectionToSearch, withChange, type Selection } from './selection.ts';
import { aggregatesForSelection, loadIndex, type SiteIndex } from './site-index.ts';

export interface PageContext {
  /** The selection's aggregates: its province's file when a province is chosen, else the national index. */
  readonly agg: Aggregates;
  readonly index: SiteIndex;
  readonly sel: Selection;
  /** The aggregate groups inside the selection. */
  readonly gids: readonly number[];
  readonly lang: Lang;
  readonly base: string;
  /** Page-specific query parameters (e.g. the map's measure). */
  readonly params: URLSearchParams;
  /** Change a page-specific parameter and redraw. */
  setParam(name: string, value: string | undefined): void;
}

export type PageRenderer = (ctx: PageContext) => void | Promise<void>;

export function pageLang(): Lang {
  return document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
}

export function siteBase(): string {
  return document.documentElement.dataset['base'] ?? '/';
}

const SELECTION_PARAMS = new Set(['p', 'c', 'x', 'y0', 'y1', 'lv', 't', 's']);

function pageParams(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(location.search)) if (!SELECTION_PARAMS.has(k)) out[k] = v;
  return out;
}

/** Carry the selection to the other pages and to the other language. */
function syncLinks(sel: Selection): void {
  const search = selectionToSearch(sel);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-selection]')) {
    a.href = a.pathname + search;
  }
}

export async function startPage(render: PageRenderer): Promise<void> {
  const lang = pageLang();
  const base = siteBase();
  const filterHost = document.getElementById('filters');
  const index = await loadIndex(base);
  let renderSeq = 0;

  const draw = async (): Promise<void> => {
    const t0 = performance.now();
    const sel = parseSelection(location.search);
    const params = new URLSearchParams(location.search);
    const seq = ++renderSeq;
    const agg = await aggregatesForSelection(base, sel);
    if (seq !== renderSeq) return;
    if (filterHost) renderFilterBar(filterHost, index, agg, sel, lang, (key, value) => {
      const next = value === '__reset__' ? {} : withChange(sel, key, value);
      history.pushState(null, '', location.pathname + selectionToSearch(next, pageParams()) + location.hash);
      void draw();
    });
    syncLinks(sel);
    const ctx: PageContext = {
      agg, index, sel, gids: selectGroups(agg, sel), lang, base, params,
      setParam(name, value) {
        const extra = { ...pageParams(), [name]: value };
        history.pushState(null, '', location.pathname + selectionToSearch(sel, extra) + location.hash);
        void draw();
      },
    };
    await render(ctx);
    if (seq !== renderSeq) return;
    // Tests and the benchmark wait for this: the page has drawn the current selection.
    document.body.dataset['rendered'] = String(seq);
    document.dispatchEvent(new CustomEvent('ogi:rendered', { detail: { seq, ms: performance.now() - t0, search: location.search } }));
  };

  window.addEventListener('popstate', () => { void draw(); });
  await draw();
}

/** The host element of a chart on the page (a <figure data-chart="id">). */
export function chartHost(id: string): HTMLElement {
  const host = document.querySelector<HTMLElement>(`[data-chart="${id}"]`);
  if (!host) throw new Error(`no chart host ${id}`);
  return host;
}
