/**
 * Small report texts built in tests: the 2019 / 2021 tables written as a Word export
 * would write them (` | `-separated rows), so a test can change one cell or one label
 * and see what the parser makes of it.
 */
import { APP_COLS, APP_ROWS, RL_COLS, RL_ROWS, type Template } from '../../src/schema/fields.ts';

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The label each applications row is printed with, numbering included. */
export const APP_LABELS: Readonly<Record<string, string>> = {
  new: '一、本年新收政府信息公开申请数量',
  carried_over: '二、上年结转政府信息公开申请数量',
  granted: '三、本年度办理结果 （一）予以公开',
  partly_granted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  withheld_state_secret: '（三）不予公开 1.属于国家秘密',
  withheld_law: '2.其他法律行政法规禁止公开',
  withheld_security: '3.危及“三安全一稳定”',
  withheld_third_party: '4.保护第三方合法权益',
  withheld_internal: '5.属于三类内部事务信息',
  withheld_process: '6.属于四类过程性信息',
  withheld_enforcement_file: '7.属于行政执法案卷',
  withheld_query: '8.属于行政查询事项',
  unavailable_not_held: '（四）无法提供 1.本机关不掌握相关政府信息',
  unavailable_needs_creation: '2.没有现成信息需要另行制作',
  unavailable_unclear: '3.补正后申请内容仍不明确',
  rejected_petition: '（五）不予处理 1.信访举报投诉类申请',
  rejected_duplicate: '2.重复申请',
  rejected_publication: '3.要求提供公开出版物',
  rejected_excessive: '4.无正当理由大量反复申请',
  rejected_confirmation: '5.要求行政机关确认或重新出具已获取信息',
  other: '（六）其他处理',
  other_no_correction: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  other_no_fee: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  other_misc: '3.其他',
  total: '（七）总计',
  carried_forward: '四、结转下年度继续办理',
};

export type AppValues = Partial<Record<string, readonly (number | string)[]>>;

/**
 * A whole 2019-template report, ` | `-separated. Applications rows default to zeros;
 * `app` replaces a row's cells (7 values: six applicant columns and the total),
 * `label` replaces a row's label, `extraLines` are inserted before a row.
 */
export interface ReportOptions {
  readonly template?: Template;
  readonly app?: AppValues;
  readonly label?: Partial<Record<string, string>>;
  readonly omitRows?: readonly string[];
  readonly before?: Partial<Record<string, string>>;
  readonly review?: readonly (number | string)[];
  readonly title?: string;
}

export function reportText(o: ReportOptions = {}): string {
  const t = o.template ?? '2019';
  const lines: string[] = [];
  lines.push(o.title ?? `杭州市滨江区社会发展局${t === '2019' ? 2020 : 2023}年政府信息公开工作年度报告`);
  lines.push('一、总体情况', '本机关认真贯彻《中华人民共和国政府信息公开条例》，做好政府信息公开工作。');
  lines.push('二、主动公开政府信息情况');
  if (t === '2019') {
    lines.push('第二十条第（一）项', '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量');
    lines.push('规章 | 0 | 0 | 0', '规范性文件 | 2 | 2 | 10');
    lines.push('第二十条第（五）项', '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量');
    lines.push('行政许可 | 83 | 减2 | 40', '其他对外管理服务事项 | 0 | 0 | 0');
    lines.push('第二十条第（六）项', '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量');
    lines.push('行政处罚 | 0 | 0 | 0', '行政强制 | 0 | 0 | 0');
    lines.push('第二十条第（八）项', '信息内容 | 上一年项目数量 | 本年增/减');
    lines.push('行政事业性收费 | 0 | 0');
    lines.push('第二十条第（九）项', '信息内容 | 采购项目数量 | 采购总金额');
    lines.push('政府集中采购 | 5 | 500万');
  } else {
    lines.push('第二十条第（一）项', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数');
    lines.push('规章 | 0 | 0 | 0', '行政规范性文件 | 2 | 1 | 10');
    lines.push('第二十条第（五）项', '信息内容 | 本年处理决定数量', '行政许可 | 40');
    lines.push('第二十条第（六）项', '信息内容 | 本年处理决定数量', '行政处罚 | 0', '行政强制 | 0');
    lines.push('第二十条第（八）项', '信息内容 | 本年收费金额（单位：万元）', '行政事业性收费 | 1.795');
  }
  lines.push('三、收到和处理政府信息公开申请情况');
  lines.push('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  lines.push('申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计');
  const appCols = Object.keys(APP_COLS).length;
  for (const r of APP_ROWS) {
    if (r.only && r.only !== t) continue;
    if (o.omitRows?.includes(r.key)) continue;
    const before = o.before?.[r.key];
    if (before !== undefined) lines.push(before);
    const cells = o.app?.[r.key] ?? new Array<number>(appCols).fill(0);
    lines.push([o.label?.[r.key] ?? APP_LABELS[r.key] ?? r.zh, ...cells.map(String)].join(' | '));
  }
  lines.push('四、政府信息公开行政复议、行政诉讼情况');
  lines.push('行政复议 | 行政诉讼');
  lines.push('结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉');
  const n = Object.keys(RL_ROWS).length * Object.keys(RL_COLS).length;
  lines.push((o.review ?? new Array<number>(n).fill(0)).map(String).join(' | '));
  lines.push('五、存在的主要问题及改进情况', '公开工作还存在不足，下一步将加以改进。');
  lines.push('六、其他需要报告的事项', '本年度未收取信息处理费。');
  lines.push('杭州市滨江区社会发展局', '2021年1月20日');
  return lines.join('\n') + '\n';
}

/** Seven applications cells that satisfy identity 3 (the total is the sum). */
export function appRow(...six: number[]): number[] {
  const cells = [...six, ...new Array<number>(6).fill(0)].slice(0, 6);
  return [...cells, cells.reduce((a, b) => a + b, 0)];
}
