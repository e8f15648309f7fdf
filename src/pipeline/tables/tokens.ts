/**
 * A table region → value tokens. A token is one number as written (possibly several
 * cells glued together), a placeholder (`—`, `/`, `无`), or text; value groups are runs
 * of numbers and placeholders separated only by whitespace or cell separators.
 */
export interface NumToken {
  readonly kind: 'num';
  /** The digits as written, with any decimal part: `13575394432.52`. */
  readonly digits: string;
  readonly sign: 1 | -1;
  /** `+`/`-`/`增`/`减` when written. */
  readonly signText: string;
  /** `万`, `万元`, `元`, `笔`, … when written right after the digits. */
  readonly unit: string;
  /** Written with thousands separators (`3,119`): one cell, never cut. */
  readonly whole?: boolean;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}
export interface DashToken {
  readonly kind: 'dash';
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}
export interface TextToken {
  readonly kind: 'text';
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}
export type ValueToken = NumToken | DashToken;
export type Token = ValueToken | TextToken;

const NUMBER = /(增|减|[+-])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s?[(（]?\s?(?:单位[:：])?\s?(?:万元|万|元)\s?[)）]?|件|项|笔|个|条|次)?/y;
const SEP = /[\s|]/;
const DATE_UNIT = /^[年月日号时]/;
const PERCENT = /^[%％]/;

/** Tokens of a region; `offset` is where the region starts in the flat document. */
export function tokenize(region: string, offset = 0): Token[] {
  const out: Token[] = [];
  let i = 0;
  let text = '';
  let textStart = 0;
  const flushText = () => {
    if (text !== '') out.push({ kind: 'text', raw: text, start: offset + textStart, end: offset + textStart + text.length });
    text = '';
  };
  while (i < region.length) {
    const ch = region[i] ?? '';
    const code = region.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 124 || (code > 127 && SEP.test(ch))) { flushText(); i++; continue; }
    const numberish = (code >= 48 && code <= 57) || code === 43 || code === 45 || ch === '增' || ch === '减';
    if (numberish) NUMBER.lastIndex = i;
    const m = numberish ? NUMBER.exec(region) : null;
    if (m && m[2] !== undefined) {
      const after = region.slice(i + m[0].length);
      let digits = m[2];
      let unit = (m[3] ?? '').replace(/[\s()（）]|单位[:：]/g, '');
      if (unit === '' && DATE_UNIT.test(after)) {
        // `02025年`: a cell glued to a year in the prose that follows the table.
        const y = /^(\d*?)((?:19|20)\d\d)$/.exec(digits);
        if (y && y[1] !== '' && !digits.includes('.')) {
          digits = y[1] ?? '';
          flushText();
          const raw = (m[1] ?? '') + digits;
          out.push({ kind: 'num', digits, sign: m[1] === '-' || m[1] === '减' ? -1 : 1, signText: m[1] ?? '', unit: '', raw, start: offset + i, end: offset + i + raw.length });
          textStart = i + raw.length;
          text = region.slice(i + raw.length, i + m[0].length);
          i += m[0].length;
          continue;
        }
        if (text === '') textStart = i;
        text += m[0];
        i += m[0].length;
        continue;
      }
      if (unit === '' && !digits.includes('.') && /^[.、．](?!\d)/.test(after)) {
        // `1.` / `3、` number a label; a longer run ending so is cells glued to one.
        const cells = digits.length > 2 ? digits.slice(0, -1) : '';
        if (cells !== '') {
          flushText();
          const raw = (m[1] ?? '') + cells;
          out.push({ kind: 'num', digits: cells, sign: m[1] === '-' || m[1] === '减' ? -1 : 1, signText: m[1] ?? '', unit: '', raw, start: offset + i, end: offset + i + raw.length });
          textStart = i + raw.length;
          text = region.slice(i + raw.length, i + m[0].length);
        } else {
          if (text === '') textStart = i;
          text += m[0];
        }
        i += m[0].length;
        continue;
      }
      if (unit === '' && PERCENT.test(after)) {
        if (text === '') textStart = i;
        text += m[0];
        i += m[0].length;
        continue;
      }
      flushText();
      const whole = digits.includes(',');
      out.push({ kind: 'num', digits: whole ? digits.replace(/,/g, '') : digits, sign: m[1] === '-' || m[1] === '减' ? -1 : 1, signText: m[1] ?? '', unit, raw: m[0].trim(), start: offset + i, end: offset + i + m[0].length, ...(whole ? { whole } : {}) });
      i += m[0].length;
      continue;
    }
    // A placeholder stands alone between separators.
    const dash = '—–-/无\\'.includes(ch) ? /^(?:[—–-]{1,3}|\/|无|\\)/.exec(region.slice(i, i + 3)) : null;
    if (dash && text === '' && SEP.test(region[i + dash[0].length] ?? ' ') && (i === 0 || SEP.test(region[i - 1] ?? ' '))) {
      flushText();
      out.push({ kind: 'dash', raw: dash[0], start: offset + i, end: offset + i + dash[0].length });
      i += dash[0].length;
      continue;
    }
    if (text === '') textStart = i;
    text += ch;
    i++;
  }
  flushText();
  return out;
}

/**
 * The value groups of a token list: maximal runs of numbers and placeholders not
 * interrupted by text. Short bracketed notes such as `（万元）` do not interrupt.
 */
export function valueGroups(tokens: readonly Token[]): ValueToken[][] {
  const groups: ValueToken[][] = [];
  let cur: ValueToken[] = [];
  for (const t of tokens) {
    if (t.kind === 'text') {
      if (cur.length && /^[(（]?(?:单位[:：])?(?:万元|元|件|项|个)[)）]?$/.test(t.raw)) continue;
      if (cur.length) groups.push(cur);
      cur = [];
      continue;
    }
    cur.push(t);
  }
  if (cur.length) groups.push(cur);
  return groups;
}
