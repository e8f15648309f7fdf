/**
 * The headline figures and derived rates, each with its formula in both languages.
 * Field ids are `section.row.col` as in src/schema/fields.ts; every figure is a sum of
 * facts over the selected reports (build-time aggregates) or a ratio of two such sums.
 */
import { APP_ROWS, RL_ROWS, fieldId, type Label } from '../../schema/fields.ts';
import { total, type Aggregates } from './aggregates.ts';

export const appField = (row: string, col = 'total') => fieldId('applications', row, col);
export const rlField = (row: string, col = 'total') => fieldId('review_litigation', row, col);
export const activeField = (row: string, col: string) => fieldId('active', row, col);

const rowsStarting = (prefix: string) => APP_ROWS.map((r) => r.key).filter((k) => k.startsWith(prefix));
export const WITHHELD = rowsStarting('withheld_');
export const UNAVAILABLE = rowsStarting('unavailable_');
export const REJECTED = rowsStarting('rejected_');
export const LITIGATION = ['litigation_direct', 'litigation_after_review'];
export const RL_GROUPS = Object.keys(RL_ROWS);

/** The outcome groups of section 三, in print order: each a label and the rows it sums. */
export const OUTCOME_GROUPS: readonly (Label & { key: string; rows: readonly string[] })[] = [
  { key: 'granted', zh: '予以公开', en: 'Granted', rows: ['granted'] },
  { key: 'partly_granted', zh: '部分公开', en: 'Partly granted', rows: ['partly_granted'] },
  { key: 'withheld', zh: '不予公开', en: 'Withheld', rows: WITHHELD },
  { key: 'unavailable', zh: '无法提供', en: 'Unavailable', rows: UNAVAILABLE },
  { key: 'rejected', zh: '不予处理', en: 'Not processed', rows: REJECTED },
  { key: 'other', zh: '其他处理', en: 'Otherwise handled', rows: ['other'] },
];

export interface Ratio {
  readonly key: string;
  readonly label: Label;
  readonly formula: Label;
  readonly numerator: readonly string[];
  readonly denominator: readonly string[];
}

export const RATIOS: Readonly<Record<string, Ratio>> = {
  disclosure: {
    key: 'disclosure', label: { zh: '公开率', en: 'Disclosure rate' },
    formula: { zh: '公开率 =（予以公开 + 部分公开）÷ 办理总计', en: 'Disclosure rate = (granted + partly granted) ÷ total handled' },
    numerator: [appField('granted'), appField('partly_granted')], denominator: [appField('total')],
  },
  refusal: {
    key: 'refusal', label: { zh: '不予公开占比', en: 'Refusal share' },
    formula: { zh: '不予公开占比 = 不予公开（8 项理由）之和 ÷ 办理总计', en: 'Refusal share = withheld (all 8 grounds) ÷ total handled' },
    numerator: WITHHELD.map((r) => appField(r)), denominator: [appField('total')],
  },
  review_correction: {
    key: 'review_correction', label: { zh: '复议纠错率', en: 'Review correction rate' },
    formula: { zh: '复议纠错率 = 结果纠正 ÷（结果维持 + 结果纠正 + 其他结果），即已审结案件中被纠正的比例', en: 'Review correction rate = corrected ÷ (upheld + corrected + other result), i.e. among concluded cases' },
    numerator: [rlField('review', 'corrected')], denominator: ['upheld', 'corrected', 'other'].map((c) => rlField('review', c)),
  },
  litigation_correction: {
    key: 'litigation_correction', label: { zh: '诉讼纠错率', en: 'Lawsuit correction rate' },
    formula: { zh: '诉讼纠错率 = 结果纠正 ÷（结果维持 + 结果纠正 + 其他结果），两类诉讼合计', en: 'Lawsuit correction rate = corrected ÷ (upheld + corrected + other result), both kinds of lawsuit' },
    numerator: LITIGATION.map((r) => rlField(r, 'corrected')), denominator: LITIGATION.flatMap((r) => ['upheld', 'corrected', 'other'].map((c) => rlField(r, c))),
  },
};

export function sumFields(agg: Aggregates, gids: readonly number[], fields: readonly string[]): number {
  let s = 0;
  for (const f of fields) s += total(agg, gids, f);
  return s;
}

/** A ratio over groups, or null when its denominator is zero. */
export function ratio(agg: Aggregates, gids: readonly number[], r: Ratio): number | null {
  const d = sumFields(agg, gids, r.denominator);
  return d > 0 ? sumFields(agg, gids, r.numerator) / d : null;
}

/** The year from which reports follow the 2021 template (国办公开办函〔2021〕30号). */
export const TEMPLATE_2021_FROM = 2021;
