/** Section 二 (主动公开) → facts. No identity binds this table, so glued runs are
 * chosen by plausibility and marked ambiguous whenever another reading survives. */
import { activeCols, activeRowKeys, type Template } from '../../schema/fields.ts';
import type { FlatDoc } from '../doc.ts';
import type { Fact } from '../facts.ts';
import { problem, type Problem } from '../problems.ts';
import { ambiguityProblems } from './ambiguity.ts';
import { ACTIVE_ANCHORS, findAnchors, type Span } from './anchors.ts';
import { cellValues, readRow, rowShapeProblems, shapeCost } from './read-rows.ts';
import type { Cell } from './split.ts';
import { readCell } from './values.ts';

/** How much less plausible (in cost units) a reading may be and still be named as an alternative. */
const PLAUSIBLE_MARGIN = 2;

/** Typical central-procurement spend per project, log10 of yuan (~1.6 million yuan). */
const PROCUREMENT_LOG_YUAN_PER_PROJECT = 6.2;

function yuanOf(cell: Cell | undefined, headerUnit: string): number | null {
  if (!cell || cell.placeholder) return null;
  const n = Number(cell.digits);
  const unit = cell.unit || headerUnit;
  return unit === '元' ? n : n * 10000;
}

/** Readings that break what the row's meaning allows (in force ≥ issued − repealed, …). */
function violates(template: Template, row: string, v: readonly (number | null)[]): boolean {
  const [a, b, c] = v;
  if ((row === 'rules' || row === 'normative_docs') && a != null && b != null && c != null) {
    return template === '2021' ? c < a - b : c < b;
  }
  return false;
}

const log = (x: number | null | undefined): number | undefined => (x ? Math.log10(Math.abs(x)) : undefined);

/**
 * How unlikely a reading of a glued row is, lower is likelier. Each row kind has its
 * own regularities: a stock (现行有效, 对外公开总数) is at least its flows; 本年增/减 is a
 * change, small beside the items; a procurement project costs around 10^6 yuan.
 */
function cost(template: Template, row: string, cells: readonly Cell[], unit: string): number {
  const v = cellValues(cells);
  if (row === 'procurement' && cells.length === 2) {
    const [projects, amount] = v;
    const yuan = yuanOf(cells[1], unit);
    if (projects && yuan) return Math.abs(Math.log10(yuan / projects) - PROCUREMENT_LOG_YUAN_PER_PROJECT);
    // Projects without money, or money without projects, is unlikely.
    return (projects === 0) !== (amount === 0) ? 5 : -2;
  }
  if ((row === 'rules' || row === 'normative_docs') && v.length === 3) {
    const [a, b, c] = v;
    let extra = 0;
    if (template === '2021') {
      if (a != null && b != null && b > a) extra += 0.5;
      if (c != null && ((a != null && c < a) || (b != null && c < b))) extra += 2;
    } else if (a != null && b != null && b > a) extra += 1;
    return shapeCost(v) + extra;
  }
  if (template === '2019' && v.length === 3 && ['licensing', 'other_services', 'penalty', 'enforcement'].includes(row)) {
    const [prev, change, decisions] = v;
    const lp = log(prev), ld = log(decisions);
    let c = lp !== undefined && ld !== undefined ? Math.abs(lp - ld) : 0;
    if (change === 0) c -= 1;
    if (decisions === 0 && prev) c += 0.5;
    if (prev != null && change != null && Math.abs(change) > 10 * Math.max(prev, 1)) c += 1;
    return c;
  }
  return shapeCost(v);
}

/**
 * The unit of an amount column: a cell's own wins, then its header. With neither, a
 * procurement amount is in whichever of 元 and 万元 gives a plausible spend per project
 * (`5 | 408.59` is 万元; a glued `18 | 4253521.20` is 元).
 */
