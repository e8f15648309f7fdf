/**
 * Property tests (fast-check) for the pure pieces: numbers read back as written, every
 * normaliser idempotent, glued runs split only into honest cells, and the parser
 * never throws and always answers with a report row. Seeds are fixed so a failure
 * reproduces; fast-check prints the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../src/pipeline/doc.ts';
import { normalizeDoc, normalizeLine, normalizeWidth, stripPinyinGlosses, traditionalShare } from '../../src/pipeline/normalize.ts';
import { parseFile } from '../../src/pipeline/parse-report.ts';
import { splitCells } from '../../src/pipeline/tables/split.ts';
import { tokenize, type ValueToken } from '../../src/pipeline/tables/tokens.ts';
import { documentedChecks } from '../helpers/checks-doc.ts';
import { enc, reportText } from '../helpers/report-text.ts';

const SEED = 20240601;
const opts = (numRuns: number) => ({ seed: SEED, numRuns });

// ---------------------------------------------------------------- number reading

const FULL = '０１２３４５６７８９';
const fullWidth = (s: string) => s.replace(/\d/g, (d) => FULL[Number(d)] ?? d).replace('.', '．');
const pad = fc.constantFrom('', ' ', '  ', '\u3000', '\u00a0', '\t');

/** A decimal as reports write it: up to 6 decimals, value = the string read as a number. */
const decimalText = fc.tuple(fc.nat(999_999), fc.stringMatching(/^\d{1,6}$/)).map(([i, f]) => `${i}.${f}`);
const intText = fc.nat(99_999_999).map(String);

interface Written { readonly text: string; readonly value: number }

/** An unsigned count written plain, in full-width digits, or padded. */
const count: fc.Arbitrary<Written> = fc.tuple(intText, fc.boolean(), pad, pad).map(([s, full, l, r]) => ({ text: l + (full ? fullWidth(s) : s) + r, value: Number(s) }));

/** A signed change: `增5`, `减12`, `-3`, `+4`, `－7`, or a bare number. */
const change: fc.Arbitrary<Written> = fc.tuple(intText, fc.constantFrom('', '增', '减', '-', '+', '－'), fc.boolean(), pad, pad).map(([s, sign, full, l, r]) => ({
  text: l + sign + (full ? fullWidth(s) : s) + r,
  value: (sign === '减' || sign === '-' || sign === '－' ? -1 : 1) * Number(s),
}));
const nonzero = (w: Written) => w.value !== 0;

/** An amount in 万元: `500万`, `1.795（万元）`, `1.795 万元`, `12.5`, full-width. */
const amount: fc.Arbitrary<Written> = fc.tuple(fc.oneof(intText, decimalText), fc.constantFrom('', '万', '万元', '（万元）', '(万元)', ' 万元'), fc.boolean(), pad, pad).map(([s, unit, full, l, r]) => ({
  text: l + (full ? fullWidth(s) : s) + unit + r,
  value: Number(s),
}));

function activeTable2019(prev: string, chg: string, decisions: string, projects: string, amountWan: string): string {
  return [
    '二、主动公开政府信息情况',
    '第二十条第（五）项',
    '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量',
    `行政许可 | ${prev} | ${chg} | ${decisions}`,
    '第二十条第（九）项',
    // The unit in the header: without it the parser guesses 元 for two-decimal amounts.
    '信息内容 | 采购项目数量 | 采购总金额（万元）',
    `政府集中采购 | ${projects} | ${amountWan}`,
    '',
  ].join('\n');
}

function factValue(facts: readonly { row_key: string; col_key: string; value: number | null }[], row: string, col: string): number | null | undefined {
  return facts.find((f) => f.row_key === row && f.col_key === col)?.value;
}

