/**
 * One report, end to end: document → normalised lines → tables → facts → identities,
 * plus where it comes from. Pure: bytes in, records out; never throws.
 */
import { hash } from 'node:crypto';
import type { TemplateOrOther } from '../schema/fields.ts';
import type { ReportRow } from '../schema/tables.ts';
import { flattenDoc, type Doc } from './doc.ts';
import type { Fact } from './facts.ts';
import type { Format } from './formats/detect.ts';
import { readDocument } from './formats/read-document.ts';
import { checkIdentities } from './identities.ts';
import { checkPlausibility } from './plausibility.ts';
import { describeReport } from './metadata/describe.ts';
import { normalizeDoc } from './normalize.ts';
import { problem, type Problem } from './problems.ts';
import { findTableSpans } from './tables/anchors.ts';
import { extractActive } from './tables/extract-active.ts';
import { extractApplications } from './tables/extract-applications.ts';
import { extractReview } from './tables/extract-review.ts';
import { recognizeTemplate } from './template.ts';

export interface Parsed {
  readonly report: ReportRow;
  readonly facts: Fact[];
  readonly problems: Problem[];
}

export function reportIdOf(sourceFile: string): string {
  return hash('sha256', sourceFile, 'hex').slice(0, 16);
}

const LOOKS_LIKE_REPORT = /信息公开|政务公开|依申请|主动公开/;

function emptyReport(sourceFile: string, format: Format, encoding: string | null): ReportRow {
  return {
    report_id: reportIdOf(sourceFile), source_file: sourceFile, format, encoding,
    agency: null, agency_source: null, region_code: null, region_source: null, province: null, city: null, county: null,
    level: null, year: null, year_source: null, template: 'other', published_on: null, scope: null, source_url: null,
    status: 'failed', n_facts: 0, n_identity_failures: 0, n_issues: 0,
  };
}

function finish(report: ReportRow, facts: Fact[], problems: Problem[]): Parsed {
  report.n_facts = facts.length;
  report.n_identity_failures = problems.filter((p) => p.check.startsWith('identity_')).length;
  report.n_issues = problems.filter((p) => !p.check.startsWith('identity_') && p.severity !== 'info').length;
  return { report, facts, problems };
}

/** A document already in the common form → records. */
export function parseDoc(sourceFile: string, doc: Doc, format: Format, encoding: string | null, upstream: Problem[] = []): Parsed {
  const report = emptyReport(sourceFile, format, encoding);
  const problems: Problem[] = [...upstream];
  const norm = normalizeDoc(doc, sourceFile);
  problems.push(...norm.problems);
  const flat = flattenDoc(norm.doc);
  Object.assign(report, describeReport(norm.doc, flat.text));
  const spans = findTableSpans(flat.text);
  const guess = recognizeTemplate(flat.text, spans);
  report.template = guess.template satisfies TemplateOrOther;
  if (guess.template === 'other') {
    const isReport = LOOKS_LIKE_REPORT.test(flat.text);
    problems.push(problem(isReport ? 'no_template' : 'not_a_report', isReport ? 'warning' : 'error', `${sourceFile}: ${isReport ? guess.reason : 'this does not look like a government information-disclosure annual report'}`));
    report.status = isReport && flat.text.trim().length > 0 ? 'partial' : 'failed';
    return finish(report, [], problems);
  }
  const t = guess.template;
  const facts: Fact[] = [];
  const missing: string[] = [];
  for (const [name, span, run] of [
    ['active', spans.active, (s: NonNullable<typeof spans.active>) => extractActive(flat, s, t)],
    ['applications', spans.applications, (s: NonNullable<typeof spans.active>) => extractApplications(flat, s, t)],
    ['review_litigation', spans.review_litigation, (s: NonNullable<typeof spans.active>) => extractReview(flat, s)],
  ] as const) {
    if (!span) {
      missing.push(name);
      problems.push(problem('table_missing', 'error', `${sourceFile}: the ${name} table was not found`, { section: name }));
      continue;
    }
    const r = run(span);
    facts.push(...r.facts);
    problems.push(...r.problems);
  }
  problems.push(...checkIdentities(facts, t));
  problems.push(...checkPlausibility(facts));
  const unreadable = facts.filter((f) => f.value === null && !f.derived).length;
  report.status = missing.length === 3 || facts.length === 0 ? 'failed' : missing.length > 0 || unreadable > facts.length / 2 ? 'partial' : 'ok';
  return finish(report, facts, problems);
}

/** A file's bytes → records. Every input yields a report row, whatever happens. */
export async function parseFile(sourceFile: string, bytes: Uint8Array): Promise<Parsed> {
  try {
    const read = await readDocument(sourceFile, bytes);
    if (!read.doc) return finish(emptyReport(sourceFile, read.format, read.encoding), [], read.problems);
    return parseDoc(sourceFile, read.doc, read.format, read.encoding, read.problems);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return finish(emptyReport(sourceFile, 'unknown', null), [], [problem('internal_error', 'error', `${sourceFile}: parser error: ${msg}`)]);
  }
}
