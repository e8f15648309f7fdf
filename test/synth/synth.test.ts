/**
 * The synthetic corpus generator: same seed → same bytes; every truth file's values
 * satisfy the five identities except exactly the ones it lists; a 500-report sample
 * holds every shape, encoding and script; files land in shards of ≤ 1000.
 */
import { describe, expect, it } from 'vitest';
import { allFields, appRowKeys } from '../../src/schema/fields.ts';
import { decodeBytes } from '../../src/pipeline/decode.ts';
import { identityFailures } from '../../src/synth/identities.ts';
import { ENCODINGS, SCRIPTS, SHAPES, shardOf, synthesise } from '../../src/synth/report.ts';

const SAMPLE = Array.from({ length: 500 }, (_, i) => synthesise(11, i));

describe('synthetic corpus', () => {
  it('is deterministic: same seed and index, identical bytes and truth', () => {
    for (const i of [0, 1, 17, 499, 123456]) {
      const a = synthesise(3, i);
      const b = synthesise(3, i);
      expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
      expect(JSON.stringify(a.truth)).toBe(JSON.stringify(b.truth));
    }
    expect(Buffer.from(synthesise(3, 5).bytes).equals(Buffer.from(synthesise(4, 5).bytes))).toBe(false);
  });

  it('lists exactly the identities its values break', () => {
    let broken = 0;
    for (const s of SAMPLE) {
      const t = s.truth;
      expect(identityFailures(t.values, t.template)).toEqual(t.identity_failures);
      if (t.identity_failures.length) broken++;
      // values name only fields of the template, never zeros
      const fields = new Set(allFields(t.template).map(([a, b, c]) => `${a}.${b}.${c}`));
      for (const [k, v] of Object.entries(t.values)) {
        expect(fields.has(k), k).toBe(true);
        expect(v).not.toBe(0);
      }
    }
    // a few percent, as in the wild
    expect(broken).toBeGreaterThan(2);
    expect(broken).toBeLessThan(50);
  });

  it('breaks identities only where it says so (a consistent report lists none)', () => {
    for (const s of SAMPLE.filter((x) => x.truth.synth.broken === null)) expect(s.truth.identity_failures).toEqual([]);
    for (const s of SAMPLE.filter((x) => x.truth.synth.broken !== null)) expect(s.truth.identity_failures.length).toBeGreaterThan(0);
  });

  it('covers every shape, encoding and script in 500 reports', () => {
    const seen = (f: (s: (typeof SAMPLE)[number]) => string) => new Set(SAMPLE.map(f));
    expect([...seen((s) => s.truth.synth.shape)].sort()).toEqual([...SHAPES].sort());
    expect([...seen((s) => s.truth.synth.encoding)].sort()).toEqual([...ENCODINGS].sort());
    expect([...seen((s) => s.truth.synth.script)].sort()).toEqual([...SCRIPTS].sort());
    expect(seen((s) => s.truth.template)).toEqual(new Set(['2019', '2021']));
    expect(seen((s) => s.truth.synth.title).has('none')).toBe(true);
    // 2021–22 reports still on the 2019 tables
    expect(SAMPLE.some((s) => s.truth.year >= 2021 && s.truth.template === '2019')).toBe(true);
    for (const s of SAMPLE) expect(s.truth.template).toBe(s.truth.year <= 2020 ? '2019' : s.truth.template);
  });

  it('writes text that decodes to the report, in the encoding and script it claims', () => {
    for (const s of SAMPLE.slice(0, 120)) {
      const d = decodeBytes(s.bytes, s.file);
      expect(d.problems).toEqual([]);
      const enc = s.truth.synth.encoding;
      expect(d.encoding).toBe(enc === 'utf-16le-bom' ? 'utf-16le' : enc);
      const trad = s.truth.synth.script !== 'simplified';
      expect(/政府信息公開|政府資訊公開/.test(d.text)).toBe(trad);
      if (!trad) expect(d.text).toContain('收到和处理政府信息公开申请情况');
      if (s.truth.synth.script === 'traditional_pinyin') expect(d.text).toMatch(/[規發區態業穩監執續]\([a-zü\u0100-\u01ff]+\)/);
    }
  });

  it('gives mostly-zero tables with a heavy tail', () => {
    const requests = SAMPLE.map((s) => s.truth.values['applications.new.total'] ?? 0);
    const small = requests.filter((n) => n <= 5).length;
    expect(small / requests.length).toBeGreaterThan(0.6);
    expect(Math.max(...requests)).toBeGreaterThan(500);
  });

  it('names regions as truth files do and shards files by 1000', () => {
    for (const s of SAMPLE) {
      expect(s.truth.region_code).toMatch(/^\d{6}$/);
      expect(s.file.startsWith(shardOf(s.truth.synth.index) + '/')).toBe(true);
      expect(s.truth.agency.length).toBeGreaterThan(2);
    }
    expect(shardOf(999)).toBe('0000');
    expect(shardOf(1000)).toBe('0001');
    // 2021 truth carries （六）其他处理 as the sum of its three parts
    for (const s of SAMPLE.filter((x) => x.truth.template === '2021')) {
      for (const c of ['natural_person', 'total']) {
        const v = (r: string) => s.truth.values[`applications.${r}.${c}`] ?? 0;
        expect(v('other')).toBe(v('other_no_correction') + v('other_no_fee') + v('other_misc'));
      }
      expect(appRowKeys('2021')).toContain('other_misc');
    }
  });
});
