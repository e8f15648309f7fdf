/**
 * A hand-checked truth file → a Word report laid out like the national template
 * (国办公开办函〔2019〕60号 / 〔2021〕30号): section 二 as four sub-tables, section 三 with
 * its merged header and its vertically merged group labels (三、本年度办理结果,
 * （三）不予公开, …, 2021's （六）其他处理 over three sub-rows), section 四 with its
 * two-level merged header and one row of fifteen values. Values come from the truth
 * (absent = 0, the truth's convention); the test then reads the file back.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';

export type Template = '2019' | '2021';

export interface TruthFile {
  readonly file: string;
  readonly template: Template | 'other';
  readonly year: number | null;
  readonly agency?: string;
  readonly values: Readonly<Record<string, number | null | readonly number[]>>;
}

/** The value a truth field holds: absent = 0; of several acceptable readings, the first. */
export function truthValue(t: TruthFile, key: string): number | null {
  const v = t.values[key];
  if (v === undefined) return 0;
  if (v === null) return null;
  if (typeof v === 'number') return v;
  return v[0] ?? null;
}

interface Spec {
  readonly text: string;
  readonly cols?: number;
  readonly rows?: number;
}

function cell(s: Spec | string): TableCell {
  const spec = typeof s === 'string' ? { text: s } : s;
  return new TableCell({
    children: [new Paragraph(spec.text)],
    ...(spec.cols ? { columnSpan: spec.cols } : {}),
    ...(spec.rows ? { rowSpan: spec.rows } : {}),
  });
}

function table(rows: readonly (readonly (Spec | string)[])[]): Table {
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
}

function num(t: TruthFile, key: string): string {
  const v = truthValue(t, key);
  return v === null ? '' : String(v);
}

function activeTable(t: TruthFile, tpl: Template): Table {
  const v = (row: string, col: string) => num(t, `active.${row}.${col}`);
  if (tpl === '2021') {
    return table([
      [{ text: '第二十条第（一）项', cols: 4 }],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', v('rules', 'issued'), v('rules', 'repealed'), v('rules', 'in_force')],
      ['行政规范性文件', v('normative_docs', 'issued'), v('normative_docs', 'repealed'), v('normative_docs', 'in_force')],
      [{ text: '第二十条第（五）项', cols: 4 }],
      ['信息内容', { text: '本年处理决定数量', cols: 3 }],
      ['行政许可', { text: v('licensing', 'decisions'), cols: 3 }],
      [{ text: '第二十条第（六）项', cols: 4 }],
      ['信息内容', { text: '本年处理决定数量', cols: 3 }],
      ['行政处罚', { text: v('penalty', 'decisions'), cols: 3 }],
      ['行政强制', { text: v('enforcement', 'decisions'), cols: 3 }],
      [{ text: '第二十条第（八）项', cols: 4 }],
      ['信息内容', { text: '本年收费金额（单位：万元）', cols: 3 }],
      ['行政事业性收费', { text: v('fees', 'amount_wan'), cols: 3 }],
    ]);
  }
  const three = (row: string) => [v(row, 'prev_items'), v(row, 'change'), v(row, 'decisions')];
  return table([
    [{ text: '第二十条第（一）项', cols: 4 }],
    ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    ['规章', v('rules', 'made'), v('rules', 'published'), v('rules', 'total_public')],
    ['规范性文件', v('normative_docs', 'made'), v('normative_docs', 'published'), v('normative_docs', 'total_public')],
    [{ text: '第二十条第（五）项', cols: 4 }],
    ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政许可', ...three('licensing')],
    ['其他对外管理服务事项', ...three('other_services')],
    [{ text: '第二十条第（六）项', cols: 4 }],
    ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    ['行政处罚', ...three('penalty')],
    ['行政强制', ...three('enforcement')],
    [{ text: '第二十条第（八）项', cols: 4 }],
    ['信息内容', '上一年项目数量', { text: '本年增/减', cols: 2 }],
    ['行政事业性收费', v('fees', 'prev_items'), { text: v('fees', 'change'), cols: 2 }],
    [{ text: '第二十条第（九）项', cols: 4 }],
    ['信息内容', '采购项目数量', { text: '采购总金额', cols: 2 }],
    ['政府集中采购', v('procurement', 'projects'), { text: v('procurement', 'amount_wan'), cols: 2 }],
  ]);
}

const APP_COL_KEYS = ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org', 'total'];

