/** Labels of the check codes in both languages (identities as in SCHEMA.md; parse problems as the pipeline names them). */
import type { Lang } from './i18n.ts';

const CODES: Record<string, Record<Lang, string>> = {
  identity_1: { zh: '勾稽 1：新收 + 上年结转 = 办理总计 + 结转下年', en: 'Identity 1: new + carried over = handled + carried forward' },
  identity_2: { zh: '勾稽 2：各项办理结果之和 = 总计', en: 'Identity 2: outcomes add up to the total' },
  identity_3: { zh: '勾稽 3：各类申请人之和 = 总计列', en: 'Identity 3: applicant columns add up to the total column' },
  identity_4: { zh: '勾稽 4：维持 + 纠正 + 其他 + 未审结 = 总计', en: 'Identity 4: upheld + corrected + other + pending = total' },
  identity_5: { zh: '勾稽 5：其他处理 = 三个子项之和（2021）', en: 'Identity 5: otherwise handled = its three sub-rows (2021)' },
  ambiguous_split: { zh: '粘连数字有多种拆分', en: 'Glued digits with several possible readings' },
  missing_cells: { zh: '表格行缺少单元格', en: 'Table row with missing cells' },
  extra_cells: { zh: '表格行多出单元格', en: 'Table row with extra cells' },
  row_missing: { zh: '缺少模板中的行', en: 'A template row is missing' },
  blank_row: { zh: '空白行（按 0 记）', en: 'Blank row (read as 0)' },
  table_empty: { zh: '表格没有数字', en: 'Table without numbers' },
  no_tables: { zh: '文件中没有表格', en: 'No tables in the file' },
  row_omitted: { zh: '报告省略了行（按 0 记）', en: 'Row omitted by the report (read as 0)' },
  table_missing: { zh: '未找到表格', en: 'Table not found' },
  no_template: { zh: '未识别出 2019/2021 模板', en: 'Neither the 2019 nor the 2021 template' },
  not_a_report: { zh: '不是年度报告', en: 'Not an annual report' },
  other_single_row: { zh: '2021 报告的其他处理只有一行', en: '2021 report with a single “other” row' },
  chrome_removed: { zh: '删除了网页页眉页脚', en: 'Page chrome removed' },
  converted_traditional: { zh: '繁体转为简体', en: 'Traditional characters converted' },
  encoding_replaced: { zh: '编码错误的字符被替换', en: 'Undecodable characters replaced' },
  unknown_row: { zh: '无法识别的行', en: 'Unrecognised row' },
  unsupported_format: { zh: '暂不支持的文件格式', en: 'File format not readable yet' },
  internal_error: { zh: '解析器内部错误', en: 'Parser error' },
};

export function checkLabel(code: string, lang: Lang): string {
  return CODES[code]?.[lang] ?? code;
}

export const IDENTITY_CODES = ['identity_1', 'identity_2', 'identity_3', 'identity_4', 'identity_5'] as const;
