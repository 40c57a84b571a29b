import type { EditionData } from '../src/generated/editionData.ts';
import { estimateRows, reconciliationRows } from '../src/generated/writeEdition.ts';
import { buildExclusionReport } from '../src/model/questionnaire.ts';
import { estimates2009, loaded2009 } from './edition2009.ts';

/** The 2009 edition as the pages see it (the generated rows), computed in memory. */
export const editionData2009: EditionData = {
  edition: '2009',
  estimates: estimateRows('2009', estimates2009.figures),
  context: loaded2009.context,
  audit: reconciliationRows(estimates2009.reconciliation),
  // section 1.3.3: 11,384 questionnaires received, 11,348 valid
  exclusions: buildExclusionReport({ read: 11_384, valid: 11_348, excluded: { notReported: 36 } }),
};
