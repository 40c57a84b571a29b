/**
 * Checks a survey round and prints its exclusion report, without building:
 *   npm run validate -- <round>
 * Exits 1 with every file-level fault (file, line, column) when the round cannot be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from './shownPath.ts';
import { fileURLToPath } from 'node:url';
import { DataErrors } from '../src/data/dataError.ts';
import { loadEdition } from '../src/data/loadEdition.ts';
import { tallyRound } from '../src/survey/tallyRound.ts';
import { estimateRound } from '../src/estimate/estimateRound.ts';
import { exclusionLines } from '../src/model/questionnaire.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const [round, dataRoot = join(root, 'data')] = process.argv.slice(2);
if (!round) {
  console.error('usage: npm run validate -- <round>');
  process.exit(2);
}
// paths in messages as the reader sees them from the project: data/2031/countries.csv:3:2
const dir = shownPath(join(dataRoot, round));
try {
  if (existsSync(join(dir, 'round.json'))) {
    const round = await tallyRound(dir);
    const { exclusions } = estimateRound(round, { replicates: 0, seed: 1 });
    for (const line of exclusionLines(round.meta.edition, exclusions, { ids: true })) console.log(line);
  } else if (existsSync(join(dir, 'edition.json'))) {
    const { input } = loadEdition(dir, (file) => readFileSync(join(dir, file)));
    const valid = input.countries.reduce((n, c) => n + c.sampleSize, 0);
    console.log(
      `${round}: the report's figures are valid; ${input.meta.questionnairesReceived} questionnaires received, ` +
        `${valid} valid (the report does not list the excluded ones)`,
    );
  } else {
    console.error(`${dir}: expected a round.json (questionnaires) or an edition.json (a report's figures)`);
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof DataErrors)) throw error;
  console.error(
    `${round}: ${error.errors.length} fault${error.errors.length > 1 ? 's' : ''} in the files\n${error.message}`,
  );
  process.exit(1);
}
