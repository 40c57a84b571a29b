/**
 * The one dictionary of the site's own words (navigation, captions, axes, column heads, notes), in every
 * language, in parts by the stage that uses them. The chapters' prose is not here: it is Markdown, one file per
 * language (content/<edition>/ru/). `words(locale)` is what a page, table or chart reads.
 */
import type { Locale } from '../model/locale.ts';
import { CHART_WORDS } from './charts.ts';
import { CONTENT_WORDS } from './content.ts';
import { SITE_WORDS } from './site.ts';
import { TABLE_WORDS } from './tables.ts';

export const DICTIONARY = { site: SITE_WORDS, content: CONTENT_WORDS, charts: CHART_WORDS, tables: TABLE_WORDS };

export type Words = { [Part in keyof typeof DICTIONARY]: (typeof DICTIONARY)[Part]['en'] };

/** @example words('ru').site.contents // => "Содержание" */
export const words = (locale: Locale): Words => ({
  site: DICTIONARY.site[locale],
  content: DICTIONARY.content[locale],
  charts: DICTIONARY.charts[locale],
  tables: DICTIONARY.tables[locale],
});

/**
 * What a dictionary lacks: each key of the English side missing in another language (or there in a language but
 * not in English), and each entry of another kind than the English one (a string for a phrase with arguments).
 * @example dictionaryGaps({ site: { en: { a: 'A', b: 'B' }, ru: { a: 'А' } } }, ['ru']) // => ["ru: site.b is missing"]
 */
export function dictionaryGaps(
  parts: Record<string, Partial<Record<Locale, Record<string, unknown>>>>,
  locales: readonly Locale[],
): string[] {
  return Object.entries(parts).flatMap(([part, languages]) => {
    const english = languages.en ?? {};
    return locales.flatMap((locale) => {
      const words = languages[locale] ?? {};
      return [
        ...Object.keys(english)
          .filter((key) => !(key in words))
          .map((key) => `${locale}: ${part}.${key} is missing`),
        ...Object.keys(words)
          .filter((key) => !(key in english))
          .map((key) => `${locale}: ${part}.${key} is not an English key`),
        ...Object.keys(english)
          .filter((key) => key in words && (typeof words[key] !== typeof english[key] || words[key] === ''))
          .map((key) => `${locale}: ${part}.${key} is empty or not a ${typeof english[key]}`),
      ];
    });
  });
}
