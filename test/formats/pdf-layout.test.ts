/**
 * The PDF page geometry alone: positioned text and ruling lines → lines. The pages
 * are drawn by hand here, each reproducing one layout of the 淮安 PDFs (page 4 of
 * 010: a vertical group label over rows, a label wrapped round its values, a page
 * number under the table).
 */
import { describe, expect, it } from 'vitest';
import { layoutPage, mergeRules, type PageRules, type PdfTextItem, type Rule } from '../../src/pipeline/formats/pdf-layout.ts';

const item = (str: string, x: number, y: number, size = 10, vertical = false): PdfTextItem => ({ str, x, y, width: vertical ? size : str.length * size * 0.6, size, vertical });

/** A grid drawn the way Word exports it: full rules, except where a cell is merged. */
function grid(xs: number[], ys: number[], skip: (h: Rule) => Rule[] = (h) => [h]): PageRules {
  const top = Math.max(...ys), bottom = Math.min(...ys);
  return {
    horizontal: ys.flatMap((y) => skip({ at: y, from: xs[0] ?? 0, to: xs.at(-1) ?? 0 })),
    vertical: xs.map((x) => ({ at: x, from: bottom, to: top })),
  };
}

describe('layoutPage', () => {
  it('emits each table row as one line of tab-separated cells, left to right', () => {
    const rules = grid([50, 200, 300, 400], [700, 680, 660]);
    const lines = layoutPage([
      item('11', 310, 685), item('规章', 55, 685), item('1', 210, 685), item('0', 260, 685),
      item('行政规范性文件', 55, 665), item('8', 210, 665), item('26', 250, 665), item('66', 310, 665),
    ], rules, 842);
    expect(lines.map((l) => l.text)).toEqual(['规章\t1 0\t11', '行政规范性文件\t8 26\t66']);
    expect(lines.every((l) => l.tableRow)).toBe(true);
  });

  it('keeps a label wrapped over two lines in the row of its values, whole', () => {
    // （二）部分公开… wraps; its values sit between the two halves, vertically centred.
    const rules = grid([50, 250, 300, 350], [700, 670, 650]);
    const lines = layoutPage([
      item('（二）部分公开（区分处理的，', 55, 688), item('只计这一情形）', 55, 674),
      item('447', 255, 681), item('454', 305, 681),
      item('1.属于国家秘密', 55, 655), item('2', 255, 655), item('2', 305, 655),
    ], rules, 842);
    expect(lines.map((l) => l.text)).toEqual(['（二）部分公开（区分处理的，只计这一情形）\t447\t454', '1.属于国家秘密\t2\t2']);
  });

  it('puts a label merged down several rows once, on the first row it spans, before that row\'s label', () => {
    // column 50–100 is one merged cell over three rows: the row rules start at x = 100
    const rows = [700, 680, 660, 640];
    const rules: PageRules = {
      horizontal: [{ at: 700, from: 50, to: 300 }, { at: 640, from: 50, to: 300 }, { at: 680, from: 100, to: 300 }, { at: 660, from: 100, to: 300 }],
      vertical: [50, 100, 250, 300].map((x) => ({ at: x, from: 640, to: 700 })),
    };
    const lines = layoutPage([
      // 其 / 他 / 处 / 理 one character per line, centred on the middle row
      item('（六）其', 52, 678), item('他处理', 52, 666),
      item('1.逾期不补正', 105, 685), item('67', 255, 685),
      item('2.未缴纳费用', 105, 665), item('6', 255, 665),
      item('3.其他', 105, 645), item('108', 255, 645),
    ], rules, 842);
    expect(rows.length).toBe(4);
    expect(lines.map((l) => l.text)).toEqual(['（六）其他处理\t1.逾期不补正\t67', '2.未缴纳费用\t6', '3.其他\t108']);
  });

  it('reads a vertical-font label by its first glyph, which hangs below the baseline origin', () => {
    const rules: PageRules = {
      horizontal: [{ at: 700, from: 50, to: 300 }, { at: 600, from: 50, to: 300 }, { at: 650, from: 80, to: 300 }],
      vertical: [50, 80, 250, 300].map((x) => ({ at: x, from: 600, to: 700 })),
    };
    const lines = layoutPage([item('三、本年', 60, 702, 10, true), item('（一）予以公开', 85, 675), item('1288', 255, 675), item('（二）部分公开', 85, 625), item('454', 255, 625)], rules, 842);
    expect(lines.map((l) => l.text)).toEqual(['三、本年\t（一）予以公开\t1288', '（二）部分公开\t454']);
  });

  it('ends a cell cut by the page break where its side rules end', () => {
    // the table runs off the bottom of the page: no rule closes the last row
    const rules: PageRules = {
      horizontal: [{ at: 200, from: 50, to: 300 }, { at: 150, from: 100, to: 300 }],
      vertical: [50, 100, 250, 300].map((x) => ({ at: x, from: 60, to: 200 })),
    };
    const lines = layoutPage([item('（四）无', 55, 175), item('1.不掌握', 105, 175), item('746', 255, 175), item('2.另行制作', 105, 100), item('11', 255, 100)], rules, 842);
    expect(lines.map((l) => l.text)).toEqual(['（四）无\t1.不掌握\t746', '2.另行制作\t11']);
  });

  it('leaves text outside the rules (headings, page numbers) on lines of its own, in reading order', () => {
    const rules = grid([50, 200, 300], [500, 480]);
    const lines = layoutPage([
      item('- 4 -', 280, 40, 13), item('三、收到和处理政府信息公开申请情况', 60, 520, 16),
      item('（七）总计', 55, 485), item('3050', 210, 485),
    ], rules, 842);
    expect(lines).toEqual([
      { text: '三、收到和处理政府信息公开申请情况', tableRow: false },
      { text: '（七）总计\t3050', tableRow: true },
      { text: '- 4 -', tableRow: false },
    ]);
  });

  it('without rules, groups items by baseline and separates wide gaps with a tab', () => {
    const lines = layoutPage([item('行政许可', 60, 600), item('447228', 250, 601), item('行政处罚', 60, 580), item('3985758', 250, 580)], { horizontal: [], vertical: [] }, 842);
    expect(lines.map((l) => l.text)).toEqual(['行政许可\t447228', '行政处罚\t3985758']);
  });

  it('does not take a frame round the whole page for a table cell', () => {
    const frame = grid([30, 565], [812, 30]);
    const lines = layoutPage([item('一、总体情况', 60, 700), item('二、主动公开政府信息情况', 60, 500)], frame, 842);
    expect(lines.map((l) => l.text)).toEqual(['一、总体情况', '二、主动公开政府信息情况']);
  });
});

describe('mergeRules', () => {
  it('joins a border drawn cell by cell into one rule, and keeps parallel rules apart', () => {
    const merged = mergeRules([{ at: 100, from: 0, to: 50 }, { at: 100.4, from: 50, to: 120 }, { at: 130, from: 0, to: 120 }]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ from: 0, to: 120 });
  });
});
