/**
 * The generated stage's contract: every file scripts/estimate.ts writes to generated/<edition>/,
 * as zod schemas. The build writes through these schemas and the pages read through them, so a
 * value that is not finite never reaches a page and a stale or damaged generated/ is refused
 * with its file and place instead of being misread.
 */
import { z } from 'zod';
import { correction } from '../data/editionRecord.ts';
import { editionContext } from '../data/loadEdition.ts';
import { AREAS, EXPLOITATIONS, LOCATIONS, SEXES } from '../model/dimensions.ts';
import { editionMeta } from '../model/edition.ts';
import { INDICATOR_NAMES } from '../model/indicators.ts';
import { MISSING_REASON_NAMES } from '../model/missing.ts';
import { RELIABILITY_CLASS_NAMES } from '../model/reliability.ts';
import { exclusionReport } from '../model/questionnaire.ts';

/**
 * The version of this contract, written into generated/editions.json. Raise it whenever a schema
 * here changes, so that a generated/ written by older code is refused, not misread.
 */
export const FORMAT = 7;

const [firstArea, ...otherAreas] = AREAS;
const [firstIndicator, ...otherIndicators] = INDICATOR_NAMES;

/**
 * One row of estimates.csv and estimates.json: one indicator of one cell of one area. Each column's
 * `describe` is what the codebook and datapackage.json say of it.
 */
export const estimateRow = z
  .object({
    edition: z.string().describe('the survey round the estimate comes from'),
    country: z.enum([firstArea!, ...otherAreas]).describe('a country code, or CA for Central Asia'),
    location: z.enum([...LOCATIONS, 'all']).describe('where the victims were exploited; all for both'),
    exploitation: z.enum([...EXPLOITATIONS, 'all']).describe('the kind of exploitation; all for both'),
    sex: z.enum([...SEXES, 'all']).describe('the sex of the victims; all for both'),
    indicator: z.enum([firstIndicator!, ...otherIndicators]).describe('what the value measures (see the indicators)'),
    value: z
      .number()
      .finite()
      .nullable()
      .describe("in the indicator's unit (shares as fractions), rounded to its download precision; empty when missing"),
    missing: z
      .enum([MISSING_REASON_NAMES[0]!, ...MISSING_REASON_NAMES.slice(1)])
      .nullable()
      .describe('why the value is missing; empty when there is one'),
    reliability: z
      .enum([RELIABILITY_CLASS_NAMES[0]!, ...RELIABILITY_CLASS_NAMES.slice(1)])
      .nullable()
      .describe(
        "for an estimate, its limits and rates: how far its cell can be trusted (Statistics Canada's bands on " +
          'its coefficient of variation and cases); empty for other indicators',
      ),
  })
  .strict()
  .refine(
    (row) => (row.value === null) !== (row.missing === null),
    'expected either a value or the reason it is missing',
  );
export type EstimateRow = z.infer<typeof estimateRow>;
export const ESTIMATE_COLUMNS = [
  'edition',
  'country',
  'location',
  'exploitation',
  'sex',
  'indicator',
  'value',
  'missing',
  'reliability',
] as const;
/** The columns that name one row of estimates.csv. */
export const ESTIMATE_KEY = ['country', 'location', 'exploitation', 'sex', 'indicator'] as const;

/**
 * One row of reconciliation.csv (and of the audit table): a printed figure set against its
 * recomputed value (`compared_with` recomputed, one row per line of published.csv), against the
 * same figure printed elsewhere (printed), or against the sum of its printed parts (printed_parts).
 */
export const reconciliationRow = z
  .object({
    id: z.number().int().positive().describe('the line of published.csv that holds the printed figure'),
    figure: z.string().describe('what the figure is, in words'),
    key: z.string().describe("the figure's name: area.location.exploitation.sex.indicator"),
    source: z.string().describe('where the report prints it: a table, a section'),
    published: z.number().finite().describe("as printed, in the indicator's unit (shares as fractions)"),
    compared_with: z
      .enum(['recomputed', 'printed', 'printed_parts'])
      .describe('what the printed figure is set against: its recomputed value, another print, or its printed parts'),
    recomputed: z
      .number()
      .finite()
      .nullable()
      .describe('the recomputed value; empty when the figure is set against other prints'),
    other_printed: z
      .number()
      .finite()
      .nullable()
      .describe("the other print, or the sum of the parts' prints; empty when set against the recomputed value"),
    other_source: z
      .string()
      .nullable()
      .describe('where the other print, or each part, is printed; empty when set against the recomputed value'),
    class: z
      .enum(['reproduced', 'within_rounding', 'agrees', 'discrepancy'])
      .describe('reproduced and within_rounding against the recomputed value; agrees against other prints'),
    difference_percent: z.number().finite().describe('(the value compared with − published) ÷ published, in percent'),
    note: z.string().describe('what the comparison found, in words'),
  })
  .strict()
  .refine(
    (row) =>
      row.compared_with === 'recomputed'
        ? row.recomputed !== null && row.other_printed === null && row.other_source === null && row.class !== 'agrees'
        : row.recomputed === null &&
          row.other_printed !== null &&
          row.other_source !== null &&
          (row.class === 'agrees' || row.class === 'discrepancy'),
    'expected a recomputed value (classed reproduced, within_rounding or discrepancy) or another print with its ' +
      'source (classed agrees or discrepancy), as compared_with says',
  );
export type ReconciliationRow = z.infer<typeof reconciliationRow>;
export const RECONCILIATION_COLUMNS = [
  'id',
  'figure',
  'key',
  'source',
  'published',
  'compared_with',
  'recomputed',
  'other_printed',
  'other_source',
  'class',
  'difference_percent',
  'note',
] as const;

/** generated/<edition>/edition.json: what the edition is, and which data files it was computed from. */
export const editionManifest = z
  .object({
    edition: z.string(),
    meta: editionMeta,
    /** sha256 of the round's data files, by name and content */
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
    dataFiles: z.array(z.string()),
  })
  .strict();
export type EditionManifest = z.infer<typeof editionManifest>;

/**
 * generated/<edition>/record.json: when the edition was published (null while it is not) and its
 * corrections, the latest first, from data/<edition>/record.json.
 */
export const recordSummary = z
  .object({
    published: z.string().nullable(),
    corrections: z.array(correction),
  })
  .strict();
export type RecordSummary = z.infer<typeof recordSummary>;

/** generated/editions.json: the editions in order, the latest last. */
export const editionsList = z
  .object({
    format: z.number().int(),
    editions: z.array(z.string()).min(1),
    latest: z.string(),
  })
  .strict();
export type EditionsList = z.infer<typeof editionsList>;

/** The files of generated/<edition>/ that are JSON, with their schemas. */
export const EDITION_FILES = {
  'edition.json': editionManifest,
  'estimates.json': z.array(estimateRow),
  'reconciliation.json': z.array(reconciliationRow),
  'context.json': editionContext,
  'exclusions.json': exclusionReport,
  'record.json': recordSummary,
} as const;
export type EditionFile = keyof typeof EDITION_FILES;

/** What readers can download from every edition, beside the CSV of each table and chart. */
export const DOWNLOADS = ['estimates.csv', 'estimates.json', 'reconciliation.csv'] as const;
export type Download = (typeof DOWNLOADS)[number];

export { editionContext, exclusionReport };
export type { EditionContext } from '../data/loadEdition.ts';
export type { ExclusionReport } from '../model/questionnaire.ts';
