/**
 * Proactive disclosure and procurement (section 二). The 2019 and 2021 templates ask
 * different questions here, so every series says which columns it reads and marks the
 * years on the 2021 template.
 */
import { ACTIVE_COLS, ACTIVE_ROWS } from '../../schema/fields.ts';
import { byYear, total } from '../lib/aggregates.ts';
import { chartHost, startPage, type PageContext } from '../lib/app.ts';
import { renderFrame } from '../lib/chart-frame.ts';
import { yearChart, type YearPoint } from '../lib/charts.ts';
import { formatNumber, t, type Lang } from '../lib/i18n.ts';
import { activeField, sumFields } from '../lib/measures.ts';

interface SeriesDef {
  readonly label: string;
  /** Fields summed for the series: a 2019 column and its 2021 counterpart, if any. */
  readonly fields: readonly string[];
}

function seriesChart(ctx: PageContext, id: string, title: string, subtitle: string, unit: string, defs: readonly SeriesDef[], kind: 'bars' | 'lines', note?: string): void {
  const { agg, gids, lang } = ctx;
  const years = byYear(agg, gids);
  const data: YearPoint[] = years.flatMap(([year, g]) => defs.map((d) => ({ year, series: d.label, value: sumFields(agg, g, d.fields) })));
  const present = defs.some((d) => d.fields.some((f) => total(agg, gids, f, 'present') > 0));
  renderFrame(chartHost(id), {
    title, subtitle, note: (note ? note + ' ' : '') + t(lang, 'templateBreakNote'),
    plot: present ? yearChart({ data, series: defs.map((d) => d.label), yLabel: unit, kind, templateBreak: true, lang }) : undefined,
    table: { columns: [t(lang, 'year'), ...defs.map((d) => d.label)], rows: years.map(([y, g]) => [y, ...defs.map((d) => formatNumber(sumFields(agg, g, d.fields), lang, 2))]) },
    emptyText: total(agg, gids, 'reports', 'counts') === 0 ? t(lang, 'empty') : undefined,
  }, lang);
}

const row = (k: string, lang: Lang) => ACTIVE_ROWS[k]![lang];
const col = (k: string, lang: Lang) => ACTIVE_COLS[k]![lang];

function render(ctx: PageContext): void {
  const { lang } = ctx;
  const zh = lang === 'zh';
  seriesChart(ctx, 'decisions', zh ? '行政许可、行政处罚、行政强制：处理决定数量' : 'Licensing, penalty and enforcement decisions',
    zh ? '单位：件；2019 模板“处理决定数量”，2021 模板“本年处理决定数量”' : 'Unit: decisions; 2019 “decisions”, 2021 “decisions this year”',
    zh ? '决定（件）' : 'Decisions',
    ['licensing', 'penalty', 'enforcement'].map((r) => ({ label: row(r, lang), fields: [activeField(r, 'decisions')] })), 'lines');

  seriesChart(ctx, 'rules-new', zh ? '规章和规范性文件：本年新制作（2019）/ 本年制发（2021）' : 'Rules and normative documents made (2019) / issued (2021) this year',
    zh ? `单位：件；2019 模板“${col('made', lang)}”，2021 模板“${col('issued', lang)}”` : `Unit: documents; 2019 “${col('made', lang)}”, 2021 “${col('issued', lang)}”`,
    zh ? '文件（件）' : 'Documents',
    ['rules', 'normative_docs'].map((r) => ({ label: row(r, lang), fields: [activeField(r, 'made'), activeField(r, 'issued')] })), 'bars');

  seriesChart(ctx, 'rules-stock', zh ? '规章和规范性文件：对外公开总数（2019）/ 现行有效（2021）' : 'Rules and normative documents: total public (2019) / in force (2021)',
    zh ? `单位：件；两个模板的口径不同：2019“${col('total_public', lang)}”，2021“${col('in_force', lang)}”` : `Unit: documents; not the same measure: 2019 “${col('total_public', lang)}”, 2021 “${col('in_force', lang)}”`,
    zh ? '文件（件）' : 'Documents',
    ['rules', 'normative_docs'].map((r) => ({ label: row(r, lang), fields: [activeField(r, 'total_public'), activeField(r, 'in_force')] })), 'bars');

  seriesChart(ctx, 'procurement-projects', zh ? '政府集中采购：采购项目数量（仅 2019 模板）' : 'Central procurement: projects (2019 template only)',
    zh ? '单位：个；2021 模板不再报告采购' : 'Unit: projects; the 2021 template no longer reports procurement',
    zh ? '项目（个）' : 'Projects', [{ label: row('procurement', lang), fields: [activeField('procurement', 'projects')] }], 'bars');

  seriesChart(ctx, 'procurement-amount', zh ? '政府集中采购：采购总金额（仅 2019 模板）' : 'Central procurement: total amount (2019 template only)',
    zh ? '单位：万元' : 'Unit: 10,000 yuan', zh ? '金额（万元）' : 'Amount (10k yuan)',
    [{ label: row('procurement', lang), fields: [activeField('procurement', 'amount_wan')] }], 'bars');

  seriesChart(ctx, 'fees', zh ? '行政事业性收费金额（仅 2021 模板）' : 'Administrative fees collected (2021 template only)',
    zh ? '单位：万元；2019 模板只报告收费项目数量' : 'Unit: 10,000 yuan; the 2019 template reports only the number of fee items',
    zh ? '金额（万元）' : 'Amount (10k yuan)', [{ label: row('fees', lang), fields: [activeField('fees', 'amount_wan')] }], 'bars');
}

void startPage(render);
