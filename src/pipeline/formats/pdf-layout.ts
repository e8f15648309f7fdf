/**
 * One PDF page's positioned text and ruling lines → lines of text. Where the page
 * draws a table, each text item is put in the cell its rules enclose, and each row of
 * cells becomes one line with its cells joined by a tab: a wrapped label stays in its
 * row with its values, and a merged cell (三、本年度办理结果 written one character per
 * line, （六）其他处理 over three sub-rows) is emitted once, on the first row it spans,
 * before that row's own label. Text outside any cell is grouped into lines by baseline.
 * Pure geometry, in PDF user space (y grows upwards); no pdf.js here.
 */

export interface PdfTextItem {
  readonly str: string;
  /** Left end of the baseline. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (the item's height). */
  readonly size: number;
  /** Written top to bottom (a vertical font): the text runs down from `y`. */
  readonly vertical?: boolean;
}

/** A ruling line: horizontal (`y` with `from`..`to` along x) or vertical (`x` with `from`..`to` along y). */
export interface Rule {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

export interface PageRules {
  readonly horizontal: readonly Rule[];
  readonly vertical: readonly Rule[];
}

export interface PageLine {
  readonly text: string;
  /** Whether the line is a row of table cells (cells joined by tabs). */
  readonly tableRow: boolean;
}

/** Rules closer than this (pt) are one rule; ends closer than this touch. */
const SNAP = 1.2;

/** Collinear pieces (cell borders are often drawn one cell at a time) → whole rules. */
export function mergeRules(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: { at: number; from: number; to: number }[] = [];
  for (const r of sorted) {
    const same = out.filter((o) => Math.abs(o.at - r.at) <= SNAP);
    const touching = same.find((o) => r.from <= o.to + SNAP * 2 && r.to >= o.from - SNAP * 2);
    if (touching) {
      touching.from = Math.min(touching.from, r.from);
      touching.to = Math.max(touching.to, r.to);
    } else {
      out.push({ at: r.at, from: r.from, to: r.to });
    }
  }
  return out;
}

interface Cell {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly items: PdfTextItem[];
}

/**
 * The cell whose rules enclose a point, if the page draws one there. A table cut by a
 * page break has no rule along the cut: there the cell ends where its side rules end.
 */
function cellAt(cx: number, cy: number, rules: PageRules, maxHeight: number): Omit<Cell, 'items'> | undefined {
  let left: Rule | undefined, right: Rule | undefined;
  let top = Infinity, bottom = -Infinity;
  for (const v of rules.vertical) {
    if (cy < v.from - SNAP || cy > v.to + SNAP) continue;
    if (v.at <= cx && (!left || v.at > left.at)) left = v;
    if (v.at >= cx && (!right || v.at < right.at)) right = v;
  }
  if (!left || !right) return undefined;
  for (const h of rules.horizontal) {
    if (cx < h.from - SNAP || cx > h.to + SNAP) continue;
    if (h.at >= cy && h.at < top) top = h.at;
    if (h.at <= cy && h.at > bottom) bottom = h.at;
  }
  if (!Number.isFinite(top)) top = Math.min(left.to, right.to);
  if (!Number.isFinite(bottom)) bottom = Math.max(left.from, right.from);
  // A frame around the whole page is not a table cell.
  if (top - bottom > maxHeight) return undefined;
  return { left: left.at, right: right.at, top, bottom };
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** How two pieces of text on one visual line are joined, by the gap between them. */
function joiner(gap: number, size: number, tabs: boolean): string {
  if (tabs && gap > size * 1.5) return '\t';
  return gap > size * 0.25 ? ' ' : '';
}

/** Items → visual lines (by baseline), each sorted left to right. */
function clusterLines(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const it of sorted) {
    const line = lines.at(-1);
    const ref = line?.[0];
    if (line && ref && Math.abs(ref.y - it.y) <= Math.max(ref.size, it.size) * 0.5) line.push(it);
    else lines.push([it]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

function lineText(line: readonly PdfTextItem[], tabs: boolean): string {
  let s = '';
  let end = -Infinity;
  for (const it of line) {
    if (s !== '') s += joiner(it.x - end, it.size, tabs);
    s += it.str;
    end = Math.max(end, it.x + it.width);
  }
  return s.trim();
}

/**
 * A cell's visual lines joined: CJK wrapped mid-word joins without a space; a number
 * wrapped in a narrow cell joins its digits back; anything else gets a space.
 */
function cellText(items: readonly PdfTextItem[]): string {
  let s = '';
  for (const line of clusterLines(items)) {
    const t = lineText(line, false);
    if (t === '') continue;
    const a = s.at(-1) ?? '', b = t[0] ?? '';
    const glue = s === '' || CJK.test(a) || CJK.test(b) || (/\d/.test(a) && /\d/.test(b)) ? '' : ' ';
    s += glue + t;
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** One page → its lines, top to bottom. */
export function layoutPage(items: readonly PdfTextItem[], rules: PageRules, pageHeight: number): PageLine[] {
  const merged: PageRules = { horizontal: mergeRules(rules.horizontal), vertical: mergeRules(rules.vertical) };
  const cells = new Map<string, Cell>();
  const free: PdfTextItem[] = [];
  for (const it of items) {
    if (it.str.trim() === '') continue;
    // The first glyph's centre: an item that runs past its cell's border still starts inside it.
    const glyph = Math.min(it.width, it.size);
    const cy = it.vertical ? it.y - it.size / 2 : it.y + it.size * 0.3;
    const c = cellAt(it.x + glyph / 2, cy, merged, pageHeight * 0.4);
    if (!c) { free.push(it); continue; }
    const key = [c.left, c.right, c.top, c.bottom].map((n) => n.toFixed(1)).join(',');
    const cell = cells.get(key) ?? { ...c, items: [] };
    cell.items.push(it);
    cells.set(key, cell);
  }
  const placed: { y: number; x: number; line: PageLine }[] = [];
  // Table rows: cells sharing a top border, left to right.
  const byTop = [...cells.values()].sort((a, b) => b.top - a.top || a.left - b.left);
  let row: Cell[] = [];
  const flushRow = () => {
    const texts = row.sort((a, b) => a.left - b.left).map((c) => cellText(c.items));
    const first = row[0];
    if (first && texts.some((t) => t !== '')) placed.push({ y: first.top, x: first.left, line: { text: texts.join('\t'), tableRow: true } });
    row = [];
  };
  for (const c of byTop) {
    if (row.length > 0 && Math.abs((row[0]?.top ?? 0) - c.top) > SNAP * 2) flushRow();
    row.push(c);
  }
  flushRow();
  for (const line of clusterLines(free)) {
    const first = line[0];
    const text = lineText(line, true);
    if (first && text !== '') placed.push({ y: first.y + first.size, x: first.x, line: { text, tableRow: false } });
  }
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  return placed.map((p) => p.line);
}
