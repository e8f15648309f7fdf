/**
 * The shared corpus redrawn: the same report text in another encoding, script or
 * layout, as the project is judged on it. Each redraw changes only how the report is
 * written, never what it says, so the hand-checked truth still holds for it.
 */
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';

export interface Redraw {
  readonly name: string;
  /** The file extension the redrawn report is named with. */
  readonly ext: 'txt' | 'md' | 'html';
  readonly redraw: (text: string) => Uint8Array;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const encode = (encoding: string) => (s: string): Uint8Array => iconv.encode(s, encoding, { addBOM: encoding.startsWith('utf-16') });
/**
 * A legacy encoding as a careless export writes it: a character it cannot hold (the
 * no-break space, a tone letter) becomes `?`. "Cannot hold" is judged by the WHATWG
 * decoder that reads it back, as browsers and our parser do.
 */
function legacy(encoding: 'gbk' | 'big5'): (s: string) => Uint8Array {
  const decoder = new TextDecoder(encoding);
  const held = new Map<string, boolean>();
  return (s) => {
    const out: string[] = [];
    for (const c of s) {
      let ok = held.get(c);
      if (ok === undefined) { ok = decoder.decode(iconv.encode(c, encoding)) === c; held.set(c, ok); }
      out.push(ok ? c : '?');
    }
    return iconv.encode(out.join(''), encoding);
  };
}
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A table row of a `|`-separated export: two separators or more. */
const isRow = (line: string): boolean => line.split('|').length > 2;
const cells = (line: string): string[] => line.split('|').map((c) => c.trim());
const rows = (text: string, f: (cells: string[]) => string): string => text.split('\n').map((l) => (isRow(l) ? f(cells(l)) : l)).join('\n');

function htmlPage(text: string, charset: string): string {
  const body: string[] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (isRow(line) !== inTable) { body.push(inTable ? '</table>' : '<table border="1">'); inTable = !inTable; }
    body.push(inTable ? `<tr>${cells(line).map((c) => `<td>${escape(c)}</td>`).join('')}</tr>` : `<p>${escape(line)}</p>`);
  }
  if (inTable) body.push('</table>');
  return `<!DOCTYPE html>\n<html><head><meta charset="${charset}"><title>报告</title></head><body>\n${body.join('\n')}\n</body></html>`;
}

const converters = new Map<string, (s: string) => string>();
/** OpenCC from Simplified to a Traditional standard: `tw`, `hk`, or `twp` (Taiwan words too: 信息 → 資訊). */
export function traditional(to: 'tw' | 'hk' | 'twp'): (s: string) => string {
  const known = converters.get(to);
  if (known) return known;
  const made: (s: string) => string = OpenCC.Converter({ from: 'cn', to });
  converters.set(to, made);
  return made;
}

export const REDRAWS: readonly Redraw[] = [
  { name: 'GB18030', ext: 'txt', redraw: encode('gb18030') },
  { name: 'UTF-16BE with BOM', ext: 'txt', redraw: encode('utf-16be') },
  { name: 'Traditional (Taiwan), Big5, no charset named, `?` for what Big5 lacks', ext: 'txt', redraw: (t) => legacy('big5')(traditional('tw')(t)) },
  { name: 'GBK, `?` for what GBK lacks (no-break spaces)', ext: 'txt', redraw: legacy('gbk') },
  { name: 'Traditional with Taiwan words (信息 → 資訊)', ext: 'txt', redraw: (t) => utf8(traditional('twp')(t)) },
  { name: 'Traditional (Hong Kong), GB18030', ext: 'txt', redraw: (t) => iconv.encode(traditional('hk')(t), 'gb18030') },
  { name: 'full-width digits', ext: 'txt', redraw: (t) => utf8(t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))) },
  { name: 'tab-separated rows', ext: 'txt', redraw: (t) => utf8(rows(t, (c) => c.join('\t'))) },
  { name: 'Markdown table rows', ext: 'md', redraw: (t) => utf8(rows(t, (c) => `| ${c.join(' | ')} |`)) },
  { name: 'one cell per line', ext: 'txt', redraw: (t) => utf8(rows(t, (c) => c.filter((x) => x !== '').join('\n'))) },
  { name: 'HTML tables, GB2312 declared', ext: 'html', redraw: (t) => iconv.encode(htmlPage(t, 'gb2312'), 'gb18030') },
  { name: 'HTML laid out in a table (navigation, the report in one cell, links)', ext: 'html', redraw: (t) => utf8(htmlPage(t, 'utf-8').replace('<body>', '<body><table width="100%"><tr><td>首页 &gt; 政务公开</td></tr><tr><td>').replace('</body>', '</td><td>相关链接</td></tr></table></body>')) },
  { name: 'HTML, lines joined by <br>', ext: 'html', redraw: (t) => utf8(`<html><body><div>${t.split('\n').map(escape).join('<br>')}</div></body></html>`) },
  { name: 'flattened to one line', ext: 'txt', redraw: (t) => utf8(t.split(/\r?\n/).join(' ')) },
];
