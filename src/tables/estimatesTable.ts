import {
  COUNTRY_NAMES,
  LOCATION_LABELS,
  LOCATIONS,
  type Area,
  type Cell,
  type Exploitation,
  type OrAll,
  type Sex,
} from '../model/dimensions.ts';
import { formatRange, formatValue } from '../model/format.ts';
import { estimateLookup, optionalLookup, rowLookup, type EditionData } from '../generated/editionData.ts';
import { cell, type TableModel, type TableRowGroup } from './tableModel.ts';

const ROWS: [OrAll<Exploitation>, OrAll<Sex>, string][] = [
  ['labor', 'all', 'Labor'],
  ['labor', 'women', '· women'],
  ['labor', 'men', '· men'],
  ['sexual', 'all', 'Sexual (women)'],
  ['all', 'all', 'Both kinds'],
  ['all', 'women', '· women'],
  ['all', 'men', '· men'],
];

/** Which provinces the design-based limits pool, and why. */
function pooledNote(data: EditionData, area: Area): string {
  const pooled = data.exclusions.pooledForVariance.filter((p) => area === 'CA' || p.country === area);
  return pooled
    .map((p) => ` ${p.provinces.join(' and ')} (${p.country}) are pooled: ${p.single.join(', ')} had one settlement.`)
    .join('');
}

/**
 * A country's estimate table (the report's Tables 2-1a … 2-5a), or the region's: for each
 * location, exploitation and sex, the rate per 1,000 families, the victims per year and
 * their 95% limits.
 */
export function estimatesTable(data: EditionData, area: Area): TableModel {
  const get = estimateLookup(data);
  const maybe = optionalLookup(data);
  // rounds measured by questionnaires also have design-based (cluster bootstrap) limits
  const design = maybe(area, { location: 'inside' }, 'victims_lower_bootstrap') !== undefined;
  const groups: TableRowGroup[] = [...LOCATIONS, 'all' as const].map((location) => ({
    label: LOCATION_LABELS[location],
    rows: ROWS.map(([exploitation, sex, rowLabel]) => {
      const c: Cell = { location, exploitation, sex };
      const rate = get(area, c, 'rate_per_1000_families');
      const victims = get(area, c, 'victims');
      const lower = get(area, c, 'victims_lower');
      const upper = get(area, c, 'victims_upper');
      const poisson = formatRange(lower, upper, 'count');
      const reliability = rowLookup(data)(area, c, 'victims')?.reliability ?? undefined;
      const values: (number | string)[] = [Math.round(victims), Math.round(lower), Math.round(upper)];
      let detail = poisson;
      if (design) {
        const designLower = get(area, c, 'victims_lower_bootstrap');
        const designUpper = get(area, c, 'victims_upper_bootstrap');
        values.push(Math.round(designLower), Math.round(designUpper));
        detail = `Poisson ${poisson}; design-based ${formatRange(designLower, designUpper, 'count')}`;
      }
      values.push(reliability ?? '');
      return {
        header: cell(rowLabel, [exploitation, sex]),
        cells: [
          { ...cell(formatValue(rate, 'rate'), +rate.toFixed(1)), reliability },
          { ...cell(formatValue(victims, 'count'), values, detail), reliability },
        ],
      };
    }),
  }));
  const population = get(area, {}, 'population');
  const familySize = get(area, {}, 'family_size');
  const families = get(area, {}, 'families');
  return {
    name: `estimates-${area}`,
    title: `${COUNTRY_NAMES[area]}: estimated victims of trafficking per year, ${data.edition}`,
    note:
      `Population ${formatValue(population, 'count')}; average family size ${formatValue(familySize, 'persons')}; ` +
      `${formatValue(families, 'count')} families. Victims = families × rate per 1,000 families ÷ 1,000; ` +
      `95% limits from the Poisson quantiles of the rate${area === 'CA' ? ', summed over the countries' : ''}; ` +
      'limits over both locations are the sums of the limits inside and abroad.' +
      (design
        ? ' Design-based limits: 2.5% and 97.5% points of a Rao–Wu bootstrap that redraws settlements ' +
          'within provinces.' +
          pooledNote(data, area)
        : '') +
      (rowLookup(data)(area, {}, 'victims_lower_bootstrap')?.missing === 'single_settlement'
        ? ' No design-based limits: the questionnaires come from one settlement only.'
        : ''),
    columns: [
      { key: 'exploitation_sex', label: 'Exploitation', numeric: false, csv: ['exploitation', 'sex'] },
      { key: 'rate_per_1000_families', label: 'Per 1,000 families', numeric: true },
      design
        ? {
            key: 'victims',
            label: 'Victims per year (95% limits)',
            numeric: true,
            csv: [
              'victims',
              'victims_lower',
              'victims_upper',
              'victims_lower_bootstrap',
              'victims_upper_bootstrap',
              'reliability',
            ],
          }
        : {
            key: 'victims',
            label: 'Victims per year (95% limits)',
            numeric: true,
            csv: ['victims', 'victims_lower', 'victims_upper', 'reliability'],
          },
    ],
    groups,
  };
}
