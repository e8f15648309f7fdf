/** A fact as the parser produces it, before it gets its report id. */
import type { Convention, Section } from '../schema/fields.ts';

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