function unitOf(row: string, cells: readonly Cell[], headerUnit: string): string {
  const amount = cells.at(-1);
  if (amount?.unit === '元' || amount?.unit === '万' || amount?.unit === '万元') return amount.unit;
  if (headerUnit) return headerUnit;
  if (row !== 'procurement' || !amount || cells.length !== 2) return '';
  const projects = cellValues(cells)[0];
  const n = Number(amount.digits);
  // Fen written on a large amount (`4253521.20`) is yuan; `408.59` is 万元 with decimals.
  if (/\.\d\d$/.test(amount.digits) && n >= 1e4) return '元';
  if (!projects || !n) return '';
  const off = (yuan: number) => Math.abs(Math.log10(yuan / projects) - PROCUREMENT_LOG_YUAN_PER_PROJECT);
  return off(n) < off(n * 10000) ? '元' : '';
}

function headerUnitOf(text: string): string {
  const m = /[(（]\s*(?:单位[:：]\s*)?(万元|元)\s*[)）,，;；、]/.exec(text);
  return m?.[1] ?? '';
}

export function extractActive(flat: FlatDoc, span: Span, template: Template): { facts: Fact[]; problems: Problem[] } {
  const text = flat.text;
  const facts: Fact[] = [];
  const problems: Problem[] = [];
  const anchors = findAnchors(text, span, ACTIVE_ANCHORS).filter((a) => activeCols(template, a.key).length > 0);
  const byKey = new Map(anchors.map((a, i) => [a.key, i] as const));
  let prevEnd = span.start;
  for (const row of activeRowKeys(template)) {
    const cols = activeCols(template, row);
    const i = byKey.get(row);
    const anchor = i === undefined ? undefined : anchors[i];
    if (!anchor) {
      // Bodies leave out rows that do not apply to them (a department makes no 规章).
      for (const col of cols) facts.push({ section: 'active', row_key: row, col_key: col, value: 0, raw: null, source_line: null, derived: true, convention: 'omitted_row' });
      problems.push(problem('row_omitted', 'info', `row ${row} is not printed; its cells are taken as 0`, { section: 'active', row_key: row }));
      continue;
    }
    const read = readRow(text, anchor, anchors[(i ?? 0) + 1], span, cols.length);
    // The unit of an amount is often written in the column header before the row, or
    // between the row's label and its values (`政府集中采购（元）6675809`).
    const firstValue = read.tokens[0]?.start ?? anchor.labelEnd;
    const headerUnit = headerUnitOf(text.slice(prevEnd, firstValue));
    prevEnd = anchor.labelEnd;
    const line = flat.lineAt(anchor.labelEnd - 1);
    const ok = read.candidates.filter((c) => !violates(template, row, cellValues(c)));
    const survivors = ok.length > 0 ? ok : read.candidates;
    const unit = (c: readonly Cell[]) => unitOf(row, c, headerUnit);
    const ranked = survivors.map((c) => ({ c, cost: cost(template, row, c, unit(c)) })).sort((a, b) => a.cost - b.cost);
    const chosen = ranked[0]?.c ?? [];
    // Readings far less plausible than the best are not worth naming as alternatives.
    const plausible = ranked.filter((r) => r.cost <= (ranked[0]?.cost ?? 0) + PLAUSIBLE_MARGIN).map((r) => r.c);
    if (plausible.length > 1) {
      const valueIn = (cell: Cell, ci: number, reading: readonly Cell[]) => readCell(cell, { wan: cols[ci] === 'amount_wan', headerUnit: unitOf(row, reading, headerUnit) }).value;
      problems.push(...ambiguityProblems('active', row, cols, chosen, plausible, flat.lineAt, valueIn));
    }
    problems.push(...rowShapeProblems('active', `row ${row}`, read, cols.length, line, row));
    cols.forEach((col, ci) => {
      const cell = chosen[ci];
      const { value, convention } = readCell(cell, { wan: col === 'amount_wan', headerUnit: unitOf(row, chosen, headerUnit) });
      facts.push({ section: 'active', row_key: row, col_key: col, value, raw: cell?.raw ?? null, source_line: cell ? flat.lineAt(cell.start) : line, derived: false, convention });
    });
  }
  return { facts, problems };
}
