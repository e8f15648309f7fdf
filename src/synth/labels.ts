/**
 * The printed labels of the two national templates (国办公开办函〔2019〕60号 and
 * 〔2021〕30号), in print order, as real reports print them; a few variants seen in
 * the wild (法律法规 for 法律行政法规, half-width brackets) are chosen per report.
 */
import type { Template } from '../schema/fields.ts';
import { chance, type Rng } from './prng.ts';

export interface ActiveBlockSpec {
  readonly head: string;
  readonly cols: readonly string[];
  readonly rows: readonly { readonly key: string; readonly label: string }[];
}

export function activeBlocks(t: Template, r: Rng, procurementUnit: boolean): ActiveBlockSpec[] {
  if (t === '2019') {
    const items = ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'];
    return [
      { head: '第二十条第（一）项', cols: ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'], rows: [{ key: 'rules', label: '规章' }, { key: 'normative_docs', label: '规范性文件' }] },
      { head: '第二十条第（五）项', cols: items, rows: [{ key: 'licensing', label: '行政许可' }, { key: 'other_services', label: '其他对外管理服务事项' }] },
      { head: '第二十条第（六）项', cols: items, rows: [{ key: 'penalty', label: '行政处罚' }, { key: 'enforcement', label: '行政强制' }] },
      { head: '第二十条第（八）项', cols: ['信息内容', '上一年项目数量', '本年增/减'], rows: [{ key: 'fees', label: '行政事业性收费' }] },
      { head: '第二十条第（九）项', cols: ['信息内容', '采购项目数量', procurementUnit ? '采购总金额（单位：万元，保留4位小数）' : '采购总金额'], rows: [{ key: 'procurement', label: '政府集中采购' }] },
    ];
  }
  const one = ['信息内容', '本年处理决定数量'];
  return [
    { head: '第二十条第（一）项', cols: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], rows: [{ key: 'rules', label: '规章' }, { key: 'normative_docs', label: chance(r, 0.9) ? '行政规范性文件' : '规范性文件' }] },
    { head: '第二十条第（五）项', cols: one, rows: [{ key: 'licensing', label: '行政许可' }] },
    { head: '第二十条第（六）项', cols: one, rows: [{ key: 'penalty', label: '行政处罚' }, { key: 'enforcement', label: '行政强制' }] },
    { head: '第二十条第（八）项', cols: ['信息内容', '本年收费金额（单位：万元）'], rows: [{ key: 'fees', label: '行政事业性收费' }] },
  ];
}

export const APP_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const APPLICANT_HEAD = ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] as const;

/** An applications row: its label path (group labels first) and key. */
export interface AppRowSpec {
  readonly key: string;
  readonly path: readonly string[];
}

export function appRows(t: Template, r: Rng): AppRowSpec[] {
  const res = '三、本年度办理结果';
  const law = chance(r, 0.15) ? '2.其他法律法规禁止公开' : '2.其他法律行政法规禁止公开';
  const rows: AppRowSpec[] = [
    { key: 'new', path: ['一、本年新收政府信息公开申请数量'] },
    { key: 'carried_over', path: ['二、上年结转政府信息公开申请数量'] },
    { key: 'granted', path: [res, '（一）予以公开'] },
    { key: 'partly_granted', path: [res, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'] },
    { key: 'withheld_state_secret', path: [res, '（三）不予公开', '1.属于国家秘密'] },
    { key: 'withheld_law', path: [res, '（三）不予公开', law] },
    { key: 'withheld_security', path: [res, '（三）不予公开', '3.危及“三安全一稳定”'] },
    { key: 'withheld_third_party', path: [res, '（三）不予公开', '4.保护第三方合法权益'] },
    { key: 'withheld_internal', path: [res, '（三）不予公开', '5.属于三类内部事务信息'] },
    { key: 'withheld_process', path: [res, '（三）不予公开', '6.属于四类过程性信息'] },
    { key: 'withheld_enforcement_file', path: [res, '（三）不予公开', '7.属于行政执法案卷'] },
    { key: 'withheld_query', path: [res, '（三）不予公开', '8.属于行政查询事项'] },
    { key: 'unavailable_not_held', path: [res, '（四）无法提供', '1.本机关不掌握相关政府信息'] },
    { key: 'unavailable_needs_creation', path: [res, '（四）无法提供', '2.没有现成信息需要另行制作'] },
    { key: 'unavailable_unclear', path: [res, '（四）无法提供', '3.补正后申请内容仍不明确'] },
    { key: 'rejected_petition', path: [res, '（五）不予处理', '1.信访举报投诉类申请'] },
    { key: 'rejected_duplicate', path: [res, '（五）不予处理', '2.重复申请'] },
    { key: 'rejected_publication', path: [res, '（五）不予处理', '3.要求提供公开出版物'] },
    { key: 'rejected_excessive', path: [res, '（五）不予处理', '4.无正当理由大量反复申请'] },
    { key: 'rejected_confirmation', path: [res, '（五）不予处理', '5.要求行政机关确认或重新出具已获取信息'] },
  ];
  if (t === '2019') rows.push({ key: 'other', path: [res, '（六）其他处理'] });
  else {
    rows.push(
      { key: 'other_no_correction', path: [res, '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'] },
      { key: 'other_no_fee', path: [res, '（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'] },
      { key: 'other_misc', path: [res, '（六）其他处理', '3.其他'] },
    );
  }
  rows.push({ key: 'total', path: [res, '（七）总计'] }, { key: 'carried_forward', path: ['四、结转下年度继续办理'] });
  return rows;
}

export const RL_HEAD_1 = ['行政复议', '行政诉讼'] as const;
export const RL_RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;
export const RL_SUITS = ['未经复议直接起诉', '复议后起诉'] as const;

export const SECTION_TITLES = {
  s1: '一、总体情况',
  s2: '二、主动公开政府信息情况',
  s3: '三、收到和处理政府信息公开申请情况',
  s4: '四、政府信息公开行政复议、行政诉讼情况',
  s5: '五、存在的主要问题及改进情况',
  s6: '六、其他需要报告的事项',
} as const;

/** Full-width brackets → half-width, as some exports print them. */
export function halfBrackets(s: string): string {
  return s.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/，/g, ',');
}
