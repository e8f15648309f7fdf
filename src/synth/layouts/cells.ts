/**
 * One cell per line, as a Word table exported to text prints it (seeds 002/003): every
 * cell on its own tab-indented line, header cells broken inside (`本年新` / `制作数量`),
 * value cells padded with a space on either side, rows optionally set apart by blank lines.
 */
import { APP_NOTE, RL_RESULTS, RL_SUITS, SECTION_TITLES } from '../labels.ts';
import type { Cell, Model } from '../model.ts';
import { chance, pick, type Rng } from '../prng.ts';
import { FULL_DIGITS, openedLabels } from './common.ts';

const BREAK_AT: Record<string, number> = { '本年新制作数量': 3, '本年新公开数量': 3, '上一年项目数量': 3, '本年处理决定数量': 4, '本年收费金额（单位：万元）': 6 };

export function renderCells(m: Model, r: Rng): string {
  const L: string[] = [];
  const gap = chance(r, 0.5);
  const pad = chance(r, 0.6);
  const full = chance(r, 0.04);
  const cell = (s: string) => L.push('\t' + s);
  const head = (s: string) => {
    const k = BREAK_AT[s];
    if (k && chance(r, 0.6)) { L.push('\t' + s.slice(0, k)); L.push(s.slice(k)); } else cell(s);
  };
  const val = (c: Cell) => {
    const t = full ? FULL_DIGITS(c.text) : c.text;
    cell(pad ? pick(r, [' ' + t, t + ' ', t, c.text.startsWith('减') ? '\u3000' + t : t]) : t);
  };
  const endRow = () => { if (gap) L.push(''); };
  if (m.titleMode === 'line') L.push(m.title);
  for (const p of m.prose.preamble) L.push(p);
  L.push(chance(r, 0.15) ? '1、 总体情况' : SECTION_TITLES.s1);
  for (const p of m.prose.s1) L.push(p);
  L.push(SECTION_TITLES.s2);
  for (const b of m.active) {
    cell(b.head); endRow();
    b.cols.forEach(head); endRow();
    for (const rw of b.rows) { cell(rw.label); rw.cells.forEach(val); endRow(); }
  }
  L.push(SECTION_TITLES.s3);
  cell(APP_NOTE); cell('申请人情况'); endRow();
  for (const h of ['自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']) cell(h);
  endRow();
  const labels = openedLabels(m.app);
  m.app.forEach((a, i) => {
    for (const l of labels[i] ?? []) cell(l);
    a.cells.forEach(val);
    endRow();
  });
  L.push(SECTION_TITLES.s4);
  cell('行政复议'); cell('行政诉讼');
  for (const h of [...RL_RESULTS, ...RL_SUITS, ...RL_RESULTS, ...RL_RESULTS]) cell(h);
  endRow();
  m.review.forEach(val);
  L.push(chance(r, 0.15) ? '5、 存在的主要问题及改进情况' : SECTION_TITLES.s5);
  for (const p of m.prose.s5) L.push(p);
  L.push(chance(r, 0.15) ? '6、 其他需要报告的事项' : SECTION_TITLES.s6);
  for (const p of m.prose.s6) L.push(p);
  for (const s of m.signature) L.push(s);
  return L.join('\n') + '\n';
}
