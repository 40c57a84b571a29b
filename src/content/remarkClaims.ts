/**
 * remark plugin for the words a chapter takes from the data, and the claims it makes about it:
 * - `:claim[Uzbekistan has the highest risk]{that="UZ highest rate_per_1000_population"}` prints its
 *   text and stops the build when the data contradicts the formula (see claims.ts);
 * - `:rank[abroad.victims]` prints the name of the country that ranks first, `{place=2}` second,
 *   `{place=last}` last;
 * - `:place[TM.victims]` prints a country's place among the countries: "fourth";
 * - `:edition[name]`, `:edition[year]`, `:edition[fieldwork]`, `:edition[countries]` print the
 *   edition's name, the year of its fieldwork, its fieldwork months, the number of its countries in words.
 */
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { Locale } from '../model/locale.ts';
import { words as dictionary } from '../i18n/dictionary.ts';
import {
  CASES,
  MONTH_CASES,
  cardinalWord,
  countryName,
  fieldworkWords,
  ordinalWord,
  type GrammaticalCase,
} from '../i18n/terms.ts';
import type { Catalogue } from './catalogue.ts';
import { ClaimSyntaxError, countriesOf, evaluateClaim, ranking } from './claims.ts';
import type { ChapterFaults } from './chapterFaults.ts';

/** What a chapter may say about its edition. */
export interface EditionFacts {
  name: string;
  fieldwork: { start: string; end: string };
}

export interface ClaimsOptions {
  catalogue: Catalogue;
  edition: EditionFacts;
  faults: ChapterFaults;
  /** the language of the words the data writes; Russian takes the case a sentence asks for: `{case=prep}` */
  locale?: Locale;
}

/**
 * The edition's own words: "2009", "September to November 2009", "five"; in Russian in the case asked for.
 * @example editionWords(facts, 5, 'ru', 'gen').countries // => "пяти"
 */
export function editionWords(
  edition: EditionFacts,
  countries: number,
  locale: Locale = 'en',
  grammaticalCase: GrammaticalCase = 'nom',
): Record<string, string> {
  const year = edition.fieldwork.end.slice(0, 4);
  const monthCase = (MONTH_CASES as readonly string[]).includes(grammaticalCase)
    ? (grammaticalCase as (typeof MONTH_CASES)[number])
    : undefined;
  return {
    name: edition.name,
    year,
    ...(monthCase ? { fieldwork: fieldworkWords(edition.fieldwork, locale, monthCase) } : {}),
    countries: cardinalWord(countries, locale, grammaticalCase),
  };
}

/** The case a Russian directive asks for; English has none to ask for. */
function caseOf(node: TextDirective, locale: Locale): GrammaticalCase {
  const asked = node.attributes?.case;
  if (asked === undefined || asked === null) return 'nom';
  if (locale === 'en') throw new ClaimSyntaxError('English words take no case: leave out {case=…}');
  if (!(CASES as readonly string[]).includes(asked))
    throw new ClaimSyntaxError(`expected a case (${CASES.join(', ')}), found "${asked}"`);
  return asked as GrammaticalCase;
}

export const remarkClaims: Plugin<[ClaimsOptions], Root> =
  ({ catalogue, edition, faults, locale = 'en' }) =>
  (tree) => {
    const { content: t } = dictionary(locale);
    const count = countriesOf(catalogue).length;
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (!['claim', 'rank', 'place', 'edition'].includes(node.name)) return;
      const label = toString(node);
      const text = (value: string) => {
        node.data = { hName: 'span', hChildren: [{ type: 'text', value }] };
      };
      try {
        if (node.name === 'claim') {
          const that = node.attributes?.that;
          if (!that) throw new ClaimSyntaxError('a claim needs its formula: :claim[words]{that="…"}');
          const result = evaluateClaim(that, catalogue);
          if (!result.holds) {
            faults.inline(node, `claim "${that}" does not hold: ${result.why}`, t.markerContradicted);
            return;
          }
          node.data = {
            hName: 'span',
            hProperties: { className: ['claim'], title: t.checkedAgainstData(that) },
          };
        } else if (node.name === 'rank') {
          const rows = ranking(label, catalogue);
          const place = node.attributes?.place ?? '1';
          const row = place === 'last' ? rows.at(-1) : rows[Number(place) - 1];
          if (!row) throw new ClaimSyntaxError(`expected a place from 1 to ${rows.length} or "last", found "${place}"`);
          text(countryName(row.area, locale, caseOf(node, locale)));
        } else if (node.name === 'place') {
          const [area, ...rest] = label.split('.');
          const rows = ranking(rest.join('.'), catalogue);
          const place = rows.findIndex((r) => r.area === area) + 1;
          if (place === 0) throw new ClaimSyntaxError(`expected a country of this edition first, found "${area}"`);
          text(ordinalWord(place, locale, caseOf(node, locale)));
        } else {
          const grammaticalCase = caseOf(node, locale);
          const value = editionWords(edition, count, locale, grammaticalCase)[label];
          if (value === undefined)
            throw new ClaimSyntaxError(
              label === 'fieldwork'
                ? `the fieldwork months take the case ${MONTH_CASES.join(', ')}, not "${grammaticalCase}"`
                : `expected one of name, year, fieldwork, countries`,
            );
          text(value);
        }
      } catch (error) {
        if (!(error instanceof ClaimSyntaxError)) throw error;
        faults.inline(node, `:${node.name}[${label}]: ${error.message}`, t.markerNoWords);
      }
    });
  };
