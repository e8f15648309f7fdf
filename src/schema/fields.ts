/**
 * The canonical codes of every number in a report (shared/spec/SCHEMA.md).
 * Everything else — the parser's row anchors, the identities, the data dictionary,
 * the dashboard's SQL — is derived from these tables. Shared by Node and browser code.
 */

export type Template = '2019' | '2021';
export type TemplateOrOther = Template | 'other';
/** The three tables a report's numbers sit in. */
export const SECTIONS = ['active', 'applications', 'review_litigation'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Label {
  readonly zh: string;
  readonly en: string;
}

export const TEMPLATES: readonly Template[] = ['2019', '2021'];

/** Section 二 rows and their columns per template (absent = the row is not in that template). */
export const ACTIVE_ROWS: Readonly<Record<string, Label & { readonly cols: Readonly<Partial<Record<Template, readonly string[]>>> }>> = {
  rules: { zh: '规章', en: 'Rules', cols: { '2019': ['made', 'published', 'total_public'], '2021': ['issued', 'repealed', 'in_force'] } },
  normative_docs: { zh: '规范性文件', en: 'Normative documents', cols: { '2019': ['made', 'published', 'total_public'], '2021': ['issued', 'repealed', 'in_force'] } },
  licensing: { zh: '行政许可', en: 'Administrative licensing', cols: { '2019': ['prev_items', 'change', 'decisions'], '2021': ['decisions'] } },
  other_services: { zh: '其他对外管理服务事项', en: 'Other external services', cols: { '2019': ['prev_items', 'change', 'decisions'] } },
  penalty: { zh: '行政处罚', en: 'Administrative penalties', cols: { '2019': ['prev_items', 'change', 'decisions'], '2021': ['decisions'] } },
  enforcement: { zh: '行政强制', en: 'Administrative enforcement', cols: { '2019': ['prev_items', 'change', 'decisions'], '2021': ['decisions'] } },
  fees: { zh: '行政事业性收费', en: 'Administrative fees', cols: { '2019': ['prev_items', 'change'], '2021': ['amount_wan'] } },
  procurement: { zh: '政府集中采购', en: 'Central government procurement', cols: { '2019': ['projects', 'amount_wan'] } },
};

export const ACTIVE_COLS: Readonly<Record<string, Label>> = {
  made: { zh: '本年新制作数量', en: 'Made this year' },
  published: { zh: '本年新公开数量', en: 'Published this year' },
  total_public: { zh: '对外公开总数量', en: 'Total public' },
  issued: { zh: '本年制发件数', en: 'Issued this year' },
  repealed: { zh: '本年废止件数', en: 'Repealed this year' },
  in_force: { zh: '现行有效件数', en: 'In force' },
  prev_items: { zh: '上一年项目数量', en: 'Items last year' },
  change: { zh: '本年增/减', en: 'Change this year' },
  decisions: { zh: '处理决定数量', en: 'Decisions' },
  amount_wan: { zh: '金额（万元）', en: 'Amount (10k yuan)' },
  projects: { zh: '采购项目数量', en: 'Procurement projects' },
};

export const APP_COLS: Readonly<Record<string, Label>> = {
  natural_person: { zh: '自然人', en: 'Natural persons' },
  commercial: { zh: '商业企业', en: 'Commercial enterprises' },
  research: { zh: '科研机构', en: 'Research institutions' },
  social_org: { zh: '社会公益组织', en: 'Public-interest organisations' },
  legal_service: { zh: '法律服务机构', en: 'Legal service providers' },
  other_org: { zh: '其他', en: 'Other organisations' },
  total: { zh: '总计', en: 'Total' },
};
export const APPLICANT_COLS = ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org'] as const;

/** Section 三 rows in the order the template prints them; `only` limits a row to one template. */
export const APP_ROWS: readonly (Label & { readonly key: string; readonly only?: Template })[] = [
  { key: 'new', zh: '本年新收政府信息公开申请数量', en: 'New requests' },
  { key: 'carried_over', zh: '上年结转政府信息公开申请数量', en: 'Carried over from last year' },
  { key: 'granted', zh: '予以公开', en: 'Granted' },
  { key: 'partly_granted', zh: '部分公开', en: 'Partly granted' },
  { key: 'withheld_state_secret', zh: '不予公开：属于国家秘密', en: 'Withheld: state secret' },
  { key: 'withheld_law', zh: '不予公开：其他法律行政法规禁止公开', en: 'Withheld: barred by other laws' },
  { key: 'withheld_security', zh: '不予公开：危及“三安全一稳定”', en: 'Withheld: endangers security or stability' },
  { key: 'withheld_third_party', zh: '不予公开：保护第三方合法权益', en: 'Withheld: third-party rights' },
  { key: 'withheld_internal', zh: '不予公开：属于三类内部事务信息', en: 'Withheld: internal affairs' },
  { key: 'withheld_process', zh: '不予公开：属于四类过程性信息', en: 'Withheld: process information' },
  { key: 'withheld_enforcement_file', zh: '不予公开：属于行政执法案卷', en: 'Withheld: enforcement files' },
  { key: 'withheld_query', zh: '不予公开：属于行政查询事项', en: 'Withheld: administrative queries' },
  { key: 'unavailable_not_held', zh: '无法提供：本机关不掌握相关政府信息', en: 'Unavailable: not held' },
  { key: 'unavailable_needs_creation', zh: '无法提供：没有现成信息需要另行制作', en: 'Unavailable: would need creating' },
  { key: 'unavailable_unclear', zh: '无法提供：补正后申请内容仍不明确', en: 'Unavailable: still unclear' },
  { key: 'rejected_petition', zh: '不予处理：信访举报投诉类申请', en: 'Not processed: petitions and complaints' },
  { key: 'rejected_duplicate', zh: '不予处理：重复申请', en: 'Not processed: duplicate' },
  { key: 'rejected_publication', zh: '不予处理：要求提供公开出版物', en: 'Not processed: publications' },
  { key: 'rejected_excessive', zh: '不予处理：无正当理由大量反复申请', en: 'Not processed: excessive' },
  { key: 'rejected_confirmation', zh: '不予处理：要求行政机关确认或重新出具已获取信息', en: 'Not processed: re-issue of held information' },
  { key: 'other', zh: '其他处理', en: 'Otherwise handled' },
  { key: 'other_no_correction', zh: '其他处理：逾期不补正', en: 'Other: no correction in time', only: '2021' },
  { key: 'other_no_fee', zh: '其他处理：逾期未缴费', en: 'Other: fee not paid', only: '2021' },
  { key: 'other_misc', zh: '其他处理：其他', en: 'Other: miscellaneous', only: '2021' },
  { key: 'total', zh: '总计', en: 'Total handled' },
  { key: 'carried_forward', zh: '结转下年度继续办理', en: 'Carried forward' },
];

export const RL_ROWS: Readonly<Record<string, Label>> = {
  review: { zh: '行政复议', en: 'Administrative review' },
  litigation_direct: { zh: '行政诉讼（未经复议直接起诉）', en: 'Lawsuits, direct' },
  litigation_after_review: { zh: '行政诉讼（复议后起诉）', en: 'Lawsuits after review' },
};
export const RL_COLS: Readonly<Record<string, Label>> = {
  upheld: { zh: '结果维持', en: 'Upheld' },
  corrected: { zh: '结果纠正', en: 'Corrected' },
  other: { zh: '其他结果', en: 'Other result' },
  pending: { zh: '尚未审结', en: 'Pending' },
  total: { zh: '总计', en: 'Total' },
};

/** The outcome rows whose sum is the `total` row (identity 2). */
export const OUTCOME_ROWS: readonly string[] = APP_ROWS.map((r) => r.key).filter(
  (k) => k === 'granted' || k === 'partly_granted' || k === 'other' || /^(withheld|unavailable|rejected)_/.test(k),
);
/** 2021's three sub-rows of （六）其他处理 (identity 5). */
export const OTHER_PARTS: readonly string[] = ['other_no_correction', 'other_no_fee', 'other_misc'];

export function appRowKeys(t: Template): string[] {
  return APP_ROWS.filter((r) => !r.only || r.only === t).map((r) => r.key);
}

export function activeRowKeys(t: Template): string[] {
  return Object.entries(ACTIVE_ROWS).filter(([, r]) => r.cols[t]).map(([k]) => k);
}

export function activeCols(t: Template, row: string): readonly string[] {
  return ACTIVE_ROWS[row]?.cols[t] ?? [];
}

export type FieldKey = readonly [Section, string, string];

/**
 * How a fact's value relates to what the report wrote: `written` as is; `converted`
 * from 元 to 万元; `derived` computed (2021 其他处理 = its parts); `omitted_row` a template
 * row the report does not print, taken as 0; `blank_is_zero` a printed row left blank
 * in a table that writes its zeros elsewhere; `implied_zero` a part of a row that is 0.
 */
export const CONVENTIONS = ['written', 'converted', 'derived', 'omitted_row', 'blank_is_zero', 'implied_zero'] as const;
export type Convention = (typeof CONVENTIONS)[number];

/** Every row code of every section and template, once each. */
export const ALL_ROW_KEYS: readonly string[] = [...new Set([...Object.keys(ACTIVE_ROWS), ...APP_ROWS.map((r) => r.key), ...Object.keys(RL_ROWS)])];
/** Every column code of every section and template, once each. */
export const ALL_COL_KEYS: readonly string[] = [...new Set([...Object.keys(ACTIVE_COLS), ...Object.keys(APP_COLS), ...Object.keys(RL_COLS)])];

/** Every (section, row, col) of a template, in print order. */
export function allFields(t: Template): FieldKey[] {
  const out: FieldKey[] = [];
  for (const r of activeRowKeys(t)) for (const c of activeCols(t, r)) out.push(['active', r, c]);
  for (const r of appRowKeys(t)) for (const c of Object.keys(APP_COLS)) out.push(['applications', r, c]);
  for (const r of Object.keys(RL_ROWS)) for (const c of Object.keys(RL_COLS)) out.push(['review_litigation', r, c]);
  return out;
}

export function fieldId(section: string, row: string, col: string): string {
  return `${section}.${row}.${col}`;
}
