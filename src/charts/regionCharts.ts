import {
  COUNTRY_NAMES,
  EXPLOITATION_LABELS,
  EXPLOITATIONS,
  LOCATION_LABELS,
  LOCATIONS,
  locationPhrase,
  type Area,
  type Exploitation,
  type Location,
  type OrAll,
} from '../model/dimensions.ts';
import type { Indicator } from '../model/indicators.ts';
import { formatValue } from '../model/format.ts';
import {
  countriesOf,
  estimateLookup,
  optionalLookup,
  rateLimits,
  rowLookup,
  type EditionData,
} from '../generated/editionData.ts';
import { barList } from './barList.ts';
import type { ChartColumn, ChartDefinition, ChartRow } from './chartModel.ts';
import { COUNTRY_COLORS, NEUTRAL } from './palette.ts';

const LOCATION_HEADINGS = (['inside', 'abroad', 'all'] as const).map((location): [OrAll<Location>, string] => [
  location,
  LOCATION_LABELS[location],
]);
const hasDesignLimits = (data: EditionData) => optionalLookup(data)('CA', {}, 'victims_lower_bootstrap') !== undefined;
const NUMBER_WORDS: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five' };
const percent = (share: number) => formatValue(share, 'share');
const percentTick = (share: number) => `${Math.round(share * 100)}%`;
/** The colour key of the countries the edition measured, with Central Asia where the chart has it. */
const countryLegend = (withRegion: boolean) => (data: EditionData) =>
  [...countriesOf(data), ...(withRegion ? (['CA'] as const) : [])].map((a) => ({
    label: COUNTRY_NAMES[a],
    color: COUNTRY_COLORS[a],
  }));

/** Rows of one indicator for each area under each location heading. */
function byLocation(
  data: EditionData,
  areas: readonly Area[],
  locations: [OrAll<Location>, string][],
  indicator: Indicator,
  options: {
    exploitation?: OrAll<Exploitation>;
    sex?: 'women' | 'men' | 'all';
    limits?: boolean;
    areaLabel?: (area: Area) => string;
    areaIndicator?: (area: Area) => Indicator;
    /** for a share: the cell of the reported victims it rests on, whose number the chart gives when it is small */
    cases?: { exploitation: OrAll<Exploitation>; location?: OrAll<Location> };
  } = {},
): ChartRow[] {
  const get = estimateLookup(data);
  const maybe = optionalLookup(data);
  const row = rowLookup(data);
  return locations.flatMap(([location, heading]) => [
    ...(locations.length > 1 ? [{ key: heading, label: heading, value: '', group: heading, color: '' }] : []),
    ...areas.map((area): ChartRow => {
      const cell = { location, exploitation: options.exploitation ?? 'all', sex: options.sex ?? 'all' } as const;
      const label = options.areaLabel?.(area) ?? COUNTRY_NAMES[area];
      const found = row(area, cell, options.areaIndicator?.(area) ?? indicator);
      if (found?.missing)
        return {
          key: `${location}:${area}`,
          label,
          group: heading,
          area,
          value: '',
          missing: found.missing,
          color: COUNTRY_COLORS[area],
        };
      const value = get(area, cell, options.areaIndicator?.(area) ?? indicator);
      const cases =
        options.cases &&
        maybe(
          area,
          { location: options.cases.location ?? location, exploitation: options.cases.exploitation },
          'victims_cases',
        );
      return {
        key: `${location}:${area}`,
        label,
        group: heading,
        area,
        value: +value.toFixed(6),
        ...(cases === undefined ? {} : { cases }),
        ...(options.limits
          ? { lower: Math.round(get(area, cell, 'victims_lower')), upper: Math.round(get(area, cell, 'victims_upper')) }
          : {}),
        ...(options.limits && maybe(area, cell, 'victims_lower_bootstrap') !== undefined
          ? {
              lower_design: Math.round(maybe(area, cell, 'victims_lower_bootstrap')!),
              upper_design: Math.round(maybe(area, cell, 'victims_upper_bootstrap')!),
            }
          : {}),
        ...(found?.reliability ? { reliability: found.reliability } : {}),
        color: COUNTRY_COLORS[area],
      };
    }),
  ]);
}

