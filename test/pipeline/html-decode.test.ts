/** The HTML adapter and the decoder, alone: rows stay rows, text stays text, bytes are read as what they are. */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { decodeBytes, findHtmlCharset } from '../../src/pipeline/decode.ts';
import { collapseCell, htmlToDoc, looksLikeHtml } from '../../src/pipeline/formats/html.ts';
import { reportText } from '../helpers/report-text.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const cellText = fc.string({ unit: fc.constantFrom(...'0123456789 予以公开总计（一）—/|-.万元\u3000abc'.split('')), maxLength: 8 });

describe('htmlToDoc', () => {
  it('collapses a cell\'s whitespace as /\\s+/ → one space, trimmed, would', () => {
    const spaces = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00a0', '\u2028', '\ufeff', '\u200b', 'a', '予', '0') });
    fc.assert(fc.property(fc.oneof(spaces, fc.string()), (s) => {
      expect(collapseCell(s)).toBe(s.replace(/\s+/g, ' ').trim());
    }), { numRuns: 2000 });
  });

  it('turns each <tr> into one line of tab-separated cells, whatever the cells hold', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const html = `<html><body><table>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}\n</table></body></html>`;
        const clean = (c: string) => c.replace(/\s+/g, ' ').trim();
        const want = rows.filter((r) => r.some((c) => clean(c) !== '')).map((r) => r.map(clean).join('\t'));
        expect(htmlToDoc(html).lines.map((l) => l.text)).toEqual(want);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('gives each row the source line of its <tr>', () => {
    const doc = htmlToDoc('<html>\n<body>\n<p>标题</p>\n<table>\n<tr><td>予以公开</td><td>3</td></tr>\n\n<tr><td>总计</td><td>3</td></tr>\n</table>\n</body></html>');
    expect(doc.lines).toEqual([{ text: '标题', line: 3 }, { text: '予以公开\t3', line: 5 }, { text: '总计\t3', line: 7 }]);
  });

  it('drops scripts, styles and comments, keeps entities as text', () => {
    const doc = htmlToDoc('<html><head><style>td{}</style></head><body><table><tr><td>予以&nbsp;公开<script>x("<td>9</td>")</script></td><td>&lt;3&gt;</td><!-- 7 --></tr></table></body></html>');
    expect(doc.lines.map((l) => l.text)).toEqual(['予以 公开\t<3>']);
  });

  it('closes cells the markup leaves open (`<td>1<td>2`)', () => {
    expect(htmlToDoc('<table><tr><td>予以公开<td>1<td>2</tr><tr><td>总计<td>3</table>').lines.map((l) => l.text)).toEqual(['予以公开\t1\t2', '总计\t3']);
  });

  it('keeps a line break inside a cell as a space, not a new row', () => {
    expect(htmlToDoc('<table><tr><td>（一）<br>予以公开</td><td>3</td></tr></table>').lines.map((l) => l.text)).toEqual(['（一） 予以公开\t3']);
  });

  it('reads a page laid out in a table as the page: paragraphs as lines, nested tables as rows', () => {
    const doc = htmlToDoc([
      '<table><tr><td>首页 &gt; 政务公开</td></tr>',
      '<tr><td><p>某某县人民政府2023年政府信息公开工作年度报告</p>',
      '<p>一、总体情况</p>',
      '<table><tr><td>予以公开</td><td>3</td></tr>',
      '<tr><td>总计</td><td>3</td></tr></table>',
      '<p>二、存在的主要问题</p></td><td>相关链接</td></tr></table>',
    ].join('\n'));
    expect(doc.lines).toEqual([
      { text: '首页 > 政务公开', line: 1 },
      { text: '某某县人民政府2023年政府信息公开工作年度报告', line: 2 },
      { text: '一、总体情况', line: 3 },
      { text: '予以公开\t3', line: 4 },
      { text: '总计\t3', line: 5 },
      { text: '二、存在的主要问题', line: 6 },
      { text: '相关链接', line: 6 },
    ]);
  });

  it('reads a cell of many long paragraphs as lines, a cell of two short ones as one cell', () => {
    const para = (k: number) => `<p>第${k}段：本机关认真贯彻《中华人民共和国政府信息公开条例》，做好政府信息公开工作，主动公开政府信息。</p>`;
    const page = `<table><tr><td>${[1, 2, 3, 4].map(para).join('')}</td></tr></table>`;
    expect(htmlToDoc(page).lines.map((l) => l.text)).toEqual([1, 2, 3, 4].map((k) => `第${k}段：本机关认真贯彻《中华人民共和国政府信息公开条例》，做好政府信息公开工作，主动公开政府信息。`));
    expect(htmlToDoc('<table><tr><td><p>三、本年度办理结果</p><p>（一）予以公开</p></td><td><p>3</p></td></tr></table>').lines.map((l) => l.text))
      .toEqual(['三、本年度办理结果（一）予以公开\t3']);
  });

  it('recognises HTML but not prose that mentions a tag', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('报告中用 table 一词，而非 <表格>。')).toBe(false);
  });
});

