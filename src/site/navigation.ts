/** Addresses and the edition switcher: pure functions of the editions and their chapters. */
import type { Locale } from '../model/locale.ts';
import { localeUrl } from './locales.ts';

export interface EditionLink {
  edition: string;
  href: string;
  current: boolean;
  /** false when that edition has no page at this path, so the link leads to its contents */
  samePage: boolean;
}

/** For a page at /<edition>/<path>, the same page in every edition, or that edition's contents. */
export function editionLinks(
  current: string,
  path: string,
  editions: readonly { edition: string; paths: ReadonlySet<string> }[],
  /** the language of the page: every link stays in it */
  locale: Locale = 'en',
): EditionLink[] {
  return editions.map(({ edition, paths }) => {
    const samePage = path === '' || paths.has(path);
    const href = localeUrl(locale, `/${edition}/${samePage ? path : ''}`);
    return { edition, href, current: edition === current, samePage };
  });
}
