/** Data quality: parse statuses and identity failures across the corpus, by year and region. */
import { byYear, childDim, splitBy, total } from '../lib/aggregates.ts';
import { chartHost, startPage, type PageContext } from '../lib/app.ts';
import { renderFrame } from '../lib/chart-frame.ts';
import { yearChart, yearGrid, type GridPoint, type YearPoint } from '../lib/charts.ts';
import { IDENTITY_CODES, checkLabel } from '../lib/check-codes.ts';
import { clear, el } from '../lib/dom.ts';
import { STATUSES, formatNumber, t } from '../lib/i18n.ts';
import { regionName } from '../lib/provinces.ts';

function render(ctx: PageContext): void {
  const { agg, gids, lang, sel } = ctx;
  const zh = lang === 'zh';
  const empty = total(agg, gids, 'reports', 'counts') === 0 ? t(lang, 'empty') : undefined;
  const years = byYear(agg, gids);
  const statuses = ['ok', 'partial', 'failed'];
  const statusData: YearPoint[] = years.flatMap(([year, g]) => statuses.map((s) => ({ year, series: STATUSES[s]![lang], value: total(agg, g, s, 'counts') })));
  renderFrame(chartHost('status-by-year'), {
    title: zh ? '解析状态（按年度）' : 'Parse status by year',
    subtitle: zh ? '单位：份；完整 = 三张表都读到；部分 = 缺表或多数单元格无法读取；失败 = 没有读到数字' : 'Unit: reports; ok = all three tables read; partial = a table missing or most cells unreadable; failed = no numbers',
    plot: statusData.length ? yearChart({ data: statusData, series: statuses.map((s) => STATUSES[s]![lang]), yLabel: zh ? '报告（份）' : 'Reports', lang }) : undefined,
    table: { columns: [t(lang, 'year'), ...statuses.map((s) => STATUSES[s]![lang])], rows: years.map(([y, g]) => [y, ...statuses.map((s) => total(agg, g, s, 'counts'))]) },
    emptyText: empty,
  }, lang);

  const idData: YearPoint[] = years.flatMap(([year, g]) => IDENTITY_CODES.map((c) => ({ year, series: c.replace('identity_', zh ? '勾稽 ' : 'Identity '), value: total(agg, g, c, 'checks') })));
  renderFrame(chartHost('identity-by-year'), {
    title: zh ? '勾稽关系不符（按年度）' : 'Failed identities by year',
    subtitle: zh ? '单位：处（一份报告可有多处）；数值照录原文，不作更正' : 'Unit: failures (a report can have several); numbers are kept as written',
    plot: idData.some((d) => d.value > 0) ? yearChart({ data: idData, series: IDENTITY_CODES.map((c) => c.replace('identity_', zh ? '勾稽 ' : 'Identity ')), yLabel: zh ? '不符（处）' : 'Failures', lang }) : undefined,
    table: { columns: [t(lang, 'year'), ...IDENTITY_CODES.map((c) => checkLabel(c, lang))], rows: years.map(([y, g]) => [y, ...IDENTITY_CODES.map((c) => total(agg, g, c, 'checks'))]) },
    emptyText: empty ?? (zh ? '当前筛选范围内没有勾稽关系不符。' : 'No failed identities in the current selection.'),
  }, lang);

  const dim = childDim(sel);
  const idSum = (g: readonly number[]) => IDENTITY_CODES.reduce((s, c) => s + total(agg, g, c, 'checks'), 0);
  const regionRows = [...splitBy(agg, gids, dim)].map(([r, g]) => ({ name: regionName(r as string | null, lang), g }));
  const grid: GridPoint[] = regionRows.flatMap((r) => byYear(agg, r.g).map(([year, g]) => {
    const v = idSum(g);
    return { row: r.name, year, value: v, label: zh ? `勾稽不符 ${v} 处；报告 ${total(agg, g, 'reports', 'counts')} 份，其中部分 ${total(agg, g, 'partial', 'counts')}、失败 ${total(agg, g, 'failed', 'counts')}` : `${v} failed identities; ${total(agg, g, 'reports', 'counts')} reports, ${total(agg, g, 'partial', 'counts')} partial, ${total(agg, g, 'failed', 'counts')} failed` };
  }));
  renderFrame(chartHost('identity-by-region-year'), {
    title: zh ? `勾稽关系不符：按${t(lang, dim)}和年度` : `Failed identities by ${t(lang, dim).toLowerCase()} and year`,
    subtitle: zh ? '单位：处；格中数字为不符处数，颜色越深越多' : 'Unit: failures; darker cells have more',
    plot: grid.length ? yearGrid(grid, regionRows.map((r) => r.name), zh ? '不符（处）' : 'Failures', lang) : undefined,
    table: { columns: [t(lang, dim), t(lang, 'year'), zh ? '说明' : 'Detail'], rows: grid.map((d) => [d.row, d.year, d.label]) },
    emptyText: empty,
  }, lang);
  const regionHost = document.getElementById('quality-by-region')!;
  clear(regionHost);
  const regions = [...splitBy(agg, gids, dim)];
  const cols = [t(lang, dim), t(lang, 'nReports'), STATUSES['partial']![lang], STATUSES['failed']![lang], zh ? '有勾稽不符的报告' : 'Reports with a failed identity', zh ? '勾稽不符（处）' : 'Identity failures', zh ? '粘连数字（处）' : 'Ambiguous cells'];
  regionHost.append(el('h2', {}, zh ? `按${t(lang, dim)}` : `By ${t(lang, dim).toLowerCase()}`));
  regionHost.append(regions.length === 0 ? el('p', { class: 'empty' }, t(lang, 'empty')) : el('div', { class: 'table-wrap' }, el('table', { 'data-table': 'quality-by-region' },
    el('thead', {}, el('tr', {}, ...cols.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, ...regions.map(([r, g]) => el('tr', {},
      el('th', { scope: 'row' }, regionName(r as string | null, lang)),
      ...[total(agg, g, 'reports', 'counts'), total(agg, g, 'partial', 'counts'), total(agg, g, 'failed', 'counts'), total(agg, g, 'with_identity_failure', 'counts'),
        IDENTITY_CODES.reduce((s, c) => s + total(agg, g, c, 'checks'), 0), total(agg, g, 'ambiguous_split', 'checks')].map((v) => el('td', {}, formatNumber(v, lang)))))))));

  const codeHost = document.getElementById('quality-codes')!;
  clear(codeHost);
  const codes = Object.keys(agg.checks).map((c) => [c, total(agg, gids, c, 'checks')] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  codeHost.append(el('h2', {}, zh ? '全部检查代码' : 'All check codes'));
  codeHost.append(codes.length === 0 ? el('p', { class: 'empty' }, zh ? '没有检查记录。' : 'No checks recorded.') : el('div', { class: 'table-wrap' }, el('table', { 'data-table': 'quality-codes' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, zh ? '代码' : 'Code'), el('th', { scope: 'col' }, zh ? '含义' : 'Meaning'), el('th', { scope: 'col' }, zh ? '次数' : 'Count'))),
    el('tbody', {}, ...codes.map(([c, n]) => el('tr', {}, el('th', { scope: 'row' }, el('code', {}, c)), el('td', { style: 'text-align:left' }, checkLabel(c, lang)), el('td', {}, formatNumber(n, lang))))))));
}

void startPage(render);
