import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import type { Doc, DocLine } from '../doc.ts';
import { isWhitespace } from '../tables/tokens.ts';

const BLOCK = new Set(['p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'header', 'footer', 'ul', 'ol', 'pre', 'blockquote', 'title', 'dt', 'dd']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'select', 'button']);
const CELL = new Set(['td', 'th']);

/** A cell's text with its whitespace runs collapsed and trimmed; most cells ("0", a label) have none to collapse. */
export function collapseCell(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  if (!isWhitespace(text.charCodeAt(0)) && !isWhitespace(text.charCodeAt(n - 1))) {
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isWhitespace(c) && (c !== 32 || isWhitespace(text.charCodeAt(i + 1)))) break;
    }
    if (i === n) return text;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** A cell this long, in this many paragraphs, is a page's layout holding the report, not a table cell. */
const LAYOUT_CELL_CHARS = 150;
const LAYOUT_CELL_PARAGRAPHS = 3;

/**
 * HTML → lines. Each <tr> becomes one line with its cells joined by tabs (rowspan and
 * colspan need no expansion: rows are found by their labels, cells by their order);
 * block elements break lines; scripts, styles and navigation chrome are dropped.
 * Pages laid out with tables hold the whole report in one cell: a cell that holds a
 * table, or many long paragraphs, is read as the page's flow, its paragraphs as lines
 * and its tables as tables. Text is taken as text: nothing is ever rendered as HTML.
 */
export function htmlToDoc(html: string): Doc {
  const lines: DocLine[] = [];
  const lineStarts: number[] = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
  let cur = '';
  let curLine = 1;
  let skip = 0;
  /** Open cells, innermost last: true for a layout cell, read as the page's flow. */
  const cellIsLayout: boolean[] = [];
  /** Whether text goes to `cellText`: the innermost open cell is a data cell. */
  let inDataCell = false;
  let cellText = '';
  /** Where the data cell begins in the page, and where its later paragraphs begin, in its text and in the page. */
  let cellStart = 0;
  const breaks: number[] = [];
  const breakOffsets: number[] = [];
  let rowCells: string[] | undefined;
  /** The rows being read by the tables around a nested one. */
  const outerRows: (string[] | undefined)[] = [];
  const flush = () => {
    if (cur.trim() !== '') lines.push({ text: cur.replace(/[ \t]+/g, ' ').trim(), line: curLine });
    cur = '';
  };
  const paragraph = (k: number) => cellText.slice(k === 0 ? 0 : breaks[k - 1], breaks[k] ?? cellText.length);
  /** The data cell's text so far, as lines of the page (its paragraphs); the cell is layout from now on. */
  const cellAsFlow = () => {
    flush();
    for (let k = 0; k <= breaks.length; k++) {
      const text = collapseCell(paragraph(k));
      if (text !== '') lines.push({ text, line: lineOf(k === 0 ? cellStart : (breakOffsets[k - 1] ?? cellStart)) });
    }
    cellText = '';
    cellIsLayout[cellIsLayout.length - 1] = true;
    inDataCell = false;
  };
  const isLayout = () => {
    if (cellText.length < LAYOUT_CELL_CHARS || breaks.length + 1 < LAYOUT_CELL_PARAGRAPHS) return false;
    let paragraphs = 0;
    for (let k = 0; k <= breaks.length; k++) if (paragraph(k).trim() !== '') paragraphs++;
    return paragraphs >= LAYOUT_CELL_PARAGRAPHS;
  };
  const parser = new Parser(
    {
      // By name only: with no onopentag, htmlparser2 builds no attribute objects (nothing here reads them).
      onopentagname(name) {
        if (SKIP.has(name)) { skip++; return; }
        if (skip) return;
        if (name === 'table') {
          if (inDataCell) cellAsFlow();
          outerRows.push(rowCells);
          rowCells = undefined;
        }
        if (name === 'tr') { flush(); rowCells = []; curLine = lineOf(parser.startIndex); return; }
        if (CELL.has(name)) {
          cellIsLayout.push(false);
          inDataCell = true;
          cellText = '';
          cellStart = parser.startIndex;
          if (breaks.length > 0) { breaks.length = 0; breakOffsets.length = 0; }
          return;
        }
        if (inDataCell) {
          if (name === 'br') cellText += ' ';
          if (BLOCK.has(name)) { breaks.push(cellText.length); breakOffsets.push(parser.startIndex); }
          return;
        }
        if (BLOCK.has(name)) { flush(); curLine = lineOf(parser.startIndex); }
      },
      ontext(raw) {
        if (skip) return;
        // Entities decoded here, per text run (a run ends only at a tag, so no entity is cut):
        // the tokenizer then jumps from tag to tag instead of reading text a character at a time.
        const text = raw.includes('&') ? decodeHTML(raw) : raw;
        // A cell's text is collapsed once, when the cell ends.
        if (inDataCell) { cellText += text; return; }
        if (cur.trim() === '') curLine = lineOf(parser.startIndex);
        cur += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SKIP.has(name)) { skip = Math.max(0, skip - 1); return; }
        if (skip) return;
        if (CELL.has(name) && cellIsLayout.length > 0) {
          if (inDataCell && isLayout()) cellAsFlow();
          if (cellIsLayout.pop()) flush();
          else (rowCells ??= []).push(collapseCell(cellText));
          cellText = '';
          // Back in the cell around a nested table: that one is layout (a table in a data cell makes it so).
          inDataCell = false;
          return;
        }
        if (name === 'tr') {
          if (rowCells && rowCells.some((c) => c !== '')) lines.push({ text: rowCells.join('\t'), line: curLine });
          rowCells = undefined;
          return;
        }
        if (name === 'table') rowCells = outerRows.pop();
        if (BLOCK.has(name) && !inDataCell) flush();
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { lines };
}

/** Whether a text is HTML markup rather than plain text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return /<(html|body|table|div|p)[\s>]/i.test(text.slice(0, 20000));
}
