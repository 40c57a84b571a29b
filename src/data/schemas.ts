/**
 * The columns of every file of a survey round (data/<edition>/), each checked on load.
 * A file's schema is its documentation: data/README.md describes the same columns in prose.
 */
import { AREAS, COUNTRIES, EXPLOITATIONS, LOCATIONS, SEXES } from '../model/dimensions.ts';
import { INDICATOR_NAMES } from '../model/indicators.ts';
import { count, nonNegative, oneOf, optional, positive, text } from './cells.ts';

const source = text({ required: true });
const country = oneOf(COUNTRIES);

export const countriesCsv = {
  columns: {
    country,
    name: text({ required: true }),
    population_thousands: positive,
    family_size: positive,
    sample_size: count,
    source,
  },
  key: ['country'],
} as const;

export const ratesCsv = {
  columns: {
    country,
    location: oneOf(LOCATIONS),
    exploitation: oneOf(EXPLOITATIONS),
    sex: oneOf(SEXES),
    rate_per_1000_families: nonNegative,
    source,
  },
  key: ['country', 'location', 'exploitation', 'sex'],
} as const;

export const surveyCountsCsv = {
  columns: {
    country,
    measure: oneOf(['respondents_migrated', 'victims', 'families_affected', 'women_share_percent']),
    location: oneOf([...LOCATIONS, 'both']),
    exploitation: oneOf([...EXPLOITATIONS, 'all']),
    period: oneOf(['whole', 'recent']),
    value: count,
    source,
  },
  key: ['country', 'measure', 'location', 'exploitation', 'period'],
} as const;

export const publishedCsv = {
  columns: {
    source,
    country: oneOf(AREAS),
    location: oneOf([...LOCATIONS, 'all']),
    exploitation: oneOf([...EXPLOITATIONS, 'all']),
    sex: oneOf([...SEXES, 'all']),
    indicator: oneOf(INDICATOR_NAMES),
    value: nonNegative,
    scale: optional(positive),
    relation: oneOf(['', 'gt']),
    precision: optional(positive),
    note: text({ required: false }),
  },
  key: ['source', 'country', 'location', 'exploitation', 'sex', 'indicator'],
} as const;

const optionalLocation = oneOf([...LOCATIONS, '']);
const optionalExploitation = oneOf([...EXPLOITATIONS, '']);

export const provinceFiguresCsv = {
  columns: {
    country,
    province: text({ required: false }),
    statistic: oneOf(['min', 'max', 'value', 'mean']),
    measure: oneOf([
      'respondents_share',
      'family_size',
      'migration_share',
      'victims',
      'victims_share',
      'rate_per_1000_families',
    ]),
    location: optionalLocation,
    exploitation: optionalExploitation,
    value: nonNegative,
    unit: oneOf(['percent', 'persons', 'victims', 'per_1000_families']),
    source,
  },
  key: ['country', 'province', 'statistic', 'measure', 'location', 'exploitation', 'source'],
} as const;

export const provinceNotesCsv = {
  columns: { country, note: text({ required: true }), source },
  key: ['country', 'note'],
} as const;

/**
 * Provinces the report names that have since been renamed or divided, or that it names after their capital, with
 * today's name and the source of the change: shown beside the report's name, never in its place.
 */
export const placeNamesCsv = {
  columns: {
    country,
    province: text({ required: true }),
    today: text({ required: true }),
    change: oneOf(['renamed', 'divided', 'named_after_capital']),
    year: optional(count),
    source,
  },
  key: ['country', 'province'],
} as const;

/**
 * The Russian name of every province the report names, as the Russian edition prints it (Ошская область, Лебапский
 * велаят, г. Бишкек), and, for a province place_names.csv lists, today's name and the source of the change in Russian.
 */
export const placeNamesRuCsv = {
  columns: {
    country,
    province: text({ required: true }),
    name_ru: text({ required: true }),
    today_ru: text({ required: false }),
    source_ru: text({ required: false }),
  },
  key: ['country', 'province'],
} as const;

export const migrantConditionsRussiaCsv = {
  columns: {
    characteristic: text({ required: true }),
    unit: oneOf(['percent', 'hours_per_week', 'usd_per_month']),
    legal: nonNegative,
    illegal: nonNegative,
    source,
  },
  key: ['characteristic'],
} as const;

export const kzLegalisationCsv = {
  columns: {
    category: text({ required: true }),
    group: oneOf(['total', 'citizenship', 'sector']),
    value: count,
    printed_share: optional(nonNegative),
    source,
  },
  key: ['group', 'category'],
} as const;

export const kgLocalSurveysCsv = {
  columns: {
    survey: oneOf(['ngo', 'local_government']),
    measure: text({ required: true }),
    category: text({ required: false }),
    value: nonNegative,
    source,
  },
  key: ['survey', 'measure', 'category'],
} as const;

export const iomIdentifiedVictimsCsv = {
  columns: {
    dataset: text({ required: true }),
    country: oneOf([...COUNTRIES, 'all']),
    value: count,
    period: text({ required: true }),
    printed_share: optional(nonNegative),
    source,
  },
  key: ['dataset', 'country'],
} as const;

export const otherEstimatesCsv = {
  columns: {
    study: text({ required: true }),
    country: text({ required: false }),
    measure: text({ required: true }),
    low: optional(nonNegative),
    high: optional(nonNegative),
    value: optional(nonNegative),
    unit: oneOf(['count', 'percent', 'persons', 'ratio', 'usd', 'usd_per_month']),
    source,
  },
  key: ['study', 'country', 'measure'],
} as const;

/** A survey round measured by questionnaires: data/<round>/provinces.csv. */
export const roundProvincesCsv = {
  columns: { country, province: text({ required: true }), population: count },
  key: ['country', 'province'],
} as const;

/** A survey round measured by questionnaires: data/<round>/countries.csv (may differ from the sum of its provinces). */
export const roundCountriesCsv = {
  columns: { country, population: count },
  key: ['country'],
} as const;
