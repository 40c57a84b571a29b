/**
 * What the front page of an edition says first: the headline finding in words, at a headline's
 * precision, with its range and the way the range was formed, and each country's figure with a
 * link to its chapter. Every word that depends on the data comes from the data.
 */
import { countriesOf, estimateLookup, rowLookup, type EditionData } from '../generated/editionData.ts';
import { COUNTRY_NAMES, type Country } from '../model/dimensions.ts';
import { formatAbout, formatMillions, formatRange, formatValue } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { cardinalWord, countryName } from '../i18n/terms.ts';
import type { Chapter } from './chapters.ts';

export interface Headline {
  /** "1.1 million" */
  victims: string;
  /** "the five countries of Central Asia", or the countries a round covered; in Russian after «из»: «пяти стран …» */
  where: string;
  /** "0.94–1.33 million", or the range in whole numbers below a million */
  limits: string;
  countries: { country: Country; name: string; victims: string; limits: string; reliability?: string; href?: string }[];
}

export function headline(data: EditionData, chapters: readonly Chapter[], locale: Locale = 'en'): Headline {
  const get = estimateLookup(data);
  const measured = countriesOf(data);
  const [victims, lower, upper] = (['victims', 'victims_lower', 'victims_upper'] as const).map((i) =>
    get('CA', {}, i),
  ) as [number, number, number];
  const where =
    measured.length === 1
      ? countryName(measured[0]!, locale, 'gen')
      : locale === 'ru'
        ? `${cardinalWord(measured.length, locale, 'gen')} стран Центральной Азии`
        : `the ${cardinalWord(measured.length, locale)} countries of Central Asia`;
  return {
    victims: formatAbout(victims, locale),
    where,
    limits: upper >= 1e6 ? formatMillions(lower, upper, locale) : formatRange(lower, upper, 'count', locale),
    countries: measured.map((country) => {
      // a country's chapter is named after it: /2009/kazakhstan/ in every language
      const chapter = chapters.find((c) => c.slug === COUNTRY_NAMES[country].toLowerCase());
      const reliability = rowLookup(data)(country, {}, 'victims')?.reliability ?? undefined;
      return {
        country,
        name: countryName(country, locale),
        victims: formatValue(get(country, {}, 'victims'), 'count', locale),
        limits: formatRange(get(country, {}, 'victims_lower'), get(country, {}, 'victims_upper'), 'count', locale),
        ...(reliability && reliability !== 'reliable' ? { reliability } : {}),
        ...(chapter ? { href: `${chapter.slug}/` } : {}),
      };
    }),
  };
}
