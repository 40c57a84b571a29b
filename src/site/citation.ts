import type { EditionMeta } from '../model/edition.ts';
import type { Locale } from '../model/locale.ts';
import { editionWordsIn } from './locales.ts';
import { PUBLISHER } from './publisher.ts';

/** @example surnames(['Taalaibek Kydyrov', 'Jypara Abakirova']) // => "Kydyrov and Abakirova" */
export const surnames = (authors: readonly string[]) => authors.map((name) => name.split(' ').at(-1)).join(' and ');

/**
 * The line of credit under a chart on the page, short enough for a phone's drawing.
 * @example chartCredit(meta, '2009') // => "Source: Kydyrov & Abakirova 2010; web edition 2009"
 * @example chartCredit(meta, '2009', 'ru') // => "Источник: Кыдыров и Абакирова, 2010; веб-издание 2009"
 */
export function chartCredit(meta: EditionMeta, edition: string, locale: Locale = 'en'): string {
  const authors = editionWordsIn(meta, locale).authors;
  return locale === 'ru'
    ? `Источник: ${surnames(authors).replaceAll(' and ', ' и ')}, ${meta.source.year}; веб-издание ${edition}`
    : `Source: ${surnames(authors).replace(' and ', ' & ')} ${meta.source.year}; web edition ${edition}`;
}

/**
 * How to cite an edition in a Russian text, in the manner of GOST R 7.0.100: the authors surname first, the title,
 * place, publisher and year, the ISBN, then this web edition and its address.
 * @example citationRu(meta, '2009', 'https://example.org/ru/2009/')
 *   // => "Кыдыров Т., Абакирова Ж. Масштабы торговли людьми в Центральной Азии. — Бишкек : …, 2010. — ISBN …"
 */
export function citationRu(meta: EditionMeta, edition: string, url: string): string {
  const own = editionWordsIn(meta, 'ru');
  const authors = own.authors
    .map((name) => {
      const parts = name.split(' ');
      const surname = parts.pop()!;
      return `${surname}\u00a0${parts.map((p) => `${p[0]}.`).join('\u00a0')}`;
    })
    .join(', ');
  const { year, isbn } = meta.source;
  return (
    `${authors} ${own.title}. — ${own.place} : ${own.publisher}, ${year}.${isbn ? ` — ISBN ${isbn}.` : ''} — ` +
    `Веб-издание: раунд опроса ${edition} года, все оценки пересчитаны по файлам данных ; ` +
    `издатель веб-издания — ${PUBLISHER.name}. — URL: ${url}`
  );
}

export interface Citation {
  text: string;
  bibtex: string;
  ris: string;
}

/**
 * How to cite an edition: the original report's authors, title, publishers and ISBN first,
 * then this web edition, its survey round, its publisher and address. No date of access: the
 * build cannot know when a reader looked, and a fixed one would be wrong the next day.
 * @example citation(meta, '2009', 'https://example.org/2009/').text
 *   // => "Kydyrov, T. and Abakirova, J. (2010). The Scale of … Web edition, 2009 survey round …"
 */
export function citation(meta: EditionMeta, edition: string, url: string): Citation {
  const { authors, title, publisher, place, year, isbn } = meta.source;
  const surnameFirst = authors.map((name) => {
    const parts = name.split(' ');
    const surname = parts.pop()!;
    return { surname, initials: parts.map((p) => `${p[0]}.`).join(' '), given: parts.join(' ') };
  });
  const textAuthors = surnameFirst.map((a) => `${a.surname}, ${a.initials}`).join(' and ');
  const text =
    `${textAuthors} (${year}). ${title}. ${place}: ${publisher}. ${isbn ? `ISBN ${isbn}. ` : ''}` +
    `Web edition, ${edition} survey round, with every estimate recomputed from its data files. ` +
    `Published by ${PUBLISHER.name}. ${url}`;
  const key = `${surnameFirst[0]!.surname.toLowerCase()}${year}scale-${edition}`;
  const bibtex = [
    `@book{${key},`,
    `  author = {${surnameFirst.map((a) => `${a.surname}, ${a.given}`).join(' and ')}},`,
    `  title = {{${title}}},`,
    `  publisher = {${publisher}},`,
    `  address = {${place}},`,
    `  year = {${year}},`,
    ...(isbn ? [`  isbn = {${isbn}},`] : []),
    `  note = {Web edition, ${edition} survey round, with every estimate recomputed from its data files; ` +
      `published by ${PUBLISHER.name}},`,
    `  url = {${url}}`,
    '}',
    '',
  ].join('\n');
  const ris = [
    'TY  - BOOK',
    ...surnameFirst.map((a) => `AU  - ${a.surname}, ${a.given}`),
    `TI  - ${title}`,
    `PB  - ${publisher}`,
    `CY  - ${place}`,
    `PY  - ${year}`,
    ...(isbn ? [`SN  - ${isbn}`] : []),
    `N1  - Web edition, ${edition} survey round, with every estimate recomputed from its data files`,
    `N1  - Web edition published by ${PUBLISHER.name}`,
    `UR  - ${url}`,
    'ER  - ',
    '',
  ].join('\r\n');
  return { text, bibtex, ris };
}
