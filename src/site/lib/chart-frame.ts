/**
 * A chart's frame: title, subtitle or formula, the plot itself (redrawn to the frame's
 * width), and a data table as its text alternative. Empty selections say so.
 */
import { t, type Lang } from './i18n.ts';
import { clear, el } from './dom.ts';

export interface TableAlt {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface FrameSpec {
  readonly title: string;
  readonly subtitle?: string | undefined;
  readonly formula?: string | undefined;
  readonly note?: string | undefined;
  /** Builds the plot for a width in CSS pixels; undefined means there is nothing to draw. */
  readonly plot: ((width: number) => Element) | undefined;
  readonly table: TableAlt;
  readonly emptyText?: string | undefined;
}

const frames = new Map<Element, FrameSpec>();

function drawPlot(host: Element, spec: FrameSpec): void {
  const slot = host.querySelector('.plot');
  if (!slot || !spec.plot) return;
  clear(slot);
  const width = Math.max(280, Math.floor((slot as HTMLElement).clientWidth || host.clientWidth || 640));
  const plot = spec.plot(width);
  const svg = plot.tagName.toLowerCase() === 'svg' ? plot : plot.querySelector('svg');
  svg?.setAttribute('role', 'img');
  svg?.setAttribute('aria-label', spec.title + (spec.subtitle ? ` — ${spec.subtitle}` : ''));
  slot.appendChild(plot);
}

/** Render a chart frame into a host element (a <figure>). */
export function renderFrame(host: HTMLElement, spec: FrameSpec, lang: Lang): void {
  clear(host);
  host.classList.add('chart');
  host.append(el('h3', { class: 'chart-title' }, spec.title));
  if (spec.subtitle) host.append(el('p', { class: 'chart-subtitle' }, spec.subtitle));
  if (spec.formula) host.append(el('p', { class: 'formula' }, `${t(lang, 'formula')}：${spec.formula}`));
  if (!spec.plot || spec.table.rows.length === 0) {
    host.append(el('p', { class: 'empty', role: 'status' }, spec.emptyText ?? t(lang, 'noValues')));
    frames.delete(host);
    return;
  }
  host.append(el('div', { class: 'plot' }));
  if (spec.note) host.append(el('p', { class: 'chart-note' }, spec.note));
  const table = el('table', { class: 'alt-table' },
    el('thead', {}, el('tr', {}, ...spec.table.columns.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, ...spec.table.rows.map((r) => el('tr', {}, ...r.map((v, i) => (i === 0 ? el('th', { scope: 'row' }, v) : el('td', {}, v)))))));
  host.append(el('details', { class: 'alt' }, el('summary', {}, t(lang, 'dataTable')), table));
  frames.set(host, spec);
  drawPlot(host, spec);
}

let resizeTimer: number | undefined;
let lastWidth = 0;
if (typeof window !== 'undefined') {
  window.addEventListener('resize', () => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      for (const [host, spec] of frames) if (host.isConnected) drawPlot(host, spec); else frames.delete(host);
    }, 150);
  });
}
