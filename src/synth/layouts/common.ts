/** Pieces every layout shares: label cells of merged rows, dates, the title and signature. */
import type { AppRow, DateParts, Model } from '../model.ts';

/** The label cells a row prints: the group labels it opens (merged cells print once) and its own. */
export function openedLabels(rows: readonly AppRow[]): string[][] {
  let prev: readonly string[] = [];
  return rows.map((row) => {
    const out: string[] = [];
    row.path.forEach((p, i) => {
      if (i === row.path.length - 1 || prev[i] !== p) out.push(p);
    });
    prev = row.path;
    return out;
  });
}

export const dateZh = (d: DateParts): string => `${d.y}年${d.m}月${d.d}日`;
export const dateIso = (d: DateParts): string => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

/** The prose section 一 with its paragraphs, then the other prose sections, for simple text layouts. */
export function proseBlock(m: Model): { preamble: string[]; s1: string[]; s5: string[]; s6: string[] } {
  return m.prose;
}

export const FULL_DIGITS = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
