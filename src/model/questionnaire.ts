/**
 * The questionnaire file of a survey round (data/<round>/questionnaires.csv), one row per
 * questionnaire of Annex 1. Survey teams build their data-entry templates on these names.
 */

export const LABOR_BLOCKS = ['labor_inside', 'labor_abroad'] as const;
const LABOR_FIELDS = LABOR_BLOCKS.flatMap((block) =>
  ['women_recent', 'men_recent', 'total_recent', 'women_earlier', 'men_earlier', 'total_earlier'].map((part) => `${block}_${part}`),
);
export const SEXUAL_FIELDS = ['sexual_inside_recent', 'sexual_inside_earlier', 'sexual_abroad_recent', 'sexual_abroad_earlier'] as const;

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
  invalid_answer: 'a yes/no answer is not yes, no, 1 or 0, or the interview date is not a date',
  relatives_missing: 'number of relatives blank or below 1',
  more_than_30_relatives: 'more than 30 relatives',
  women_and_men_exceed_total: 'women + men above the given labor total',
  more_victims_than_relatives: 'all exploited relatives together (both periods, labor and sexual) outnumber the relatives',
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
