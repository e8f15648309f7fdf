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

/**
 * HTML → lines. Each <tr> becomes one line with its cells joined by tabs (rowspan and
 * colspan need no expansion: rows are found by their labels, cells by their order);
 * block elements break lines; scripts, styles and navigation chrome are dropped.
 * Text is taken as text: nothing in the report is ever rendered as HTML.
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
  let inCell = 0;
  let cellText = '';
  let rowCells: string[] | undefined;
  const flush = () => {
    if (cur.trim() !== '') lines.push({ text: cur.replace(/[ \t]+/g, ' ').trim(), line: curLine });
    cur = '';
  };
  const parser = new Parser(
    {
      // By name only: with no onopentag, htmlparser2 builds no attribute objects (nothing here reads them).
      onopentagname(name) {
        if (SKIP.has(name)) { skip++; return; }
        if (skip) return;
        if (name === 'tr') { flush(); rowCells = []; curLine = lineOf(parser.startIndex); return; }
        if (CELL.has(name)) { inCell++; cellText = ''; return; }
        if (BLOCK.has(name) && !inCell) { flush(); curLine = lineOf(parser.startIndex); }
        if (name === 'br' && inCell) cellText += ' ';
      },
      ontext(raw) {
        if (skip) return;
        // Entities decoded here, per text run (a run ends only at a tag, so no entity is cut):
        // the tokenizer then jumps from tag to tag instead of reading text a character at a time.
        const text = raw.includes('&') ? decodeHTML(raw) : raw;
        // A cell's text is collapsed once, when the cell ends.
        if (inCell) { cellText += text; return; }
        if (cur.trim() === '') curLine = lineOf(parser.startIndex);
        cur += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SKIP.has(name)) { skip = Math.max(0, skip - 1); return; }
        if (skip) return;
        if (CELL.has(name) && inCell) {
          inCell--;
          (rowCells ??= []).push(collapseCell(cellText));
          cellText = '';
          return;
        }
        if (name === 'tr') {
          if (rowCells && rowCells.some((c) => c !== '')) lines.push({ text: rowCells.join('\t'), line: curLine });
          rowCells = undefined;
          return;
        }
        if (BLOCK.has(name) && !inCell) flush();
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
