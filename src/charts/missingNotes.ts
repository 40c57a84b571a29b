import type { MissingReason } from '../model/missing.ts';

/** What a chart writes in place of a bar the edition has no value for: short, as a label beside the country. */
export const MISSING_NOTES: Record<MissingReason, string> = {
  no_victims: 'no victims, so no share',
  no_earlier_victims: 'no earlier victims to compare with',
  not_reported: 'not reported',
  single_settlement: 'one settlement only, so no design-based limits',
};
