import * as OpenCC from 'opencc-js/t2cn';
import type { Doc, DocLine } from './doc.ts';
import { problem, type Problem } from './problems.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** A pinyin syllable without tone marks (used to tell `(wen)` glosses from real brackets). */
const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ün|üe|ue|ve|vn|a|o|e|i|u|ü|v)$/;
/** Tone letters, and `?`, which an encoding without them (Big5, GBK) writes instead: `執(zh?)`, `阿(?)`. */
const TONE = `${TONED}?`;
const TONED_GLOSS = new RegExp(`([${CJK}])[(（]([a-zü${TONE}]*[${TONE}][a-zü${TONE}]*)[)）]`, 'g');
const PLAIN_GLOSS = new RegExp(`[(（]([a-z]{1,6})[)）](?=[${CJK}])|(?<=[${CJK}])[(（]([a-z]{1,6})[)）]`, 'g');

const MAYBE_GLOSS = new RegExp(`[(（][a-zü${TONE}]`);

function stripOnce(line: string): string {
  return line
    .replace(TONED_GLOSS, '$1')
    .replace(PLAIN_GLOSS, (m: string, a?: string, b?: string) => (SYLLABLE.test(a ?? b ?? '') ? '' : m));
}

/**
 * Remove pinyin glosses such as `規(guī)章`, `(wen)章(zhang)` or, saved without tone letters,
 * `執(zh?)法`; leave `（一）`, `(2023)`,
 * `（万元）` alone. Repeated until nothing changes: removing one gloss can bring the
 * next one against a character (`說(shuō)(guī)`), and a normaliser must be idempotent.
 */
export function stripPinyinGlosses(line: string): string {
  // Most lines have no bracket with a letter in it: nothing to do.
  if (!MAYBE_GLOSS.test(line)) return line;
  let s = line;
  for (let next = stripOnce(s); next !== s; next = stripOnce(s)) s = next;
  return s;
}

const WIDTH_CHARS = /[\uff10-\uff19\uff5c\u2502\uff0e\uff0b\uff0d\u2212\uff0f\uff05\u00a0\u3000\u2000-\u200d\u202f\u205f\u2060\ufeff]/g;
const WIDTH_MAP: Readonly<Record<string, string>> = {
  '\uff5c': '|', '\u2502': '|', '\uff0e': '.', '\uff0b': '+', '\uff0d': '-', '\u2212': '-', '\uff0f': '/', '\uff05': '%',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
};

/** Full-width digits and separators to ASCII; odd spaces to plain spaces; invisible marks dropped. */
export function normalizeWidth(line: string): string {
  return line.replace(WIDTH_CHARS, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
    return WIDTH_MAP[c] ?? ' ';
  });
}

const PAGE_NUMBER = /^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;
const CHROME_LINE = /^\s*(?:扫一扫在手机打开当前页|打印本页|关闭窗口|【打印】|【关闭】|分享到[:：]?)\s*$/;
const INLINE_CHROME = /\[bookmark:[^\]]*\]/g;

/** Whether a line is page chrome (a page number, a share/print footer) and not content. */
export function isChromeLine(line: string): boolean {
  return PAGE_NUMBER.test(line) || CHROME_LINE.test(line);
}

/** Characters common in Traditional text that Simplified text never uses, as a table by code unit. */
const TRADITIONAL_ONLY = new Uint8Array(0x10000);
for (const c of '們國與會這開報關區縣資處請結決數類務產總號條義專業權機構織學經濟發於為對時從應說員問題當實現過還進選來軍東況') TRADITIONAL_ONLY[c.charCodeAt(0)] = 1;

/** The part of a text the script is judged on. */
const SAMPLE = 20000;

/** Share of a text's CJK characters that Traditional → Simplified conversion changes. */
export function traditionalShare(text: string): number {
  return judgeScript(text).share;
}

/** The script test, with OpenCC's conversion of the sample when it made one. */
function judgeScript(text: string): { share: number; converted?: string } {
  const n = Math.min(text.length, SAMPLE);
  // Cheap test first: a Simplified text has (almost) none of the common Traditional forms.
  let common = 0;
  for (let i = 0; i < n && common < 5; i++) common += TRADITIONAL_ONLY[text.charCodeAt(i)] as number;
  if (common < 5) return { share: 0 };
  const sample = text.slice(0, SAMPLE);
  // OpenCC builds its result piece by piece; flattened once (a regex test does), it reads in constant time per character.
  const converted = toSimplified(sample);
  /./.test(converted);
  let cjk = 0, changed = 0;
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      cjk++;
      if (converted.charCodeAt(i) !== c) changed++;
    }
  }
  return { share: cjk === 0 ? 0 : changed / cjk, converted };
}

/** Inline chrome and pinyin glosses out of a line whose widths (and script) are already folded. */
function cleanLine(line: string): string {
  // Most lines have neither a bookmark nor a bracket with a letter in it.
  if (!line.includes('[') && !MAYBE_GLOSS.test(line)) return line;
  let s = line;
  // Chrome out before glosses: `規[bookmark: a1](guī)` is a gloss once the bookmark goes;
  // and a gloss out can complete a bookmark, hence the loop.
  for (let next = stripPinyinGlosses(s.replace(INLINE_CHROME, '')); next !== s; next = stripPinyinGlosses(s.replace(INLINE_CHROME, ''))) s = next;
  return s;
}

