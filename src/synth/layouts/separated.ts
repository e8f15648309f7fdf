/**
 * Row-per-line layouts: ` | `-separated (a Word table pasted as text, seeds 000/004)
 * and tab-separated (text from a PDF, seed 001). Header blocks keep the template's
 * shape: `第二十条第（一）项 | |||`, merged group labels printed on their first row only,
 * section 四 as three header rows and one row of fifteen cells.
 */
import { APP_NOTE, RL_RESULTS, RL_SUITS, SECTION_TITLES, halfBrackets } from '../labels.ts';
import type { Cell, Model } from '../model.ts';
import { chance, type Rng } from '../prng.ts';
import { FULL_DIGITS, dateZh, openedLabels } from './common.ts';

export interface SeparatedOptions {
  readonly sep: 'pipe' | 'tab';
  readonly halfWidth: boolean;
  readonly fullDigits: boolean;
}

export function separatedOptions(r: Rng, sep: 'pipe' | 'tab'): SeparatedOptions {
  return { sep, halfWidth: chance(r, 0.35), fullDigits: chance(r, 0.04) };
}

export function renderSeparated(m: Model, r: Rng, o: SeparatedOptions): string {
  const L: string[] = [];
  const blankBetween = o.sep === 'tab';
  const para = (s: string) => { L.push(s); if (blankBetween) L.push(''); };
  const v = (c: Cell) => (o.fullDigits ? FULL_DIGITS(c.text) : c.text);
  const row = (cells: readonly string[], trailing = 0): string => {
    if (o.sep === 'pipe') return cells.join(' | ') + ' |' + (trailing > 0 ? ' ' + '|'.repeat(trailing) : '');
    return cells.join('\t') + '\t'.repeat(trailing);
  };
  if (m.titleMode === 'line') { L.push(m.title); L.push(''); }
  for (const p of m.prose.preamble) para(p);
  para(SECTION_TITLES.s1);
  for (const p of m.prose.s1) para(p);
  para(SECTION_TITLES.s2);
  for (const b of m.active) {
    L.push(row([b.head], b.cols.length - 1));
    L.push(row(b.cols));
    for (const rw of b.rows) L.push(row([rw.label, ...rw.cells.map(v)]));
  }
  if (blankBetween) L.push('');
  para(SECTION_TITLES.s3);
  L.push(row([APP_NOTE, '申请人情况'], 8));
  if (o.sep === 'tab' && chance(r, 0.5)) L.push('------------------------------------\t-------');
  L.push(row(['自然人', '法人或其他组织', '总计'], 7));
  L.push(row(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'], 5));
  const labels = openedLabels(m.app);
  m.app.forEach((a, i) => {
    const lab = labels[i] ?? [];
    const lead = o.sep === 'tab' && lab.length < a.path.length ? [''] : [];
    L.push(row([...lead, ...lab, ...a.cells.map(v)], 3 - lab.length - lead.length));
  });
  if (blankBetween) L.push('');
  para(SECTION_TITLES.s4);
  L.push(row(['行政复议', '行政诉讼'], 13));
  L.push(row([...RL_RESULTS, ...RL_SUITS], 8));
  L.push(row([...RL_RESULTS, ...RL_RESULTS]));
  L.push(row(m.review.map(v)));
  if (blankBetween) L.push('');
  para(SECTION_TITLES.s5);
  for (const p of m.prose.s5) para(p);
  para(SECTION_TITLES.s6);
  for (const p of m.prose.s6) para(p);
  L.push('');
  for (const s of m.signature) L.push(s);
  const text = L.join('\n') + '\n';
  return o.halfWidth ? halfBrackets(text) : text;
}

export { dateZh };
