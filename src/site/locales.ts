/**
 * The site in several languages. English pages keep the addresses that are cited (/2009/kazakhstan/); every other
 * language has the same pages under its own prefix (/ru/2009/kazakhstan/). One route file serves every language:
 * its `lang` parameter is absent for English.
 */
import { LOCALES, type Locale } from '../model/locale.ts';
import type { EditionMeta } from '../model/edition.ts';
import { editions } from '../generated/readGenerated.ts';
import { url } from './url.ts';

/** The `lang` parameter of every language, for getStaticPaths. */
export const localeParams = (): { lang: string | undefined; locale: Locale }[] =>
  LOCALES.map((locale) => ({ lang: locale === 'en' ? undefined : locale, locale }));

/** The parameters of a page that every edition has in every language: its contents, cite, downloads, print … */
export const editionLocaleParams = () =>
  localeParams().flatMap(({ lang }) => editions().editions.map((edition) => ({ params: { lang, edition } })));

/** The language of a page from its `lang` parameter. */
export function localeOf(lang: string | undefined): Locale {
  if (lang === undefined) return 'en';
  if (!(LOCALES as readonly string[]).includes(lang)) throw new Error(`no such language: ${lang}`);
  return lang as Locale;
}

/**
 * A page's address in a language, from the site's root.
 * @example localePath('ru', '/2009/kazakhstan/') // => "/ru/2009/kazakhstan/"
 */
export const localePath = (locale: Locale, path: string): string => (locale === 'en' ? path : `/${locale}${path}`);

/** A link to a page in a language, under the site's base path. */
export const localeUrl = (locale: Locale, path: string): string => url(localePath(locale, path));

/** The edition's title and source in a language: its own translation, or the English where it has none. */
export function editionWordsIn(meta: EditionMeta, locale: Locale) {
  const translated = locale === 'en' ? undefined : meta.translations?.[locale];
  return {
    title: translated?.title ?? meta.title,
    authors: translated?.authors ?? meta.source.authors,
    publisher: translated?.publisher ?? meta.source.publisher,
    place: translated?.place ?? meta.source.place,
  };
}