describe('number reading round-trips', () => {
  it('tokenize reads one written number back as its value', () => {
    fc.assert(
      fc.property(fc.oneof(change, amount), (w) => {
        // The tokenizer sees text after width normalisation, as in the pipeline.
        const tokens = tokenize(normalizeWidth(w.text)).filter((t): t is ValueToken & { kind: 'num' } => t.kind === 'num');
        expect(tokens).toHaveLength(1);
        const t = tokens[0];
        expect(t && t.sign * Number(t.digits)).toBe(w.value);
      }),
      opts(1000),
    );
  });

  it('tokenize reads bare digits the same with and without its fast path', () => {
    // Cells, separators and everything that can turn digits into something else: signs,
    // points, commas, units, dates, label numbering, percentages, brackets.
    const piece = fc.oneof(
      fc.stringMatching(/^\d{1,6}$/),
      fc.constantFrom(' ', '  ', '\t', '\n', '|', '\u3000', '\u00a0', ' \n ', '.', ',', '、', '．', '%', '年', '月', '万元', '万', '元', '件', '(', '（', ')', '）', '单位：', '单位:', '-', '+', '—', '/', '无', '增', '减', '合计', '0.5', '1,234', '?', '？', '\ufffd'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.nat(1000), (parts, offset) => {
        const s = parts.join('');
        expect(tokenize(s, offset)).toEqual(tokenize(s, offset, false));
      }),
      opts(5000),
    );
  });

  it('reads a `?` beside a cell (a space an encoder could not write) as a separator, in rows and one cell per line', async () => {
    const cells = ['?2', '1?', '0', '? 0', '\ufffd0', '0？', '?3'];
    const text = reportText({ app: { new: cells, granted: cells, total: cells } });
    const oneCellPerLine = text.split('\n').map((l) => (l.split('|').length > 2 ? l.split('|').map((c) => c.trim()).filter(Boolean).join('\n') : l)).join('\n');
    for (const t of [text, oneCellPerLine]) {
      const r = await parseFile('t.txt', enc(t));
      for (const row of ['new', 'granted', 'total']) expect(r.facts.filter((f) => f.row_key === row).map((f) => f.value)).toEqual([2, 1, 0, 0, 0, 0, 3]);
    }
  });

  it('a one-row table gives back every value written in its cells', async () => {
    await fc.assert(
      fc.asyncProperty(count, change.filter(nonzero), count, count, amount, async (prev, chg, dec, proj, amt) => {
        const r = await parseFile('t.txt', enc(activeTable2019(prev.text, chg.text, dec.text, proj.text, amt.text)));
        expect(r.report.template).toBe('2019');
        expect(factValue(r.facts, 'licensing', 'prev_items')).toBe(prev.value);
        expect(factValue(r.facts, 'licensing', 'change')).toBe(chg.value);
        expect(factValue(r.facts, 'licensing', 'decisions')).toBe(dec.value);
        expect(factValue(r.facts, 'procurement', 'projects')).toBe(proj.value);
        expect(factValue(r.facts, 'procurement', 'amount_wan')).toBe(amt.value);
      }),
      opts(300),
    );
  });

  it('a zero change cell reads as 0 whatever its sign', async () => {
    for (const z of ['0', '增0', '减0', '-0', '０']) {
      const r = await parseFile('t.txt', enc(activeTable2019('1', z, '2', '3', '4')));
      expect(Math.abs(factValue(r.facts, 'licensing', 'change') ?? NaN), z).toBe(0);
    }
  });
});

// ---------------------------------------------------------------- normalisers

/** Text made of the pieces that normalisers act on, glued at random. */
const FRAGMENTS = [
  '規', '(guī)', '章', '(zhāng)', '(wen)', '（wen）', '(zhang)', '(abc)', '（一）', '(2023)', '（万元）', '(', ')', '（', '）',
  '０', '１２', '．', '－', '＋', '｜', '│', '／', '％', '\u3000', '\u00a0', '\u2003', '\u200b', '\ufeff', '\u2060',
  '[bookmark: a1]', '[bookmark:', ']', '政府信息公开', '國家', '機關', '說(shuō)', '明', 'ü', 'zh', 'ang', 'ī', 'a', '1', ' ',
  '- 3 -', '第 2 页', '打印本页', '行政許可', '著', '乾', '後', '干',
];
const fragmentText = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) }), { maxLength: 24 }).map((a) => a.join(''));
const anyText = fc.oneof(fragmentText, fc.string({ unit: 'binary', maxLength: 40 }));

