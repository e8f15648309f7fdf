/** Overview: headline figures for the selection and their trend by year. */
import { byYear, total } from '../lib/aggregates.ts';
import { chartHost, startPage, type PageContext } from '../lib/app.ts';
import { renderFrame } from '../lib/chart-frame.ts';
import { yearChart, type YearPoint } from '../lib/charts.ts';
import { clear, el } from '../lib/dom.ts';
import { formatNumber, formatPercent, t } from '../lib/i18n.ts';
import { LITIGATION, RATIOS, appField, ratio, rlField, sumFields } from '../lib/measures.ts';

function kpi(key: string, label: string, value: number | null, shown: string, sub?: string): HTMLElement {
  return el('div', { class: 'kpi', 'data-kpi': key, 'data-value': value === null ? '' : String(value) },
    el('div', { class: 'kpi-label' }, label), el('div', { class: 'kpi-value' }, shown), sub ? el('div', { class: 'kpi-sub' }, sub) : null);
}

function render(ctx: PageContext): void {
  const { agg, gids, lang } = ctx;
  const host = document.getElementById('kpis')!;
  clear(host);
  const n = total(agg, gids, 'reports', 'counts');
  const requests = total(agg, gids, appField('new'));
  const disclosure = ratio(agg, gids, RATIOS['disclosure']!);
  const refusal = ratio(agg, gids, RATIOS['refusal']!);
  const reviews = total(agg, gids, rlField('review'));
  const lawsuits = sumFields(agg, gids, LITIGATION.map((r) => rlField(r)));
  const reviewCorr = ratio(agg, gids, RATIOS['review_correction']!);
  const litCorr = ratio(agg, gids, RATIOS['litigation_correction']!);
  if (n === 0) {
    host.append(el('p', { class: 'empty', role: 'status' }, t(lang, 'empty')));
  } else {
    host.append(
      kpi('reports', t(lang, 'nReports'), n, formatNumber(n, lang)),
      kpi('requests', t(lang, 'requests'), requests, formatNumber(requests, lang), lang === 'zh' ? '本年新收政府信息公开申请' : 'new requests in the year'),
      kpi('disclosure_rate', t(lang, 'disclosureRate'), disclosure, formatPercent(disclosure, lang), RATIOS['disclosure']!.formula[lang]),
      kpi('refusal_share', t(lang, 'refusalShare'), refusal, formatPercent(refusal, lang), RATIOS['refusal']!.formula[lang]),
      kpi('reviews', t(lang, 'reviews'), reviews, formatNumber(reviews, lang), `${RATIOS['review_correction']!.label[lang]} ${formatPercent(reviewCorr, lang)}`),
      kpi('review_correction', RATIOS['review_correction']!.label[lang], reviewCorr, formatPercent(reviewCorr, lang), RATIOS['review_correction']!.formula[lang]),
      kpi('lawsuits', t(lang, 'lawsuits'), lawsuits, formatNumber(lawsuits, lang), `${RATIOS['litigation_correction']!.label[lang]} ${formatPercent(litCorr, lang)}`),
      kpi('litigation_correction', RATIOS['litigation_correction']!.label[lang], litCorr, formatPercent(litCorr, lang), RATIOS['litigation_correction']!.formula[lang]),
    );
  }

  const years = byYear(agg, gids);
  const yr = (f: (g: number[]) => number | null, series: string): YearPoint[] =>
    years.flatMap(([year, g]) => { const v = f(g); return v === null ? [] : [{ year, series, value: v }]; });
  const empty = n === 0 ? t(lang, 'empty') : undefined;

  const reportsData = yr((g) => total(agg, g, 'reports', 'counts'), t(lang, 'nReports'));
  renderFrame(chartHost('reports-by-year'), {
    title: lang === 'zh' ? '报告数（按年度）' : 'Reports by year', subtitle: lang === 'zh' ? '单位：份' : 'Unit: reports',
    plot: reportsData.length ? yearChart({ data: reportsData, series: [t(lang, 'nReports')], yLabel: lang === 'zh' ? '报告（份）' : 'Reports', lang }) : undefined,
    table: { columns: [t(lang, 'year'), t(lang, 'nReports')], rows: reportsData.map((d) => [d.year, d.value]) }, emptyText: empty,
  }, lang);

  const reqData = yr((g) => total(agg, g, appField('new')), t(lang, 'requests'));
  renderFrame(chartHost('requests-by-year'), {
    title: lang === 'zh' ? '收到的政府信息公开申请（按年度）' : 'Requests received by year', subtitle: lang === 'zh' ? '本年新收申请，单位：件' : 'New requests, unit: requests',
    plot: reqData.length ? yearChart({ data: reqData, series: [t(lang, 'requests')], yLabel: lang === 'zh' ? '申请（件）' : 'Requests', lang }) : undefined,
    table: { columns: [t(lang, 'year'), t(lang, 'requests')], rows: reqData.map((d) => [d.year, d.value]) }, emptyText: empty,
  }, lang);

  const rates = [RATIOS['disclosure']!, RATIOS['refusal']!];
  const rateData = rates.flatMap((r) => yr((g) => ratio(agg, g, r), r.label[lang]));
  renderFrame(chartHost('rates-by-year'), {
    title: lang === 'zh' ? '公开率与不予公开占比（按年度）' : 'Disclosure rate and refusal share by year',
    formula: rates.map((r) => r.formula[lang]).join('；'),
    plot: rateData.length ? yearChart({ data: rateData, series: rates.map((r) => r.label[lang]), yLabel: lang === 'zh' ? '比例（%）' : 'Share (%)', percent: true, kind: 'lines', lang }) : undefined,
    table: { columns: [t(lang, 'year'), ...rates.map((r) => r.label[lang])], rows: years.map(([y, g]) => [y, ...rates.map((r) => formatPercent(ratio(agg, g, r), lang))]) }, emptyText: empty,
  }, lang);

  const rlSeries = [t(lang, 'reviews'), t(lang, 'lawsuits')];
  const rlData = [...yr((g) => total(agg, g, rlField('review')), rlSeries[0]!), ...yr((g) => sumFields(agg, g, LITIGATION.map((r) => rlField(r))), rlSeries[1]!)];
  const corr = [RATIOS['review_correction']!, RATIOS['litigation_correction']!];
  renderFrame(chartHost('rl-by-year'), {
    title: lang === 'zh' ? '行政复议与行政诉讼（按年度）' : 'Administrative reviews and lawsuits by year', subtitle: lang === 'zh' ? '单位：件' : 'Unit: cases',
    formula: corr.map((r) => r.formula[lang]).join('；'),
    plot: rlData.some((d) => d.value > 0) ? yearChart({ data: rlData, series: rlSeries, yLabel: lang === 'zh' ? '案件（件）' : 'Cases', lang }) : undefined,
    table: { columns: [t(lang, 'year'), ...rlSeries, ...corr.map((r) => r.label[lang])], rows: years.map(([y, g]) => [y, total(agg, g, rlField('review')), sumFields(agg, g, LITIGATION.map((r) => rlField(r))), ...corr.map((r) => formatPercent(ratio(agg, g, r), lang))]) },
    emptyText: empty,
  }, lang);
}

void startPage(render);
