import {
  EXPLOITATIONS,
  LOCATIONS,
  type Area,
  type Exploitation,
  type Location,
  type OrAll,
} from '../model/dimensions.ts';
import type { Indicator } from '../model/indicators.ts';
import { formatPercentTick, formatValue } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { words } from '../i18n/dictionary.ts';
import { cardinalWord, countryName, exploitationLabel, locationLabel, locationPhrase } from '../i18n/terms.ts';
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

const LOCATION_HEADINGS = ['inside', 'abroad', 'all'] as const;
const hasDesignLimits = (data: EditionData) => optionalLookup(data)('CA', {}, 'victims_lower_bootstrap') !== undefined;
const percent = (locale: Locale) => (share: number) => formatValue(share, 'share', locale);
const percentTick = (locale: Locale) => (share: number) => formatPercentTick(share, locale);
/** The colour key of the countries the edition measured, with Central Asia where the chart has it. */
const countryLegend =
  (withRegion: boolean) =>
  (data: EditionData, locale: Locale = 'en') =>
    [...countriesOf(data), ...(withRegion ? (['CA'] as const) : [])].map((a) => ({
      label: countryName(a, locale),
      color: COUNTRY_COLORS[a],
    }));

/** Rows of one indicator for each area under each location heading, labelled in the language. */
function byLocation(
  data: EditionData,
  areas: readonly Area[],
  locations: readonly OrAll<Location>[],
  indicator: Indicator,
  options: {
    locale?: Locale;
    exploitation?: OrAll<Exploitation>;
    sex?: 'women' | 'men' | 'all';
    limits?: boolean;
    areaLabel?: (area: Area) => string;
    areaIndicator?: (area: Area) => Indicator;
    /** for a share: the cell of the reported victims it rests on, whose number the chart gives when it is small */
    cases?: { exploitation: OrAll<Exploitation>; location?: OrAll<Location> };
  } = {},
): ChartRow[] {
  const locale = options.locale ?? 'en';
  const get = estimateLookup(data);
  const maybe = optionalLookup(data);
  const row = rowLookup(data);
  return locations.flatMap((location) => {
    const heading = locationLabel(location, locale);
    return [
      ...(locations.length > 1 ? [{ key: heading, label: heading, value: '', group: heading, color: '' }] : []),
      ...areas.map((area): ChartRow => {
        const cell = { location, exploitation: options.exploitation ?? 'all', sex: options.sex ?? 'all' } as const;
        const label = options.areaLabel?.(area) ?? countryName(area, locale);
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
            ? {
                lower: Math.round(get(area, cell, 'victims_lower')),
                upper: Math.round(get(area, cell, 'victims_upper')),
              }
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
    ];
  });
}

const chartWords = (locale: Locale = 'en') => words(locale).charts;
const areaColumns = (locale?: Locale): ChartColumn[] => [
  { key: 'label', label: chartWords(locale).country },
  { key: 'group', label: chartWords(locale).location },
];
/** The reported victims a share rests on: below FEW_CASES, the chart gives them as "n = …". */
const casesColumn = (locale?: Locale): ChartColumn => ({
  key: 'cases',
  label: chartWords(locale).reportedVictims,
  numeric: true,
  csv: 'victims_cases',
});
/** A share: drawn from fractions, shown and downloaded as percents, like the axis. */
const PERCENT = { numeric: true, percent: true } as const;
/** Victims a year with the Poisson limits and, where the questionnaires allow, the design-based ones. */
const victimsColumns = (locale?: Locale): ChartColumn[] => {
  const w = chartWords(locale);
  return [
    { key: 'value', label: w.victimsPerYear, numeric: true, csv: 'victims_per_year' },
    { key: 'lower', label: w.lowerPoisson, numeric: true, csv: 'lower_victims_per_year' },
    { key: 'upper', label: w.upperPoisson, numeric: true, csv: 'upper_victims_per_year' },
    { key: 'lower_design', label: w.lowerDesign, numeric: true, csv: 'lower_design_victims_per_year' },
    { key: 'upper_design', label: w.upperDesign, numeric: true, csv: 'upper_design_victims_per_year' },
  ];
};
/** Central Asia's victims a year, as a description gives them. */
const regionVictims = (data: EditionData, locale: Locale) =>
  formatValue(estimateLookup(data)('CA', {}, 'victims'), 'count', locale);

export const REGION_CHARTS: ChartDefinition[] = [
  {
    name: 'rates-by-country',
    title: (_, locale) => chartWords(locale).ratesTitle,
    description: (_, locale) => chartWords(locale).ratesDescription,
    rows: (data, locale = 'en') => {
      const withLimits = (rows: ChartRow[], per: 'families' | 'population') =>
        rows.map((r) => {
          if (r.value === '') return { ...r, key: `${per}:${r.key}` };
          const limits = rateLimits(data, r.area as Area, String(r.key).split(':')[0] as Location, per)!;
          return {
            ...r,
            key: `${per}:${r.key}`,
            measure: chartWords(locale).perThousand(per),
            lower: +limits.lower.toFixed(2),
            upper: +limits.upper.toFixed(2),
          };
        });
      const areas = [...countriesOf(data), 'CA' as const];
      const locations = LOCATION_HEADINGS.slice(0, 2);
      return [
        ...withLimits(byLocation(data, areas, locations, 'rate_per_1000_families', { locale }), 'families'),
        ...withLimits(byLocation(data, areas, locations, 'rate_per_1000_population', { locale }), 'population'),
      ];
    },
    columns: (locale) => [
      ...areaColumns(locale),
      { key: 'measure', label: chartWords(locale).victimsPerYear },
      { key: 'value', label: chartWords(locale).rate, numeric: true, csv: 'victims_per_1000_per_year' },
      { key: 'lower', label: chartWords(locale).lowerLimit, numeric: true, csv: 'lower_per_1000_per_year' },
      { key: 'upper', label: chartWords(locale).upperLimit, numeric: true, csv: 'upper_per_1000_per_year' },
    ],
    spec: (rows, { width, locale = 'en' }) =>
      (['families', 'population'] as const).map((per) =>
        barList(
          rows.filter((r) => String(r.key).startsWith(`${per}:`)),
          {
            width,
            xLabel: chartWords(locale).ratesAxis(per),
            format: (v) => formatValue(v, 'rate', locale),
            limits: true,
            panelTitle: chartWords(locale).perThousandPanel(per),
            locale,
          },
        ),
      ),
    legend: countryLegend(true),
  },
  {
    name: 'country-victims',
    title: (_, locale) => chartWords(locale).countryVictimsTitle,
    description: (data, locale = 'en') => chartWords(locale).countryVictimsDescription(regionVictims(data, locale)),
    rows: (data, locale) =>
      byLocation(data, countriesOf(data), ['all'], 'victims', { limits: true, locale }).map((r) =>
        r.value === '' ? r : { ...r, value: Math.round(Number(r.value)) },
      ),
    columns: (locale) => [{ key: 'label', label: chartWords(locale).country }, ...victimsColumns(locale).slice(0, 3)],
    spec: (rows, { width, locale = 'en' }) =>
      barList(rows, {
        width,
        xLabel: chartWords(locale).victimsPerYear,
        format: (v) => formatValue(v, 'count', locale),
        limits: true,
        locale,
      }),
    legend: countryLegend(false),
  },
  {
    name: 'region-victims',
    title: (_, locale) => chartWords(locale).regionVictimsTitle,
    description: (data, locale = 'en') =>
      chartWords(locale).regionVictimsDescription(regionVictims(data, locale), hasDesignLimits(data)),
    rows: (data, locale) =>
      byLocation(data, countriesOf(data), LOCATION_HEADINGS, 'victims', { limits: true, locale }).map((r) =>
        r.value === '' ? r : { ...r, value: Math.round(Number(r.value)) },
      ),
    columns: (locale) => [...areaColumns(locale), ...victimsColumns(locale)],
    spec: (rows, { width, locale = 'en' }) =>
      barList(rows, {
        width,
        xLabel: chartWords(locale).victimsPerYear,
        format: (v) => formatValue(v, 'count', locale),
        limits: true,
        designLimits: rows.some((r) => r.lower_design !== undefined),
        locale,
      }),
    legend: (data, locale) => [
      ...countryLegend(false)(data, locale),
      ...(optionalLookup(data)('CA', { location: 'inside' }, 'victims_lower_bootstrap') !== undefined
        ? [{ label: chartWords(locale).designLimitsKey, color: NEUTRAL }]
        : []),
    ],
  },
  {
    name: 'region-shares',
    title: (_, locale) => chartWords(locale).sharesTitle,
    description: (_, locale) => chartWords(locale).sharesDescription,
    rows: (data, locale) => byLocation(data, countriesOf(data), LOCATION_HEADINGS, 'share_of_region', { locale }),
    columns: (locale) => [
      ...areaColumns(locale),
      { key: 'value', label: chartWords(locale).shareOfRegionColumn, ...PERCENT, csv: 'share_of_region_percent' },
    ],
    spec: (rows, { width, locale = 'en' }) =>
      barList(rows, {
        width,
        xLabel: chartWords(locale).shareOfRegionAxis,
        format: percent(locale),
        tickFormat: percentTick(locale),
        locale,
      }),
    legend: countryLegend(false),
  },
  {
    name: 'labor-sexual',
    title: (_, locale) => chartWords(locale).sexualTitle,
    description: (_, locale) => chartWords(locale).sexualDescription,
    rows: (data, locale = 'en') =>
      byLocation(data, [...countriesOf(data), 'CA', 'CA'], LOCATION_HEADINGS, 'sexual_share', {
        locale,
        exploitation: 'sexual',
        cases: { exploitation: 'all' },
      })
        .filter((r, i, all) => r.value === '' || all.findIndex((o) => o.key === r.key) === i || r.area === 'CA')
        .map((r, i, all) => {
          // the second Central Asia row of each location is the report's plain mean of country shares
          const isMean = r.area === 'CA' && all.slice(0, i).some((o) => o.key === r.key);
          if (!isMean) return r.area === 'CA' ? { ...r, label: chartWords(locale).centralAsiaPooled } : r;
          const get = estimateLookup(data);
          const location = String(r.key).split(':')[0] as OrAll<Location>;
          const mean = rowLookup(data)('CA', { location, exploitation: 'sexual' }, 'sexual_share_mean');
          const value: ChartRow = mean?.missing
            ? { value: '', missing: mean.missing }
            : { value: +get('CA', { location, exploitation: 'sexual' }, 'sexual_share_mean').toFixed(6) };
          return {
            ...r,
            key: `${r.key}:mean`,
            label: chartWords(locale).meanOfCountries(cardinalWord(countriesOf(data).length, locale, 'gen')),
            ...value,
          };
        }),
    columns: (locale) => [
      ...areaColumns(locale),
      { key: 'value', label: chartWords(locale).sexualColumn, ...PERCENT, csv: 'sexual_share_percent' },
      casesColumn(locale),
    ],
    spec: (rows, { width, locale = 'en' }) =>
      barList(rows, {
        width,
        xLabel: chartWords(locale).sexualAxis,
        format: percent(locale),
        tickFormat: percentTick(locale),
        locale,
      }),
    legend: countryLegend(true),
  },
  {
    name: 'women-men-labor',
    title: (_, locale) => chartWords(locale).womenTitle,
    description: (_, locale) => chartWords(locale).womenDescription,
    rows: (data, locale = 'en') => {
      const get = estimateLookup(data);
      // men from their own share: where a total counts victims of unspecified sex, men are not 1 − women
      return byLocation(data, [...countriesOf(data), 'CA'], LOCATION_HEADINGS, 'sex_share', {
        locale,
        exploitation: 'labor',
        sex: 'women',
        areaLabel: (a) => (a === 'CA' ? chartWords(locale).centralAsiaPooled : countryName(a, locale)),
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
    columns: (locale) => [
      ...areaColumns(locale),
      { key: 'value', label: chartWords(locale).womenColumn, ...PERCENT, csv: 'women_percent' },
      { key: 'men', label: chartWords(locale).menColumn, ...PERCENT, csv: 'men_percent' },
      casesColumn(locale),
    ],
    spec: (rows, { width, locale = 'en' }) =>
      barList(rows, {
        width,
        xLabel: chartWords(locale).womenAxis,
        format: percent(locale),
        tickFormat: percentTick(locale),
        locale,
      }),
    legend: countryLegend(true),
  },
  {
    name: 'inside-abroad',
    title: (_, locale) => chartWords(locale).insideTitle,
    description: (_, locale) => chartWords(locale).insideDescription,
    rows: (data, locale) =>
      byLocation(data, [...countriesOf(data), 'CA'], ['inside'], 'location_share', {
        locale,
        cases: { exploitation: 'all', location: 'all' },
      }),
    columns: (locale) => [
      { key: 'label', label: chartWords(locale).country },
      { key: 'value', label: chartWords(locale).insideColumn, ...PERCENT, csv: 'inside_share_percent' },
      casesColumn(locale),
    ],
    spec: (rows, { width, locale = 'en' }) =>
      barList(rows, {
        width,
        xLabel: chartWords(locale).insideAxis,
        format: percent(locale),
        tickFormat: percentTick(locale),
        reference: 0.5,
        locale,
      }),
    legend: countryLegend(true),
  },
  {
    name: 'recent-earlier',
    title: (_, locale) => chartWords(locale).recentTitle,
    description: (_, locale) => chartWords(locale).recentDescription,
    rows: (data, locale = 'en') =>
      EXPLOITATIONS.flatMap((exploitation) => LOCATIONS.map((location) => [location, exploitation] as const)).flatMap(
        ([location, exploitation]) => {
          const heading = chartWords(locale).exploitationIn(
            exploitationLabel(exploitation, locale),
            locationPhrase(location, locale),
          );
          const get = estimateLookup(data);
          return [
            { key: heading, label: heading, value: '', group: heading, color: '' },
            ...[...countriesOf(data), 'CA' as const].map((area): ChartRow => {
              const share = rowLookup(data)(area, { location, exploitation }, 'survey_recent_share');
              return {
                key: `${heading}:${area}`,
                label: countryName(area, locale),
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
    columns: (locale) => [
      { key: 'label', label: chartWords(locale).country },
      { key: 'group', label: chartWords(locale).exploitation },
      { key: 'recent', label: chartWords(locale).recentColumn, numeric: true, csv: 'reported_recent_persons' },
      { key: 'earlier', label: chartWords(locale).earlierColumn, numeric: true, csv: 'reported_earlier_persons' },
      { key: 'value', label: chartWords(locale).recentShareColumn, ...PERCENT, csv: 'recent_share_percent' },
    ],
    spec: (rows, { width, locale = 'en' }) =>
      barList(rows, {
        width,
        xLabel: chartWords(locale).recentAxis,
        format: percent(locale),
        tickFormat: percentTick(locale),
        reference: 0.5,
        locale,
      }),
    legend: countryLegend(true),
  },
];
