/**
 * What the front page of an edition says first: the headline finding in words, at a headline's
 * precision, with its range and the way the range was formed, and each country's figure with a
 * link to its chapter. Every word that depends on the data comes from the data.
 */
import { countriesOf, estimateLookup, rowLookup, type EditionData } from '../generated/editionData.ts';
import { COUNTRY_NAMES, type Country } from '../model/dimensions.ts';
import { formatAbout, formatMillions, formatRange, formatValue } from '../model/format.ts';
import type { Chapter } from './chapters.ts';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export interface Headline {
  /** "1.1 million" */
  victims: string;
  /** "the five countries of Central Asia", or the countries a round covered */
  where: string;
  /** "0.94–1.33 million", or the range in whole numbers below a million */
  limits: string;
  countries: { country: Country; name: string; victims: string; limits: string; reliability?: string; href?: string }[];
}

export function headline(data: EditionData, chapters: readonly Chapter[]): Headline {
  const get = estimateLookup(data);
  const measured = countriesOf(data);
  const [victims, lower, upper] = (['victims', 'victims_lower', 'victims_upper'] as const).map((i) =>
    get('CA', {}, i),
  ) as [number, number, number];
  const where =
    measured.length === 1
      ? COUNTRY_NAMES[measured[0]!]
      : `the ${NUMBER_WORDS[measured.length] ?? measured.length} countries of Central Asia`;
  return {
    victims: formatAbout(victims),
    where,
    limits: upper >= 1e6 ? formatMillions(lower, upper) : formatRange(lower, upper, 'count'),
    countries: measured.map((country) => {
      const chapter = chapters.find((c) => c.meta.title === COUNTRY_NAMES[country]);
      const reliability = rowLookup(data)(country, {}, 'victims')?.reliability ?? undefined;
      return {
        country,
        name: COUNTRY_NAMES[country],
        victims: formatValue(get(country, {}, 'victims'), 'count'),
        limits: formatRange(get(country, {}, 'victims_lower'), get(country, {}, 'victims_upper'), 'count'),
        ...(reliability && reliability !== 'reliable' ? { reliability } : {}),
        ...(chapter ? { href: `${chapter.slug}/` } : {}),
      };
    }),
  };
}
