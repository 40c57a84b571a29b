import { COUNTRY_NAMES } from '../model/dimensions.ts';
import type { PublishedFigure } from '../model/edition.ts';
import { INDICATORS } from '../model/indicators.ts';
import { poissonLimits } from '../stats/poissonLimits.ts';
import { exact, type Span } from '../stats/span.ts';
import type { PrintedComparison } from './crossCheck.ts';
import { figureKey, type Figure, type FigureIndex } from './figure.ts';

export type ReconciliationClass = 'reproduced' | 'within_rounding' | 'discrepancy';

/** One row of the audit: a printed figure against its recomputed value, or against other prints (crossCheck.ts). */
export type Reconciliation = RecomputedComparison | PrintedComparison;

export interface RecomputedComparison {
  /** line of published.csv */
  id: number;
  figure: string;
  /** the recomputed value's name: country.location.exploitation.sex.indicator */
  key: string;
  source: string;
  published: number;
  comparedWith: 'recomputed';
  recomputed: number;
  class: ReconciliationClass;
  /** (recomputed − published) ÷ published */
  difference: number;
  note: string;
}

/**
 * Sets every printed figure beside its recomputed value and classes the pair:
 * - reproduced: the recomputed value, rounded as the source rounds, is the printed figure
 *   (for "more than X", the recomputed value exceeds X);
 * - within_rounding: the printed figure lies in the range the recomputed value can take when
 *   each printed input moves by half a unit of its last digit;
 * - discrepancy: neither, a slip or a different method in the source.
 * @throws Error when the engine computes nothing for a published figure (a data-entry fault)
 */
export function reconcile(published: readonly PublishedFigure[], index: FigureIndex): RecomputedComparison[] {
  return published.map((figure) => {
    const found = index.find(figure.country, figure, figure.indicator) ?? countedAsWomen(figure);
    if (!found) throw new Error(`published.csv:${figure.line}: nothing recomputed for ${figureKey(figure)}`);
    const recomputed = found.value;
    const klass = classify(figure, recomputed);
    const notes = [figure.note, klass === 'reproduced' ? '' : explain(figure, published, index)].filter(Boolean);
    return {
      ...printedColumns(figure),
      comparedWith: 'recomputed',
      recomputed: recomputed.value,
      class: klass,
      difference: figure.value === 0 ? 0 : (recomputed.value - figure.value) / figure.value,
      note: notes.join('; '),
    };
  });
}

const COUNTRY_TABLE = /^Table 2-[1-5]a$/;

/** What the other printed figures say about a mismatch: the quantile behind a limit, the sum behind a total. */
function explain(figure: PublishedFigure, published: readonly PublishedFigure[], index: FigureIndex): string {
  const isLimit = figure.indicator === 'victims_lower' || figure.indicator === 'victims_upper';
  if (figure.country !== 'CA' && isLimit) {
    const families = published.find(
      (p) => p.country === figure.country && p.source === figure.source && p.indicator === 'families',
    );
    const rate = index.find(figure.country, figure, 'rate_per_1000_families');
    if (!families || !rate) return '';
    const implied = (figure.value / families.value) * 1000;
    const p = figure.indicator === 'victims_lower' ? 0.025 : 0.975;
    const engine =
      figure.indicator === 'victims_lower'
        ? poissonLimits(rate.value.value).lower
        : poissonLimits(rate.value.value).upper;
    return (
      `the printed limit is ${implied.toFixed(1)} per 1,000 of the printed families; the Poisson ${p * 100}% ` +
      `quantile of the rate ${rate.value.value.toFixed(1)} is ${engine}`
    );
  }
  if (figure.country === 'CA' && (isLimit || figure.indicator === 'victims')) {
    // the country tables print inside and abroad only: a total over locations adds both
    const locations = figure.location === 'all' ? ['inside', 'abroad'] : [figure.location];
    const parts = published.filter(
      (p) =>
        COUNTRY_TABLE.test(p.source) &&
        p.indicator === figure.indicator &&
        locations.includes(p.location) &&
        p.exploitation === figure.exploitation &&
        p.sex === figure.sex,
    );
    if (parts.length === 5 * locations.length) {
      const sum = Math.round(parts.reduce((total, p) => total + p.value, 0));
      return `the countries' printed figures add up to ${sum.toLocaleString('en-US')}`;
    }
  }
  return '';
}

/**
 * The survey does not record the sex of sexually exploited relatives and counts them as women: men's cells are zero by
 * the method.
 */
function countedAsWomen(figure: PublishedFigure): Figure | undefined {
  return figure.exploitation === 'sexual' && figure.sex === 'men' ? { ...figure, value: exact(0) } : undefined;
}

/** The class of one printed figure against its recomputed value (see reconcile). */
export function classify(figure: PublishedFigure, recomputed: Span): ReconciliationClass {
  if (figure.relation === 'gt')
    return recomputed.value > figure.value
      ? 'reproduced'
      : recomputed.hi > figure.value
        ? 'within_rounding'
        : 'discrepancy';
  // a tolerance of a millionth of the printed unit absorbs binary floating-point noise
  const slack = figure.halfWidth * (1 + 1e-6);
  if (Math.abs(recomputed.value - figure.value) <= slack) return 'reproduced';
  if (recomputed.lo <= figure.value + slack && recomputed.hi >= figure.value - slack) return 'within_rounding';
  return 'discrepancy';
}

/** What every row of the reconciliation says of its printed figure: its line, name, key, place and value. */
export const printedColumns = (figure: PublishedFigure) => ({
  id: figure.line,
  figure: describe(figure),
  key: figureKey(figure),
  source: figure.source,
  published: figure.value,
});

/** A plain-language name for a figure: "Kazakhstan, victims, inside, labor, women". */
export function describe(figure: {
  country: keyof typeof COUNTRY_NAMES;
  location: string;
  exploitation: string;
  sex: string;
  indicator: keyof typeof INDICATORS;
}): string {
  const parts = [COUNTRY_NAMES[figure.country], figure.indicator.replaceAll('_', ' ')];
  if (figure.location !== 'all') parts.push(figure.location === 'inside' ? 'inside the country' : 'abroad');
  if (figure.exploitation !== 'all') parts.push(`${figure.exploitation} exploitation`);
  if (figure.sex !== 'all') parts.push(figure.sex);
  return parts.join(', ');
}
