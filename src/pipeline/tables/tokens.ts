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
const DATE_UNIT = /[年月日号时]/y;
const PERCENT = /[%％]/y;
const LABEL_NUMBERING = /[.、．](?!\d)/y;
const DASH = /[—–-]{1,3}|\/|无|\\/y;
const ZENG = 0x589e; // 增
const JIAN = 0x51cf; // 减

/** Whitespace as JavaScript's `\s` has it, by code unit. */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * A cell separator: whitespace, a pipe, or a mark that stands for a character an encoder
 * could not write (`?`, `？`, U+FFFD): in a table that was nearly always a space — a
 * no-break or ideographic space saved as GBK or Big5 comes out as `?`.
 */
export function isSeparator(code: number): boolean {
  return code === 124 || code === 63 || code === 0xff1f || code === 0xfffd || isWhitespace(code);
}

/** An ASCII digit (`\d`). */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether a sticky pattern matches at i. */
function at(re: RegExp, s: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(s);
}

function isDashStart(code: number): boolean {
  return code === 0x2014 || code === 0x2013 || code === 45 || code === 47 || code === 0x65e0 || code === 92;
}

/**
 * Tokens of a region; `offset` is where the region starts in the flat document.
 * `fastDigits: false` reads every number through NUMBER (the tests hold both ways equal).
 */
export function tokenize(region: string, offset = 0, fastDigits = true): Token[] {
  const out: Token[] = [];
  let i = 0;
  // The pending text token is region[textStart, i); -1 when there is none.
  let textStart = -1;
  const flushText = () => {
    if (textStart >= 0 && textStart < i) out.push({ kind: 'text', raw: region.slice(textStart, i), start: offset + textStart, end: offset + i });
    textStart = -1;
  };
  const num = (m: RegExpExecArray, digits: string, raw: string, unit: string, end: number, whole?: boolean): NumToken => ({
    kind: 'num', digits, sign: m[1] === '-' || m[1] === '减' ? -1 : 1, signText: m[1] ?? '', unit, raw, start: offset + i, end, ...(whole ? { whole } : {}),
  });
  const n = region.length;
  while (i < n) {
    const code = region.charCodeAt(i);
    if (isSeparator(code)) { flushText(); i++; continue; }
    if (fastDigits && code >= 48 && code <= 57) {
      // Fast path, the commonest cell: bare digits followed by a separator and then a
      // digit (or the end). NUMBER would read the same token (no sign, point, comma or
      // unit can be part of it), and nothing after it makes it a date or a label number.
      let j = i + 1;
      while (j < n && isDigit(region.charCodeAt(j))) j++;
      if (j === n || (isSeparator(region.charCodeAt(j)) && (j + 1 === n || isDigit(region.charCodeAt(j + 1))))) {
        flushText();
        const digits = region.slice(i, j);
        out.push({ kind: 'num', digits, sign: 1, signText: '', unit: '', raw: digits, start: offset + i, end: offset + j });
        i = j;
        continue;
      }
    }
    const numberish = (code >= 48 && code <= 57) || code === 43 || code === 45 || code === ZENG || code === JIAN;
    let m: RegExpExecArray | null = null;
    if (numberish) { NUMBER.lastIndex = i; m = NUMBER.exec(region); }
    if (m && m[2] !== undefined) {
      const len = m[0].length;
      const after = i + len;
      let digits = m[2];
      const unit = m[3] ? m[3].replace(/[\s()（）]|单位[:：]/g, '') : '';
      if (unit === '' && at(DATE_UNIT, region, after)) {
        // `02025年`: a cell glued to a year in the prose that follows the table.
        const y = /^(\d*?)((?:19|20)\d\d)$/.exec(digits);
        if (y && y[1] !== '' && !digits.includes('.')) {
          digits = y[1] ?? '';
          flushText();
          const raw = (m[1] ?? '') + digits;
          out.push(num(m, digits, raw, '', offset + i + raw.length));
          textStart = i + raw.length;
          i = after;
          continue;
        }
        if (textStart < 0) textStart = i;
        i = after;
        continue;
      }
      if (unit === '' && !digits.includes('.') && at(LABEL_NUMBERING, region, after)) {
        // `1.` / `3、` number a label; a longer run ending so is cells glued to one.
        const cells = digits.length > 2 ? digits.slice(0, -1) : '';
        if (cells !== '') {
          flushText();
          const raw = (m[1] ?? '') + cells;
          out.push(num(m, cells, raw, '', offset + i + raw.length));
          textStart = i + raw.length;
        } else if (textStart < 0) textStart = i;
        i = after;
        continue;
      }
      if (unit === '' && at(PERCENT, region, after)) {
        if (textStart < 0) textStart = i;
        i = after;
        continue;
      }
      flushText();
      const whole = digits.includes(',');
      out.push(num(m, whole ? digits.replace(/,/g, '') : digits, m[0].trim(), unit, offset + after, whole));
      i = after;
      continue;
    }
    // A placeholder stands alone between separators.
    if (isDashStart(code) && (textStart < 0 || textStart === i) && (i === 0 || isSeparator(region.charCodeAt(i - 1)))) {
      DASH.lastIndex = i;
      const dash = DASH.exec(region);
      const next = dash ? i + dash[0].length : i;
      if (dash && (next >= n || isSeparator(region.charCodeAt(next)))) {
        flushText();
        out.push({ kind: 'dash', raw: dash[0], start: offset + i, end: offset + next });
        i = next;
        continue;
      }
    }
    if (textStart < 0) textStart = i;
    i++;
    // The rest of a run of plain non-ASCII text (labels, prose) in one step.
    for (let c = region.charCodeAt(i); i < n && c >= 128 && c !== ZENG && c !== JIAN && !isSeparator(c) && !isDashStart(c); c = region.charCodeAt(++i));
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
