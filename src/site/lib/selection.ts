/**
 * The selection every chart and table follows, kept in the address so that a shared
 * link or the back button restores the view. Pure: no DOM.
 */
export interface Selection {
  readonly province?: string;
  readonly city?: string;
  readonly county?: string;
  readonly from?: number;
  readonly to?: number;
  readonly level?: string;
  readonly template?: string;
  readonly scope?: string;
}

export type SelectionKey = keyof Selection;

/** Short query-string names, in the order they are written. */
export const PARAM: Readonly<Record<SelectionKey, string>> = {
  province: 'p', city: 'c', county: 'x', from: 'y0', to: 'y1', level: 'lv', template: 't', scope: 's',
};

const YEAR = /^\d{4}$/;

export function parseSelection(search: string): Selection {
  const q = new URLSearchParams(search);
  const text = (k: SelectionKey) => q.get(PARAM[k]) || undefined;
  const year = (k: SelectionKey) => {
    const v = q.get(PARAM[k]);
    return v && YEAR.test(v) ? Number(v) : undefined;
  };
  const sel: Record<string, string | number | undefined> = {
    province: text('province'), city: text('city'), county: text('county'), from: year('from'), to: year('to'),
    level: text('level'), template: text('template'), scope: text('scope'),
  };
  // A city without its province (or a county without its city) is not a valid cascade.
  if (!sel['province']) { delete sel['city']; delete sel['county']; }
  if (!sel['city']) delete sel['county'];
  return Object.fromEntries(Object.entries(sel).filter(([, v]) => v !== undefined)) as Selection;
}

/** The query string (with its `?`, or empty) for a selection plus any page-specific params. */
export function selectionToSearch(sel: Selection, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const k of Object.keys(PARAM) as SelectionKey[]) {
    const v = sel[k];
    if (v !== undefined && v !== '') q.set(PARAM[k], String(v));
  }
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Changing a level of the cascade clears the levels below it. */
export function withChange(sel: Selection, key: SelectionKey, value: string | undefined): Selection {
  const next: Record<string, unknown> = { ...sel };
  if (value === undefined || value === '') delete next[key];
  else next[key] = key === 'from' || key === 'to' ? Number(value) : value;
  if (key === 'province') { delete next['city']; delete next['county']; }
  if (key === 'city') delete next['county'];
  return next as Selection;
}
