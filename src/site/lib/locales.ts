/** The two language trees Astro renders: Chinese at `/`, English at `/en/`. */
import type { Lang } from './i18n.ts';

export function localePaths(): { params: { locale: string | undefined }; props: { lang: Lang } }[] {
  return [
    { params: { locale: undefined }, props: { lang: 'zh' } },
    { params: { locale: 'en' }, props: { lang: 'en' } },
  ];
}
