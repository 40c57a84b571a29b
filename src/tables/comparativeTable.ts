import type { Area, Cell } from '../model/dimensions.ts';
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import { formatRange, formatValue } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { words, type Words } from '../i18n/dictionary.ts';
import { countryName, locationLabel } from '../i18n/terms.ts';
import { countriesOf, estimateLookup, rowLookup, type EditionData } from '../generated/editionData.ts';
import { CLASSED } from '../model/reliability.ts';
import { cell, type TableCell, type TableModel, type TableRowGroup } from './tableModel.ts';

type Row = [string, Partial<Cell>, Indicator];

const basics = (w: Words['tables']): Row[] => [
  [w.population, {}, 'population'],
  [w.familySize, {}, 'family_size'],
  [w.families, {}, 'families'],
];
const rowsFor = (indicator: Indicator, w: Words['tables']): Row[] =>
  (
    [
      ['labor', 'inside'],
      ['labor', 'abroad'],
      ['sexual', 'inside'],
      ['sexual', 'abroad'],
      ['all', 'inside'],
      ['all', 'abroad'],
      ['all', 'all'],
    ] as const
  ).map(([kind, location]) => [
    w.kindIn(kind, location),
    kind === 'all' ? { location } : { location, exploitation: kind },
    indicator,
  ]);

/** The five countries and the region side by side (the report's Table 2-6a, with limits). */
export function comparativeTable(data: EditionData, locale: Locale = 'en'): TableModel {
  const w = words(locale).tables;
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
          if (!classed) return cell(formatValue(value, unit, locale), shown);
          const reliability = rowLookup(data)(area, c, indicator)?.reliability ?? undefined;
          return { ...cell(formatValue(value, unit, locale), [shown, reliability ?? '']), reliability };
        }),
        // an estimate's class goes on a CSV line of its own, so that every column stays numeric
        ...(classed
          ? { csvLines: ['estimate', 'reliability'], unit: [INDICATORS[indicator].unit, 'reliability_class'] }
          : { unit: INDICATORS[indicator].unit }),
      };
    }),
  });
  const limits = (location: 'inside' | 'abroad' | 'all') => ({
    header: cell(locationLabel(location, locale)),
    cells: areas.map((area) => {
      const lower = get(area, { location }, 'victims_lower');
      const upper = get(area, { location }, 'victims_upper');
      return cell(formatRange(lower, upper, 'count', locale), [Math.round(lower), Math.round(upper)]);
    }),
    csvLines: ['lower limit', 'upper limit'],
    unit: INDICATORS.victims.unit,
  });
  return {
    name: 'comparative',
    title: w.comparativeTitle(data.edition),
    note: w.comparativeNote,
    columns: [
      { key: 'indicator', label: w.indicator, numeric: false },
      ...areas.map((area) => ({ key: area, label: countryName(area, locale), numeric: true })),
    ],
    groups: [
      group(undefined, basics(w)),
      group(w.ratesPerFamilies, rowsFor('rate_per_1000_families', w)),
      group(w.ratesPerPopulation, rowsFor('rate_per_1000_population', w)),
      group(w.estimatedVictims, rowsFor('victims', w)),
      {
        label: w.victimLimits,
        rows: [limits('inside'), limits('abroad'), limits('all')],
      },
    ],
  };
}