describe('normalisers are idempotent', () => {
  it('normalizeWidth', () => {
    fc.assert(fc.property(anyText, (s) => { expect(normalizeWidth(normalizeWidth(s))).toBe(normalizeWidth(s)); }), opts(2000));
  });
  it('stripPinyinGlosses', () => {
    fc.assert(fc.property(anyText, (s) => { expect(stripPinyinGlosses(stripPinyinGlosses(s))).toBe(stripPinyinGlosses(s)); }), opts(2000));
  });
  it('normalizeLine, without and with Traditional → Simplified', () => {
    fc.assert(fc.property(anyText, fc.boolean(), (s, simplify) => {
      const once = normalizeLine(s, simplify);
      expect(normalizeLine(once, simplify)).toBe(once);
    }), opts(2000));
  });
  it('normalizeDoc (lines and their source line numbers)', () => {
    fc.assert(fc.property(fc.array(anyText, { maxLength: 12 }), (lines) => {
      const once = normalizeDoc(docFromText(lines.join('\n'))).doc;
      expect(normalizeDoc(once).doc).toEqual(once);
    }), opts(500));
  });
  it('regressions found by the properties above', () => {
    // Two glosses in a row: the first one out brought the second against 說.
    expect(stripPinyinGlosses('說(shuō)(guī)')).toBe('說');
    // A bookmark between a character and its gloss.
    expect(normalizeLine('規[bookmark: a1](guī)', false)).toBe('規');
    // A Traditional share just under 3 % only because of a page number: the second
    // pass, without the page number, used to convert what the first one had not.
    const body = '國開報條資' + '政府信息公开工作'.repeat(20) + '的';
    const text = `${body}\n第 1 页`;
    expect(traditionalShare(body), 'the example sits on the 3 % threshold').toBeGreaterThan(0.03);
    expect(traditionalShare(text)).toBeLessThanOrEqual(0.03);
    const once = normalizeDoc(docFromText(text)).doc;
    expect(normalizeDoc(once).doc).toEqual(once);
  });

  it('the normalisers do what they are for on known inputs', () => {
    // Guards the properties above against a normaliser that does nothing at all.
    expect(normalizeWidth('１２．５\u3000｜－３')).toBe('12.5 |-3');
    expect(stripPinyinGlosses('規(guī)章(zhāng)（一）(2023)（万元）')).toBe('規章（一）(2023)（万元）');
    // Saved in an encoding without tone letters (Big5, GBK), a toned gloss keeps its brackets and a `?`.
    expect(stripPinyinGlosses('執(zh?)法 阿(?) 案卷(j?an)（一）(?)')).toBe('執法 阿 案卷（一）(?)');
    expect(normalizeLine('行政許可(xǔ)　１２', true)).toBe('行政许可 12');
    const d = normalizeDoc(docFromText('中華人民共和國政府資訊公開條例 報告\n- 2 -\n行政處罰 | 3'));
    expect(d.doc.lines).toEqual([{ text: '中华人民共和国政府资讯公开条例 报告', line: 1 }, { text: '行政处罚 | 3', line: 3 }]);
  });
});

// ---------------------------------------------------------------- glued splitting

/** Cells as a report holds them (mostly zeros and small counts), in glued groups. */
const gluedRow = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.nat(99) }, { weight: 1, arbitrary: fc.nat(99_999) }), { minLength: 1, maxLength: 8 })
  .chain((cells) => fc.tuple(fc.constant(cells), fc.array(fc.boolean(), { minLength: cells.length - 1, maxLength: cells.length - 1 })));

function numTokens(s: string): ValueToken[] {
  return tokenize(s).filter((t): t is ValueToken => t.kind !== 'text');
}

