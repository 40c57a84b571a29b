import { COUNTRIES, COUNTRY_NAMES, type Area } from '../model/dimensions.ts';
import { formatValue } from '../model/format.ts';
import { estimateLookup, optionalLookup, type EditionData } from '../generated/editionData.ts';
import { cell, type TableModel } from './tableModel.ts';

/**
 * One area across survey rounds: for each edition, the annual victims per 1,000 families inside
 * the country and abroad, with their Poisson limits and, where the round has them, the
 * design-based limits; the limits of a rate are those of the victims over the families.
 */
export function comparisonTable(editions: readonly EditionData[], area: Area): TableModel {
  const rateCell = (data: EditionData, location: 'inside' | 'abroad') => {
    const get = estimateLookup(data);
    const maybe = optionalLookup(data);
    const perThousand = get(area, {}, 'families') / 1000;
    const rate = get(area, { location }, 'rate_per_1000_families');
    const lower = get(area, { location }, 'victims_lower') / perThousand;
    const upper = get(area, { location }, 'victims_upper') / perThousand;
    const designLower = maybe(area, { location }, 'victims_lower_bootstrap');
    const designUpper = maybe(area, { location }, 'victims_upper_bootstrap');
    const design = designLower === undefined || designUpper === undefined ? undefined : [designLower / perThousand, designUpper / perThousand];
    const limits = `${formatValue(lower, 'rate')}–${formatValue(upper, 'rate')}`;
    return cell(
      formatValue(rate, 'rate'),
      [+rate.toFixed(2), +lower.toFixed(2), +upper.toFixed(2), design ? +design[0]!.toFixed(2) : '', design ? +design[1]!.toFixed(2) : ''],
      design ? `Poisson ${limits}; design-based ${formatValue(design[0]!, 'rate')}–${formatValue(design[1]!, 'rate')}` : limits,
    );
  };
  const csv = (location: string) => [`${location}_rate`, `${location}_lower`, `${location}_upper`, `${location}_lower_design`, `${location}_upper_design`];
  return {
    name: `comparison-${area}`,
    title: `${COUNTRY_NAMES[area]}: victims per 1,000 families per year in each survey round, with 95% limits`,
    note: 'Limits of a rate are the limits of the victims divided by the families. Poisson limits follow the report; design-based limits come from a cluster bootstrap of settlements, where a round has its questionnaires.',
    columns: [
      { key: 'edition', label: 'Survey round', numeric: false },
      { key: 'inside', label: 'Inside the country', numeric: true, csv: csv('inside') },
      { key: 'abroad', label: 'Abroad', numeric: true, csv: csv('abroad') },
    ],
    groups: [{ rows: editions.map((data) => ({ header: cell(roundLabel(data, area), data.edition), cells: [rateCell(data, 'inside'), rateCell(data, 'abroad')] })) }],
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
