/**
 * One report beside its numbers: the source text (as decoded, with line numbers) and the
 * extracted tables, failing identities and ambiguous cells marked at their cells. The
 * report is loaded by id from the address (/report/?id=…), so one static page serves
 * every report. Report text is untrusted: it only ever becomes text nodes (lib/dom.ts).
 */
import { ACTIVE_COLS, ACTIVE_ROWS, APP_COLS, APP_ROWS, RL_COLS, RL_ROWS, activeCols, activeRowKeys, appRowKeys, fieldId, type Template } from '../../schema/fields.ts';
import { pageLang, siteBase } from '../lib/app.ts';
import { checkLabel } from '../lib/check-codes.ts';
import { clear, el, safeLink } from '../lib/dom.ts';
import { LEVELS, STATUSES, TEMPLATES_UI, formatNumber, labelOf, pagePath, t, type Lang } from '../lib/i18n.ts';
import { regionName } from '../lib/provinces.ts';
import { selectionToSearch } from '../lib/selection.ts';

interface ReportFile {
  report: Record<string, string | number | null>;
  lines: [number, string][];
  facts: [string, string, string, number | null, string | null, number | null, boolean, string | null][];
  checks: [string, string, string | null, string | null, string | null, number | null, number | null, number | null, string][];
  text_note: string | null;
}

const ID = /^[0-9a-f]{16}$/;

function cellMarks(file: ReportFile): Map<string, { state: 'identity' | 'ambiguous'; messages: string[] }> {
  const marks = new Map<string, { state: 'identity' | 'ambiguous'; messages: string[] }>();
  for (const [code, , section, row, col, , , , message] of file.checks) {
    const state = code.startsWith('identity_') ? 'identity' : code === 'ambiguous_split' ? 'ambiguous' : undefined;
    if (!state || !section || !row || !col) continue;
    const k = fieldId(section, row, col);
    const m = marks.get(k);
    if (m) { m.messages.push(`${code}: ${message}`); if (state === 'identity') m.state = 'identity'; } else marks.set(k, { state, messages: [`${code}: ${message}`] });
  }
  return marks;
}

function sectionTable(file: ReportFile, lang: Lang, caption: string, section: string, rows: [string, string][], cols: [string, string][], onCell: (line: number) => void): HTMLElement {
  const facts = new Map(file.facts.map((f) => [fieldId(f[0], f[1], f[2]), f]));
  const marks = cellMarks(file);
  const zh = lang === 'zh';
  return el('div', { class: 'table-wrap' }, el('table', { class: 'report-table', 'data-section': section },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, zh ? '项目' : 'Row'), ...cols.map(([, l]) => el('th', { scope: 'col' }, l)))),
    el('tbody', {}, ...rows.map(([rk, rl]) => el('tr', {}, el('th', { scope: 'row' }, rl), ...cols.map(([ck]) => {
      const id = fieldId(section, rk, ck);
      const f = facts.get(id);
      const m = marks.get(id);
      const td = el('td', {
        'data-field': id, 'data-value': f && f[3] !== null ? String(f[3]) : '', 'data-line': f?.[5] ?? undefined,
        'data-cell-state': m?.state, 'data-derived': f?.[6] ? 'true' : undefined,
        title: [f ? `${zh ? '原文' : 'as written'}: ${f[4] ?? '—'}${f[5] ? ` (${zh ? '第' : 'line '}${f[5]}${zh ? '行' : ''})` : ''}${f[6] ? ` · ${f[7]}` : ''}` : (zh ? '未提取' : 'not extracted'), ...(m?.messages ?? [])].join('\n'),
        tabindex: f?.[5] ? 0 : undefined,
      }, f ? (f[3] === null ? (f[4] ?? '—') : formatNumber(f[3], lang, 4)) + (f[6] ? '*' : '') : '');
      if (f?.[5]) {
        const line = f[5];
        td.addEventListener('click', () => onCell(line));
        td.addEventListener('keydown', (e) => { if (e.key === 'Enter') onCell(line); });
      }
      return td;
    }))))));
}

function renderTables(host: HTMLElement, file: ReportFile, lang: Lang, onCell: (line: number) => void): void {
  const zh = lang === 'zh';
  const tpl = file.report['template'];
  if (tpl !== '2019' && tpl !== '2021') {
    host.append(el('p', { class: 'notice' }, zh ? '未识别出 2019 或 2021 模板，没有提取表格。' : 'Neither template was recognised; no tables were extracted.'));
    return;
  }
  const t = tpl as Template;
  const activeColKeys = [...new Set(activeRowKeys(t).flatMap((r) => activeCols(t, r)))];
  host.append(sectionTable(file, lang, zh ? '二、主动公开政府信息情况' : 'II. Proactive disclosure', 'active',
    activeRowKeys(t).map((r) => [r, ACTIVE_ROWS[r]![lang]]), activeColKeys.map((c) => [c, ACTIVE_COLS[c]![lang]]), onCell));
  host.append(sectionTable(file, lang, zh ? '三、收到和处理政府信息公开申请情况' : 'III. Requests received and handled', 'applications',
    appRowKeys(t).map((r) => [r, APP_ROWS.find((x) => x.key === r)![lang]]), Object.keys(APP_COLS).map((c) => [c, APP_COLS[c]![lang]]), onCell));
  host.append(sectionTable(file, lang, zh ? '四、行政复议、行政诉讼情况' : 'IV. Review and litigation', 'review_litigation',
    Object.keys(RL_ROWS).map((r) => [r, RL_ROWS[r]![lang]]), Object.keys(RL_COLS).map((c) => [c, RL_COLS[c]![lang]]), onCell));
}

