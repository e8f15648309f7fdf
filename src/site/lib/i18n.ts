/** UI strings in both languages and the site's page paths. Chinese is the default at `/`. */
export type Lang = 'zh' | 'en';

export const PAGES = ['overview', 'applications', 'outcomes', 'proactive', 'review', 'map', 'reports', 'quality', 'data'] as const;
export type Page = (typeof PAGES)[number] | 'report';

const SLUG: Record<Page, string> = {
  overview: '', applications: 'applications/', outcomes: 'outcomes/', proactive: 'proactive/', review: 'review/',
  map: 'map/', reports: 'reports/', report: 'report/', quality: 'quality/', data: 'data/',
};

/** The path of a page in a language, under the site's base. */
export function pagePath(base: string, lang: Lang, page: Page): string {
  const b = base.endsWith('/') ? base : base + '/';
  return b + (lang === 'en' ? 'en/' : '') + SLUG[page];
}

const UI = {
  site: { zh: '政府信息公开年报数据', en: 'OGI Atlas' },
  tagline: { zh: '政府信息公开工作年度报告 · 开放数据', en: 'Government information-disclosure annual reports, as open data' },
  overview: { zh: '概览', en: 'Overview' },
  applications: { zh: '依申请公开', en: 'Applications' },
  outcomes: { zh: '办理结果', en: 'Outcomes' },
  proactive: { zh: '主动公开', en: 'Proactive disclosure' },
  review: { zh: '复议与诉讼', en: 'Review & litigation' },
  map: { zh: '地图', en: 'Map' },
  reports: { zh: '报告', en: 'Reports' },
  report: { zh: '报告详情', en: 'Report' },
  quality: { zh: '数据质量', en: 'Data quality' },
  data: { zh: '下载数据', en: 'Data' },
  switchLang: { zh: 'English', en: '中文' },
  filters: { zh: '筛选', en: 'Filters' },
  province: { zh: '省', en: 'Province' },
  city: { zh: '市', en: 'City' },
  county: { zh: '县（区）', en: 'County' },
  yearFrom: { zh: '起始年度', en: 'From year' },
  yearTo: { zh: '截止年度', en: 'To year' },
  level: { zh: '层级', en: 'Level' },
  template: { zh: '模板', en: 'Template' },
  scope: { zh: '口径', en: 'Scope' },
  all: { zh: '全部', en: 'All' },
  reset: { zh: '清除筛选', en: 'Clear filters' },
  loading: { zh: '加载中…', en: 'Loading…' },
  empty: { zh: '当前筛选条件下没有报告。', en: 'No reports match the current selection.' },
  noValues: { zh: '当前筛选条件下没有这项数据。', en: 'No values for this in the current selection.' },
  dataTable: { zh: '数据表（图表的文字版）', en: 'Data table (text version of the chart)' },
  year: { zh: '年度', en: 'Year' },
  count: { zh: '件', en: 'count' },
  share: { zh: '占比', en: 'Share' },
  formula: { zh: '计算方法', en: 'Formula' },
  nReports: { zh: '报告数', en: 'Reports' },
  requests: { zh: '收到申请', en: 'Requests received' },
  disclosureRate: { zh: '公开率', en: 'Disclosure rate' },
  refusalShare: { zh: '不予公开占比', en: 'Refusal share' },
  reviews: { zh: '行政复议', en: 'Administrative reviews' },
  lawsuits: { zh: '行政诉讼', en: 'Lawsuits' },
  correctionRate: { zh: '纠错率', en: 'Correction rate' },
  templateBreak: { zh: '2021 模板', en: '2021 template' },
  templateBreakNote: { zh: '阴影年份采用 2021 年模板（国办公开办函〔2021〕30号），与此前年份的口径不同。', en: 'Shaded years use the 2021 template (国办公开办函〔2021〕30号); figures are not fully comparable with earlier years.' },
  na: { zh: '—', en: '—' },
  cases: { zh: '件', en: 'cases' },
  search: { zh: '搜索机关、地区或文件', en: 'Search agency, region or file' },
  status: { zh: '状态', en: 'Status' },
  failedChecks: { zh: '勾稽不符', en: 'Failed checks' },
  agency: { zh: '机关', en: 'Agency' },
  region: { zh: '地区', en: 'Region' },
  source: { zh: '原文', en: 'Source text' },
  sourceUrl: { zh: '原文链接', en: 'Source address' },
  sourceFile: { zh: '源文件', en: 'Source file' },
  published: { zh: '发布日期', en: 'Published' },
  extracted: { zh: '提取的表格', en: 'Extracted tables' },
  startingDb: { zh: '正在启动查询引擎（DuckDB-WASM）…', en: 'Starting the query engine (DuckDB-WASM)…' },
  tooLarge: { zh: '这一筛选范围的数据约 {mb} MB，太大，不在浏览器中加载。请选择一个省份或缩小年度范围；完整数据可在“数据”页下载 CSV。', en: 'This selection is about {mb} MB of data, too much to load in the browser. Choose a province or a narrower year range; the full dataset is on the Data page as CSV.' },
  dbError: { zh: '查询引擎无法启动：', en: 'The query engine could not start: ' },
  showing: { zh: '显示', en: 'Showing' },
  of: { zh: '/', en: 'of' },
  more: { zh: '显示更多', en: 'Show more' },
  measure: { zh: '指标', en: 'Measure' },
  download: { zh: '下载', en: 'Download' },
  perReport: { zh: '每份报告平均', en: 'per report' },
  unknown: { zh: '未知', en: 'unknown' },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof UI;

export function t(lang: Lang, key: UiKey): string {
  return UI[key][lang];
}

export const LEVELS: Record<string, Record<Lang, string>> = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
  town: { zh: '乡镇（街道）', en: 'Town' },
  department: { zh: '部门', en: 'Department' },
};
export const SCOPES: Record<string, Record<Lang, string>> = {
  own: { zh: '本机关', en: 'Own figures' },
  aggregate: { zh: '本行政区域汇总', en: 'Region-wide aggregate' },
};
export const TEMPLATES_UI: Record<string, Record<Lang, string>> = {
  '2019': { zh: '2019 模板', en: '2019 template' },
  '2021': { zh: '2021 模板', en: '2021 template' },
  other: { zh: '其他（2019 年前）', en: 'Other (pre-2019)' },
};
export const STATUSES: Record<string, Record<Lang, string>> = {
  ok: { zh: '完整', en: 'ok' },
  partial: { zh: '部分', en: 'partial' },
  failed: { zh: '失败', en: 'failed' },
};

/** A code's label in a table of labels, or the code itself. */
export function labelOf(table: Record<string, Record<Lang, string>>, code: string | null, lang: Lang): string {
  if (code === null) return t(lang, 'unknown');
  return table[code]?.[lang] ?? code;
}

export function formatNumber(v: number | null, lang: Lang, digits = 0): string {
  if (v === null || !Number.isFinite(v)) return '—';
  return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function formatPercent(v: number | null, lang: Lang): string {
  if (v === null || !Number.isFinite(v)) return '—';
  return (v * 100).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }) + '%';
}
