/**
 * Any input file → the common Doc. One small adapter per format; binary formats
 * without an adapter yet come back as a problem, never as a silent skip.
 */
import { decodeBytes } from '../decode.ts';
import { docFromText, type Doc } from '../doc.ts';
import { problem, type Problem } from '../problems.ts';
import { detectFormat, type Format } from './detect.ts';
import { htmlToDoc, looksLikeHtml } from './html.ts';
import { markdownToDoc } from './markdown.ts';

export interface DocumentRead {
  readonly format: Format;
  readonly encoding: string | null;
  readonly doc: Doc | undefined;
  readonly problems: Problem[];
}

/** Adapters for binary formats, registered by the modules that implement them. */
export type BinaryAdapter = (bytes: Uint8Array, file: string) => Promise<{ doc: Doc | undefined; problems: Problem[] }>;
const binaryAdapters = new Map<Format, BinaryAdapter>();

export function registerBinaryAdapter(format: Format, adapter: BinaryAdapter): void {
  binaryAdapters.set(format, adapter);
}

export async function readDocument(file: string, bytes: Uint8Array): Promise<DocumentRead> {
  const format = detectFormat(file, bytes.subarray(0, 16));
  if (bytes.length === 0) return { format, encoding: null, doc: undefined, problems: [problem('empty_file', 'error', `${file}: the file is empty`)] };
  if (format === 'txt' || format === 'html' || format === 'md' || format === 'unknown') {
    const dec = decodeBytes(bytes, file);
    const problems = [...dec.problems];
    if (format === 'unknown') problems.push(problem('unknown_format', 'warning', `${file}: unrecognised file type; read as text`));
    if (problems.some((p) => p.check === 'binary_content')) return { format, encoding: dec.encoding, doc: undefined, problems };
    const html = format === 'html' || looksLikeHtml(dec.text);
    return { format: html && format !== 'html' ? 'html' : format, encoding: dec.encoding, doc: html ? htmlToDoc(dec.text) : format === 'md' ? markdownToDoc(dec.text) : docFromText(dec.text), problems };
  }
  const adapter = binaryAdapters.get(format);
  if (!adapter) {
    const why = format === 'doc' ? 'legacy Word (.doc) files are not readable yet; convert to .docx' : `${format.toUpperCase()} files are not readable yet`;
    return { format, encoding: null, doc: undefined, problems: [problem('unsupported_format', 'error', `${file}: ${why}`)] };
  }
  const r = await adapter(bytes, file);
  return { format, encoding: null, doc: r.doc, problems: r.problems };
}
