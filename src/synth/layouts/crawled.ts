/**
 * A crawled page's text (the 平潭 r00x / p1NN files): a `标题:/发布时间:/原文链接:` header,
 * a body marker, then the whole page on one line: breadcrumb chrome, prose, and every
 * table cell glued together. Rows stay honestly readable (see glued.ts): a row is glued
 * only where one reading of it satisfies its identities.
 */
import { APP_COLS, APPLICANT_COLS } from '../../schema/fields.ts';
import { FREE, separators, gluedText, type Binding } from '../glued.ts';
import { APP_NOTE, RL_RESULTS, RL_SUITS, SECTION_TITLES } from '../labels.ts';
import type { Model } from '../model.ts';
import { chance, int, pick, type Rng } from '../prng.ts';
import { dateIso, openedLabels } from './common.ts';
import { OUTCOME_ROWS } from '../../schema/fields.ts';

const EPS = 1e-6;
const ROW: Binding = { groupSize: 7, holds: (g) => Math.abs(g.slice(0, 6).reduce((s, x) => s + x, 0) - (g[6] ?? 0)) < EPS };
const RL: Binding = { groupSize: 5, holds: (g) => Math.abs((g[0] ?? 0) + (g[1] ?? 0) + (g[2] ?? 0) + (g[3] ?? 0) - (g[4] ?? 0)) < EPS };

/** Column identities 1 and 2 broken, with one row's cells replaced (as the parser weighs readings). */
function columnViolations(m: Model, key: string, cand: readonly number[]): number {
  const rows = new Map(m.app.map((a) => [a.key, a.cells.map((c) => c.value)] as const));
  rows.set(key, [...cand]);
  const get = (r: string, c: number) => rows.get(r)?.[c];
  const hasParts = rows.has('other_misc');
  let bad = 0;
  for (let c = 0; c < Object.keys(APP_COLS).length; c++) {
    const [a, b, t, f] = [get('new', c), get('carried_over', c), get('total', c), get('carried_forward', c)];
    if (a != null && b != null && t != null && f != null && Math.abs(a + b - t - f) > EPS) bad++;
    let s = 0;
    for (const r of OUTCOME_ROWS) {
      const rs = r === 'other' && hasParts ? ['other_no_correction', 'other_no_fee', 'other_misc'] : [r];
      for (const rr of rs) s += get(rr, c) ?? 0;
    }
    if (t != null && Math.abs(s - t) > EPS) bad++;
  }
  return bad;
}

export function renderCrawled(m: Model, r: Rng): string {
  const iso = dateIso(m.date);
  const ym = iso.slice(0, 7).replace('-', '');
  const no = int(r, 10000, 99999);
  const hh = `${String(int(r, 8, 18)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}`;
  const path = `zwgk/zfxxgk/zfxxgknb/${ym}`;
  const head = [
    `标题: ${m.title}`,
    `发布时间: ${iso} ${hh}`,
    '文号: ',
    `发布机构: ${chance(r, 0.3) ? m.body.agency : ''}`,
    '栏目: 政府信息公开年报',
    `原文链接: https://www.${m.body.regionCode}.gov.cn/${path}/t${iso.replace(/-/g, '')}_${no}.htm`,
    `本地目录: ${path}/${no}_${m.title}`,
    '页面链接与图片详见 links.tsv(同目录)',
    '==================== 正文 ====================',
  ];
  const parts: string[] = [];
  parts.push(`当前位置： 首页政务公开政府信息公开政府信息公开年报 ${m.title} 来源：${chance(r, 0.5) ? m.body.agency : ''} 时间：${iso} ${hh} 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： --> `);
  parts.push(m.prose.preamble.join(''));
  parts.push(SECTION_TITLES.s1 + m.prose.s1.join(''));
  const sp = () => (chance(r, 0.4) ? ' ' : '');
  let t = SECTION_TITLES.s2 + sp();
  const glueBias = pick(r, [0.97, 0.9, 0.7]);
  for (const b of m.active) {
    t += b.head + b.cols.join(sp());
    for (const rw of b.rows) {
      const sep = separators(r, rw.cells, FREE, undefined, glueBias);
      t += rw.label + sp() + gluedText(r, rw.cells, sep);
    }
  }
  parts.push(t);
  t = SECTION_TITLES.s3 + APP_NOTE + '申请人情况自然人法人或其他组织总计' + sp() + '商业企业科研机构社会公益组织法律服务机构其他';
  const labels = openedLabels(m.app);
  let tieUsed = false;
  m.app.forEach((a, i) => {
    const tie = tieUsed ? undefined : (cands: readonly number[][]) => {
      const truth = a.cells.map((c) => c.value);
      const scores = cands.map((c) => columnViolations(m, a.key, c));
      const mine = columnViolations(m, a.key, truth);
      const ok = scores.filter((s) => s <= mine).length === 1;
      if (ok) tieUsed = true;
      return ok;
    };
    const sep = separators(r, a.cells, ROW, tie, glueBias);
    t += (labels[i] ?? []).join(chance(r, 0.2) ? ' ' : '') + gluedText(r, a.cells, sep);
  });
  parts.push(t);
  const rlSep = separators(r, m.review, RL, undefined, glueBias);
  parts.push(` ${SECTION_TITLES.s4} 行政复议行政诉讼${RL_RESULTS.join('')}${RL_SUITS.join('')}${RL_RESULTS.join('')}${RL_RESULTS.join('')}${gluedText(r, m.review, rlSep)}`);
  parts.push(SECTION_TITLES.s5 + m.prose.s5.join(''));
  parts.push(SECTION_TITLES.s6 + m.prose.s6.join(''));
  parts.push(` ${m.signature.join(' ')} 附件下载`);
  void APPLICANT_COLS;
  return head.join('\n') + '\n' + parts.join('') + '\n';
}
