import { z } from 'zod';
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

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;
/** An edition's name is its folder in data/ and its address, /<edition>/: letters, digits and "-". */
export const EDITION_NAME = /^[0-9A-Za-z-]+$/;

/**
 * What an edition says about itself: data/<edition>/edition.json for a report round,
 * data/<round>/round.json for a round of questionnaires, and the `meta` of the generated
 * manifest. One schema for all three, so that they cannot drift apart.
 */
export const editionMetaFields = {
  /** the edition's name, which is also its folder and its address: /<edition>/ */
  edition: z.string().regex(EDITION_NAME),
  title: z.string().min(1),
  /** first and last month (or day) of the interviews, YYYY-MM or YYYY-MM-DD */
  fieldwork: z.object({ start: z.string().regex(DATE), end: z.string().regex(DATE) }).strict(),
  /** the recall window the questionnaire asks about, in years */
  recallYears: z.number().positive().default(3),
  /** the publication the edition reproduces, cited on every page */
  source: z
    .object({
      authors: z.array(z.string()).min(1),
      title: z.string(),
      publisher: z.string(),
      place: z.string(),
      year: z.number().int(),
      isbn: z.string().optional(),
    })
    .strict(),
  /** a generated round for tests and benchmarks: its pages say so */
  synthetic: z.boolean().optional(),
  /** the edition's own words in another language, for its pages in that language: the title and the source */
  translations: z
    .object({
      ru: z
        .object({
          title: z.string().min(1),
          authors: z.array(z.string()).min(1),
          publisher: z.string().min(1),
          place: z.string().min(1),
        })
        .strict(),
    })
    .partial()
    .strict()
    .optional(),
};

/** What to do with a questionnaire that lists more than 30 relatives: exclude it, or count 30. */
export const relativesRule = z.enum(['exclude', 'cap']);
export type RelativesRule = z.infer<typeof relativesRule>;

/** data/<edition>/edition.json: a round known from a printed report. */
export const reportEditionJson = z
  .object({
    ...editionMetaFields,
    questionnairesReceived: z.number().int().nonnegative(),
    questionnairesReceivedSource: z.string().optional(),
  })
  .strict();

/** data/<round>/round.json: a round of raw questionnaires. */
export const roundJson = z.object({ ...editionMetaFields, relativesRule: relativesRule.default('exclude') }).strict();

/** An edition's metadata once read: either file's fields, with the questionnaires received counted. */
export const editionMeta = z
  .object({
    ...editionMetaFields,
    questionnairesReceived: z.number().int().nonnegative(),
    questionnairesReceivedSource: z.string().optional(),
    relativesRule: relativesRule.optional(),
  })
  .strict();
export type EditionMeta = z.infer<typeof editionMeta>;
/** A round of questionnaires says what it does with more than 30 relatives. */
export type RoundMeta = EditionMeta & { relativesRule: RelativesRule };

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
  /**
   * `unspecified`: labor victims counted in a total but not as women or men; they enter only the cells of both sexes
   */
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
