/**
 * The questionnaire file of a survey round (data/<round>/questionnaires.csv), one row per
 * questionnaire of Annex 1. Survey teams build their data-entry templates on these names.
 */
import { z } from 'zod';

export const LABOR_BLOCKS = ['labor_inside', 'labor_abroad'] as const;
const LABOR_FIELDS = LABOR_BLOCKS.flatMap((block) =>
  ['women_recent', 'men_recent', 'total_recent', 'women_earlier', 'men_earlier', 'total_earlier'].map(
    (part) => `${block}_${part}`,
  ),
);
export const SEXUAL_FIELDS = [
  'sexual_inside_recent',
  'sexual_inside_earlier',
  'sexual_abroad_recent',
  'sexual_abroad_earlier',
] as const;

/** Every column, in template order; other_victims may be left out of a file. */
export const QUESTIONNAIRE_COLUMNS = [
  'id',
  'country',
  'province',
  'settlement',
  'interview_date',
  'relatives',
  'migrated_inside',
  'migrated_abroad',
  ...LABOR_FIELDS,
  ...SEXUAL_FIELDS,
  'other_victims',
] as const;
export type QuestionnaireColumn = (typeof QUESTIONNAIRE_COLUMNS)[number];
export const OPTIONAL_COLUMNS: readonly QuestionnaireColumn[] = ['other_victims'];

/** Count columns: a blank is 0, except a blank labor total, which is women + men. */
export const COUNT_COLUMNS = [...LABOR_FIELDS, ...SEXUAL_FIELDS, 'other_victims'] as const;

/**
 * Why a questionnaire is left out, in the order they are tested: a questionnaire gets the
 * first reason that applies.
 */
export const EXCLUSION_REASONS = {
  invalid_count: 'a count or the number of relatives is not a whole number ≥ 0',
  invalid_answer:
    'a yes/no answer is not yes, no, 1 or 0, or the interview date is not a date (YYYY-MM-DD or DD.MM.YYYY)',
  relatives_missing: 'number of relatives blank or below 1',
  implausible_relatives: 'more than 100 relatives, which no family has: most likely a typing slip',
  more_than_30_relatives: 'more than 30 relatives',
  women_and_men_exceed_total: 'women + men above the given labor total',
  more_victims_than_relatives:
    'all exploited relatives together (both periods, labor and sexual) outnumber the relatives',
} as const;
export type ExclusionReason = keyof typeof EXCLUSION_REASONS;

/**
 * The cells a questionnaire reports, as indices into a tally's arrays: labor by location and
 * sex (women, men, and unspecified = total − women − men), sexual exploitation by location.
 */
export const CELLS = [
  'labor.inside.women',
  'labor.inside.men',
  'labor.inside.unspecified',
  'labor.abroad.women',
  'labor.abroad.men',
  'labor.abroad.unspecified',
  'sexual.inside.women',
  'sexual.abroad.women',
] as const;
export type CellName = (typeof CELLS)[number];

/** How a round's questionnaires were counted: every one read is kept or excluded for a reason. */
export const exclusionReport = z
  .object({
    read: z.number().int().nonnegative(),
    valid: z.number().int().nonnegative(),
    excluded: z.array(
      z
        .object({
          /** not_reported: a round known from a report that gives the number excluded but not why */
          reason: z.enum(['not_reported', ...(Object.keys(EXCLUSION_REASONS) as ExclusionReason[])]),
          description: z.string(),
          ids: z.array(z.string()),
          count: z.number().int().nonnegative(),
        })
        .strict(),
    ),
    /** provinces of provinces.csv without any valid questionnaire: they carry no weight */
    provincesWithoutQuestionnaires: z.array(z.string()),
    /** ids of valid questionnaires dated outside the fieldwork of round.json: kept, but worth a look */
    datedOutsideFieldwork: z.array(z.string()),
    /** provinces pooled for the design-based limits, because one of them had a single settlement */
    pooledForVariance: z.array(
      z.object({ country: z.string(), provinces: z.array(z.string()), single: z.array(z.string()) }).strict(),
    ),
  })
  .strict()
  .refine(
    (r) => r.read === r.valid + r.excluded.reduce((n, e) => n + e.count, 0),
    'expected every questionnaire read to be kept or excluded',
  );
export type ExclusionReport = z.infer<typeof exclusionReport>;

/**
 * The exclusion report of a round: from the ids excluded for each reason, or, for a round known
 * only from a report, from the number it says it excluded.
 */
