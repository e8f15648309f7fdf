/**
 * Problems travel as messages with a place, never as thrown exceptions: every stage
 * returns its records plus the problems it met (cf. unified's vfile messages).
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  /** A documented code: identity_1…5 or a parse-problem code (see docs/checks.md). */
  readonly check: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line?: number | undefined;
  readonly section?: string | undefined;
  readonly row_key?: string | undefined;
  readonly col_key?: string | undefined;
  readonly expected?: number | undefined;
  readonly actual?: number | undefined;
  /** For `ambiguous_split`: the other values the cell could be read as (not written to checks). */
  readonly alternatives?: readonly (number | null)[] | undefined;
}

export function problem(check: string, severity: Severity, message: string, at: Omit<Problem, 'check' | 'severity' | 'message'> = {}): Problem {
  return { check, severity, message, ...at };
}
