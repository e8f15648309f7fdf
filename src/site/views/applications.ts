/** Applications: requests by applicant type over years and regions; carry-over in and out. */
import { APPLICANT_COLS, APP_COLS } from '../../schema/fields.ts';
import { byYear, childDim, splitBy, total } from '../lib/aggregates.ts';
import { chartHost, startPage, type PageContext } from '../lib/app.ts';
import { renderFrame } from '../lib/chart-frame.ts';
import { categoryBars, yearChart, type YearPoint } from '../lib/charts.ts';
import { formatPercent, t } from '../lib/i18n.ts';
import { appField } from '../lib/measures.ts';
import { regionName } from '../lib/provinces.ts';

function render(ctx: PageContext): void {
  const { agg, gids, lang, sel } = ctx;
  const n = total(agg, gids, 'reports', 'counts');
  const empty = n === 0 ? t(lang, 'empty') : undefined;
  const years = byYear(agg, gids);
  const label = (c: string) => APP_COLS[c]![lang];
  const unit = lang === 'zh' ? '申请（件）' : 'Requests';

  const byType: YearPoint[] = years.flatMap(([year, g]) => APPLICANT_COLS.map((c) => ({ year, series: label(c), value: total(agg, g, appField('new', c)) })));
  renderFrame(chartHost('by-applicant'), {
    title: lang === 'zh' ? '本年新收申请，按申请人类型' : 'New requests by type of applicant',
    subtitle: lang === 'zh' ? '单位：件；各类型之和应等于“总计”列（勾稽关系 3）' : 'Unit: requests; the types add up to the Total column (identity 3)',
    plot: byType.some((d) => d.value > 0) ? yearChart({ data: byType, series: APPLICANT_COLS.map(label), yLabel: unit, lang }) : undefined,
    table: { columns: [t(lang, 'year'), ...APPLICANT_COLS.map(label), label('total')], rows: years.map(([y, g]) => [y, ...APPLICANT_COLS.map((c) => total(agg, g, appField('new', c))), total(agg, g, appField('new'))]) },
    emptyText: empty,
  }, lang);

  const allNew = total(agg, gids, appField('new'));
  const shares = APPLICANT_COLS.map((c) => ({ category: label(c), value: allNew > 0 ? total(agg, gids, appField('new', c)) / allNew : 0 }));
  renderFrame(chartHost('applicant-shares'), {
    title: lang === 'zh' ? '申请人类型构成' : 'Who asks: share of new requests by applicant type',
    formula: lang === 'zh' ? '占比 = 该类申请人的本年新收申请 ÷ 本年新收申请总计' : 'Share = new requests from the type ÷ all new requests',
    plot: allNew > 0 ? categoryBars(shares, t(lang, 'share') + ' (%)', { percent: true, keepOrder: true }) : undefined,
    table: { columns: [lang === 'zh' ? '申请人类型' : 'Applicant type', t(lang, 'share')], rows: shares.map((s) => [s.category, formatPercent(s.value, lang)]) },
    emptyText: empty,
  }, lang);

  const dim = childDim(sel);
  const regions = [...splitBy(agg, gids, dim)].map(([r, g]) => ({ name: regionName(r as string | null, lang), g }));
  const regionData = regions.map((r) => ({ category: r.name, value: total(agg, r.g, appField('new')) }));
  const dimLabel = t(lang, dim);
  renderFrame(chartHost('by-region'), {
    title: lang === 'zh' ? `本年新收申请，按${dimLabel}` : `New requests by ${dimLabel.toLowerCase()}`,
    subtitle: lang === 'zh' ? '单位：件；选择上级地区后显示下一级' : 'Unit: requests; pick a region to see the level below',
    plot: regionData.some((d) => d.value > 0) ? categoryBars(regionData, unit) : undefined,
    table: { columns: [dimLabel, ...APPLICANT_COLS.map(label), label('total')], rows: regions.map((r) => [r.name, ...APPLICANT_COLS.map((c) => total(agg, r.g, appField('new', c))), total(agg, r.g, appField('new'))]) },
    emptyText: empty,
  }, lang);

  const carry = [
    { key: 'carried_over', zh: '上年结转（转入）', en: 'Carried over from last year (in)' },
    { key: 'carried_forward', zh: '结转下年度继续办理（转出）', en: 'Carried forward to next year (out)' },
  ];
  const carryData: YearPoint[] = years.flatMap(([year, g]) => carry.map((c) => ({ year, series: c[lang], value: total(agg, g, appField(c.key)) })));
  renderFrame(chartHost('carry-over'), {
    title: lang === 'zh' ? '结转：上年转入与转入下年' : 'Carry-over in and out',
    subtitle: lang === 'zh' ? '单位：件；新收 + 上年结转 = 办理总计 + 结转下年（勾稽关系 1）' : 'Unit: requests; new + carried over = handled + carried forward (identity 1)',
    plot: carryData.some((d) => d.value > 0) ? yearChart({ data: carryData, series: carry.map((c) => c[lang]), yLabel: unit, kind: 'lines', lang }) : undefined,
    table: { columns: [t(lang, 'year'), ...carry.map((c) => c[lang])], rows: years.map(([y, g]) => [y, ...carry.map((c) => total(agg, g, appField(c.key)))]) },
    emptyText: empty,
  }, lang);
}

void startPage(render);
