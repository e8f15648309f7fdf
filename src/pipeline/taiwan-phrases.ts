/**
 * Taiwan phrasing. OpenCC's cn → twp (and editors writing for Taiwan readers) rename a
 * few words of the templates' own vocabulary; our t → cn conversion restores characters,
 * not words, so they arrive as 资讯 for 信息, 档案 for 文件 and so on. Converting them back
 * everywhere would corrupt real names (档案局 is an agency, 资料 is a plain word), so the
 * matchers accept both wordings instead. The pairs are those that OpenCC's twp phrases
 * change in the labels and header words the parser looks for.
 */
export const TAIWAN_WORDS: readonly (readonly [mainland: string, taiwan: string])[] = [
  ['信息', '资讯'],
  ['文件', '档案'],
  ['项目', '专案'],
  ['数据', '资料'],
  ['发布', '释出'],
  ['链接', '连结'],
];

/** A phrase and, when Taiwan phrasing changes it, that wording too (all words swapped). */
export function withTaiwanWording(phrase: string): string[] {
  let taiwan = phrase;
  for (const [mainland, tw] of TAIWAN_WORDS) taiwan = taiwan.replaceAll(mainland, tw);
  return taiwan === phrase ? [phrase] : [phrase, taiwan];
}

/** A short key (a crawler header's field name) in the mainland wording. */
export function mainlandWording(key: string): string {
  let out = key;
  for (const [mainland, tw] of TAIWAN_WORDS) out = out.replaceAll(tw, mainland);
  return out;
}
