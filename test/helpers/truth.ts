/**
 * The hand-checked truth of ../shared/corpus/truth and how a parse is compared with it
 * (corpus README "truth/"): every field of the template, absent = 0, a list = any of
 * these readings, null = no value, `lenient_rows` = 0 or null also accepted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allFields, fieldId, type TemplateOrOther } from '../../src/schema/fields.ts';
import type { Parsed } from '../../src/pipeline/parse-report.ts';

export const SHARED_CORPUS = process.env['OGI_SHARED_CORPUS'] ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
export const TRUTH_DIR = join(SHARED_CORPUS, 'truth');

export type TruthValue = number | null | readonly number[];

export interface Truth {
  readonly file: string;
  readonly template: TemplateOrOther;
  readonly year: number | null;
  readonly region_code: string | null;
  readonly values: Readonly<Record<string, TruthValue>>;
  readonly identity_failures: readonly string[];
  readonly lenient_rows?: readonly string[];
  readonly no_template_tables?: boolean;
}

export interface TruthCase {
  /** The truth file's name, e.g. `seed003.json`. */
  readonly name: string;
  readonly truth: Truth;
  /** Where the report itself lives. */
  readonly source: string;
  readonly isPdf: boolean;
}

/** Every truth file in the folder; adding one needs no registration. */
export function loadTruthCases(dir = TRUTH_DIR): TruthCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const truth = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Truth;
      const isPdf = name.endsWith('.pdf.json');
      return { name, truth, isPdf, source: join(SHARED_CORPUS, isPdf ? 'pdf' : 'reports', truth.file) };
    });
}

/**
 * Truth's names for identity failures → the check codes of SCHEMA.md:
 * app.balance[col] = identity 1, app.outcomes[col] = 2, app.row_total[row] = 3,
 * rl.row_total[row] = 4, app.other_parts[col] = 5.
 */
const TRUTH_IDENTITY: Record<string, string> = {
  'app.balance': 'identity_1',
  'app.outcomes': 'identity_2',
  'app.row_total': 'identity_3',
  'rl.row_total': 'identity_4',
  'app.other_parts': 'identity_5',
};

/** `app.outcomes[total]` → `identity_2[total]`; the bracket names the column or row the check concerns. */
export function identityFromTruth(name: string): string {
  const m = /^([a-z_.]+)\[(\w+)\]$/.exec(name);
  const code = m?.[1] ? TRUTH_IDENTITY[m[1]] : undefined;
  if (!m || !code) throw new Error(`unknown identity name in truth: ${name}`);
  return `${code}[${m[2]}]`;
}

/** A parser's identity problem in the same notation: identity 1/2/5 name a column, 3/4 a row. */
export function identityOfProblem(p: { check: string; row_key?: string | undefined; col_key?: string | undefined }): string {
  const byColumn = p.check === 'identity_1' || p.check === 'identity_2' || p.check === 'identity_5';
  return `${p.check}[${(byColumn ? p.col_key : p.row_key) ?? '?'}]`;
}

/** `identity_2[total]` → `app.outcomes[total]`, the truth files' own notation. */
export function truthNameOf(identity: string): string {
  const m = /^(identity_\d)\[(\w+|\?)\]$/.exec(identity);
  const name = Object.entries(TRUTH_IDENTITY).find(([, code]) => code === m?.[1])?.[0];
  return name && m ? `${name}[${m[2]}]` : identity;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

export interface Mismatch {
  readonly field: string;
  readonly expected: TruthValue | 'absent from the template';
  /** `undefined`: the parser produced no fact for this field. */
  readonly actual: number | null | undefined;
}

function accepts(expected: TruthValue, actual: number | null | undefined, lenient: boolean): boolean {
  if (lenient && (actual === 0 || actual === null)) return true;
  if (expected === null) return actual === null || actual === undefined;
  if (actual === null || actual === undefined) return false;
  const options = typeof expected === 'number' ? [expected] : expected;
  return options.some((v) => Math.abs(v - actual) <= 1e-9 * Math.max(1, Math.abs(v)));
}

/** Field-by-field comparison of a parse with the truth; empty when they agree. */
export function compareFacts(truth: Truth, parsed: Parsed): Mismatch[] {
  const out: Mismatch[] = [];
  const facts = new Map(parsed.facts.map((f) => [fieldId(f.section, f.row_key, f.col_key), f.value]));
  const lenient = (truth.lenient_rows ?? []).map(globToRegExp);
  if (truth.template === 'other') {
    // A report outside the templates has nothing to put in the canonical codes.
    for (const [field, actual] of facts) out.push({ field, expected: 'absent from the template', actual });
    return out;
  }
  const fields = allFields(truth.template).map(([s, r, c]) => fieldId(s, r, c));
  const known = new Set(fields);
  for (const field of Object.keys(truth.values)) {
    if (!known.has(field)) out.push({ field, expected: 'absent from the template', actual: facts.get(field) });
  }
  for (const field of fields) {
    const expected = truth.values[field] ?? 0;
    const actual = facts.get(field);
    if (!accepts(expected, actual, lenient.some((re) => re.test(field)))) out.push({ field, expected, actual });
  }
  return out;
}

/**
 * Whether a mismatch is an honest ambiguity: the parser flagged the cell
 * `ambiguous_split` and listed the truth's reading among its alternatives. That is
 * the contract for glued runs no identity can settle: never a silent guess.
 */
export function isFlaggedAlternative(parsed: Parsed, m: Mismatch): boolean {
  if (typeof m.expected === 'string') return false;
  const [section, row, col] = m.field.split('.');
  const flag = parsed.problems.find((p) => p.check === 'ambiguous_split' && p.section === section && p.row_key === row && p.col_key === col);
  if (!flag?.alternatives) return false;
  const wants = m.expected === null ? [] : typeof m.expected === 'number' ? [m.expected] : m.expected;
  return wants.some((w) => flag.alternatives?.some((a) => a !== null && Math.abs(a - w) <= 1e-9 * Math.max(1, Math.abs(w))));
}

export interface MetaMismatch {
  readonly field: 'year' | 'template' | 'region_code';
  readonly expected: string | number | null;
  readonly actual: string | number | null;
}

/** Year, template and the region code's first six digits. */
export function compareMetadata(truth: Truth, parsed: Parsed): MetaMismatch[] {
  const out: MetaMismatch[] = [];
  const r = parsed.report;
  if (r.year !== truth.year) out.push({ field: 'year', expected: truth.year, actual: r.year });
  if (r.template !== truth.template) out.push({ field: 'template', expected: truth.template, actual: r.template });
  const region = r.region_code === null ? null : r.region_code.slice(0, 6);
  if (region !== truth.region_code) out.push({ field: 'region_code', expected: truth.region_code, actual: region });
  return out;
}

/** The parse written in the truth file's own shape, for `diff truth.json x-changed.json`. */
export function parsedAsTruth(truth: Truth, parsed: Parsed): Record<string, unknown> {
  const values: Record<string, number | null> = {};
  for (const f of parsed.facts) {
    if (f.value !== 0) values[fieldId(f.section, f.row_key, f.col_key)] = f.value;
  }
  return {
    file: truth.file,
    template: parsed.report.template,
    year: parsed.report.year,
    region_code: parsed.report.region_code?.slice(0, 6) ?? null,
    values,
    identity_failures: parsed.problems.filter((p) => p.check.startsWith('identity_')).map((p) => truthNameOf(identityOfProblem(p))),
  };
}
