import type { Area } from '../model/dimensions.ts';
import { formatRange, formatValue, roundForUnit } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { words } from '../i18n/dictionary.ts';
import { countryName, locationLabel } from '../i18n/terms.ts';
import { countriesOf, estimateLookup, optionalLookup, rowLookup, type EditionData } from '../generated/editionData.ts';
import { cell, type TableModel } from './tableModel.ts';

const columns = (location: string) => [location, `${location}_lower`, `${location}_upper`, `${location}_reliability`];

/** Victims per year by country, inside, abroad and in all, with limits and each country's share. */
export function regionTable(data: EditionData, locale: Locale = 'en'): TableModel {
  const w = words(locale).tables;
  const get = estimateLookup(data);
  const estimate = (area: Area, location: 'inside' | 'abroad' | 'all') => {
    const v = get(area, { location }, 'victims');
    const lower = get(area, { location }, 'victims_lower');
    const upper = get(area, { location }, 'victims_upper');
    const reliability = rowLookup(data)(area, { location }, 'victims')?.reliability ?? undefined;
    return {
      ...cell(
        formatValue(v, 'count', locale),
        [Math.round(v), Math.round(lower), Math.round(upper), reliability ?? ''],
        formatRange(lower, upper, 'count', locale),
      ),
      reliability,
    };
  };
  return {
    name: 'region',
    title: w.regionTitle(data.edition),
    note: w.regionNote,
    columns: [
      { key: 'country', label: w.country, numeric: false },
      { key: 'inside', label: locationLabel('inside', locale), numeric: true, csv: columns('inside') },
      { key: 'abroad', label: locationLabel('abroad', locale), numeric: true, csv: columns('abroad') },
      { key: 'all', label: w.inAll, numeric: true, csv: columns('all') },
      { key: 'share_of_region', label: w.shareOfRegion, numeric: true, csv: ['share_of_region_percent'] },
    ],
    groups: [
      {
        rows: [...countriesOf(data), 'CA' as const].map((area) => {
          const share = area === 'CA' ? 1 : optionalLookup(data)(area, {}, 'share_of_region');
          return {
            header: cell(countryName(area, locale), area),
            cells: [
              estimate(area, 'inside'),
              estimate(area, 'abroad'),
              estimate(area, 'all'),
              share === undefined
                ? cell(w.noVictims, '')
                : cell(formatValue(share, 'share', locale), +(roundForUnit(share, 'share') * 100).toFixed(4)),
            ],
          };
        }),
      },
    ],
  };
}
