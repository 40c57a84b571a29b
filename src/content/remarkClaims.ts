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
import { COUNTRY_NAMES } from '../model/dimensions.ts';
import type { Catalogue } from './catalogue.ts';
import { ClaimSyntaxError, countriesOf, evaluateClaim, ordinal, ranking } from './claims.ts';
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
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const month = (date: string) =>
  new Date(`${date.slice(0, 7)}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' });

/** The edition's own words: "2009", "September to November 2009", "five". */
export function editionWords(edition: EditionFacts, countries: number): Record<string, string> {
  const { start, end } = edition.fieldwork;
  const year = end.slice(0, 4);
  const months =
    start.slice(0, 7) === end.slice(0, 7)
      ? `${month(end)} ${year}`
      : `${month(start)}${start.slice(0, 4) === year ? '' : ` ${start.slice(0, 4)}`} to ${month(end)} ${year}`;
  return { name: edition.name, year, fieldwork: months, countries: NUMBER_WORDS[countries] ?? String(countries) };
}

export const remarkClaims: Plugin<[ClaimsOptions], Root> =
  ({ catalogue, edition, faults }) =>
  (tree) => {
    const words = editionWords(edition, countriesOf(catalogue).length);
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
            faults.inline(
              node,
              `claim "${that}" does not hold: ${result.why}`,
              'a statement the data of this edition contradicts',
            );
            return;
          }
          node.data = {
            hName: 'span',
            hProperties: { className: ['claim'], title: `checked against the data: ${that}` },
          };
        } else if (node.name === 'rank') {
          const rows = ranking(label, catalogue);
          const place = node.attributes?.place ?? '1';
          const row = place === 'last' ? rows.at(-1) : rows[Number(place) - 1];
          if (!row) throw new ClaimSyntaxError(`expected a place from 1 to ${rows.length} or "last", found "${place}"`);
          text(COUNTRY_NAMES[row.area]);
        } else if (node.name === 'place') {
          const [area, ...rest] = label.split('.');
          const rows = ranking(rest.join('.'), catalogue);
          const place = rows.findIndex((r) => r.area === area) + 1;
          if (place === 0) throw new ClaimSyntaxError(`expected a country of this edition first, found "${area}"`);
          text(ordinal(place));
        } else {
          const value = words[label];
          if (value === undefined) throw new ClaimSyntaxError(`expected one of ${Object.keys(words).join(', ')}`);
          text(value);
        }
      } catch (error) {
        if (!(error instanceof ClaimSyntaxError)) throw error;
        faults.inline(node, `:${node.name}[${label}]: ${error.message}`, 'words this edition cannot give');
      }
    });
  };
