/**
 * The survey rounds in data/: one folder each, named after its edition. A folder that cannot be a
 * round (a backup copy such as "2031 copy" or "2031.bak") is left out with a word; a folder that
 * looks like a round but says neither what kind nor which edition it is stops the build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EDITION_NAME } from '../model/edition.ts';
import { DataError } from './dataError.ts';

export interface EditionFolder {
  name: string;
  /** report: the printed figures of a report (edition.json); questionnaires: a round of raw questionnaires (round.json)
   * */
  kind: 'report' | 'questionnaires';
}

export interface EditionFolders {
  editions: EditionFolder[];
  /** folders left out, and why, for the build to say */
  skipped: { name: string; why: string }[];
  faults: DataError[];
}

export function editionFolders(dataDir: string): EditionFolders {
  const found: EditionFolders = { editions: [], skipped: [], faults: [] };
  const folders = readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  for (const name of folders) {
    const dir = join(dataDir, name);
    const round = existsSync(join(dir, 'round.json'));
    const report = existsSync(join(dir, 'edition.json'));
    if (!EDITION_NAME.test(name)) {
      found.skipped.push({ name, why: 'not an edition name (letters, digits and "-" only), so not a survey round' });
    } else if (round && report) {
      found.faults.push(
        new DataError(join(dir, 'round.json'), 1, 1, 'expected round.json or edition.json, found both'),
      );
    } else if (round || report) {
      found.editions.push({ name, kind: round ? 'questionnaires' : 'report' });
    } else if (readdirSync(dir).some((file) => !file.startsWith('.'))) {
      found.faults.push(
        new DataError(
          join(dir, 'round.json'),
          1,
          1,
          'file is missing: every folder of data/ is a survey round, with a round.json ' +
            '(or an edition.json for a report\'s printed figures); "npm run round:new" writes one',
        ),
      );
    } else {
      found.skipped.push({ name, why: 'empty' });
    }
  }
  return found;
}
