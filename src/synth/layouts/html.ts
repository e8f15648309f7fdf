/**
 * An HTML page with the three tables as `<table>`s, merged cells as rowspan/colspan the
 * way the official template merges them, values sometimes wrapped in `<p>`/`<span>` and
 * padded with `&nbsp;`, and page chrome (navigation, scripts) around the report.
 */
import { APP_NOTE, RL_RESULTS, RL_SUITS, SECTION_TITLES } from '../labels.ts';
import type { Cell, Model } from '../model.ts';
import { chance, pick, type Rng } from '../prng.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderHtml(m: Model, r: Rng, charset: string): string {
  const wrapStyle = pick(r, ['plain', 'p', 'span']);
  const nbsp = chance(r, 0.3);
  const td = (s: string, attrs = '') => `<td${attrs}>${wrapStyle === 'p' ? `<p style="text-align:center">${esc(s)}</p>` : wrapStyle === 'span' ? `<span style="font-size:12pt">${esc(s)}</span>` : esc(s)}</td>`;
  const val = (c: Cell) => td(nbsp && chance(r, 0.3) ? `\u00a0${c.text}\u00a0` : c.text);
  const H: string[] = [];
  H.push('<!DOCTYPE html>');
  H.push(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${esc(m.titleMode === 'line' ? m.title : '政府信息公开工作年度报告')}</title>`);
  H.push('<script>var _hmt = _hmt || [];</script><style>td{border:1px solid #000}</style></head><body>');
  H.push('<div class="nav"><a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; 政府信息公开年报</div>');
  if (m.titleMode === 'line') H.push(`<h1>${esc(m.title)}</h1>`);
  H.push('<div class="content">');
  for (const p of m.prose.preamble) H.push(`<p>${esc(p)}</p>`);
  H.push(`<p><strong>${SECTION_TITLES.s1}</strong></p>`);
  for (const p of m.prose.s1) H.push(`<p>${esc(p)}</p>`);
  H.push(`<p><strong>${SECTION_TITLES.s2}</strong></p>`);
  H.push('<table border="1" cellspacing="0">');
  const width = Math.max(...m.active.map((b) => b.cols.length));
  for (const b of m.active) {
    H.push(`<tr>${td(b.head, ` colspan="${width}"`)}</tr>`);
    H.push(`<tr>${b.cols.map((c, i) => td(c, i === b.cols.length - 1 && b.cols.length < width ? ` colspan="${width - b.cols.length + 1}"` : '')).join('')}</tr>`);
    for (const rw of b.rows) H.push(`<tr>${td(rw.label)}${rw.cells.map((c, i) => (i === rw.cells.length - 1 && rw.cells.length + 1 < width ? `<td colspan="${width - rw.cells.length}">${esc(c.text)}</td>` : val(c))).join('')}</tr>`);
  }
  H.push('</table>');
  H.push(`<p><strong>${SECTION_TITLES.s3}</strong></p>`);
  H.push('<table border="1" cellspacing="0">');
  H.push(`<tr>${td(APP_NOTE, ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>`);
  H.push(`<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>`);
  H.push(`<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(h)).join('')}</tr>`);
  // rowspans: how many rows share each group label
  const span = new Map<string, number>();
  for (const a of m.app) a.path.slice(0, -1).forEach((p, d) => span.set(`${d}:${p}`, (span.get(`${d}:${p}`) ?? 0) + 1));
  let prev: readonly string[] = [];
  for (const a of m.app) {
    const cells: string[] = [];
    a.path.forEach((p, d) => {
      const leaf = d === a.path.length - 1;
      if (!leaf && prev[d] === p) return;
      if (leaf) cells.push(td(p, a.path.length < 3 ? ` colspan="${3 - d}"` : ''));
      else cells.push(td(p, ` rowspan="${span.get(`${d}:${p}`) ?? 1}"`));
    });
    prev = a.path;
    H.push(`<tr>${cells.join('')}${a.cells.map(val).join('')}</tr>`);
  }
  H.push('</table>');
  H.push(`<p><strong>${SECTION_TITLES.s4}</strong></p>`);
  H.push('<table border="1" cellspacing="0">');
  H.push(`<tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>`);
  H.push(`<tr>${RL_RESULTS.map((h) => td(h, ' rowspan="2"')).join('')}${RL_SUITS.map((h) => td(h, ' colspan="5"')).join('')}</tr>`);
  H.push(`<tr>${[...RL_RESULTS, ...RL_RESULTS].map((h) => td(h)).join('')}</tr>`);
  H.push(`<tr>${m.review.map(val).join('')}</tr>`);
  H.push('</table>');
  H.push(`<p><strong>${SECTION_TITLES.s5}</strong></p>`);
  for (const p of m.prose.s5) H.push(`<p>${esc(p)}</p>`);
  H.push(`<p><strong>${SECTION_TITLES.s6}</strong></p>`);
  for (const p of m.prose.s6) H.push(`<p>${esc(p)}</p>`);
  for (const s of m.signature) H.push(`<p style="text-align:right">${esc(s)}</p>`);
  H.push('</div><div class="footer">主办单位：' + esc(m.body.agency) + '</div></body></html>');
  return H.join('\n') + '\n';
}
