/**
 * The chart types the pages use, as Observable Plot specs: year series (bars, stacked
 * bars, shares, lines) with the 2019→2021 template break marked, and horizontal bars
 * for categories. Each takes a width so frames can redraw at any size (360 px up).
 */
import * as Plot from '@observablehq/plot';
import { t, type Lang } from './i18n.ts';
import { TEMPLATE_2021_FROM } from './measures.ts';

export interface YearPoint {
  readonly year: number;
  readonly series: string;
  readonly value: number;
}

export interface YearChart {
  readonly data: readonly YearPoint[];
  readonly yLabel: string;
  readonly lang: Lang;
  /** Series in legend order. */
  readonly series: readonly string[];
  readonly percent?: boolean;
  /** Stack to 100 % per year. */
  readonly normalize?: boolean;
  /** Mark the years on the 2021 template. */
  readonly templateBreak?: boolean;
  readonly kind?: 'bars' | 'lines';
}

const PRIMARY = '#4e79a7';
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

const MARGIN_LEFT = 56;
const MARGIN_RIGHT = 16;
const height = (width: number) => Math.round(Math.min(320, Math.max(220, width * 0.5)));

/** Background cells and a label over the years that follow the 2021 template. */
function breakMarks(years: readonly string[], lang: Lang, plotWidth: number): { under: Plot.Markish[]; over: Plot.Markish[] } {
  const after = years.filter((y) => Number(y) >= TEMPLATE_2021_FROM);
  if (after.length === 0 || after.length === years.length) return { under: [], over: [] };
  // Band scale with padding 0.25: the step is the plot width over (n + 0.25); a band's left edge is half a step before its centre.
  const step = plotWidth / (years.length + 0.25);
  return {
    under: [Plot.cell(after, { x: (d: string) => d, fill: 'currentColor', fillOpacity: 0.06, inset: -step * 0.125 })],
    over: [
      Plot.ruleX([after[0]], { x: (d: string) => d, dx: -step / 2, stroke: 'currentColor', strokeDasharray: '4 3', strokeOpacity: 0.8 }),
      Plot.text([after[0]], { x: (d: string) => d, dx: -step / 2 + 3, frameAnchor: 'top', dy: -14, text: () => `${t(lang, 'templateBreak')} →`, textAnchor: 'start', fontSize: 10, fill: 'currentColor' }),
    ],
  };
}

/** Years as category labels, so bars and lines share one band scale. */
export function yearChart(spec: YearChart): (width: number) => Element {
  const years = [...new Set(spec.data.map((d) => d.year))].sort((a, b) => a - b).map(String);
  const data = spec.data.map((d) => ({ ...d, yearLabel: String(d.year) }));
  const fmt = spec.percent || spec.normalize ? (v: number) => `${(v * (spec.normalize ? 100 : 100)).toFixed(1)}%` : (v: number) => v.toLocaleString();
  return (width: number) => {
    const single = spec.series.length === 1;
    const brk = spec.templateBreak ? breakMarks(years, spec.lang, width - MARGIN_LEFT - MARGIN_RIGHT) : { under: [], over: [] };
    const marks: Plot.Markish[] = [...brk.under];
    if (spec.kind === 'lines') {
      marks.push(
        Plot.ruleY([0]),
        Plot.lineY(data, { x: 'yearLabel', y: 'value', z: 'series', stroke: single ? PRIMARY : 'series', strokeWidth: 2, marker: 'circle' }),
        Plot.dot(data, { x: 'yearLabel', y: 'value', r: 0, title: (d: YearPoint & { yearLabel: string }) => `${d.series}\n${d.yearLabel}: ${fmt(d.value)}`, tip: true }),
      );
    } else {
      const title = (d: YearPoint & { yearLabel: string }) => `${d.series}\n${d.yearLabel}: ${fmt(d.value)}`;
      marks.push(
        Plot.barY(data, Plot.stackY({ x: 'yearLabel', y: 'value', z: 'series', fill: single ? PRIMARY : 'series', order: spec.series as string[], ...(spec.normalize ? { offset: 'normalize' as const } : {}), title, tip: true })),
        Plot.ruleY([0]),
      );
    }
    marks.push(...brk.over);
    return Plot.plot({
      width, height: height(width), marginLeft: MARGIN_LEFT, marginRight: MARGIN_RIGHT, marginTop: 28, marginBottom: 40,
      style: { fontSize: '12px', background: 'transparent', color: 'currentColor' },
      x: { type: 'band', domain: years, label: t(spec.lang, 'year'), padding: 0.25, tickFormat: (y: string) => ((width - MARGIN_LEFT) / years.length < 42 ? `’${y.slice(2)}` : y) },
      y: { label: spec.yLabel, grid: true, nice: true, percent: Boolean(spec.percent || spec.normalize), tickFormat: spec.percent || spec.normalize ? (v: number) => `${v}%` : '~s' },
      color: { domain: spec.series as string[], range: PALETTE, legend: !single },
      marks,
    });
  };
}

