/**
 * Why a value an edition would publish is not there. A missing value is kept as a row with its
 * reason, not dropped, so that a page can say "no victims abroad" and a download shows the gap
 * (as OWID's core table keeps typed error values beside numbers).
 */
export const MISSING_REASONS = {
  no_victims: 'no victims in this cell, so there is no share to give',
  no_earlier_victims: 'no victims reported before the recall window, so no change can be given',
  not_reported: 'not reported in the source',
  single_settlement:
    "the country's valid questionnaires come from one settlement, so no design-based limits can be drawn",
} as const;

export type MissingReason = keyof typeof MISSING_REASONS;
export const MISSING_REASON_NAMES = Object.keys(MISSING_REASONS) as MissingReason[];
