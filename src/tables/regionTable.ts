import { COUNTRY_NAMES, LOCATION_LABELS, type Area } from '../model/dimensions.ts';
import { formatRange, formatValue, roundForUnit } from '../model/format.ts';
import { countriesOf, estimateLookup, optionalLookup, rowLookup, type EditionData } from '../generated/editionData.ts';
import { cell, type TableModel } from './tableModel.ts';

const columns = (location: string) => [location, `${location}_lower`, `${location}_upper`, `${location}_reliability`];

/** Victims per year by country, inside, abroad and in all, with limits and each country's share. */
export function regionTable(data: EditionData): TableModel {
  const get = estimateLookup(data);
  const estimate = (area: Area, location: 'inside' | 'abroad' | 'all') => {
    const v = get(area, { location }, 'victims');
    const lower = get(area, { location }, 'victims_lower');
    const upper = get(area, { location }, 'victims_upper');
    const reliability = rowLookup(data)(area, { location }, 'victims')?.reliability ?? undefined;
    return {
      ...cell(
        formatValue(v, 'count'),
        [Math.round(v), Math.round(lower), Math.round(upper), reliability ?? ''],
        formatRange(lower, upper, 'count'),
      ),
      reliability,
    };
  };
  return {
    name: 'region',
    title: `Estimated victims of trafficking per year in Central Asia, with 95% limits, ${data.edition}`,
    note:
      'Each cell gives the estimate and, under it, its 95% limits. Central Asia is the sum of the countries, and ' +
      "its limits are the sums of the countries' limits, as in the report: wider than a 95% interval of the total " +
      'would be, since the countries are unlikely all to err in the same direction.',
    columns: [
      { key: 'country', label: 'Country', numeric: false },
      { key: 'inside', label: LOCATION_LABELS.inside, numeric: true, csv: columns('inside') },
      { key: 'abroad', label: LOCATION_LABELS.abroad, numeric: true, csv: columns('abroad') },
      { key: 'all', label: 'In all', numeric: true, csv: columns('all') },
      { key: 'share_of_region', label: 'Share of the region', numeric: true, csv: ['share_of_region_percent'] },
    ],
    groups: [
      {
        rows: [...countriesOf(data), 'CA' as const].map((area) => {
          const share = area === 'CA' ? 1 : optionalLookup(data)(area, {}, 'share_of_region');
          return {
            header: cell(COUNTRY_NAMES[area], area),
            cells: [
              estimate(area, 'inside'),
              estimate(area, 'abroad'),
              estimate(area, 'all'),
              share === undefined
                ? cell('no victims', '')
                : cell(formatValue(share, 'share'), +(roundForUnit(share, 'share') * 100).toFixed(4)),
            ],
          };
        }),
      },
    ],
  };
}
