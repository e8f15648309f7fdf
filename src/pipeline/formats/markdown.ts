import { docFromText, type Doc } from '../doc.ts';

const SEPARATOR_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Markdown → lines. Tables are already one row per line with `|` between cells; the
 * header separator rows (`|---|---|`) and emphasis marks are not content.
 */
export function markdownToDoc(text: string): Doc {
  const doc = docFromText(text);
  return {
    lines: doc.lines
      .filter((l) => !SEPARATOR_ROW.test(l.text))
      .map((l) => ({ line: l.line, text: l.text.replace(/\*\*|__/g, '').replace(/^\s{0,3}#{1,6}\s+/, '') })),
  };
}
