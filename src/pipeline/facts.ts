/** A fact as the parser produces it, before it gets its report id. */
import type { Section } from '../schema/fields.ts';
import type { Convention } from './tables/values.ts';

export interface Fact {
  readonly section: Section;
  readonly row_key: string;
  readonly col_key: string;
  readonly value: number | null;
  readonly raw: string | null;
  readonly source_line: number | null;
  readonly derived: boolean;
  readonly convention: Convention;
}

export type FactMap = Map<string, Fact>;

export function factKey(section: string, row: string, col: string): string {
  return `${section}.${row}.${col}`;
}

export function valueOf(facts: FactMap, section: string, row: string, col: string): number | null | undefined {
  const f = facts.get(factKey(section, row, col));
  return f === undefined ? undefined : f.value;
}