export interface CategoryPoint {
  readonly category: string;
  readonly value: number;
  readonly group?: string;
}

/** Horizontal bars for categories (reasons, regions), longest first unless ordered. */
export function categoryBars(data: readonly CategoryPoint[], xLabel: string, opts: { percent?: boolean; keepOrder?: boolean } = {}): (width: number) => Element {
  const order = opts.keepOrder ? data.map((d) => d.category) : [...data].sort((a, b) => b.value - a.value).map((d) => d.category);
  const fmt = opts.percent ? (v: number) => `${(v * 100).toFixed(1)}%` : (v: number) => v.toLocaleString();
  const groups = [...new Set(data.map((d) => d.group ?? ''))];
  return (width: number) => {
    const labelWidth = Math.min(width * 0.45, 220);
    return Plot.plot({
      width, height: 30 + data.length * 24, marginLeft: labelWidth, marginRight: 48,
      style: { fontSize: '12px', background: 'transparent', color: 'currentColor' },
      x: { label: xLabel, grid: true, percent: Boolean(opts.percent), tickFormat: opts.percent ? (v: number) => `${v}%` : '~s', axis: 'top' },
      y: { domain: order, label: null, tickFormat: (s: string) => (s.length * 12 > labelWidth ? s.slice(0, Math.floor(labelWidth / 12) - 1) + '…' : s) },
      color: { domain: groups, range: PALETTE, legend: groups.length > 1 },
      marks: [
        Plot.barX(data, { y: 'category', x: 'value', fill: groups.length > 1 ? 'group' : PRIMARY, title: (d: CategoryPoint) => `${d.category}: ${fmt(d.value)}`, tip: true }),
        Plot.text(data, { y: 'category', x: 'value', text: (d: CategoryPoint) => fmt(d.value), textAnchor: 'start', dx: 4, fill: 'currentColor' }),
        Plot.ruleX([0]),
      ],
    });
  };
}

export interface GridPoint {
  readonly row: string;
  readonly year: number;
  readonly value: number;
  readonly label: string;
}

/** A region × year grid of cells shaded by value, each labelled (e.g. failed identities). */
export function yearGrid(data: readonly GridPoint[], rows: readonly string[], legend: string, lang: Lang): (width: number) => Element {
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b).map(String);
  return (width: number) => Plot.plot({
    width, height: 60 + rows.length * 34, marginLeft: Math.min(160, width * 0.35), marginTop: 20, marginBottom: 40,
    style: { fontSize: '12px', background: 'transparent', color: 'currentColor' },
    x: { domain: years, label: t(lang, 'year') }, y: { domain: rows as string[], label: null },
    color: { type: 'sequential', scheme: 'oranges', legend: true, label: legend, zero: true },
    marks: [
      Plot.cell(data, { x: (d: GridPoint) => String(d.year), y: 'row', fill: 'value', inset: 1, title: (d: GridPoint) => `${d.row} ${d.year}\n${d.label}`, tip: true }),
      Plot.text(data, { x: (d: GridPoint) => String(d.year), y: 'row', text: (d: GridPoint) => String(d.value), fill: 'currentColor', stroke: 'var(--bg)', strokeWidth: 2, fontSize: 11 }),
    ],
  });
}