export function buildExclusionReport(counts: {
  read: number;
  valid: number;
  excluded: Readonly<Record<ExclusionReason, readonly string[]>> | { notReported: number };
  provincesWithoutQuestionnaires?: readonly string[];
  datedOutsideFieldwork?: readonly string[];
  pooledForVariance?: ExclusionReport['pooledForVariance'];
}): ExclusionReport {
  const excluded =
    'notReported' in counts.excluded
      ? [
          {
            reason: 'not_reported' as const,
            description: 'incomplete or implausible (the report does not break them down by reason)',
            ids: [],
            count: counts.excluded.notReported,
          },
        ]
      : (Object.keys(EXCLUSION_REASONS) as ExclusionReason[]).map((reason) => {
          const ids = [...(counts.excluded as Record<ExclusionReason, readonly string[]>)[reason]];
          return { reason, description: EXCLUSION_REASONS[reason], ids, count: ids.length };
        });
  return {
    read: counts.read,
    valid: counts.valid,
    excluded,
    provincesWithoutQuestionnaires: [...(counts.provincesWithoutQuestionnaires ?? [])],
    datedOutsideFieldwork: [...(counts.datedOutsideFieldwork ?? [])],
    pooledForVariance: [...(counts.pooledForVariance ?? [])],
  };
}

/** Relatives counted at most per questionnaire: under the "cap" rule a respondent who lists more counts 30. */
export const MAX_RELATIVES = 30;
/** More relatives than this is a slip, not a family, under either rule. */
export const MAX_PLAUSIBLE_RELATIVES = 100;

/**
 * Where each count column goes: the cell it adds to, and whether it is the recall window. Derived from the names, so
 * that the two lists cannot disagree.
 */
export const COUNT_CELLS = [...LABOR_FIELDS, ...SEXUAL_FIELDS].map((column) => {
  const [kind, location, ...rest] = column.split('_') as [string, string, ...string[]];
  const recent = rest.at(-1) === 'recent';
  return { column, kind, location, part: kind === 'labor' ? rest[0]! : 'women', recent };
});

/**
 * A valid questionnaire as the reader hands it on: victims by CELLS index for the recall window
 * and before it. The reader reuses one object for every row, so a sink copies what it keeps.
 */
export interface Questionnaire {
  id: string;
  country: string;
  province: string;
  settlement: string;
  /** a number that changes whenever the place (country, province, settlement) differs from the row before */
  place: number;
  /** close relatives, as reported (the sink applies the cap) */
  relatives: number;
  migratedInside: boolean;
  migratedAbroad: boolean;
  recent: Float64Array;
  earlier: Float64Array;
}

/** What the reader hands each questionnaire to: the survey stage's tallies. */
export interface QuestionnaireSink {
  add(questionnaire: Questionnaire): void;
  exclude(reason: ExclusionReason, id: string): void;
}

/**
 * The exclusion report as lines for a terminal: read, valid and excluded, each reason with its
 * count (and ids, when asked), then what deserves a look.
 * @example exclusionLines('2012', report)[0] // => "2012: 1,400 questionnaires read, 1,361 valid, 39 excluded"
 */
export function exclusionLines(edition: string, report: ExclusionReport, options: { ids?: boolean } = {}): string[] {
  const n = (value: number) => value.toLocaleString('en-US');
  const list = (ids: readonly string[]) => (options.ids && ids.length > 0 ? `: ${ids.join(', ')}` : '');
  return [
    `${edition}: ${n(report.read)} questionnaires read, ${n(report.valid)} valid, ` +
      `${n(report.read - report.valid)} excluded`,
    ...report.excluded
      .filter((e) => e.count > 0)
      .map((e) => `  ${n(e.count)} excluded: ${e.description}${list(e.ids)}`),
    ...report.provincesWithoutQuestionnaires.map(
      (province) => `  warning: no valid questionnaire in ${province}; it carries no weight`,
    ),
    ...report.pooledForVariance.map(
      (p) =>
        `  note: for the design-based limits, ${p.country} ${p.provinces.join(' + ')} are pooled ` +
        `(one settlement in ${p.single.join(', ')})`,
    ),
    ...(report.datedOutsideFieldwork.length > 0
      ? [
          `  warning: ${n(report.datedOutsideFieldwork.length)} valid questionnaires dated outside the fieldwork ` +
            `of round.json (kept)${list(report.datedOutsideFieldwork)}`,
        ]
      : []),
  ];
}