function applicationsTable(t: TruthFile, tpl: Template): Table {
  const vals = (row: string) => APP_COL_KEYS.map((c) => num(t, `applications.${row}.${c}`));
  const otherRows: (Spec | string)[][] = tpl === '2021'
    ? [
      [{ text: '（六）其他处理', rows: 3 }, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...vals('other_no_correction')],
      ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ...vals('other_no_fee')],
      ['3.其他', ...vals('other_misc')],
    ]
    : [[{ text: '（六）其他处理', cols: 2 }, ...vals('other')]];
  const outcomeRows = 2 + 8 + 3 + 5 + otherRows.length + 1;
  return table([
    [{ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', cols: 3, rows: 3 }, { text: '申请人情况', cols: 7 }],
    [{ text: '自然人', rows: 2 }, { text: '法人或其他组织', cols: 5 }, { text: '总计', rows: 2 }],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    [{ text: '一、本年新收政府信息公开申请数量', cols: 3 }, ...vals('new')],
    [{ text: '二、上年结转政府信息公开申请数量', cols: 3 }, ...vals('carried_over')],
    [{ text: '三、本年度办理结果', rows: outcomeRows }, { text: '（一）予以公开', cols: 2 }, ...vals('granted')],
    [{ text: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', cols: 2 }, ...vals('partly_granted')],
    [{ text: '（三）不予公开', rows: 8 }, '1.属于国家秘密', ...vals('withheld_state_secret')],
    ['2.其他法律行政法规禁止公开', ...vals('withheld_law')],
    ['3.危及“三安全一稳定”', ...vals('withheld_security')],
    ['4.保护第三方合法权益', ...vals('withheld_third_party')],
    ['5.属于三类内部事务信息', ...vals('withheld_internal')],
    ['6.属于四类过程性信息', ...vals('withheld_process')],
    ['7.属于行政执法案卷', ...vals('withheld_enforcement_file')],
    ['8.属于行政查询事项', ...vals('withheld_query')],
    [{ text: '（四）无法提供', rows: 3 }, '1.本机关不掌握相关政府信息', ...vals('unavailable_not_held')],
    ['2.没有现成信息需要另行制作', ...vals('unavailable_needs_creation')],
    ['3.补正后申请内容仍不明确', ...vals('unavailable_unclear')],
    [{ text: '（五）不予处理', rows: 5 }, '1.信访举报投诉类申请', ...vals('rejected_petition')],
    ['2.重复申请', ...vals('rejected_duplicate')],
    ['3.要求提供公开出版物', ...vals('rejected_publication')],
    ['4.无正当理由大量反复申请', ...vals('rejected_excessive')],
    ['5.要求行政机关确认或重新出具已获取信息', ...vals('rejected_confirmation')],
    ...otherRows,
    [{ text: '（七）总计', cols: 2 }, ...vals('total')],
    [{ text: '四、结转下年度继续办理', cols: 3 }, ...vals('carried_forward')],
  ]);
}

function reviewTable(t: TruthFile): Table {
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const values = ['review', 'litigation_direct', 'litigation_after_review']
    .flatMap((row) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => num(t, `review_litigation.${row}.${c}`)));
  return table([
    [{ text: '行政复议', cols: 5 }, { text: '行政诉讼', cols: 10 }],
    [...heads.map((h) => ({ text: h, rows: 2 })), { text: '未经复议直接起诉', cols: 5 }, { text: '复议后起诉', cols: 5 }],
    [...heads, ...heads],
    values,
  ]);
}

/** The truth of one report as a .docx file's bytes. */
export async function truthToDocx(t: TruthFile): Promise<Uint8Array> {
  if (t.template === 'other') throw new Error(`${t.file}: no template to lay out`);
  const tpl = t.template;
  const year = t.year ?? 2020;
  const p = (s: string) => new Paragraph(s);
  const doc = new Document({
    sections: [{
      children: [
        p(`${t.agency ?? ''}${year}年政府信息公开工作年度报告`),
        p(`本报告由${t.agency ?? '本机关'}根据《中华人民共和国政府信息公开条例》编制，统计期限自${year}年1月1日至${year}年12月31日。`),
        p('一、总体情况'),
        p(`${year}年，本机关认真贯彻落实《条例》各项规定。`),
        p('二、主动公开政府信息情况'),
        activeTable(t, tpl),
        p('三、收到和处理政府信息公开申请情况'),
        applicationsTable(t, tpl),
        p('四、政府信息公开行政复议、行政诉讼情况'),
        reviewTable(t),
        p('五、存在的主要问题及改进情况'),
        p('一是政策解读质量仍需提升；二是队伍建设还需加强。'),
        p('六、其他需要报告的事项'),
        p('本年度未收取信息处理费。'),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
