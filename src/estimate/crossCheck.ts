/**
 * The report's printed figures against each other, apart from any recomputation: a figure printed
 * in two places with two values, and a printed total against the sum of its printed parts. The
 * pairs come from the keys of published.csv, not from a list.
 */
import { REGION, type Country, type Location, type OrAll } from '../model/dimensions.ts';
import type { PublishedFigure } from '../model/edition.ts';
import type { Indicator } from '../model/indicators.ts';
import { figureKey } from './figure.ts';
import { printedColumns } from './reconcile.ts';

export type CrossCheckClass = 'agrees' | 'discrepancy';

/** One printed figure set against another print of it, or against the sum of its printed parts. */
export interface PrintedComparison {
  /** line of published.csv of the figure checked */
  id: number;
  figure: string;
  key: string;
  source: string;
  published: number;
  /** `printed`: the same key printed elsewhere; `printed_parts`: the sum of the parts' prints */
  comparedWith: 'printed' | 'printed_parts';
  /** the other print, or the sum of the parts */
  otherPrinted: number;
  /** where the other print stands, or the sources of the parts, in order of first use */
  otherSource: string;
  class: CrossCheckClass;
  /** (otherPrinted − published) ÷ published; 0 against a printed 0 */
  difference: number;
  note: string;
}

/** What a print says of the true value: within [value − halfWidth, value + halfWidth), or above value ("gt"). */
export interface Bound {
  value: number;
  halfWidth: number;
  relation: 'eq' | 'gt';
}

/** Counts that add up: over countries to the region, over inside and abroad to "all" (the report adds its limits). */
const ADDITIVE: readonly Indicator[] = ['victims', 'victims_lower', 'victims_upper'];

/**
 * Whether two prints can stand for one true value. Round half up makes each print's interval
 * half-open, so two intervals that only touch cannot share a value: two prints of one precision
 * agree only when equal. A tolerance of a millionth of the half units absorbs binary noise.
 * @example agrees({ value: 7967, halfWidth: 0.5, relation: 'eq' }, { value: 7968, halfWidth: 0.5, relation: 'eq' })
 * // => false
 * @example agrees({ value: 35, halfWidth: 0.5, relation: 'eq' }, { value: 35.4, halfWidth: 0.05, relation: 'eq' })
 * // => true
 */
export function agrees(a: Bound, b: Bound): boolean {
  if (a.relation === 'gt' && b.relation === 'gt') return true;
  if (a.relation === 'gt') return b.value + b.halfWidth * (1 - 1e-6) > a.value;
  if (b.relation === 'gt') return agrees(b, a);
  return Math.abs(a.value - b.value) < (a.halfWidth + b.halfWidth) * (1 - 1e-6);
}

/** The print of each key that says most: an exact figure before a "more than", then the finer, then the first line. */
export function referencePrints(published: readonly PublishedFigure[]): Map<string, PublishedFigure> {
  const before = (a: PublishedFigure, b: PublishedFigure) =>
    (a.relation === 'eq' ? 0 : 1) - (b.relation === 'eq' ? 0 : 1) || a.halfWidth - b.halfWidth || a.line - b.line;
  const best = new Map<string, PublishedFigure>();
  for (const figure of published) {
    const held = best.get(figureKey(figure));
    if (!held || before(figure, held) < 0) best.set(figureKey(figure), figure);
  }
  return best;
}

/**
 * Sets printed figures against each other and classes each pair:
 * - printed: every print of a key other than its reference print (see referencePrints), against that print;
 * - printed_parts: every print of a total of victims or limits against the sum of its parts' reference prints:
 *   a regional figure against the countries' (a total over locations adds inside and abroad, as the country
 *   tables print them), and a total over locations of any area against its inside + abroad;
 * - agrees: the two can round from one true value (see agrees); discrepancy: they cannot.
 * A decomposition is skipped when a part is not printed, or printed only as "more than".
 * @param countries the edition's countries, whose figures make up the region's
 */
