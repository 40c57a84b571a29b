import { describe, expect, it } from 'vitest';
import { LOCALES } from '../model/locale.ts';
import { DICTIONARY, dictionaryGaps } from './dictionary.ts';

/** Words that are the same in every language: codes, abbreviations and names of formats. */
const SAME_IN_EVERY_LANGUAGE = new Set(['CSV', 'SVG', 'PNG', 'JSON', 'n']);

describe('the dictionary', () => {
  it('has every key in every language, each of the kind the English has', () => {
    expect(dictionaryGaps(DICTIONARY, LOCALES)).toEqual([]);
  });

  it('names a missing key, an extra key and an entry of the wrong kind', () => {
    const planted = {
      site: { en: { contents: 'Contents', search: 'Search' }, ru: { contents: 'Содержание', poisk: 'Поиск' } },
      charts: { en: { victimsIn: (country: string) => `Victims in ${country}` }, ru: { victimsIn: 'Жертвы' } },
    };
    expect(dictionaryGaps(planted, ['ru'])).toEqual([
      'ru: site.search is missing',
      'ru: site.poisk is not an English key',
      'ru: charts.victimsIn is empty or not a function',
    ]);
  });

  it('translates every string into Russian', () => {
    const untranslated = Object.entries(DICTIONARY).flatMap(([part, { en, ru }]) =>
      Object.entries(en as Record<string, unknown>)
        .filter(([key, text]) => typeof text === 'string' && (ru as Record<string, unknown>)[key] === text)
        .filter(([, text]) => !SAME_IN_EVERY_LANGUAGE.has(text as string))
        .map(([key]) => `${part}.${key}`),
    );
    expect(untranslated).toEqual([]);
  });
});
