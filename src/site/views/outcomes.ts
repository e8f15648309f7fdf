/**
 * Outcomes: the share of each outcome and of each reason. （六）其他处理 is one row in
 * the 2019 template and three sub-rows in 2021; the pipeline writes 2021's `other` as the
 * (derived) sum of the three, so the `other` series compares across the break.
 */
import { APP_ROWS, OTHER_PARTS } from '../../schema/fields.ts';
import { byYear, total } from '../lib/aggregates.ts';
import { chartHost, startPage, type PageContext } from '../lib/app.ts';
import { renderFrame } from '../lib/chart-frame.ts';
import { categoryBars, yearChart, type CategoryPoint, type YearPoint } from '../lib/charts.ts';
import { formatNumber, formatPercent, t } from '../lib/i18n.ts';
import { OUTCOME_GROUPS, REJECTED, UNAVAILABLE, WITHHELD, appField, sumFields } from '../lib/measures.ts';

const rowLabel = (key: string, lang: 'zh' | 'en') => {
  const r = APP_ROWS.find((x) => x.key === key)!;
  return r[lang].replace(/^[^：:]+[：:]\s*/, '');
};

function render(ctx: PageContext): void {
  const { agg, gids, lang } = ctx;
  const n = total(agg, gids, 'reports', 'counts');
  const empty = n === 0 ? t(lang, 'empty') : undefined;
  const years = byYear(agg, gids);
  const handled = total(agg, gids, appField('total'));

  const groupSum = (g: readonly number[], rows: readonly string[]) => sumFields(agg, g, rows.map((r) => appField(r)));
  const shareData: YearPoint[] = years.flatMap(([year, g]) => OUTCOME_GROUPS.map((o) => ({ year, series: o[lang], value: groupSum(g, o.rows) })));
  renderFrame(chartHost('outcome-shares'), {
    title: lang === 'zh' ? '办理结果构成（按年度）' : 'Outcomes of handled requests by year',
    formula: lang === 'zh' ? '占比 = 该类结果件数 ÷ 各类结果之和（每年合计 100%）' : 'Share = requests with the outcome ÷ all outcomes (each year sums to 100%)',
    note: t(lang, 'templateBreakNote') + (lang === 'zh' ? '“其他处理”在 2021 模板中为三个子项之和，因此可与 2019 模板比较。' : ' “Otherwise handled” is one row in 2019 and the sum of three sub-rows from 2021, so the series compares.'),
    plot: shareData.some((d) => d.value > 0) ? yearChart({ data: shareData, series: OUTCOME_GROUPS.map((o) => o[lang]), yLabel: t(lang, 'share') + ' (%)', normalize: true, templateBreak: true, lang }) : undefined,
    table: { columns: [t(lang, 'year'), ...OUTCOME_GROUPS.map((o) => o[lang])], rows: years.map(([y, g]) => { const s = groupSum(g, OUTCOME_GROUPS.flatMap((o) => o.rows)); return [y, ...OUTCOME_GROUPS.map((o) => formatPercent(s > 0 ? groupSum(g, o.rows) / s : null, lang))]; }) },
    emptyText: empty,
  }, lang);

  const reasonGroups: { id: string; zh: string; en: string; rows: readonly string[] }[] = [
    { id: 'withheld', zh: '不予公开的理由（8 项）', en: 'Grounds for withholding (8)', rows: WITHHELD },
    { id: 'unavailable', zh: '无法提供的原因（3 项）', en: 'Why information was unavailable (3)', rows: UNAVAILABLE },
    { id: 'rejected', zh: '不予处理的原因（5 项）', en: 'Why requests were not processed (5)', rows: REJECTED },
    { id: 'other', zh: '其他处理（2021 模板的 3 个子项）', en: 'Otherwise handled (the three 2021 sub-rows)', rows: OTHER_PARTS },
  ];
  for (const grp of reasonGroups) {
    const data: CategoryPoint[] = grp.rows.map((r) => ({ category: rowLabel(r, lang), value: handled > 0 ? total(agg, gids, appField(r)) / handled : 0 }));
    const any = grp.rows.some((r) => total(agg, gids, appField(r), 'present') > 0);
    renderFrame(chartHost(`reasons-${grp.id}`), {
      title: grp[lang],
      formula: lang === 'zh' ? '占比 = 该理由件数 ÷ 办理总计' : 'Share = requests for the reason ÷ total handled',
      note: grp.id === 'other' ? (lang === 'zh' ? '2019 模板的“其他处理”只有一行，不分子项；此处只含 2021 模板的报告。' : 'The 2019 template has a single “otherwise handled” row; only 2021-template reports appear here.') : undefined,
      plot: any && handled > 0 ? categoryBars(data, t(lang, 'share') + ' (%)', { percent: true, keepOrder: true }) : undefined,
      table: { columns: [lang === 'zh' ? '理由' : 'Reason', lang === 'zh' ? '件数' : 'Requests', t(lang, 'share')], rows: grp.rows.map((r) => [rowLabel(r, lang), formatNumber(total(agg, gids, appField(r)), lang), formatPercent(handled > 0 ? total(agg, gids, appField(r)) / handled : null, lang)]) },
      emptyText: empty,
    }, lang);
  }
}

void startPage(render);
