import { LOCATIONS, type Area, type Cell, type Exploitation, type OrAll, type Sex } from '../model/dimensions.ts';
import { formatRange, formatValue } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { words, type Words } from '../i18n/dictionary.ts';
import { countryName, locationLabel } from '../i18n/terms.ts';
import { estimateLookup, optionalLookup, rowLookup, type EditionData } from '../generated/editionData.ts';
import { cell, type TableModel, type TableRowGroup } from './tableModel.ts';

type TableWords = Words['tables'];
const ROWS: [OrAll<Exploitation>, OrAll<Sex>, (w: TableWords) => string][] = [
  ['labor', 'all', (w) => w.labor],
  ['labor', 'women', (w) => w.women],
  ['labor', 'men', (w) => w.men],
  ['sexual', 'all', (w) => w.sexualWomen],
  ['all', 'all', (w) => w.bothKinds],
  ['all', 'women', (w) => w.women],
  ['all', 'men', (w) => w.men],
];

/** Which provinces the design-based limits pool, and why. */
function pooledNote(data: EditionData, area: Area, w: TableWords): string {
  const pooled = data.exclusions.pooledForVariance.filter((p) => area === 'CA' || p.country === area);
  return pooled.map((p) => w.pooledNote(p.provinces, p.country, p.single)).join('');
}

/**
 * A country's estimate table (the report's Tables 2-1a … 2-5a), or the region's: for each
 * location, exploitation and sex, the rate per 1,000 families, the victims per year and
 * their 95% limits.
 */
export function estimatesTable(data: EditionData, area: Area, locale: Locale = 'en'): TableModel {
  const w = words(locale).tables;
  const get = estimateLookup(data);
  const maybe = optionalLookup(data);
  // rounds measured by questionnaires also have design-based (cluster bootstrap) limits
  const design = maybe(area, { location: 'inside' }, 'victims_lower_bootstrap') !== undefined;
  const groups: TableRowGroup[] = [...LOCATIONS, 'all' as const].map((location) => ({
    label: locationLabel(location, locale),
    rows: ROWS.map(([exploitation, sex, rowLabel]) => {
      const c: Cell = { location, exploitation, sex };
      const rate = get(area, c, 'rate_per_1000_families');
      const victims = get(area, c, 'victims');
      const lower = get(area, c, 'victims_lower');
      const upper = get(area, c, 'victims_upper');
      const poisson = formatRange(lower, upper, 'count', locale);
      const reliability = rowLookup(data)(area, c, 'victims')?.reliability ?? undefined;
      const values: (number | string)[] = [Math.round(victims), Math.round(lower), Math.round(upper)];
      let detail = poisson;
      if (design) {
        const designLower = get(area, c, 'victims_lower_bootstrap');
        const designUpper = get(area, c, 'victims_upper_bootstrap');
        values.push(Math.round(designLower), Math.round(designUpper));
        detail = w.limitsDetail(poisson, formatRange(designLower, designUpper, 'count', locale));
      }
      values.push(reliability ?? '');
      return {
        header: cell(rowLabel(w), [exploitation, sex]),
        cells: [
          { ...cell(formatValue(rate, 'rate', locale), +rate.toFixed(1)), reliability },
          { ...cell(formatValue(victims, 'count', locale), values, detail), reliability },
        ],
      };
    }),
  }));
  const population = get(area, {}, 'population');
  const familySize = get(area, {}, 'family_size');
  const families = get(area, {}, 'families');
  return {
    name: `estimates-${area}`,
    title: w.estimatesTitle(countryName(area, locale), data.edition),
    note:
      w.estimatesNote(
        formatValue(population, 'count', locale),
        formatValue(familySize, 'persons', locale),
        formatValue(families, 'count', locale),
        area === 'CA',
      ) +
      (design ? w.designNote + pooledNote(data, area, w) : '') +
      (rowLookup(data)(area, {}, 'victims_lower_bootstrap')?.missing === 'single_settlement'
        ? w.singleSettlementNote
        : ''),
    columns: [
      { key: 'exploitation_sex', label: w.exploitation, numeric: false, csv: ['exploitation', 'sex'] },
      { key: 'rate_per_1000_families', label: w.perThousandFamilies, numeric: true },
      design
        ? {
            key: 'victims',
            label: w.victimsWithLimits,
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
            label: w.victimsWithLimits,
            numeric: true,
            csv: ['victims', 'victims_lower', 'victims_upper', 'reliability'],
          },
    ],
    groups,
  };
}
