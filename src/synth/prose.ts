/**
 * The prose of a report: a preamble, section 一's five sub-items, sections 五 and 六,
 * and the signature. Sentences name the year, sometimes the body's region, and the
 * request count the tables give, as real reports do.
 */
import type { Body } from './bodies.ts';
import { chance, int, pick, type Rng } from './prng.ts';

export interface Prose {
  readonly preamble: string[];
  readonly s1: string[];
  readonly s5: string[];
  readonly s6: string[];
}

const CN_NUM = ['一', '二', '三', '四', '五'];

function leaders(r: Rng, b: Body): string {
  if (b.kind === 'department') return pick(r, ['党组', '局党组', '领导班子']);
  if (b.level === 'province') return '省委、省政府';
  if (b.level === 'city') return '市委、市政府';
  if (b.level === 'county') return /区$/.test(b.place) ? '区委、区政府' : /旗$/.test(b.place) ? '旗委、旗政府' : '县委、县政府';
  return '党委、政府';
}

// A tiny local pick so prose does not need the rng for every fixed choice.
function pickR<T>(r: Rng, xs: readonly T[]): T { return pick(r, xs); }

export function makeProse(r: Rng, b: Body, year: number, requests: number, published: string, withAgencyInPreamble: boolean): Prose {
  const y = `${year}年`;
  const self = b.self;
  const where = b.county ?? b.city ?? b.province;
  const preamble: string[] = [];
  const law = '《中华人民共和国政府信息公开条例》（以下简称《条例》）';
  const fmt = year >= 2021 ? '（国办公开办函〔2021〕30号）' : '（国办公开办函〔2019〕60号）';
  if (withAgencyInPreamble || chance(r, 0.6)) {
    preamble.push(`本报告根据${law}和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》${fmt}要求，由${b.agency}编制。`);
  }
  if (withAgencyInPreamble || chance(r, 0.5)) {
    preamble.push(`本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。本报告在${b.agency}门户网站公开，如对本报告有任何疑问，请与${b.agency}办公室联系（电话：0${int(r, 100, 999)}-${int(r, 1000000, 8999999)}）。`);
  }
  const s1: string[] = [];
  s1.push(pickR(r, [
    `${y}，在${leaders(r, b)}的正确领导下，${self}深入贯彻落实${law.replace('（以下简称《条例》）', '')}，坚持以公开为常态、不公开为例外，政府信息公开工作取得新进展。`,
    `${y}，${self}认真贯彻落实《条例》和上级关于政务公开工作的部署要求，围绕中心工作，扎实推进政府信息公开工作。`,
    `${y}，${self}以习近平新时代中国特色社会主义思想为指导，持续深化政务公开，不断提升政府信息公开工作质量。`,
  ]));
  const items = [
    ['主动公开', `全年通过门户网站主动公开政府信息${int(r, 12, 4000)}条，及时发布工作动态、通知公告、政策文件等信息。`],
    ['依申请公开', requests > 0 ? `${y}${self}共收到政府信息公开申请${requests}件，均在法定期限内依法答复。` : `${y}${self}未收到政府信息公开申请，未发生因政府信息公开引起的行政复议、行政诉讼。`],
    ['政府信息管理', `严格落实信息发布审核制度，坚持“先审后发”，全年未发生失泄密事件。`],
    ['平台建设', `加强政府网站和政务新媒体管理，${pickR(r, ['优化栏目设置', '及时更新内容', '规范信息发布'])}，提升平台服务能力。`],
    ['监督保障', `将政务公开工作纳入年度考核，${pickR(r, ['定期开展自查', '组织业务培训' + int(r, 1, 6) + '次', '明确专人负责'])}，确保各项工作落到实处。`],
  ] as const;
  items.forEach(([h, t], i) => {
    s1.push(`（${CN_NUM[i]}）${h}。${t}${i === 0 && chance(r, 0.3) ? `${where}范围内的重点领域信息公开稳步推进。` : ''}`);
  });
  const s5 = [
    `${y}，${self}政府信息公开工作取得一定成效，但仍存在一些不足：${pickR(r, ['信息公开的及时性有待加强', '政策解读形式还不够丰富', '工作人员业务水平有待提高'])}。`,
    `下一步，${self}将${pickR(r, ['进一步规范公开内容，提升公开质量', '加强业务培训，提高工作人员能力', '完善工作机制，推动政务公开提质增效'])}。`,
  ];
  const s6 = [pickR(r, [
    `${y}，${self}未收取信息处理费。`,
    '本年度无其他需要报告的事项。',
    `按照《政府信息公开信息处理费管理办法》规定，${self}${y}未产生信息处理费。`,
    '无。',
  ])];
  void published;
  return { preamble, s1, s5, s6 };
}

/** The date a report is signed and published: early the next year. */
export function publicationDate(r: Rng, year: number): { y: number; m: number; d: number } {
  const m = pick(r, [1, 1, 1, 1, 2, 2, 3]);
  return { y: year + 1, m, d: int(r, 1, m === 2 ? 28 : 31) };
}
