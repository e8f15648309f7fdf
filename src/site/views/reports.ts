/**
 * Reports: a searchable, sortable table of every report in the selection, queried with
 * DuckDB-WASM (started on first use) so it scales past what a JSON list can hold. Only
 * the selection's partitions of the reports table are fetched (province × year).
 * Search and sort live in the address with the selection.
 */
import { startPage, type PageContext } from '../lib/app.ts';
import { loadDb } from '../lib/db-lazy.ts';
import { clear, el } from '../lib/dom.ts';
import { LEVELS, STATUSES, TEMPLATES_UI, formatNumber, labelOf, pagePath, t } from '../lib/i18n.ts';
import { regionName } from '../lib/provinces.ts';
import { selectionWhere } from '../lib/selection-sql.ts';
import { LOAD_BUDGET, partBytes, partsForSelection } from '../lib/site-index.ts';

const SORTABLE = ['agency', 'province', 'level', 'year', 'template', 'status', 'n_identity_failures'] as const;
type SortKey = (typeof SORTABLE)[number];
const PAGE = 200;

async function render(ctx: PageContext): Promise<void> {
  const { lang, base, sel, params } = ctx;
  const zh = lang === 'zh';
  const host = document.getElementById('reports-table')!;
  const status = document.getElementById('reports-status')!;
  const search = document.getElementById('report-search') as HTMLInputElement;
  const q = params.get('q') ?? '';
  if (document.activeElement !== search) search.value = q;
  search.onchange = () => ctx.setParam('q', search.value.trim() || undefined);
  const sort: SortKey = (SORTABLE as readonly string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as SortKey) : 'year';
  const desc = params.get('dir') !== 'asc';
  const limit = Math.max(PAGE, Number(params.get('n')) || PAGE);

  const parts = partsForSelection(ctx.index, sel);
  const bytes = partBytes(parts, ['reports']);
  status.dataset['parts'] = parts.map((p) => p.id).join(' ');
  if (bytes > LOAD_BUDGET.list) {
    clear(host);
    status.dataset['total'] = '';
    status.textContent = t(lang, 'tooLarge').replace('{mb}', (bytes / 1048576).toFixed(0));
    return;
  }
  status.textContent = t(lang, 'startingDb');
  let db;
  try {
    db = await loadDb(base);
    await db.load(parts, ['reports']);
  } catch (e) {
    status.textContent = t(lang, 'dbError') + (e instanceof Error ? e.message : String(e));
    return;
  }
  const w = selectionWhere(sel, 'r');
  const like = q ? ` AND concat_ws(' ', r.agency, r.province, r.city, r.county, r.source_file, r.report_id) ILIKE ?` : '';
  const ps = q ? [...w.params, `%${q}%`] : w.params;
  const order = `r."${sort}" ${desc ? 'DESC' : 'ASC'} NULLS LAST, r.source_file`;
  const [countRow] = await db.query(`SELECT count(*) AS n FROM ogi.reports r WHERE ${w.sql}${like}`, ps);
  const n = Number(countRow?.['n'] ?? 0);
  const rows = await db.query(`SELECT r.report_id, r.agency, r.province, r.city, r.county, r.level, r.year, r.template, r.status, r.n_identity_failures, r.n_issues
    FROM ogi.reports r WHERE ${w.sql}${like} ORDER BY ${order} LIMIT ${limit}`, ps);
  status.textContent = n === 0 ? t(lang, 'empty') : `${t(lang, 'showing')} ${formatNumber(rows.length, lang)} ${t(lang, 'of')} ${formatNumber(n, lang)}`;
  status.dataset['total'] = String(n);

  const head: [SortKey | null, string][] = [['agency', t(lang, 'agency')], ['province', t(lang, 'region')], ['level', t(lang, 'level')], ['year', t(lang, 'year')],
    ['template', t(lang, 'template')], ['status', t(lang, 'status')], ['n_identity_failures', t(lang, 'failedChecks')], [null, zh ? '解析问题' : 'Parse problems']];
  const th = (k: SortKey | null, label: string) => {
    if (!k) return el('th', { scope: 'col' }, label);
    const active = k === sort;
    const b = el('button', { type: 'button', class: 'sort', 'data-sort': k }, label + (active ? (desc ? ' ▼' : ' ▲') : ''));
    b.addEventListener('click', () => {
      const p = new URLSearchParams(location.search);
      p.set('sort', k);
      p.set('dir', active && desc ? 'asc' : 'desc');
      history.pushState(null, '', `${location.pathname}?${p}`);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    return el('th', { scope: 'col', 'aria-sort': active ? (desc ? 'descending' : 'ascending') : 'none' }, b);
  };
  const reportHref = (id: string) => `${pagePath(base, lang, 'report')}?id=${encodeURIComponent(id)}`;
  clear(host);
  if (n === 0) return;
  host.append(el('div', { class: 'table-wrap' }, el('table', { 'data-table': 'reports' },
    el('thead', {}, el('tr', {}, ...head.map(([k, l]) => th(k, l)))),
    el('tbody', {}, ...rows.map((r) => el('tr', { 'data-report-id': String(r['report_id']) },
      el('td', {}, el('a', { href: reportHref(String(r['report_id'])) }, String(r['agency'] ?? (zh ? '（未识别机关）' : '(agency not found)')))),
      el('td', {}, [r['province'], r['city'], r['county']].filter((v) => v !== null).map((v) => regionName(String(v), lang)).join(' · ') || '—'),
      el('td', {}, labelOf(LEVELS, (r['level'] as string | null) ?? null, lang)),
      el('td', {}, r['year'] === null ? '—' : String(r['year'])),
      el('td', {}, labelOf(TEMPLATES_UI, String(r['template']), lang)),
      el('td', { 'data-status': String(r['status']) }, labelOf(STATUSES, String(r['status']), lang)),
      el('td', {}, formatNumber(Number(r['n_identity_failures']), lang)),
      el('td', {}, formatNumber(Number(r['n_issues']), lang))))))));
  if (rows.length < n) {
    const more = el('button', { type: 'button', class: 'reset' }, t(lang, 'more'));
    more.addEventListener('click', () => ctx.setParam('n', String(limit + PAGE)));
    host.append(more);
  }
}

void startPage(render);