/** One line, normalised: widths, glosses, inline chrome. Idempotent. */
export function normalizeLine(line: string, simplify: boolean): string {
  const s = normalizeWidth(line);
  return cleanLine(simplify ? toSimplified(s) : s);
}

/** Any character normalizeWidth changes. */
const HAS_WIDTH_CHAR = new RegExp(WIDTH_CHARS.source);

/**
 * normalizeWidth over every line, in one pass over the joined text (width folding never
 * makes or takes a line break), not one regex call per line; most texts have nothing
 * to fold, and keep their lines. With the joined text of the result, for the next tests.
 */
function widthsOf(texts: readonly string[]): { lines: readonly string[]; joined: string } {
  const joined = texts.join('\n');
  if (!HAS_WIDTH_CHAR.test(joined)) return { lines: texts, joined };
  const folded = normalizeWidth(joined);
  const lines = folded.split('\n');
  if (lines.length === texts.length) return { lines, joined: folded };
  const each = texts.map(normalizeWidth);
  return { lines: each, joined: each.join('\n') };
}

/** Whether any line of a text may need cleanLine (a bracket followed by a letter, or a `[`). */
function mayNeedCleaning(text: string): boolean {
  return text.includes('[') || MAYBE_GLOSS.test(text);
}

/**
 * Lines in Simplified script, as normalizeLine(line, true) has them, from lines whose
 * widths are folded. OpenCC is called once on the whole text (no phrase spans a line
 * break), not once per line: each call costs far more than the characters it converts.
 */
function simplifiedLines(widths: readonly string[]): string[] {
  const joined = toSimplified(widths.join('\n')).split('\n');
  const converted = joined.length === widths.length ? joined : widths.map((w) => toSimplified(w));
  return cleaned(converted);
}

function cleaned(lines: string[]): string[] {
  return mayNeedCleaning(lines.join('\n')) ? lines.map(cleanLine) : lines;
}

/**
 * The same lines from the script test's conversion of the content lines (those not
 * chrome), where that conversion covered them all as they are: only the chrome lines
 * are left to convert. Exact because no OpenCC phrase spans a line break.
 */
function simplifiedLinesFrom(widths: readonly string[], chrome: readonly boolean[], convertedContent: string): string[] | undefined {
  const content = convertedContent.split('\n');
  const chromeLines = widths.filter((_, i) => chrome[i]);
  if (content.length !== widths.length - chromeLines.length || content.length === 0) return undefined;
  const convertedChrome = chromeLines.length > 0 ? toSimplified(chromeLines.join('\n')).split('\n') : [];
  if (convertedChrome.length !== chromeLines.length) return undefined;
  let c = 0, k = 0;
  return cleaned(widths.map((_, i) => (chrome[i] ? convertedChrome[k++] : content[c++]) ?? ''));
}

/**
 * A document, normalised line by line (so every line keeps its source line):
 * Traditional → Simplified when the text is Traditional, pinyin glosses out, widths
 * folded, page chrome dropped.
 */
export function normalizeDoc(doc: Doc, file = 'the document'): { doc: Doc; problems: Problem[]; simplified: boolean } {
  // Judge the script on the content that is kept, as normalised: judging on the raw
  // lines (page numbers, bookmarks included) lets a second pass decide otherwise.
  const folded = widthsOf(doc.lines.map((l) => l.text));
  const widths = folded.lines;
  // normalizeLine(line, false) for every line; most texts have nothing for cleanLine to do.
  const plain = mayNeedCleaning(folded.joined) ? widths.map(cleanLine) : widths;
  const chrome = plain.map(isChromeLine);
  // Without chrome (most texts) the content is the folded text itself.
  const content = plain === widths && !chrome.includes(true) ? folded.joined : plain.filter((_, i) => !chrome[i]).join('\n');
  // Simplified text still has a few characters OpenCC maps (e.g. 着 variants); a real
  // Traditional text changes far more than 3 %.
  const script = judgeScript(content);
  const simplified = script.share > 0.03;
  const lines: DocLine[] = [];
  let dropped = 0;
  // A Simplified text is already normalised by the first pass. A Traditional one reuses
  // the script test's conversion when that covered the whole content, uncleaned.
  const reuse = simplified && plain === widths && script.converted !== undefined && content.length <= SAMPLE
    ? simplifiedLinesFrom(widths, chrome, script.converted) : undefined;
  const final = simplified ? reuse ?? simplifiedLines(widths) : plain;
  doc.lines.forEach((l, i) => {
    const text = final[i] ?? '';
    if (simplified ? isChromeLine(text) : chrome[i]) { dropped++; return; }
    // A line normalisation left as it was is kept as it was (DocLines are never changed).
    lines.push(text === l.text ? l : { text, line: l.line });
  });
  const problems: Problem[] = [];
  if (simplified) problems.push(problem('converted_traditional', 'info', `${file}: Traditional characters converted to Simplified (OpenCC t → cn)`));
  if (dropped > 0) problems.push(problem('chrome_removed', 'info', `${file}: ${dropped} page-chrome line(s) (page numbers, footers) left out of the tables`, { actual: dropped }));
  return { doc: { lines }, problems, simplified };
}
