import type { Span } from '../stats/span.ts';
import type { Area, Cell, Country, Exploitation, Location, OrAll } from './dimensions.ts';
import type { Indicator } from './indicators.ts';

/** A survey round's inputs, validated and typed: what the engine computes from. */
export interface EditionInput {
  edition: string;
  meta: EditionMeta;
  countries: CountryInput[];
  survey: SurveyCount[];
  published: PublishedFigure[];
}

export interface EditionMeta {
  edition: string;
  title: string;
  fieldwork: { start: string; end: string };
  recallYears: number;
  questionnairesReceived: number;
  source: { authors: string[]; title: string; publisher: string; place: string; year: number; isbn?: string };
  /** a generated round for tests and benchmarks: its pages say so */
  synthetic?: boolean;
}

export interface CountryInput {
  country: Country;
  name: string;
  /** persons, with the rounding of the printed figure */
  population: Span;
  familySize: Span;
  sampleSize: number;
  /** annual victims per 1,000 families for each location × exploitation × sex that the survey asked */
  rates: LeafRate[];
}

export interface LeafRate {
  location: Location;
  exploitation: Exploitation;
  /** `unspecified`: labor victims counted in a total but not as women or men; they enter only the cells of both sexes */
  sex: 'women' | 'men' | 'unspecified';
  ratePer1000Families: Span;
}

export type SurveyMeasure = 'respondents_migrated' | 'victims' | 'families_affected' | 'women_share_percent';

/** One count printed in a country chapter. `both` means relatives in both locations. */
export interface SurveyCount {
  country: Country;
  measure: SurveyMeasure;
  location: Location | 'both';
  exploitation: OrAll<Exploitation>;
  period: 'whole' | 'recent';
  value: number;
  source: string;
}

/** A figure as the source printed it, kept for comparison only, never as an input. */
export interface PublishedFigure extends Cell {
  /** 1-based line in published.csv, which is also the figure's id */
  line: number;
  source: string;
  country: Area;
  indicator: Indicator;
  /** the printed number times `scale`, in the indicator's units */
  value: number;
  /** the printed digits, e.g. "41,728" is stored as "41728" */
  printed: string;
  /** the true value behind the print lies within ± halfWidth (in indicator units) */
  halfWidth: number;
  /** `gt` when the source says "more than" */
  relation: 'eq' | 'gt';
  note: string;
}
