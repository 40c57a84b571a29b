/**
 * Checks a survey round and prints its exclusion report, without building:
 *   npm run validate -- <round>
 * Exits 1 with every file-level fault (file, line, column) when the round cannot be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataErrors } from '../src/data/dataError.ts';
import { loadEdition } from '../src/data/loadEdition.ts';
import { tallyRound } from '../src/survey/tallyRound.ts';
import { EXCLUSION_REASONS, type ExclusionReason } from '../src/model/questionnaire.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const [round, dataRoot = join(root, 'data')] = process.argv.slice(2);
if (!round) {
  console.error('usage: npm run validate -- <round>');
  process.exit(2);
}
const dir = join(dataRoot, round);
try {
  if (existsSync(join(dir, 'round.json'))) {
    const { tallies, provinces } = await tallyRound(dir);
    const measured = new Set(tallies.settlements.map((s) => `${s.country}\t${s.province}`));
    console.log(
      `${round}: ${tallies.read} questionnaires read, ${tallies.valid} valid, ${tallies.read - tallies.valid} excluded`,
    );
    for (const reason of Object.keys(EXCLUSION_REASONS) as ExclusionReason[]) {
      const ids = tallies.excluded[reason];
      if (ids.length > 0) console.log(`  ${ids.length} excluded: ${EXCLUSION_REASONS[reason]}: ${ids.join(', ')}`);
    }
    for (const p of provinces)
      if (!measured.has(`${p.country}\t${p.province}`))
        console.log(`  warning: no valid questionnaire in ${p.country} ${p.province}; it carries no weight`);
  } else if (existsSync(join(dir, 'edition.json'))) {
    const { input } = loadEdition(dir, (file) => readFileSync(join(dir, file)));
    const valid = input.countries.reduce((n, c) => n + c.sampleSize, 0);
    console.log(
      `${round}: the report's figures are valid; ${input.meta.questionnairesReceived} questionnaires ` +
        `received, ${valid} valid (the report does not list the excluded ones)`,
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