describe('decodeBytes', () => {
  const TEXT = '政府信息公开工作年度报告\n予以公开 | 3 | 0\n';

  it('reads UTF-8, UTF-8 with BOM, UTF-16 LE/BE with and without BOM to the same text', () => {
    const u16 = (s: string, le: boolean) => {
      const b = new Uint8Array(s.length * 2);
      for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); b[2 * i + (le ? 0 : 1)] = c & 0xff; b[2 * i + (le ? 1 : 0)] = c >> 8; }
      return b;
    };
    const withBom = (bom: number[], b: Uint8Array) => new Uint8Array([...bom, ...b]);
    const cases: [string, Uint8Array][] = [
      ['utf-8', enc(TEXT)],
      ['utf-8-bom', withBom([0xef, 0xbb, 0xbf], enc(TEXT))],
      ['utf-16le', withBom([0xff, 0xfe], u16(TEXT, true))],
      ['utf-16be', withBom([0xfe, 0xff], u16(TEXT, false))],
      ['utf-16le', u16(TEXT, true)],
      ['utf-16be', u16(TEXT, false)],
    ];
    for (const [encoding, bytes] of cases) {
      const d = decodeBytes(bytes, 'f.txt');
      expect([d.encoding, d.text, d.problems]).toEqual([encoding, TEXT, []]);
    }
  });

  it('reads any UTF-8 text back as written (astral characters, BOM-like marks inside, any length)', () => {
    const unit = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom(...'予以公开\uFEFF😀𠮷中\n\t 0123'.split('')) }));
    fc.assert(fc.property(unit, (s) => {
      // A lone surrogate has no UTF-8 form: the encoder writes U+FFFD for it.
      const text = s.replace(/^\uFEFF/, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\uFFFD');
      const d = decodeBytes(enc(`x${text}`), 'f.txt');
      // Control characters are replaced (and reported); everything else comes back as it went in.
      expect(d.text).toBe(`x${text}`.replace(/[\x00-\x08\x0e-\x1a\x1c-\x1f]/g, ' '));
    }), { numRuns: 500 });
  });

  it('reads GB18030 (GBK) text without a problem', () => {
    // 予以公开 in GBK, then ASCII.
    const d = decodeBytes(new Uint8Array([0xd3, 0xe8, 0xd2, 0xd4, 0xb9, 0xab, 0xbf, 0xaa, 0x20, 0x33]), 'f.txt');
    expect([d.encoding, d.text, d.problems]).toEqual(['gb18030', '予以公开 3', []]);
  });

  it('tells Big5 from GB18030 when nothing declares it: each text comes back as written', () => {
    // GB18030 takes Big5's bytes without an error, as nonsense; the reading must still be Big5.
    const simplified = reportText({});
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(simplified);
    expect(traditional).not.toBe(simplified);
    const cases: [string, string, string][] = [
      ['big5', traditional, 'big5'],
      ['gb18030', traditional, 'gb18030'],
      ['gb18030', simplified, 'gb18030'],
    ];
    for (const [encoding, text, want] of cases) {
      const d = decodeBytes(iconv.encode(text, encoding), 'f.txt');
      expect([d.encoding, d.text, d.problems]).toEqual([want, text, []]);
    }
    // With a byte valid in neither (a cut-off download), still Big5, the byte replaced and reported.
    // (A lead byte before a space is invalid in both; Node's Big5 decoder drops a lone 0xFF without an error.)
    const damaged = decodeBytes(new Uint8Array([...iconv.encode(traditional, 'big5'), 0xa4, 0x20]), 'f.txt');
    expect([damaged.encoding, damaged.text, damaged.problems.map((p) => p.check)]).toEqual(['big5', `${traditional}\uFFFD `, ['encoding_replaced']]);
    // Too few Han characters to judge: GB18030, as before.
    expect(decodeBytes(iconv.encode('公开 3', 'big5'), 'f.txt').encoding).toBe('gb18030');
  });

  it('reports bytes it had to replace, naming the file', () => {
    const d = decodeBytes(new Uint8Array([...enc('予以公开 '), 0xff, 0xfe, 0xfd, ...enc(' 3')]), 'dir/f.txt');
    expect(d.problems.map((p) => p.check)).toEqual(['encoding_replaced']);
    expect(d.problems[0]?.message).toContain('dir/f.txt');
  });

  it('finds the charset an HTML page declares', () => {
    expect(findHtmlCharset(enc('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head>'))).toBe('gbk');
    expect(findHtmlCharset(enc('<meta charset="utf-8">'))).toBe('utf-8');
    expect(findHtmlCharset(enc('<p>no meta</p>'))).toBeUndefined();
  });

  it('finds a declared charset among any bytes as a windows-1252 reading of them would', () => {
    const reference = (b: Uint8Array) => /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(new TextDecoder('windows-1252').decode(b.subarray(0, 4096)))?.[1]?.toLowerCase();
    const meta = fc.constantFrom('<meta charset="gbk">', '<META content="text/html; charset=GB2312">', '<meta\xa0charset=\x85big5>', '');
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), meta, fc.uint8Array({ maxLength: 300 }), (before, m, after) => {
      const b = new Uint8Array([...before, ...Array.from(m, (c) => c.charCodeAt(0)), ...after]);
      expect(findHtmlCharset(b)).toBe(reference(b));
    }), { numRuns: 500 });
  });

  it('never throws and always says what it read', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => {
      const d = decodeBytes(b, 'x.bin');
      expect(typeof d.text).toBe('string');
      expect(d.encoding).toMatch(/^(utf-8(-bom)?|utf-16(le|be)|gb18030|[\w-]+)$/);
    }), { seed: 11, numRuns: 500 });
  });
});
