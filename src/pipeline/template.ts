/**
 * Which national template a report follows, read from its table labels — never from
 * its year (2021–22 reports still use the 2019 tables).
 */
import type { TemplateOrOther } from '../schema/fields.ts';
import { loose, type TableSpans } from './tables/anchors.ts';

/** Label words as loose patterns, compiled once. */
const marks = (words: readonly string[]): readonly RegExp[] => words.map((w) => new RegExp(loose(w)));
const MARKS_2021_ACTIVE = marks(['本年制发', '本年废止', '现行有效', '本年处理决定', '本年收费金额', '制发件数', '废止件数']);
const MARKS_2019_ACTIVE = marks(['本年新制作', '本年新公开', '对外公开总数', '上一年项目', '本年增', '采购项目', '采购总金额', '集中采购']);
const MARKS_2021_APP = marks(['逾期不补正', '收费通知']);
const APP_ROWS = marks(['予以公开', '部分公开', '国家秘密', '不掌握', '重复申请', '其他处理', '结转下年度']);

function count(text: string, patterns: readonly RegExp[]): number {
  return patterns.filter((re) => re.test(text)).length;
}

export interface TemplateGuess {
  readonly template: TemplateOrOther;
  readonly reason: string;
}

export function recognizeTemplate(text: string, spans: TableSpans): TemplateGuess {
  const active = spans.active ? text.slice(spans.active.start, spans.active.end) : '';
  const app = spans.applications ? text.slice(spans.applications.start, spans.applications.end) : '';
  const a21 = count(active, MARKS_2021_ACTIVE), a19 = count(active, MARKS_2019_ACTIVE);
  if (a21 > a19) return { template: '2021', reason: `section 二 labels of the 2021 template (${a21} vs ${a19})` };
  if (a19 > a21) return { template: '2019', reason: `section 二 labels of the 2019 template (${a19} vs ${a21})` };
  const appRows = count(app, APP_ROWS);
  if (appRows >= 4) {
    return count(app, MARKS_2021_APP) > 0
      ? { template: '2021', reason: 'section 三 has the 2021 sub-rows of （六）其他处理' }
      : { template: '2019', reason: 'section 三 has one （六）其他处理 row (2019 template)' };
  }
  return { template: 'other', reason: 'neither the 2019 nor the 2021 template tables were found (a pre-2019 report or another document)' };
}
