/** Reading one cell as a number, as written (SCHEMA.md "Values"). */
import type { Convention } from '../../schema/fields.ts';
import type { Cell } from './split.ts';

export interface CellValue {
  readonly value: number | null;
  readonly convention: Convention;
}

/** Round away binary noise from unit conversion (75394432.52 元 → 7539.443252 万元). */
function tidy(x: number): number {
  return Number(x.toFixed(10));
}

/**
 * A cell's value. Placeholders (`—`, `/`, `无`) and empty cells have no value; amounts
 * in 元 become 万元 when the column is in 万元 (the unit written on the cell wins over
 * the one in the header).
 */
export function readCell(cell: Cell | undefined, opts: { wan?: boolean; headerUnit?: string } = {}): CellValue {
  if (!cell || cell.placeholder || cell.digits === '') return { value: null, convention: 'written' };
  const n = Number(cell.digits) * cell.sign;
  if (!Number.isFinite(n)) return { value: null, convention: 'written' };
  if (opts.wan) {
    const unit = cell.unit || opts.headerUnit || '';
    if (unit === '元') return { value: tidy(n / 10000), convention: 'converted' };
  }
  return { value: n, convention: 'written' };
}