export function crossCheck(published: readonly PublishedFigure[], countries: readonly Country[]): PrintedComparison[] {
  const reference = referencePrints(published);
  const rows: PrintedComparison[] = [];
  for (const figure of published) {
    const other = reference.get(figureKey(figure))!;
    if (other !== figure) rows.push(compare(figure, 'printed', other, [other], ''));
    if (!ADDITIVE.includes(figure.indicator)) continue;
    for (const { parts, what } of decompositions(figure, countries)) {
      const printed = parts.flatMap((p) => reference.get(figureKey(p)) ?? []);
      if (printed.length < parts.length || printed.some((p) => p.relation === 'gt')) continue;
      const sum: Bound = {
        value: printed.reduce((total, p) => total + p.value, 0),
        halfWidth: printed.reduce((total, p) => total + p.halfWidth, 0),
        relation: 'eq',
      };
      rows.push(compare(figure, 'printed_parts', sum, printed, `the sum of ${what}`));
    }
  }
  return rows;
}

type Part = Pick<PublishedFigure, 'country' | 'location' | 'exploitation' | 'sex' | 'indicator'>;

/** The ways a printed total breaks into parts, each named for the note. */
function decompositions(total: PublishedFigure, countries: readonly Country[]): { parts: Part[]; what: string }[] {
  const { exploitation, sex, indicator } = total;
  const found: { parts: Part[]; what: string }[] = [];
  if (total.country === REGION) {
    const locations: OrAll<Location>[] = total.location === 'all' ? ['inside', 'abroad'] : [total.location];
    const parts = countries.flatMap((country) =>
      locations.map((location) => ({ country, location, exploitation, sex, indicator })),
    );
    found.push({ parts, what: "the countries' printed figures" });
  }
  if (total.location === 'all') {
    const parts = (['inside', 'abroad'] as const).map((location) => ({ ...total, location }));
    found.push({ parts, what: 'the printed figures inside and abroad' });
  }
  return found;
}

function compare(
  figure: PublishedFigure,
  comparedWith: PrintedComparison['comparedWith'],
  other: Bound,
  sources: readonly PublishedFigure[],
  what: string,
): PrintedComparison {
  const otherSource = [...new Set(sources.map((s) => s.source))].join(', ');
  const klass = agrees(figure, other) ? 'agrees' : 'discrepancy';
  // "in Table 2-1a"; "the sum of the countries' printed figures (Table 2-1a, Table 2-2a, …)"
  const against = comparedWith === 'printed' ? `in ${otherSource}` : `${what} (${otherSource})`;
  return {
    ...printedColumns(figure),
    comparedWith,
    otherPrinted: other.value,
    otherSource,
    class: klass,
    difference: figure.value === 0 ? 0 : (other.value - figure.value) / figure.value,
    note: [figure.note, explain(figure, other, against, comparedWith === 'printed' ? ' ' : ', ', klass)]
      .filter(Boolean)
      .join('; '),
  };
}

/** Both values, the difference and what the rounding allows: "7,967 here against 7,968 in Table 2-1a: …". */
function explain(own: Bound, other: Bound, against: string, separator: string, klass: CrossCheckClass): string {
  const both = `${show(own)} here against ${show(other)}${separator}${against}`;
  if (own.relation === 'eq' && other.relation === 'eq') {
    if (own.value === other.value) return `the same as ${against}`;
    const by = number(Math.abs(other.value - own.value));
    const allowed = number(own.halfWidth + other.halfWidth);
    return `${both}: a difference of ${by}, where the rounding of the prints allows less than ${allowed}`;
  }
  if (own.relation === 'gt' && other.relation === 'gt') return `${both}: two lower bounds cannot disagree`;
  return klass === 'agrees' ? `${both}: consistent` : `${both}: not more, even at the top of the rounding`;
}

const show = (bound: Bound) => `${bound.relation === 'gt' ? 'more than ' : ''}${number(bound.value)}`;

/** A value in the indicator's unit, without binary noise: 1841500 → "1,841,500", 0.55 → "0.55". */
const number = (value: number) => (+value.toPrecision(10)).toLocaleString('en-US', { maximumFractionDigits: 10 });
