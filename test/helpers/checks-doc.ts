/**
 * The check codes documented in docs/checks.md and the ones raised in src/, so tests
 * can hold the two lists together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export interface DocumentedCheck {
  readonly code: string;
  readonly severity: string;
}

/** Rows of docs/checks.md's tables: `| \`code\` | severity | … |`. */
export function documentedCheckRows(): DocumentedCheck[] {
  const md = readFileSync(join(ROOT, 'docs', 'checks.md'), 'utf8');
  const out: DocumentedCheck[] = [];
  for (const m of md.matchAll(/^\|\s*`([a-z0-9_]+)`\s*\|\s*([a-z]+)\s*\|/gm)) {
    if (m[1] && m[2]) out.push({ code: m[1], severity: m[2] });
  }
  return out;
}

export function documentedChecks(): string[] {
  return documentedCheckRows().map((r) => r.code);
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** The arguments of a call starting at `open` (the index of its `(`), split at top-level commas. */
function callArgs(src: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0, cur = '', quote = '';
  for (let i = open + 1; i < src.length; i++) {
    const c = src[i] ?? '';
    if (quote) {
      cur += c;
      if (c === '\\') { cur += src[++i] ?? ''; continue; }
      if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') { quote = c; cur += c; continue; }
    if (c === '(' || c === '[' || c === '{') depth++;
    if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) { args.push(cur.trim()); return args; }
      depth--;
    }
    if (c === ',' && depth === 0) { args.push(cur.trim()); cur = ''; continue; }
    cur += c;
  }
  return args;
}

export interface RaisedCheck {
  readonly code: string;
  /** The severity when the call names exactly one, else undefined. */
  readonly severity: string | undefined;
  readonly file: string;
}

/** Every code passed to `problem(…)` in src/ (both arms of a ternary; `identity_${id}` → 1…5). */
export function raisedChecks(): RaisedCheck[] {
  const out: RaisedCheck[] = [];
  for (const file of tsFiles(join(ROOT, 'src'))) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/\bproblem\(/g)) {
      const [code = '', severity = ''] = callArgs(src, (m.index ?? 0) + m[0].length - 1);
      if (/^[A-Za-z_]+:/.test(code) || code === '') continue; // the declaration itself
      const codes = [...code.matchAll(/'([a-z0-9_]+)'/g)].map((x) => x[1] ?? '');
      if (/`identity_\$\{\w+\}`/.test(code)) codes.push('identity_1', 'identity_2', 'identity_3', 'identity_4', 'identity_5');
      const sev = [...severity.matchAll(/'([a-z]+)'/g)].map((x) => x[1] ?? '');
      for (const c of codes) out.push({ code: c, severity: codes.length === 1 && sev.length === 1 ? sev[0] : undefined, file: file.slice(ROOT.length + 1) });
      if (codes.length === 0) out.push({ code: `<unparsed: ${code}>`, severity: undefined, file: file.slice(ROOT.length + 1) });
    }
  }
  return out;
}
