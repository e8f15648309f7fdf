/**
 * WordprocessingML (word/document.xml) → lines. A body paragraph is a line; a table
 * row (w:tr) is one line with its cells joined by tabs. A cell merged across columns
 * (w:gridSpan) appears once; a cell continuing a vertical merge (w:vMerge without
 * "restart") is empty, so a merged label is read once, on the first row it spans,
 * before that row's own label. Deleted text (w:delText), field codes (w:instrText) and
 * the fallback copy of drawings (mc:Fallback) are not content.
 * Source line numbers count the body's paragraphs and table rows, 1-based, in order.
 */
import { Parser } from 'htmlparser2';
import type { DocLine } from '../doc.ts';

export interface DocxBody {
  readonly lines: DocLine[];
  /** Top-level tables in the body. */
  readonly tables: number;
}

interface CellState {
  text: string;
  continued: boolean;
}

export function documentXmlToLines(xml: string): DocxBody {
  const lines: DocLine[] = [];
  let tables = 0;
  let block = 0; // paragraphs and rows seen so far: the source line number
  let tblDepth = 0;
  let skip = 0;
  let inText = false;
  let para = '';
  let row: string[] | undefined;
  let cell: CellState | undefined;
  const addText = (t: string) => {
    if (cell) cell.text += t;
    else para += t;
  };
  const endParagraph = () => {
    if (cell) { cell.text += ' '; return; }
    for (const part of para.split('\n')) {
      const t = part.replace(/[ \u00a0]+/g, ' ').trim();
      if (t !== '' && t !== '\t') lines.push({ text: t, line: block });
    }
    para = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skip) { skip++; return; }
        // w:tabs holds tab-stop definitions (w:tab elements that are not tab characters).
        if (name === 'mc:Fallback' || name === 'w:delText' || name === 'w:instrText' || name === 'w:tabs') { skip = 1; return; }
        switch (name) {
          case 'w:p':
            if (tblDepth === 0) { block++; para = ''; }
            break;
          case 'w:tbl':
            if (tblDepth === 0) tables++;
            tblDepth++;
            break;
          case 'w:tr':
            if (tblDepth === 1) { block++; row = []; }
            break;
          case 'w:tc':
            if (tblDepth === 1) cell = { text: '', continued: false };
            break;
          case 'w:vMerge':
            // `<w:vMerge/>` or val="continue" continues the cell above; "restart" begins one.
            if (cell && tblDepth === 1 && (attrs['w:val'] ?? 'continue') === 'continue') cell.continued = true;
            break;
          case 'w:t':
            inText = true;
            break;
          case 'w:tab':
            // A tab in body text often separates columns of a table typed with tab stops.
            if (!inText) addText(cell ? ' ' : '\t');
            break;
          case 'w:br':
          case 'w:cr':
            addText(cell ? ' ' : '\n');
            break;
          case 'w:noBreakHyphen':
            addText('-');
            break;
        }
      },
      ontext(text) {
        if (!skip && inText) addText(text);
      },
      onclosetag(name) {
        if (skip) { skip--; return; }
        switch (name) {
          case 'w:t':
            inText = false;
            break;
          case 'w:p':
            endParagraph();
            break;
          case 'w:tc':
            if (tblDepth === 1 && cell) {
              row?.push(cell.continued ? '' : cell.text.replace(/\s+/g, ' ').trim());
              cell = undefined;
            }
            break;
          case 'w:tr':
            if (tblDepth === 1 && row) {
              if (row.some((c) => c !== '')) lines.push({ text: row.join('\t'), line: block });
              row = undefined;
            }
            break;
          case 'w:tbl':
            tblDepth = Math.max(0, tblDepth - 1);
            break;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return { lines, tables };
}
