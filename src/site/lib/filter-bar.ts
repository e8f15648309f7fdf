/**
 * The filter bar: province → city → county cascade, year range, level, template, scope.
 * Options come from the aggregates (only values that exist under the current cascade):
 * cities and counties from the chosen province's file, the rest from the index's list.
 */
import { optionsFor, type Aggregates } from './aggregates.ts';
import { clear, el } from './dom.ts';
import type { SiteIndex } from './site-index.ts';
import { LEVELS, SCOPES, TEMPLATES_UI, labelOf, t, type Lang } from './i18n.ts';
import { regionName } from './provinces.ts';
import type { Selection, SelectionKey } from './selection.ts';

export type OnChange = (key: SelectionKey, value: string | undefined) => void;

function select(id: SelectionKey, label: string, lang: Lang, options: (string | number)[], current: string | number | undefined, show: (v: string | number) => string, onChange: OnChange): HTMLElement {
  const s = el('select', { id: `f-${id}`, name: id, 'data-filter': id });
  s.append(el('option', { value: '' }, t(lang, 'all')));
  for (const o of options) s.append(el('option', { value: String(o), selected: String(o) === String(current ?? '') }, show(o)));
  // A value in the address that no report has still shows, so the view explains itself.
  if (current !== undefined && !options.map(String).includes(String(current))) s.append(el('option', { value: String(current), selected: true }, show(current)));
  s.addEventListener('change', () => onChange(id, s.value || undefined));
  return el('label', { class: 'filter' }, el('span', {}, label), s);
}

export function renderFilterBar(host: HTMLElement, index: SiteIndex, agg: Aggregates, sel: Selection, lang: Lang, onChange: OnChange): void {
  clear(host);
  const years = index.options.year;
  const opts = (d: 'province' | 'level' | 'template' | 'scope') => index.options[d].filter((v): v is string => v !== null);
  const region = (v: string | number) => regionName(String(v), lang);
  host.append(
    select('province', t(lang, 'province'), lang, opts('province'), sel.province, region, onChange),
    select('city', t(lang, 'city'), lang, sel.province ? optionsFor(agg, { province: sel.province }, 'city') : [], sel.city, region, onChange),
    select('county', t(lang, 'county'), lang, sel.city && sel.province ? optionsFor(agg, { province: sel.province, city: sel.city }, 'county') : [], sel.county, region, onChange),
    select('from', t(lang, 'yearFrom'), lang, years, sel.from, String, onChange),
    select('to', t(lang, 'yearTo'), lang, years, sel.to, String, onChange),
    select('level', t(lang, 'level'), lang, opts('level'), sel.level, (v) => labelOf(LEVELS, String(v), lang), onChange),
    select('template', t(lang, 'template'), lang, opts('template'), sel.template, (v) => labelOf(TEMPLATES_UI, String(v), lang), onChange),
    select('scope', t(lang, 'scope'), lang, opts('scope'), sel.scope, (v) => labelOf(SCOPES, String(v), lang), onChange),
  );
  const reset = el('button', { type: 'button', class: 'reset', 'data-filter-reset': '' }, t(lang, 'reset'));
  reset.addEventListener('click', () => onChange('province', '__reset__'));
  host.append(reset);
  for (const s of host.querySelectorAll('select')) if (s.options.length <= 1) s.disabled = true;
}
