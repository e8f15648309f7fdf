/** The dataset's licence and citation, in one place (the project decides the licence; change it here). */
import type { Lang } from './i18n.ts';

export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export function citation(lang: Lang, inputHash: string | undefined): string {
  const version = inputHash ? ` (data ${inputHash.slice(0, 12)})` : '';
  return lang === 'zh'
    ? `ogi-atlas：政府信息公开工作年度报告开放数据集${version}。${DATA_LICENCE.name}。`
    : `ogi-atlas: an open dataset of China's government information-disclosure annual reports${version}. ${DATA_LICENCE.name}.`;
}
