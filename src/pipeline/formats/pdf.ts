/**
 * PDF → Doc with pdf.js (legacy build, for Node). The worker runs in this thread from
 * the installed package (nothing is fetched); CMaps and standard fonts are read from
 * the package folder, so Chinese fonts without a ToUnicode table still decode. Each
 * page's text items and ruling lines go to pdf-layout.ts, which rebuilds table rows.
 * Source line numbers are page * 1000 + the line's index on its page (1-based).
 * Failures are problems, never exceptions: `encrypted` (a password is needed),
 * `needs_ocr` (no text layer: a scan), `pdf_truncated` (unparseable and cut short),
 * `pdf_unreadable` (any other file pdf.js cannot parse); `pdf_page_unreadable` and
 * `pages_need_ocr` warn about single pages.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { latin1Text } from '../decode.ts';
import type { Doc, DocLine } from '../doc.ts';
import { problem, type Problem } from '../problems.ts';
import { layoutPage, type PdfTextItem } from './pdf-layout.ts';
import { rulesFromOperators, type OpCodes } from './pdf-rules.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<{ pdfjs: PdfJs; assets: string }> | undefined;

/** pdf.js and its worker, loaded once, on the first PDF. */
function loadPdfJs(): Promise<{ pdfjs: PdfJs; assets: string }> {
  loading ??= (async () => {
    // The worker module ships without type declarations; only its presence matters here.
    const workerModule: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    const worker: unknown = await import(workerModule);
    // pdf.js looks for an already loaded worker here before trying to start one.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const assets = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { pdfjs, assets };
  })();
  return loading;
}

/** Every page starts its line numbers here, so a line number names its page. */
export const LINES_PER_PAGE = 1000;

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String(e.name) : '';
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Whether the file ends as every complete PDF does (a download cut short does not). */
function endsWithEof(bytes: Uint8Array): boolean {
  const tail = latin1Text(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes('%%EOF');
}

/** A PDF's bytes → lines, or the reason it has none. */
export async function pdfToDoc(bytes: Uint8Array, file: string): Promise<{ doc: Doc | undefined; problems: Problem[] }> {
  const { pdfjs, assets } = await loadPdfJs();
  const problems: Problem[] = [];
  let pdf: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  let task: ReturnType<PdfJs['getDocument']> | undefined;
  try {
    task = pdfjs.getDocument({
      // pdf.js may transfer (detach) the buffer it is given and refuses a Node Buffer:
      // hand it a plain copy.
      data: new Uint8Array(bytes),
      disableFontFace: true,
      isEvalSupported: false,
      useSystemFonts: false,
      cMapUrl: join(assets, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(assets, 'standard_fonts') + '/',
      verbosity: 0,
    });
    pdf = await task.promise;
  } catch (e) {
    await task?.destroy().catch(() => undefined);
    if (errorName(e) === 'PasswordException') {
      return { doc: undefined, problems: [problem('encrypted', 'error', `${file}: the PDF is password-protected; it cannot be read without its password`)] };
    }
    if (!endsWithEof(bytes)) {
      return { doc: undefined, problems: [problem('pdf_truncated', 'error', `${file}: the PDF is cut short (no %%EOF at its end) and cannot be parsed (${errorMessage(e)})`)] };
    }
    return { doc: undefined, problems: [problem('pdf_unreadable', 'error', `${file}: not a readable PDF (${errorMessage(e)})`)] };
  }
  const ops = pdfjs.OPS as unknown as OpCodes;
  const lines: DocLine[] = [];
  const blank: number[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      try {
        const page = await pdf.getPage(p);
        const [content, opList] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
        const items: PdfTextItem[] = [];
        for (const it of content.items) {
          if (!('str' in it) || it.str.trim() === '') continue;
          const [a, b, , d, e, f] = it.transform as number[];
          // Rotated text (a stamp, a margin note) is not table content.
          if (Math.abs(b ?? 0) > 1e-3) continue;
          const vertical = content.styles[it.fontName]?.vertical === true;
          items.push({ str: it.str, x: e ?? 0, y: f ?? 0, width: it.width, size: Math.abs(d ?? a ?? it.height) || it.height, vertical });
        }
        if (items.length === 0) { blank.push(p); continue; }
        const rules = rulesFromOperators(opList.fnArray, opList.argsArray, ops);
        const [, y0, , y1] = page.view;
        layoutPage(items, rules, (y1 ?? 842) - (y0 ?? 0)).forEach((l, i) => lines.push({ text: l.text, line: p * LINES_PER_PAGE + i + 1 }));
        page.cleanup();
      } catch (e) {
        problems.push(problem('pdf_page_unreadable', 'warning', `${file}: page ${p} could not be read (${errorMessage(e)}); it is left out`, { line: p * LINES_PER_PAGE }));
      }
    }
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
  if (lines.length === 0) {
    const why = problems.length > 0 ? 'no page could be read' : 'it has no text layer (a scan?); it needs OCR';
    return { doc: undefined, problems: [...problems, problem(problems.length > 0 ? 'pdf_unreadable' : 'needs_ocr', 'error', `${file}: ${why}`)] };
  }
  if (blank.length > 0) {
    problems.push(problem('pages_need_ocr', 'warning', `${file}: page(s) ${blank.join(', ')} have no text layer (scanned?); their content is not read`, { line: (blank[0] ?? 0) * LINES_PER_PAGE }));
  }
  return { doc: { lines }, problems };
}
