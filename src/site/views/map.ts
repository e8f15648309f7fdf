/**
 * Map: provinces shaded by a chosen measure, drawn as standard Chinese maps show the
 * country — Taiwan included, the South China Sea islands and the ten-dash line in an
 * inset — with province names in both languages. Boundaries are shipped with the site
 * (scripts/site-data/geo.ts) and fetched only on this page.
 */
import * as Plot from '@observablehq/plot';
import { splitBy, total, type Aggregates } from '../lib/aggregates.ts';
import { chartHost, startPage, type PageContext } from '../lib/app.ts';
import { renderFrame } from '../lib/chart-frame.ts';
import { clear, el } from '../lib/dom.ts';
import { formatNumber, formatPercent, t, type Lang } from '../lib/i18n.ts';
import { IDENTITY_CODES } from '../lib/check-codes.ts';
import { RATIOS, appField, ratio, rlField } from '../lib/measures.ts';
import { PROVINCES, findProvinceByName } from '../lib/provinces.ts';

interface ChinaGeo {
  provinces: { code: string; zh: string; label: [number, number]; polygons: [number, number][][][] }[];
  dashes: [number, number][][];
}

interface Measure {
  key: string;
  zh: string;
  en: string;
  percent: boolean;
  value(agg: Aggregates, gids: readonly number[]): number | null;
}

const MEASURES: Measure[] = [
  { key: 'reports', zh: '报告数', en: 'Reports', percent: false, value: (a, g) => total(a, g, 'reports', 'counts') },
  { key: 'requests', zh: '收到申请（件）', en: 'Requests received', percent: false, value: (a, g) => total(a, g, appField('new')) },
  { key: 'disclosure', zh: '公开率', en: 'Disclosure rate', percent: true, value: (a, g) => ratio(a, g, RATIOS['disclosure']!) },
  { key: 'refusal', zh: '不予公开占比', en: 'Refusal share', percent: true, value: (a, g) => ratio(a, g, RATIOS['refusal']!) },
  { key: 'reviews', zh: '行政复议（件）', en: 'Administrative reviews', percent: false, value: (a, g) => total(a, g, rlField('review')) },
  { key: 'identity', zh: '勾稽不符（处）', en: 'Failed identities', percent: false, value: (a, g) => IDENTITY_CODES.reduce((s, c) => s + total(a, g, c, 'checks'), 0) },
];

let geo: Promise<ChinaGeo> | undefined;

const shortName = (zh: string) => zh.replace(/(维吾尔|壮族|回族)?自治区$|特别行政区$|省$|市$/, '');

function features(g: ChinaGeo, values: Map<string, number | null>) {
  return g.provinces.map((p) => ({
    type: 'Feature' as const,
    properties: { code: p.code, zh: p.zh, en: PROVINCES.find((x) => x.code === p.code)?.en ?? p.zh, value: values.get(p.code) ?? null, label: p.label },
    geometry: { type: 'MultiPolygon' as const, coordinates: p.polygons },
  }));
}

type Feature = ReturnType<typeof features>[number];