describe('glued splitting', () => {
  /** The row as text (a space after cell i where breaks[i]) and its readings. */
  const readings = ([cells, breaks]: [number[], boolean[]]) => {
    const text = cells.map((c, i) => String(c) + (breaks[i] ? ' ' : '')).join('');
    return { text, s: splitCells(numTokens(text), cells.length) };
  };

  it('yields n cells whose concatenation is the input, the true reading among them', () => {
    fc.assert(
      fc.property(gluedRow, ([cells, breaks]) => {
        const { text, s } = readings([cells, breaks]);
        if (s.tooMany) return;
        for (const cand of s.candidates) {
          expect(cand).toHaveLength(cells.length);
          expect(cand.map((c) => c.digits).join('')).toBe(text.replace(/ /g, ''));
        }
        expect(s.candidates.map((cand) => cand.map((c) => Number(c.digits)))).toContainEqual(cells);
      }),
      opts(1000),
    );
  });

  // A glued group kept whole (k = 1) must not keep a leading zero either: `12 05` as 3
  // cells is [12, 0, 5], never [1, 2, "05"].
  it('yields no cell with a leading zero when it had to split', () => {
    fc.assert(
      fc.property(gluedRow, ([cells, breaks]) => {
        const { s } = readings([cells, breaks]);
        if (s.asWritten) return;
        for (const cand of s.candidates) for (const c of cand) expect(c.digits).toMatch(/^(?:0|[1-9]\d*)$/);
      }),
      opts(1000),
    );
  });

  it('minimal case: `12 05` as three cells is only [12, 0, 5]', () => {
    expect(splitCells(numTokens('12 05'), 3).candidates.map((c) => c.map((x) => x.digits))).toEqual([['12', '0', '5']]);
  });

  it('splits a glued run at every cut without leading zeros', () => {
    expect(splitCells(numTokens('2171'), 3).candidates.map((c) => c.map((x) => x.digits))).toEqual([['2', '1', '71'], ['2', '17', '1'], ['21', '7', '1']]);
    expect(splitCells(numTokens('100'), 2).candidates.map((c) => c.map((x) => x.digits))).toEqual([['10', '0']]);
  });

  it('a run with fewer digits than cells has no reading', () => {
    fc.assert(fc.property(fc.stringMatching(/^[1-9]\d{0,5}$/), fc.integer({ min: 1, max: 4 }), (digits, more) => {
      expect(splitCells(numTokens(digits), digits.length + more).candidates).toEqual([]);
    }), opts(300));
  });
});

// ---------------------------------------------------------------- never throws

const STATUSES = ['ok', 'partial', 'failed'];
const NAMES = fc.constantFrom('a.txt', 'b.html', 'c.htm', 'd.md', 'e.pdf', 'f.docx', 'g.doc', 'h.bin', 'noext', 'dir/子目录/报告.txt');
const known = documentedChecks();

async function checkAnswer(name: string, bytes: Uint8Array): Promise<void> {
  const r = await parseFile(name, bytes);
  expect(r.report.source_file).toBe(name);
  expect(STATUSES).toContain(r.report.status);
  expect(r.report.n_facts).toBe(r.facts.length);
  for (const p of r.problems) {
    expect(known, `undocumented check code ${p.check}`).toContain(p.check);
    expect(['error', 'warning', 'info']).toContain(p.severity);
    expect(p.check).not.toBe('internal_error');
  }
  if (r.report.status === 'failed') expect(r.problems.some((p) => p.severity === 'error' || p.check === 'table_missing'), 'a failed report says why').toBe(true);
}

/** Strings that look like reports: labels, numbers and separators shuffled. */
const REPORT_PIECES = [
  '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年新制作数量', '本年制发件数', '规章', '行政许可', '政府集中采购',
  '三、收到和处理政府信息公开申请情况', '本年新收', '予以公开', '（三）不予公开', '国家秘密', '其他处理', '逾期不补正', '（七）总计', '结转下年度继续办理',
  '四、政府信息公开行政复议、行政诉讼情况', '行政复议', '五、存在的主要问题', '<table>', '<tr>', '<td>', '</td>', '</tr>', '<script>', '&nbsp;',
  ' | ', '\t', '\n', '\r\n', '0', '00000', '12', '21710000218', '增5', '减1237', '1.795（万元）', '500万', '—', '/', '无', '２０２０年',
];
const reportish = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...REPORT_PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 80 }).map((a) => a.join(''));

describe('the parser never throws', () => {
  it('on arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(NAMES, fc.uint8Array({ maxLength: 3000 }), async (name, bytes) => checkAnswer(name, bytes)), opts(300));
  });
  it('on arbitrary strings', async () => {
    await fc.assert(fc.asyncProperty(NAMES, fc.string({ unit: 'binary', maxLength: 500 }), async (name, s) => checkAnswer(name, enc(s))), opts(300));
  });
  it('on report-like strings', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom('a.txt', 'b.html'), reportish, async (name, s) => checkAnswer(name, enc(s))), opts(300));
  });
  it('on a real report with random bytes overwritten', async () => {
    const base = enc(reportText());
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }), async (edits) => {
        const b = base.slice();
        for (const [at, v] of edits) b[at] = v;
        await checkAnswer('r.txt', b);
      }),
      opts(200),
    );
  });
});
