/**
 * WordprocessingML read by hand-written XML: the constructs Word and WPS use for the
 * template tables (gridSpan, vMerge restart/continue), and the markup that is not text.
 */
import { describe, expect, it } from 'vitest';
import { documentXmlToLines } from '../../src/pipeline/formats/docx-xml.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join('')}</w:p>`;
const tc = (text: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(text)}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;

describe('documentXmlToLines', () => {
  it('reads paragraphs as lines and a table row as one line of tab-joined cells', () => {
    const r = documentXmlToLines(doc(p('二、主动公开', '政府信息情况') + `<w:tbl>${tr(tc('规章'), tc('1'), tc('0'), tc('11'))}</w:tbl>` + p('三、收到和处理')));
    expect(r.lines.map((l) => l.text)).toEqual(['二、主动公开政府信息情况', '规章\t1\t0\t11', '三、收到和处理']);
    expect(r.lines.map((l) => l.line)).toEqual([1, 2, 3]);
    expect(r.tables).toBe(1);
  });

  it('keeps a gridSpan cell once and leaves vMerge continuations empty', () => {
    const xml = doc(`<w:tbl>${[
      tr(tc('（六）其他处理', '<w:vMerge w:val="restart"/>'), tc('1.逾期不补正'), tc('67')),
      tr(tc('', '<w:vMerge/>'), tc('2.未缴纳费用'), tc('6')),
      tr(tc('（六）其他处理', '<w:vMerge w:val="continue"/>'), tc('3.其他'), tc('108')),
      tr(tc('（七）总计', '<w:gridSpan w:val="2"/>'), tc('3050')),
    ].join('')}</w:tbl>`);
    expect(documentXmlToLines(xml).lines.map((l) => l.text)).toEqual([
      '（六）其他处理\t1.逾期不补正\t67',
      '\t2.未缴纳费用\t6',
      '\t3.其他\t108',
      '（七）总计\t3050',
    ]);
  });

  it('joins the paragraphs of one cell with a space', () => {
    const xml = doc(`<w:tbl>${tr(`<w:tc>${p('（二）部分公开')}${p('（区分处理的）')}</w:tc>`, tc('454'))}</w:tbl>`);
    expect(documentXmlToLines(xml).lines[0]?.text).toBe('（二）部分公开 （区分处理的）\t454');
  });

  it('leaves out deleted text, field codes, tab-stop definitions and the fallback copy of drawings', () => {
    const xml = doc(
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
      '<w:r><w:t>行政许可</w:t></w:r><w:del><w:r><w:delText>999</w:delText></w:r></w:del>' +
      '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:tab/><w:t>550</w:t></w:r>' +
      '<mc:AlternateContent><mc:Choice><w:r><w:t>甲</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>甲</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>',
    );
    expect(documentXmlToLines(xml).lines.map((l) => l.text)).toEqual(['行政许可\t550甲']);
  });

  it('splits a paragraph at a line break and decodes entities', () => {
    const xml = doc('<w:p><w:r><w:t>A &amp; B</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>');
    expect(documentXmlToLines(xml).lines.map((l) => l.text)).toEqual(['A & B', '第二行']);
  });

  it('counts no tables in a document of paragraphs', () => {
    expect(documentXmlToLines(doc(p('一、总体情况'))).tables).toBe(0);
  });
});