const AREA_COLUMNS = [
  { key: 'label', label: 'Country' },
  { key: 'group', label: 'Location' },
];
/** The reported victims a share rests on: below FEW_CASES, the chart gives them as "n = …". */
const CASES_COLUMN: ChartColumn = { key: 'cases', label: 'Reported victims (n)', numeric: true, csv: 'victims_cases' };
/** A share: drawn from fractions, shown and downloaded as percents, like the axis. */
const PERCENT = { numeric: true, percent: true } as const;
/** Victims a year with the Poisson limits and, where the questionnaires allow, the design-based ones. */
const VICTIMS_COLUMNS: ChartColumn[] = [
  { key: 'value', label: 'Victims per year', numeric: true, csv: 'victims_per_year' },
  { key: 'lower', label: 'Lower 95% limit (Poisson)', numeric: true, csv: 'lower_victims_per_year' },
  { key: 'upper', label: 'Upper 95% limit (Poisson)', numeric: true, csv: 'upper_victims_per_year' },
  { key: 'lower_design', label: 'Lower 95% limit (design-based)', numeric: true, csv: 'lower_design_victims_per_year' },
  { key: 'upper_design', label: 'Upper 95% limit (design-based)', numeric: true, csv: 'upper_design_victims_per_year' },
];

export const REGION_CHARTS: ChartDefinition[] = [
  {
    name: 'rates-by-country',
    title: () => 'Victims per 1,000 families and per 1,000 population, by country',
    description: () =>
      'Two panels. The first gives annual victims per 1,000 families, the second per 1,000 population (the ' +
      'rate per 1,000 families divided by the family size), inside the country and abroad, for each country ' +
      'and for Central Asia; whiskers give the 95% limits.',
    rows: (data) => {
      const withLimits = (rows: ChartRow[], per: 'families' | 'population') =>
        rows.map((r) => {
          if (r.value === '') return { ...r, key: `${per}:${r.key}` };
          const limits = rateLimits(data, r.area as Area, String(r.key).split(':')[0] as Location, per)!;
          return {
            ...r,
            key: `${per}:${r.key}`,
            measure: `per 1,000 ${per}`,
            lower: +limits.lower.toFixed(2),
            upper: +limits.upper.toFixed(2),
          };
        });
      return [
        ...withLimits(
          byLocation(data, [...countriesOf(data), 'CA'], LOCATION_HEADINGS.slice(0, 2), 'rate_per_1000_families'),
          'families',
        ),
        ...withLimits(
          byLocation(data, [...countriesOf(data), 'CA'], LOCATION_HEADINGS.slice(0, 2), 'rate_per_1000_population'),
          'population',
        ),
      ];
    },
    columns: [
      ...AREA_COLUMNS,
      { key: 'measure', label: 'Victims per year' },
      { key: 'value', label: 'Rate', numeric: true, csv: 'victims_per_1000_per_year' },
      { key: 'lower', label: 'Lower 95% limit', numeric: true, csv: 'lower_per_1000_per_year' },
      { key: 'upper', label: 'Upper 95% limit', numeric: true, csv: 'upper_per_1000_per_year' },
    ],
    spec: (rows, { width }) =>
      (['families', 'population'] as const).map((per) =>
        barList(
          rows.filter((r) => String(r.key).startsWith(`${per}:`)),
          {
            width,
            xLabel: `Victims per year per 1,000 ${per}`,
            format: (v) => formatValue(v, 'rate'),
            limits: true,
            panelTitle: `Per 1,000 ${per}`,
          },
        ),
      ),
    legend: countryLegend(true),
  },
  {
    name: 'country-victims',
    title: () => 'Estimated victims per year by country, inside the country and abroad together, with 95% limits',
    description: (data) =>
      "Bars give each country's estimated victims a year, at home and abroad together; whiskers give the " +
      "report's Poisson 95% limits. Central Asia as a whole: " +
      `${formatValue(estimateLookup(data)('CA', {}, 'victims'), 'count')}.`,
    rows: (data) =>
      byLocation(data, countriesOf(data), [['all', LOCATION_LABELS.all]], 'victims', { limits: true }).map((r) =>
        r.value === '' ? r : { ...r, value: Math.round(Number(r.value)) },
      ),
    columns: [{ key: 'label', label: 'Country' }, ...VICTIMS_COLUMNS.slice(0, 3)],
    spec: (rows, { width }) =>
      barList(rows, { width, xLabel: 'Victims per year', format: (v) => formatValue(v, 'count'), limits: true }),
    legend: countryLegend(false),
  },
  {
    name: 'region-victims',
    title: () => 'Estimated victims per year by country, with 95% limits',
    description: (data) =>
      `Bars give the estimated annual victims of each country inside the country, abroad and in all; ` +
      `whiskers give the report's Poisson 95% ` +
      `limits${hasDesignLimits(data) ? ', dashed lines the design-based limits of a cluster bootstrap' : ''}. ` +
      `Central Asia as a whole: ${formatValue(estimateLookup(data)('CA', {}, 'victims'), 'count')} victims a year.`,
    rows: (data) =>
      byLocation(data, countriesOf(data), LOCATION_HEADINGS, 'victims', { limits: true }).map((r) =>
        r.value === '' ? r : { ...r, value: Math.round(Number(r.value)) },
      ),
    columns: [...AREA_COLUMNS, ...VICTIMS_COLUMNS],
    spec: (rows, { width }) =>
      barList(rows, {
        width,
        xLabel: 'Victims per year',
        format: (v) => formatValue(v, 'count'),
        limits: true,
        designLimits: rows.some((r) => r.lower_design !== undefined),
      }),
    legend: (data) => [
      ...countryLegend(false)(data),
      ...(optionalLookup(data)('CA', { location: 'inside' }, 'victims_lower_bootstrap') !== undefined
        ? [{ label: 'Dashed: design-based limits', color: NEUTRAL }]
        : []),
    ],
  },
  {
    name: 'region-shares',
    title: () => "Each country's share of the region's victims",
    description: () =>
      "Bars give each country's share of the estimated victims of Central Asia, inside the countries, abroad " +
      'and in all.',
    rows: (data) => byLocation(data, countriesOf(data), LOCATION_HEADINGS, 'share_of_region'),
    columns: [
      ...AREA_COLUMNS,
      { key: 'value', label: 'Share of the region (%)', ...PERCENT, csv: 'share_of_region_percent' },
    ],
    spec: (rows, { width }) =>
      barList(rows, { width, xLabel: 'Share of the region', format: percent, tickFormat: percentTick }),
    legend: countryLegend(false),
  },
  {
    name: 'labor-sexual',
    title: () => 'Share of sexual exploitation among the estimated victims',
    description: () =>
      'Bars give the share of the estimated victims who were sexually exploited; the rest were exploited for ' +
      "labor. Central Asia pooled is the region's sexual victims over all its victims; the plain mean of the " +
      'five countries is how the report computed its regional share.',
    rows: (data) =>
      byLocation(data, [...countriesOf(data), 'CA', 'CA'], LOCATION_HEADINGS, 'sexual_share', {
        exploitation: 'sexual',
        cases: { exploitation: 'all' },
      })
        .filter((r, i, all) => r.value === '' || all.findIndex((o) => o.key === r.key) === i || r.area === 'CA')
        .map((r, i, all) => {
          // the second Central Asia row of each location is the report's plain mean of country shares
          const isMean = r.area === 'CA' && all.slice(0, i).some((o) => o.key === r.key);
          if (!isMean) return r.area === 'CA' ? { ...r, label: 'Central Asia, pooled' } : r;
          const get = estimateLookup(data);
          const location = String(r.key).split(':')[0] as OrAll<Location>;
          const mean = rowLookup(data)('CA', { location, exploitation: 'sexual' }, 'sexual_share_mean');
          const value: ChartRow = mean?.missing
            ? { value: '', missing: mean.missing }
            : { value: +get('CA', { location, exploitation: 'sexual' }, 'sexual_share_mean').toFixed(6) };
          const countries = countriesOf(data).length;
          return {
            ...r,
            key: `${r.key}:mean`,
            label: `Mean of the ${NUMBER_WORDS[countries] ?? countries} countries (as in the report)`,
            ...value,
          };
        }),
    columns: [
      ...AREA_COLUMNS,
      { key: 'value', label: 'Sexual exploitation share (%)', ...PERCENT, csv: 'sexual_share_percent' },
      CASES_COLUMN,
    ],
    spec: (rows, { width }) =>
      barList(rows, {
        width,
        xLabel: 'Share of victims in sexual exploitation',
        format: percent,
        tickFormat: percentTick,
      }),
    legend: countryLegend(true),
  },
  {
    name: 'women-men-labor',
    title: () => 'Women among the victims of labor exploitation',
    description: () =>
      'Bars give the share of women among the estimated victims of labor exploitation; the data table gives ' +
      "the share of men beside it. Central Asia pooled is the region's women over all its labor victims.",
    rows: (data) => {
      const get = estimateLookup(data);
      // men from their own share: where a total counts victims of unspecified sex, men are not 1 − women
      return byLocation(data, [...countriesOf(data), 'CA'], LOCATION_HEADINGS, 'sex_share', {
        exploitation: 'labor',
        sex: 'women',
        areaLabel: (a) => (a === 'CA' ? 'Central Asia, pooled' : COUNTRY_NAMES[a]),
        cases: { exploitation: 'labor' },
      }).map((r) =>
        r.value === ''
          ? r
          : {
              ...r,
              men: +get(
                r.area as Area,
                { location: String(r.key).split(':')[0] as OrAll<Location>, exploitation: 'labor', sex: 'men' },
                'sex_share',
              ).toFixed(6),
            },
      );
    },
    columns: [
      ...AREA_COLUMNS,
      { key: 'value', label: 'Women (%)', ...PERCENT, csv: 'women_percent' },
      { key: 'men', label: 'Men (%)', ...PERCENT, csv: 'men_percent' },
      CASES_COLUMN,
    ],
    spec: (rows, { width }) =>
      barList(rows, { width, xLabel: 'Share of women among labor victims', format: percent, tickFormat: percentTick }),
    legend: countryLegend(true),
  },
  {
    name: 'inside-abroad',
    title: () => 'Share of victims exploited inside their own country',
    description: () =>
      'Bars give the share of the estimated victims who were exploited inside their own country rather than ' +
      'abroad; beyond the half-way mark, more victims are exploited at home than abroad.',
    rows: (data) =>
      byLocation(data, [...countriesOf(data), 'CA'], [['inside', LOCATION_LABELS.inside]], 'location_share', {
        cases: { exploitation: 'all', location: 'all' },
      }),
    columns: [
      { key: 'label', label: 'Country' },
      { key: 'value', label: 'Share exploited inside the country (%)', ...PERCENT, csv: 'inside_share_percent' },
      CASES_COLUMN,
    ],
    spec: (rows, { width }) =>
      barList(rows, {
        width,
        xLabel: 'Share of victims exploited inside the country',
        format: percent,
        tickFormat: percentTick,
        reference: 0.5,
      }),
    legend: countryLegend(true),
  },
  {
    name: 'recent-earlier',
    title: () => 'Reported victims in the last three years as a share of all reported victims',
    description: () =>
      'Bars give, from the raw survey counts, the share of the relatives reported exploited who were ' +
      'exploited in the last three years. With two periods of equal length and no change, the share would be ' +
      'one half (the dashed line); the earlier period has no fixed length, so the comparison is rough.',
    rows: (data) =>
      EXPLOITATIONS.flatMap((exploitation) => LOCATIONS.map((location) => [location, exploitation] as const)).flatMap(
        ([location, exploitation]) => {
          const heading = `${EXPLOITATION_LABELS[exploitation]} exploitation ${locationPhrase(location)}`;
          const get = estimateLookup(data);
          return [
            { key: heading, label: heading, value: '', group: heading, color: '' },
            ...[...countriesOf(data), 'CA' as const].map((area): ChartRow => {
              const share = rowLookup(data)(area, { location, exploitation }, 'survey_recent_share');
              return {
                key: `${heading}:${area}`,
                label: COUNTRY_NAMES[area],
                group: heading,
                ...(share?.missing
                  ? { value: '', missing: share.missing }
                  : { value: +get(area, { location, exploitation }, 'survey_recent_share').toFixed(6) }),
                recent: get(area, { location, exploitation }, 'survey_victims_recent'),
                earlier: get(area, { location, exploitation }, 'survey_victims_earlier'),
                cases:
                  get(area, { location, exploitation }, 'survey_victims_recent') +
                  get(area, { location, exploitation }, 'survey_victims_earlier'),
                color: COUNTRY_COLORS[area],
              };
            }),
          ];
        },
      ),
    columns: [
      { key: 'label', label: 'Country' },
      { key: 'group', label: 'Exploitation' },
      { key: 'recent', label: 'Last three years (relatives)', numeric: true, csv: 'reported_recent_persons' },
      { key: 'earlier', label: 'Earlier (relatives)', numeric: true, csv: 'reported_earlier_persons' },
      { key: 'value', label: 'Share in the last three years (%)', ...PERCENT, csv: 'recent_share_percent' },
    ],
    spec: (rows, { width }) =>
      barList(rows, {
        width,
        xLabel: 'Share of reported victims in the last three years',
        format: percent,
        tickFormat: percentTick,
        reference: 0.5,
      }),
    legend: countryLegend(true),
  },
];
