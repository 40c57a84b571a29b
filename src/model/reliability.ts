/**
 * How far a reader can lean on an estimate, from its coefficient of variation (CV) and the number
 * of reported cases behind it. The bands are Statistics Canada's release guidelines for survey
 * estimates (as applied, for example, to the Canadian Community Health Survey): a CV up to 16.5%
 * is released as it is; 16.6% to 33.3% is released with the quality flag E, "use with caution";
 * above 33.3%, or with fewer than 10 observations, the flag is F, "too unreliable to be published".
 * This edition reproduces a published report, so F estimates are shown, flagged, not withheld.
 */
import type { Indicator } from './indicators.ts';

export const RELIABILITY_CLASSES = {
  reliable: { mark: '', label: 'reliable', description: 'coefficient of variation at most 16.5%, at least 10 cases' },
  caution: { mark: 'E', label: 'use with caution', description: 'coefficient of variation from 16.6% to 33.3%' },
  unreliable: {
    mark: 'F',
    label: 'too unreliable to publish alone',
    description: 'coefficient of variation above 33.3%, or fewer than 10 cases',
  },
} as const;
export type ReliabilityClass = keyof typeof RELIABILITY_CLASSES;
export const RELIABILITY_CLASS_NAMES = Object.keys(RELIABILITY_CLASSES) as ReliabilityClass[];

/** The figures of a cell that carry its class: the estimate, its limits and its rates. */
export const CLASSED: readonly Indicator[] = [
  'victims',
  'victims_lower',
  'victims_upper',
  'victims_lower_bootstrap',
  'victims_upper_bootstrap',
  'rate_per_1000_families',
  'rate_per_1000_population',
];

/** The band limits, as fractions. */
export const CV_RELIABLE = 0.165;
export const CV_CAUTION = 0.333;
export const MIN_CASES = 10;

/**
 * The class of an estimate from its CV (a fraction) and its number of reported cases.
 * @example reliabilityClass(0.2, 25) // => "caution"
 */
export function reliabilityClass(cv: number, cases: number): ReliabilityClass {
  if (!(cases >= MIN_CASES) || !(cv <= CV_CAUTION)) return 'unreliable';
  return cv <= CV_RELIABLE ? 'reliable' : 'caution';
}
