import { COUNTRIES, COUNTRY_NAMES, LOCATION_LABELS, type Area } from '../model/dimensions.ts';
import { formatRange, formatValue } from '../model/format.ts';
import { estimateLookup, rateLimits, type EditionData } from '../generated/editionData.ts';
import { cell, type TableModel } from './tableModel.ts';

/**
 * One area across survey rounds: for each edition, the annual victims per 1,000 families inside
 * the country and abroad, with their Poisson limits and, where the round has them, the
 * design-based limits.
 */
export function comparisonTable(editions: readonly EditionData[], area: Area): TableModel {
  const rateCell = (data: EditionData, location: 'inside' | 'abroad') => {
    const rate = estimateLookup(data)(area, { location }, 'rate_per_1000_families');
    const poisson = rateLimits(data, area, location, 'families')!;
    const design = rateLimits(data, area, location, 'families', true);
    const limits = formatRange(poisson.lower, poisson.upper, 'rate');
    // limits of a rate come from whole numbers of victims: two decimals say all they know
    const numeric = (value: number | undefined) => (value === undefined ? '' : +value.toFixed(2));
    return cell(
      formatValue(rate, 'rate'),
      [numeric(rate), numeric(poisson.lower), numeric(poisson.upper), numeric(design?.lower), numeric(design?.upper)],
      design ? `Poisson ${limits}; design-based ${formatRange(design.lower, design.upper, 'rate')}` : limits,
    );
  };
  const csv = (location: string) => [
    `${location}_rate`,
    `${location}_lower`,
    `${location}_upper`,
    `${location}_lower_design`,
    `${location}_upper_design`,
  ];
  return {
    name: `comparison-${area}`,
    title: `${COUNTRY_NAMES[area]}: victims per 1,000 families per year in each survey round, with 95% limits`,
    note:
      'Limits of a rate are the limits of the victims divided by the families. Poisson limits follow the ' +
      'report; design-based limits come from a cluster bootstrap of settlements, where a round has its questionnaires.',
    columns: [
      { key: 'edition', label: 'Survey round', numeric: false },
      { key: 'inside', label: LOCATION_LABELS.inside, numeric: true, csv: csv('inside') },
      { key: 'abroad', label: LOCATION_LABELS.abroad, numeric: true, csv: csv('abroad') },
    ],
    groups: [
      {
        rows: editions.map((data) => ({
          header: cell(roundLabel(data, area), data.edition),
          cells: [rateCell(data, 'inside'), rateCell(data, 'abroad')],
        })),
      },
    ],
  };
}

/** A round's name; for Central Asia, the countries it covers when it is not all five. */
function roundLabel(data: EditionData, area: Area): string {
  if (area !== 'CA') return data.edition;
  const covered = COUNTRIES.filter((c) => data.estimates.some((r) => r.country === c));
  return covered.length === COUNTRIES.length ? data.edition : `${data.edition} (${covered.join(', ')} only)`;
}

/** The rounds that measured an area (a round may cover only some countries). */
export function roundsWith(rounds: readonly EditionData[], area: Area): EditionData[] {
  return rounds.filter((data) => data.estimates.some((r) => r.country === area));
}