async function main(): Promise<void> {
  const lang = pageLang();
  const base = siteBase();
  const zh = lang === 'zh';
  const meta = document.getElementById('report-meta')!;
  const id = new URLSearchParams(location.search).get('id') ?? '';
  if (!ID.test(id)) { meta.append(el('p', { class: 'empty' }, zh ? '缺少或无效的报告编号。请从“报告”页面打开一份报告。' : 'Missing or invalid report id. Open a report from the Reports page.')); return; }
  const res = await fetch(`${base}data/site/reports/${id.slice(0, 2)}/${id}.json`);
  if (!res.ok) { meta.append(el('p', { class: 'empty' }, zh ? `找不到报告 ${id}。` : `Report ${id} not found.`)); return; }
  const file = (await res.json()) as ReportFile;
  const r = file.report;
  const s = (k: string) => (r[k] === null || r[k] === undefined ? null : String(r[k]));
  const title = s('agency') ?? (zh ? '（未识别机关）' : '(agency not found)');
  document.querySelector('h1')!.textContent = `${title}${r['year'] ? ` · ${r['year']}` : ''}`;
  document.title = `${title} · ${document.title}`;
  const region = [s('province'), s('city'), s('county')].filter((v): v is string => v !== null);
  const dl = el('dl', { class: 'meta' });
  const row = (k: string, v: Node | string) => dl.append(el('dt', {}, k), el('dd', {}, v));
  row(t(lang, 'agency'), title);
  row(t(lang, 'region'), region.map((v) => regionName(v, lang)).join(' · ') || '—');
  row(t(lang, 'level'), labelOf(LEVELS, s('level'), lang));
  row(t(lang, 'year'), s('year') ?? '—');
  row(t(lang, 'template'), labelOf(TEMPLATES_UI, s('template'), lang));
  row(t(lang, 'status'), labelOf(STATUSES, s('status'), lang));
  row(t(lang, 'published'), s('published_on') ?? '—');
  row(t(lang, 'sourceUrl'), safeLink(s('source_url')));
  row(t(lang, 'sourceFile'), el('code', {}, s('source_file') ?? '—'));
  row(zh ? '报告编号' : 'Report id', el('code', {}, id));
  meta.append(dl);
  const back = document.getElementById('back-to-reports') as HTMLAnchorElement | null;
  if (back) back.href = pagePath(base, lang, 'reports') + selectionToSearch({});

  const source = document.getElementById('report-source')!;
  const lineEls = new Map<number, HTMLElement>();
  const factLines = new Set(file.facts.map((f) => f[5]).filter((v): v is number => v !== null));
  const badLines = new Set(file.checks.filter((c) => c[0] === 'ambiguous_split' || c[0].startsWith('identity_')).map((c) => c[7]).filter((v): v is number => v !== null));
  if (file.lines.length === 0) source.append(el('p', { class: 'empty' }, file.text_note ?? (zh ? '没有原文。' : 'No source text.')));
  const ol = el('ol', { class: 'source-lines' });
  for (const [n, text] of file.lines) {
    const li = el('li', { id: `L${n}`, 'data-line': n, class: [factLines.has(n) ? 'has-facts' : '', badLines.has(n) ? 'has-problem' : ''].join(' ').trim() || undefined },
      el('span', { class: 'ln', 'aria-hidden': 'true' }, n), el('span', { class: 'tx' }, text));
    lineEls.set(n, li);
    ol.append(li);
  }
  source.append(ol);
  const focusLine = (n: number) => {
    for (const e of ol.querySelectorAll('.hit')) e.classList.remove('hit');
    const li = lineEls.get(n);
    if (!li) return;
    li.classList.add('hit');
    li.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const tables = document.getElementById('report-tables')!;
  clear(tables);
  renderTables(tables, file, lang, focusLine);
  const checks = document.getElementById('report-checks')!;
  if (file.checks.length === 0) checks.append(el('p', {}, zh ? '没有检查记录：全部勾稽关系成立。' : 'No checks recorded: every identity holds.'));
  else checks.append(el('div', { class: 'table-wrap' }, el('table', { 'data-table': 'report-checks' },
    el('thead', {}, el('tr', {}, ...[zh ? '代码' : 'Code', zh ? '级别' : 'Severity', zh ? '位置' : 'Where', zh ? '应为' : 'Expected', zh ? '实为' : 'Actual', zh ? '行' : 'Line', zh ? '说明' : 'Message'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...file.checks.map(([code, sev, section, rk, ck, exp, act, line, msg]) => el('tr', { 'data-check': code },
      el('th', { scope: 'row', title: checkLabel(code, lang) }, el('code', {}, code)), el('td', {}, sev),
      el('td', { style: 'text-align:left' }, [section, rk, ck].filter(Boolean).join('.')), el('td', {}, exp ?? ''), el('td', {}, act ?? ''),
      el('td', {}, line ?? ''), el('td', { style: 'text-align:left' }, msg)))))));
  document.body.dataset['rendered'] = '1';
  document.dispatchEvent(new CustomEvent('ogi:rendered', { detail: { seq: 1 } }));
}

void main();
