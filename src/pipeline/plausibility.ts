/**
 * Values the report wrote that cannot be right as counts: kept as written (the data is
 * the report's), but each is reported with its place.
 */
import type { Fact } from './facts.ts';
import { problem, type Problem } from './problems.ts';

/** Columns where a negative value is meaningful (本年增/减). */
const SIGNED = new Set(['change']);

export function checkPlausibility(facts: readonly Fact[]): Problem[] {
  const out: Problem[] = [];
  for (const f of facts) {
    if (f.value !== null && f.value < 0 && !SIGNED.has(f.col_key)) {
      out.push(problem('negative_count', 'warning', `${f.section}.${f.row_key}.${f.col_key} is ${f.raw ?? f.value}: a count or amount cannot be negative; kept as written`, {
        section: f.section, row_key: f.row_key, col_key: f.col_key, line: f.source_line ?? undefined, actual: f.value,
      }));
    }
  }
  return out;
}
