/**
 * Files that cannot be read still give a report row (status failed or partial) and a
 * check that says exactly why, naming the file. The PDFs are made by helpers/make-pdf.ts
 * (or cut from a real one), the zips with fflate, the OLE headers by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import '../../src/pipeline/formats/binary-adapters.ts';
import { parseFile, type Parsed } from '../../src/pipeline/parse-report.ts';
import { DRAWING_ONLY, makePdf, textContent } from './helpers/make-pdf.ts';

const SHARED = process.env['OGI_SHARED_CORPUS'] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const REAL_PDF = join(SHARED, 'pdf', '010_js-huaian-city-2024.pdf');

function expectCheck(parsed: Parsed, file: string, check: string, statuses: readonly string[] = ['failed']): void {
  expect(parsed.report.source_file).toBe(file);
  expect(statuses).toContain(parsed.report.status);
  const p = parsed.problems.find((x) => x.check === check);
  expect(p, `${check} among ${parsed.problems.map((x) => x.check).join(', ')}`).toBeDefined();
  expect(p?.message).toContain(file);
}

/** A minimal OLE compound-file header, optionally naming an EncryptedPackage stream. */
function oleFile(streamName?: string): Uint8Array {
  const b = new Uint8Array(2048);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (streamName) b.set([...streamName].flatMap((c) => [c.charCodeAt(0), 0]), 1024);
  return b;
}

const DOCX_CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('bad PDFs', () => {
  it('a truncated PDF: pdf_truncated', async () => {
    const whole = new Uint8Array(readFileSync(REAL_PDF));
    const file = 'cut-short.pdf';
    expectCheck(await parseFile(file, whole.subarray(0, Math.floor(whole.length / 2))), file, 'pdf_truncated');
  });

  it('a PDF without a text layer: needs_ocr', async () => {
    const file = 'scan.pdf';
    expectCheck(await parseFile(file, makePdf(DRAWING_ONLY)), file, 'needs_ocr');
  });

  it('a password-protected PDF: encrypted', async () => {
    const file = 'locked.pdf';
    const locked = makePdf(textContent('2023 report'), { userPassword: 'secret', ownerPassword: 'owner' });
    expectCheck(await parseFile(file, locked), file, 'encrypted');
  });

  it('the same page unlocked is read (the fixtures fail for their one reason only)', async () => {
    const parsed = await parseFile('open.pdf', makePdf(textContent('2023 report')));
    expect(parsed.problems.map((p) => p.check)).not.toContain('encrypted');
    expect(parsed.problems.map((p) => p.check)).not.toContain('needs_ocr');
  });

  it('garbage with a PDF header and an end marker: pdf_unreadable', async () => {
    const file = 'garbage.pdf';
    expectCheck(await parseFile(file, strToU8('%PDF-1.7\nthis is not a PDF body\n%%EOF\n')), file, 'pdf_unreadable');
  });
});

describe('bad Word files', () => {
  it('a DOCX without tables: no_tables, and the report is failed or partial', async () => {
    const file = 'prose-only.docx';
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>某局2023年政府信息公开工作年度报告</w:t></w:r></w:p><w:p><w:r><w:t>一、总体情况 本年度主动公开政府信息。</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = zipSync({ '[Content_Types].xml': strToU8(DOCX_CONTENT_TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(xml) });
    expectCheck(await parseFile(file, bytes), file, 'no_tables', ['failed', 'partial']);
  });

  it('a zip that is not a DOCX: not_docx', async () => {
    const file = 'attachments.docx';
    const bytes = zipSync({ 'readme.txt': strToU8('not a Word document'), 'data/table.csv': strToU8('a,b\n1,2\n') });
    expectCheck(await parseFile(file, bytes), file, 'not_docx');
  });

  it('an Excel workbook given a .docx name: not_docx, saying what it is', async () => {
    const file = 'workbook.docx';
    const parsed = await parseFile(file, zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
    expectCheck(parsed, file, 'not_docx');
    expect(parsed.problems.find((p) => p.check === 'not_docx')?.message).toContain('Excel');
  });

  it('a zip cut short (no central directory): docx_unreadable', async () => {
    const file = 'broken.docx';
    const whole = zipSync({ '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(`<w:document ${W}/>`.repeat(200)) }, { level: 0 });
    expectCheck(await parseFile(file, whole.subarray(0, Math.floor(whole.length / 2))), file, 'docx_unreadable');
  });

  it('a legacy .doc: legacy_doc, telling to convert it', async () => {
    const file = 'report.doc';
    const parsed = await parseFile(file, oleFile());
    expectCheck(parsed, file, 'legacy_doc');
    expect(parsed.problems.find((p) => p.check === 'legacy_doc')?.message).toContain('.docx');
  });

  it('a password-protected .docx (an OLE container): encrypted', async () => {
    const file = 'locked.docx';
    expectCheck(await parseFile(file, oleFile('EncryptedPackage')), file, 'encrypted');
  });
});
