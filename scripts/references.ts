/**
 * Lists every name an editor can reference with :n[…] in an edition, with its value:
 *   npm run references -- 2009            (all)
 *   npm run references -- 2009 KZ.inside  (names containing "KZ.inside")
 */
import { catalogueOf } from '../src/site/chapters.ts';

const [edition = '2009', filter = ''] = process.argv.slice(2);
const lines = [...catalogueOf(edition).entries.values()]
  .filter((entry) => entry.name.includes(filter))
  .map((entry) => `${entry.name}\t${entry.text}\t${entry.description}\n`);
process.stdout.write(lines.join(''));
