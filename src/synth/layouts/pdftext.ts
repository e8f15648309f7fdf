/**
 * Text extracted from a PDF (the 淮安 r010–r012 files): prose wrapped at a page width,
 * page footers (`-3 -`), the title split over two lines, table header labels broken
 * over lines, long row labels broken around their values, and the vertical group label
 * (三、本年度办理结果) spread one character per line down the rows.
 */
import { APP_NOTE, SECTION_TITLES } from '../labels.ts';
import type { Model } from '../model.ts';
import { chance, int, type Rng } from '../prng.ts';
import { openedLabels } from './common.ts';

function wrap(s: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out;
}

/** Years and numbers in prose get a space after them, as PDF text extraction leaves (`2023 年`). */
function spaced(r: Rng, s: string): string {
  return s.replace(/(\d{4})年/g, (m, y: string) => (chance(r, 0.5) ? `${y} 年` : m));
}

export function renderPdfText(m: Model, r: Rng): string {
  const L: string[] = [];
  const width = int(r, 26, 34);
  let page = 1;
  let since = 0;
  const footer = () => { L.push(`-${page} -`); page++; since = 0; };
  const line = (s: string) => { L.push(s); if (++since > 38 && chance(r, 0.3)) footer(); };
  const para = (s: string) => { for (const w of wrap(spaced(r, s), width)) line(w); };
  if (m.titleMode === 'line') {
    const split = m.title.indexOf(String(m.year));
    if (split > 0 && chance(r, 0.7)) { line(m.title.slice(0, split)); line(spaced(r, m.title.slice(split))); } else line(m.title);
  }
  for (const p of m.prose.preamble) para(p);
  line(SECTION_TITLES.s1);
  for (const p of m.prose.s1) para(p);
  line(SECTION_TITLES.s2);
  for (const b of m.active) {
    line(chance(r, 0.4) ? b.head.replace('条第', '条 第') : b.head);
    line(b.cols.join(' '));
    for (const rw of b.rows) line(`${rw.label} ${rw.cells.map((c) => c.text).join(' ')}`);
  }
  line(SECTION_TITLES.s3);
  line('申请人情况');
  line('法人或其他组织');
  line(APP_NOTE.slice(0, 24));
  line(APP_NOTE.slice(24));
  line('自然人 社会 法律 总计');
  line('商业 科研');
  line('公益 服务 其他');
  line('企业 机构');
  line('组织 机构');
  const labels = openedLabels(m.app);
  const vertical = [...'三、本年度办理结果'];
  const resRows = m.app.filter((a) => a.path[0] === '三、本年度办理结果').length;
  const firstVertical = Math.max(0, Math.floor((resRows - vertical.length) / 2));
  // a merged group label (（三）不予公开) lands after the middle row of its group
  const groupAfter = new Map<number, string>();
  const members = new Map<string, number[]>();
  m.app.forEach((a, i) => { if (a.path.length === 3) { const g = a.path[1] ?? ''; members.set(g, [...(members.get(g) ?? []), i]); } });
  for (const [g, idx] of members) groupAfter.set(idx[Math.floor((idx.length - 1) / 2)] ?? 0, g);
  let gi = 0;
  m.app.forEach((a, i) => {
    const own = (labels[i] ?? []).at(-1) ?? '';
    let prefix = '';
    if (a.path[0] === '三、本年度办理结果') {
      if (vertical.length && gi >= firstVertical) {
        const ch = vertical.shift() ?? '';
        if (chance(r, 0.5)) line(ch); else prefix = ch;
      }
      gi++;
    }
    const vals = a.cells.map((c) => c.text).join(' ');
    if (own.length > 18 && chance(r, 0.6)) {
      const k = int(r, 10, own.length - 4);
      line(own.slice(0, k));
      line(prefix ? `${prefix} ${vals}` : vals);
      line(own.slice(k));
    } else if (chance(r, 0.3)) {
      line(own);
      line(prefix ? `${prefix} ${vals}` : vals);
    } else {
      if (prefix) line(prefix);
      line(`${own} ${vals}`);
    }
    const g = groupAfter.get(i);
    if (g) line(g);
  });
  line(SECTION_TITLES.s4);
  line('行政复议 行政诉讼');
  line('未经复议直接起诉 复议后起诉');
  line('结果 结果 其他 尚未');
  line('总 计');
  line('维持 纠正 结果 审结 结果 结果 其他 尚未 结果 结果 其他 尚未');
  line('总 计 总 计');
  line('维持 纠正 结果 审结 维持 纠正 结果 审结');
  line(m.review.map((c) => c.text).join(' '));
  line(SECTION_TITLES.s5);
  for (const p of m.prose.s5) para(p);
  line(SECTION_TITLES.s6);
  for (const p of m.prose.s6) para(p);
  for (const s of m.signature) line(s);
  footer();
  return L.join('\n').replace(/\n{2,}/g, '\n') + '\n';
}
