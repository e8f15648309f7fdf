/**
 * Registers the adapters for binary formats (PDF, DOCX, legacy DOC). Imported once by
 * the driver; each adapter loads its libraries only when the first such file arrives,
 * so a corpus of text files never pays for pdf.js.
 */
import { registerBinaryAdapter } from './read-document.ts';

registerBinaryAdapter('pdf', async (bytes, file) => (await import('./pdf.ts')).pdfToDoc(bytes, file));
registerBinaryAdapter('docx', async (bytes, file) => (await import('./docx.ts')).docxToDoc(bytes, file));
registerBinaryAdapter('doc', async (bytes, file) => (await import('./docx-legacy.ts')).legacyDocToDoc(bytes, file));
