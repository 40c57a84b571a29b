/**
 * The record of published editions (data/<edition>/record.json, see data/README.md):
 *   tsx scripts/record.ts publish <edition>   (npm run publish:edition -- <edition>) records the edition's
 *     estimates as published today; from then on the build refuses to change them without a correction
 *   tsx scripts/record.ts correct <edition>   (npm run correct -- <edition>) adds a draft correction with every
 *     figure the build would change and the new checksum; the editor writes in it what changed and why
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataErrors } from '../src/data/dataError.ts';
import { estimatesChecksum, RECORD_FILE, type EditionRecord } from '../src/data/editionRecord.ts';
import { changedFigures, figuresOf, recordedFigures } from '../src/generated/editionRecord.ts';
import { computeEditions, type EditionOutput } from './estimate.ts';
import { shownPath } from './shownPath.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = shownPath(join(root, 'data'));
const today = new Date().toISOString().slice(0, 10);
const [command, edition] = process.argv.slice(2);

function fail(message: string): never {
  console.error(`${command ?? 'record'}: ${message}`);
  process.exit(1);
}

/** The edition computed from its data as it is now, without holding it to its record. */
async function computed(name: string): Promise<EditionOutput> {
  try {
    const output = (await computeEditions(dataDir, () => {}, { holdToRecord: false })).find((o) => o.edition === name);
    return output ?? fail(`no edition "${name}" in ${dataDir}/`);
  } catch (error) {
    if (error instanceof DataErrors) fail(`the data has faults; fix them first:\n${error.message}`);
    throw error;
  }
}

/** Two spaces of indent, one figure or one change a line, so that a correction reads as a list in a diff. */
function write(file: string, record: EditionRecord): void {
  const text = JSON.stringify(record, null, 2).replace(
    /\{\n\s+("figure": .*,)\n\s+("old": .*,)\n\s+("new": .*)\n\s+\}/g,
    '{ $1 $2 $3 }',
  );
  writeFileSync(file, `${text}\n`);
}

if ((command !== 'publish' && command !== 'correct') || !edition)
  fail('usage: tsx scripts/record.ts publish|correct <edition>');
const file = join(dataDir, edition, RECORD_FILE);
const output = await computed(edition);
const figures = figuresOf(output.rows);
if (command === 'publish') {
  if (existsSync(file)) fail(`${file} exists: edition ${edition} is already published; correct it instead`);
  const estimates = Object.fromEntries(figures);
  write(file, { edition, published: today, checksum: estimatesChecksum(figures), estimates, corrections: [] });
  console.log(`publish: edition ${edition} recorded as published on ${today} in ${file} (${figures.size} figures)`);
} else {
  if (!output.record) fail(`edition ${edition} is not published (no ${file}): it changes freely until it is`);
  const { record, text } = output.record;
  const recorded = recordedFigures(record, text, file);
  if (recorded.faults.length > 0) fail(new DataErrors(recorded.faults).message);
  const changes = changedFigures(recorded.figures, figures);
  if (changes.length === 0) fail(`edition ${edition} computes the figures on its record: nothing to correct`);
  record.corrections.push({ date: today, what: '', why: '', changes, checksum: estimatesChecksum(figures) });
  write(file, record);
  console.log(
    `correct: a draft correction of ${changes.length} figure${changes.length > 1 ? 's' : ''} added to ${file}; ` +
      'write in it what changed and why (the build refuses it until you do)',
  );
}
