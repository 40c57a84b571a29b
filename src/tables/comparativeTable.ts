import { COUNTRY_NAMES, LOCATION_LABELS, type Area, type Cell } from '../model/dimensions.ts';
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import { formatRange, formatValue } from '../model/format.ts';
import { countriesOf, estimateLookup, rowLookup, type EditionData } from '../generated/editionData.ts';
import { CLASSED } from '../model/reliability.ts';
import { cell, type TableCell, type TableModel, type TableRowGroup } from './tableModel.ts';

type Row = [string, Partial<Cell>, Indicator];

const BASICS: Row[] = [
  ['Population', {}, 'population'],
  ['Average family size', {}, 'family_size'],
  ['Families', {}, 'families'],
];
const rowsFor = (indicator: Indicator): Row[] => [
  ['Labor, inside the country', { location: 'inside', exploitation: 'labor' }, indicator],
  ['Labor, abroad', { location: 'abroad', exploitation: 'labor' }, indicator],
  ['Sexual, inside the country', { location: 'inside', exploitation: 'sexual' }, indicator],
  ['Sexual, abroad', { location: 'abroad', exploitation: 'sexual' }, indicator],
  ['All, inside the country', { location: 'inside' }, indicator],
  ['All, abroad', { location: 'abroad' }, indicator],
  ['All, inside and abroad', { location: 'all' }, indicator],
];

/** The five countries and the region side by side (the report's Table 2-6a, with limits). */
export function comparativeTable(data: EditionData): TableModel {
  const get = estimateLookup(data);
  const areas: Area[] = [...countriesOf(data), 'CA'];
  const group = (label: string | undefined, rows: Row[]): TableRowGroup => ({
    label,
    rows: rows.map(([rowLabel, c, indicator]) => {
      const classed = CLASSED.includes(indicator);
      return {
        header: cell(rowLabel),
        cells: areas.map((area): TableCell => {
          const value = get(area, c, indicator);
          const unit = indicator === 'family_size' ? 'persons' : indicator.startsWith('rate') ? 'rate' : 'count';
          // the CSV keeps the precision the page shows
          const shown = unit === 'count' ? Math.round(value) : +value.toFixed(1);
          if (!classed) return cell(formatValue(value, unit), shown);
          const reliability = rowLookup(data)(area, c, indicator)?.reliability ?? undefined;
          return { ...cell(formatValue(value, unit), [shown, reliability ?? '']), reliability };
        }),
        // an estimate's class goes on a CSV line of its own, so that every column stays numeric
        ...(classed
          ? { csvLines: ['estimate', 'reliability'], unit: [INDICATORS[indicator].unit, 'reliability_class'] }
          : { unit: INDICATORS[indicator].unit }),
      };
    }),
  });
  const limits = (location: 'inside' | 'abroad' | 'all') => ({
    header: cell(LOCATION_LABELS[location]),
    cells: areas.map((area) => {
      const lower = get(area, { location }, 'victims_lower');
      const upper = get(area, { location }, 'victims_upper');
      return cell(formatRange(lower, upper, 'count'), [Math.round(lower), Math.round(upper)]);
    }),
    csvLines: ['lower limit', 'upper limit'],
    unit: INDICATORS.victims.unit,
  });
  return {
    name: 'comparative',
    title: `The five countries compared: rates and estimated victims per year, ${data.edition}`,
    note:
      'Central Asia is the sum of the five countries; its rates are its victims over its families or ' +
      "population. Limits are 95% Poisson limits, as in the report; Central Asia's are the sums of the countries' " +
      'limits, which is wider than a 95% interval of the total.',
    columns: [
      { key: 'indicator', label: 'Indicator', numeric: false },
      ...areas.map((area) => ({ key: area, label: COUNTRY_NAMES[area], numeric: true })),
    ],
    groups: [
      group(undefined, BASICS),
      group('Victims per 1,000 families per year', rowsFor('rate_per_1000_families')),
      group('Victims per 1,000 population per year', rowsFor('rate_per_1000_population')),
      group('Estimated victims per year', rowsFor('victims')),
      {
        label: '95% limits of the victims per year',
        rows: [limits('inside'), limits('abroad'), limits('all')],
      },
    ],
  };
}
