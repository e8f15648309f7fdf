/** Problems for cells whose glued run had more than one consistent reading. */
import { problem, type Problem } from '../problems.ts';
import { disagreements } from './read-rows.ts';
import type { Cell } from './split.ts';

export function ambiguityProblems(
  section: string,
  row: string,
  cols: readonly string[],
  chosen: readonly Cell[],
  survivors: readonly (readonly Cell[])[],
  lineAt: (offset: number) => number,
  valueOf: (cell: Cell, col: number, reading: readonly Cell[]) => number | null = (c) => (c.placeholder ? null : Number(c.digits) * c.sign),
): Problem[] {
  const others = survivors.filter((s) => s !== chosen);
  const out: Problem[] = [];
  for (const [i, alts] of disagreements(chosen, others)) {
    const cell = chosen[i];
    if (!cell) continue;
    const list = [...alts].slice(0, 5).join(', ');
    const values = new Set<number | null>();
    for (const o of others) {
      const c = o[i];
      if (c && c.digits !== cell.digits) values.add(valueOf(c, i, o));
    }
    out.push(problem('ambiguous_split', 'warning', `glued digits read as ${cell.raw}; also consistent: ${list} (${survivors.length} readings survive the identities)`, {
      section, row_key: row, col_key: cols[i], line: lineAt(cell.start), actual: valueOf(cell, i, chosen) ?? undefined, alternatives: [...values],
    }));
  }
  return out;
}
