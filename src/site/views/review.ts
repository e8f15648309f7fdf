/** Review and litigation: the three groups (review, lawsuits direct, lawsuits after review) by result. */
import { RL_COLS, RL_ROWS } from '../../schema/fields.ts';
import { byYear, total } from '../lib/aggregates.ts';
import { chartHost, startPage, type PageContext } from '../lib/app.ts';
import { renderFrame } from '../lib/chart-frame.ts';
import { yearChart, type YearPoint } from '../lib/charts.ts';
import { formatPercent, t } from '../lib/i18n.ts';
import { RATIOS, ratio, rlField } from '../lib/measures.ts';

const RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;

function render(ctx: PageContext): void {
  const { agg, gids, lang } = ctx;
  const zh = lang === 'zh';
  const empty = total(agg, gids, 'reports', 'counts') === 0 ? t(lang, 'empty') : undefined;
  const years = byYear(agg, gids);
  const resultLabel = (c: string) => RL_COLS[c]![lang];
  for (const group of Object.keys(RL_ROWS)) {
    const data: YearPoint[] = years.flatMap(([year, g]) => RESULTS.map((c) => ({ year, series: resultLabel(c), value: total(agg, g, rlField(group, c)) })));
    const corr = group === 'review' ? RATIOS['review_correction']! : undefined;
    renderFrame(chartHost(`rl-${group}`), {
      title: zh ? `${RL_ROWS[group]!.zh}：按结果` : `${RL_ROWS[group]!.en} by result`,
      subtitle: zh ? '单位：件；结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计（勾稽关系 4）' : 'Unit: cases; upheld + corrected + other + pending = total (identity 4)',
      formula: corr ? `${corr.formula[lang]}：${formatPercent(ratio(agg, gids, corr), lang)}` : undefined,
      plot: data.some((d) => d.value > 0) ? yearChart({ data, series: RESULTS.map(resultLabel), yLabel: zh ? '案件（件）' : 'Cases', lang }) : undefined,
      table: { columns: [t(lang, 'year'), ...RESULTS.map(resultLabel), resultLabel('total')], rows: years.map(([y, g]) => [y, ...RESULTS.map((c) => total(agg, g, rlField(group, c))), total(agg, g, rlField(group))]) },
      emptyText: empty,
    }, lang);
  }
  const lit = RATIOS['litigation_correction']!;
  const note = document.getElementById('lit-correction');
  if (note) note.textContent = `${lit.formula[lang]}：${formatPercent(ratio(agg, gids, lit), lang)}`;
}

void startPage(render);