function mapPlot(g: ChinaGeo, values: Map<string, number | null>, m: Measure, lang: Lang): (width: number) => Element {
  const feats = features(g, values);
  const fmt = (v: number | null) => (m.percent ? formatPercent(v, lang) : formatNumber(v, lang));
  const title = (f: Feature) => `${f.properties.zh} ${f.properties.en}\n${m[lang]}: ${f.properties.value === null ? (lang === 'zh' ? '无数据' : 'no data') : fmt(f.properties.value)}`;
  const dashes = { type: 'MultiPolygon' as const, coordinates: g.dashes.map((r) => [r]) };
  const known = feats.filter((f) => f.properties.value !== null);
  const color = {
    type: 'sequential' as const, scheme: 'blues' as const, legend: true, label: m[lang], unknown: 'var(--panel)',
    ...(m.percent ? { percent: true, tickFormat: (v: number) => `${v}%` } : {}),
    ...(known.length === 0 ? { domain: [0, 1] } : {}),
  };
  // The main map stops at the South China Sea; its islands and the ten-dash line are in the inset.
  const mainFeats = feats.map((f) => ({ ...f, geometry: { ...f.geometry, coordinates: f.geometry.coordinates.filter((poly) => poly[0]!.some(([, lat]) => lat >= 17.5)) } }));
  return (width: number) => {
    const projection = { type: 'conic-equal-area' as const, parallels: [25, 47] as [number, number], rotate: [-105, 0] as [number, number],
      domain: { type: 'FeatureCollection' as const, features: mainFeats } };
    const main = Plot.plot({
      width, projection, color,
      style: { background: 'transparent', color: 'currentColor', fontSize: '11px' },
      marks: [
        Plot.geo(mainFeats, { fill: (f: Feature) => f.properties.value, stroke: 'currentColor', strokeOpacity: 0.5, strokeWidth: 0.5, title, tip: true }),
        ...(width >= 560 ? [Plot.text(feats.filter((f) => f.properties.code !== '810000' && f.properties.code !== '820000'), {
          x: (f: Feature) => f.properties.label[0], y: (f: Feature) => f.properties.label[1],
          text: (f: Feature) => (lang === 'zh' ? shortName(f.properties.zh) : f.properties.en), fontSize: 10, fill: 'currentColor', stroke: 'var(--bg)', strokeWidth: 2, clip: 'frame' })] : []),
      ],
    });
    const insetW = Math.max(64, Math.round(width * 0.15));
    const inset = Plot.plot({
      width: insetW, height: Math.round(insetW * 1.35), margin: 2,
      projection: { type: 'conic-equal-area', parallels: [25, 47], rotate: [-105, 0], domain: { type: 'MultiPoint', coordinates: [[106.5, 3], [122.5, 3], [106.5, 24.5], [122.5, 24.5]] } },
      color: { ...color, legend: false },
      style: { background: 'var(--bg)', color: 'currentColor' },
      marks: [
        Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.6 }),
        Plot.geo(feats, { fill: (f: Feature) => f.properties.value, stroke: 'currentColor', strokeOpacity: 0.5, strokeWidth: 0.4, clip: 'frame' }),
        Plot.geo([dashes], { fill: 'currentColor', stroke: 'currentColor', strokeWidth: 0.8, clip: 'frame' }),
      ],
    });
    inset.setAttribute('aria-label', lang === 'zh' ? '南海诸岛' : 'South China Sea islands');
    const insetSvg = inset.tagName.toLowerCase() === 'svg' ? inset : inset.querySelector('svg')!;
    const wrap = el('div', { class: 'map-wrap' });
    wrap.append(main, el('div', { class: 'map-inset' }, insetSvg, el('span', {}, lang === 'zh' ? '南海诸岛' : 'South China Sea Islands')));
    return wrap;
  };
}

async function render(ctx: PageContext): Promise<void> {
  const { agg, gids, lang, base, params } = ctx;
  const m = MEASURES.find((x) => x.key === params.get('m')) ?? MEASURES[0]!;
  const picker = document.getElementById('map-measure')!;
  clear(picker);
  const sel = el('select', { id: 'measure', 'data-measure': '' }, ...MEASURES.map((x) => el('option', { value: x.key, selected: x.key === m.key }, x[lang])));
  sel.addEventListener('change', () => ctx.setParam('m', sel.value === 'reports' ? undefined : sel.value));
  picker.append(el('label', { class: 'filter' }, el('span', {}, t(lang, 'measure')), sel));

  const values = new Map<string, number | null>();
  const rows: (string | number)[][] = [];
  for (const [name, g] of splitBy(agg, gids, 'province')) {
    const p = typeof name === 'string' ? findProvinceByName(name) : undefined;
    if (!p) continue;
    const v = m.value(agg, g);
    values.set(p.code, v);
    rows.push([`${p.zh} ${p.en}`, v === null ? '—' : m.percent ? formatPercent(v, lang) : formatNumber(v, lang)]);
  }
  geo ??= fetch(`${base}data/site/geo/china.json`).then((r) => r.json() as Promise<ChinaGeo>);
  const g = await geo;
  const n = total(agg, gids, 'reports', 'counts');
  renderFrame(chartHost('map'), {
    title: lang === 'zh' ? `各省${m.zh}` : `${m.en} by province`,
    subtitle: lang === 'zh' ? '灰色：当前筛选范围内没有该省的报告。右下角为南海诸岛。' : 'Grey: no reports from the province in the current selection. Inset: South China Sea Islands.',
    formula: m.key === 'disclosure' || m.key === 'refusal' ? RATIOS[m.key]!.formula[lang] : undefined,
    plot: mapPlot(g, values, m, lang),
    table: { columns: [t(lang, 'province'), m[lang]], rows: rows.length ? rows : [[lang === 'zh' ? '（无）' : '(none)', '—']] },
    emptyText: n === 0 ? t(lang, 'empty') : undefined,
  }, lang);
  if (n === 0) {
    const host = chartHost('map');
    if (!host.querySelector('.empty')) host.insertBefore(el('p', { class: 'empty', role: 'status' }, t(lang, 'empty')), host.querySelector('.plot'));
  }
}

void startPage(render);
