/**
 * A Markdown rendering (a report converted by a document tool): `#` headings, paragraphs,
 * pipe tables with a `|---|` separator under their first row, merged cells left blank
 * after their first row, header cells sometimes in bold.
 */
import { APP_NOTE, RL_RESULTS, RL_SUITS, SECTION_TITLES } from '../labels.ts';
import type { Model } from '../model.ts';
import { chance, type Rng } from '../prng.ts';
import { openedLabels } from './common.ts';

export function renderMarkdown(m: Model, r: Rng): string {
  const L: string[] = [];
  const bold = chance(r, 0.4);
  const b = (s: string) => (bold ? `**${s}**` : s);
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const sepRow = (n: number) => `|${' --- |'.repeat(n)}`;
  if (m.titleMode === 'line') { L.push(`# ${m.title}`, ''); }
  for (const p of m.prose.preamble) L.push(p, '');
  L.push(`## ${SECTION_TITLES.s1}`, '');
  for (const p of m.prose.s1) L.push(p, '');
  L.push(`## ${SECTION_TITLES.s2}`, '');
  const w = Math.max(...m.active.map((x) => x.cols.length));
  const pad = (cells: string[]) => [...cells, ...Array<string>(Math.max(0, w - cells.length)).fill('')];
  m.active.forEach((blk, i) => {
    L.push(row(pad([b(blk.head)])));
    if (i === 0) L.push(sepRow(w));
    L.push(row(pad(blk.cols.map(b))));
    for (const rw of blk.rows) L.push(row(pad([rw.label, ...rw.cells.map((c) => c.text)])));
  });
  L.push('', `## ${SECTION_TITLES.s3}`, '');
  L.push(row([b(APP_NOTE), '', '', b('申请人情况'), '', '', '', '', '', '']));
  L.push(sepRow(10));
  L.push(row(['', '', '', b('自然人'), b('法人或其他组织'), '', '', '', '', b('总计')]));
  L.push(row(['', '', '', '', ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map(b), '']));
  const labels = openedLabels(m.app);
  m.app.forEach((a, i) => {
    const lab = labels[i] ?? [];
    const lead = a.path.length - lab.length;
    const cells = [...Array<string>(lead).fill(''), ...lab];
    while (cells.length < 3) cells.push('');
    L.push(row([...cells, ...a.cells.map((c) => c.text)]));
  });
  L.push('', `## ${SECTION_TITLES.s4}`, '');
  L.push(row([b('行政复议'), '', '', '', '', b('行政诉讼'), '', '', '', '', '', '', '', '', '']));
  L.push(sepRow(15));
  L.push(row([...RL_RESULTS.map(b), b(RL_SUITS[0]), '', '', '', '', b(RL_SUITS[1]), '', '', '', '']));
  L.push(row(['', '', '', '', '', ...RL_RESULTS.map(b), ...RL_RESULTS.map(b)]));
  L.push(row(m.review.map((c) => c.text)));
  L.push('', `## ${SECTION_TITLES.s5}`, '');
  for (const p of m.prose.s5) L.push(p, '');
  L.push(`## ${SECTION_TITLES.s6}`, '');
  for (const p of m.prose.s6) L.push(p, '');
  for (const s of m.signature) L.push(s, '');
  return L.join('\n');
}
