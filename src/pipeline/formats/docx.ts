/**
 * DOCX → Doc: the zip is opened with fflate, only the main document part is
 * inflated (found through _rels/.rels, as Word allows another name), and its XML is
 * read by docx-xml.ts. Failures are problems: `docx_unreadable` (a broken zip or
 * part), `not_docx` (a zip without a Word document: another Office file, an archive),
 * `docx_empty` (no text at all); `no_tables` warns that values can only come from prose.
 */
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import type { Doc } from '../doc.ts';
import { problem, type Problem } from '../problems.ts';
import { documentXmlToLines } from './docx-xml.ts';

/** A document part larger than this is refused rather than inflated (zip bombs). */
const MAX_PART_BYTES = 256 * 1024 * 1024;

const OFFICE_DOCUMENT = /Type="[^"]*\/officeDocument"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*\/officeDocument"/;

function unzipOnly(bytes: Uint8Array, names: ReadonlySet<string>): Unzipped {
  return unzipSync(bytes, {
    filter: (f) => {
      if (!names.has(f.name)) return false;
      if (f.originalSize > MAX_PART_BYTES) throw new Error(`${f.name} inflates to ${f.originalSize} bytes`);
      return true;
    },
  });
}

/** What a zip holds instead of a Word document, for the message. */
function whatZipIs(bytes: Uint8Array): string {
  const names = new Set<string>();
  try {
    unzipSync(bytes, { filter: (f) => { names.add(f.name); return false; } });
  } catch { /* already known to be a zip; the listing is only for the message */ }
  if (names.has('xl/workbook.xml')) return 'an Excel workbook';
  if (names.has('ppt/presentation.xml')) return 'a PowerPoint presentation';
  if (names.has('content.xml') && names.has('mimetype')) return 'an OpenDocument file';
  return `a zip archive of ${names.size} file(s)`;
}

export async function docxToDoc(bytes: Uint8Array, file: string): Promise<{ doc: Doc | undefined; problems: Problem[] }> {
  let main = 'word/document.xml';
  let xml: string;
  try {
    const rels = unzipOnly(bytes, new Set(['_rels/.rels']))['_rels/.rels'];
    const m = rels ? OFFICE_DOCUMENT.exec(strFromU8(rels)) : null;
    const target = m?.[1] ?? m?.[2];
    if (target) main = target.replace(/^\//, '');
    const part = unzipOnly(bytes, new Set([main]))[main];
    if (!part) {
      return { doc: undefined, problems: [problem('not_docx', 'error', `${file}: ${whatZipIs(bytes)}, not a Word document (no ${main})`)] };
    }
    xml = strFromU8(part);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { doc: undefined, problems: [problem('docx_unreadable', 'error', `${file}: the Word file cannot be opened as a zip (${msg})`)] };
  }
  const body = documentXmlToLines(xml);
  if (body.lines.length === 0) {
    return { doc: undefined, problems: [problem('docx_empty', 'error', `${file}: the Word document has no text`)] };
  }
  const problems: Problem[] = [];
  if (body.tables === 0) {
    problems.push(problem('no_tables', 'warning', `${file}: the Word document has no tables; values can only be read from its text`));
  }
  return { doc: { lines: body.lines }, problems };
}
