import { estimateRows } from '../src/estimate/tidy.ts';
import { reconciliationRows } from '../src/estimate/tidy.ts';
import type { EditionData } from '../src/generated/editionData.ts';
import { estimates2009, loaded2009 } from './edition2009.ts';

/** The 2009 edition as the pages see it (the generated rows), computed in memory. */
export const editionData2009: EditionData = {
  edition: '2009',
  estimates: estimateRows('2009', estimates2009.figures),
  context: loaded2009.context,
  audit: reconciliationRows(estimates2009.reconciliation),
  exclusions: {
    read: 11_384,
    valid: 11_348,
    excluded: [{ reason: 'not_reported', description: 'incomplete or implausible (the report does not break them down by reason)', ids: [], count: 36 }],
    provincesWithoutQuestionnaires: [],
  },
};
