/**
 * How a download's column says its unit: by its name. A column named after an indicator
 * (`victims_lower`, `rate_per_1000_families`) is in that indicator's unit; any other column that
 * holds a quantity ends with one of these endings, so that 27 is never read as 0.27 or 27,000.
 */
import { INDICATORS, UNITS, type Indicator } from './indicators.ts';

/** The endings, longest first where one ends another, with what a value means. */
export const COLUMN_UNITS = {
  _per_1000_families_per_year: 'victims per year per 1,000 families',
  _per_1000_per_year: 'victims per year per 1,000 families or per 1,000 population, as the measure column says',
  _per_year: 'victims per year, whole people',
  _per_respondent: 'close relatives per respondent',
  _persons: 'persons, a count',
  _percent: 'percent, from 0 to 100 (27 is 27%)',
} as const;

/**
 * What a column's values are measured in, from its name; undefined for a column of words or codes.
 * @example columnUnit('share_of_region_percent') // => "percent, from 0 to 100 (27 is 27%)"
 * @example columnUnit('victims_lower') // => "a whole number of people, families or respondents"
 */
export function columnUnit(name: string): string | undefined {
  if (name in INDICATORS) return UNITS[INDICATORS[name as Indicator].unit];
  const ending = Object.keys(COLUMN_UNITS).find((e) => `_${name}`.endsWith(e)) as keyof typeof COLUMN_UNITS | undefined;
  return ending && COLUMN_UNITS[ending];
}
