/**
 * The intermediate every format adapter yields: lines of text, each with the line of
 * the source it came from. Table rows are one line each with cells separated by a tab
 * (HTML, DOCX, PDF) or by whatever the plain text used; everything downstream reads
 * only this, so nothing after the adapters knows the input format.
 */
export interface DocLine {
  readonly text: string;
  /**
   * 1-based line in the source file. PDF: page * 1000 + the line's index on its page
   * (1-based), so 4013 is page 4, line 13. DOCX: the ordinal of the body paragraph or
   * table row in word/document.xml.
   */
  readonly line: number;
}

export interface Doc {
  readonly lines: readonly DocLine[];
}

export function docFromText(text: string): Doc {
  return { lines: text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 })) };
}

/** The document as one string plus a way back from an offset to its source line. */
export interface FlatDoc {
  readonly text: string;
  lineAt(offset: number): number;
}

export function flattenDoc(doc: Doc): FlatDoc {
  const starts: number[] = [];
  const lines: number[] = [];
  let text = '';
  for (const l of doc.lines) {
    starts.push(text.length);
    lines.push(l.line);
    text += l.text + '\n';
  }
  return {
    text,
    lineAt(offset: number): number {
      let lo = 0, hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) lo = mid; else hi = mid - 1;
      }
      return lines[lo] ?? 1;
    },
  };
}
