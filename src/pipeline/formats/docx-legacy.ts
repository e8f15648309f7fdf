/**
 * OLE compound files (Word 97–2003 .doc, and Office files encrypted with a password,
 * which Office wraps in the same container) are not read: the report says which, so
 * the fix is clear (convert the .doc; ask for an unprotected copy).
 */
import type { Doc } from '../doc.ts';
import { problem, type Problem } from '../problems.ts';

/** The stream name an encrypted OOXML file stores its package under, as UTF-16LE. */
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export async function legacyDocToDoc(bytes: Uint8Array, file: string): Promise<{ doc: Doc | undefined; problems: Problem[] }> {
  if (contains(bytes, ENCRYPTED_PACKAGE)) {
    return { doc: undefined, problems: [problem('encrypted', 'error', `${file}: the Office document is password-protected (encrypted package); it cannot be read without its password`)] };
  }
  return {
    doc: undefined,
    problems: [problem('legacy_doc', 'error', `${file}: a legacy Word 97–2003 (.doc) binary file, which is not read; convert it to .docx (e.g. soffice --headless --convert-to docx) and add that instead`)],
  };
}
