/**
 * Lists every name an editor can reference with :n[…] in an edition, with its value, written the
 * short way editors write it (dimensions that are "all" left out, Central Asia's area left out):
 *   npm run references -- 2009               (all)
 *   npm run references -- 2009 KZ.inside     (names containing "KZ.inside", short or long, any case)
 *   npm run references -- 2009 KZ.victims    (a short name: the name itself and those that narrow it)
 */
import { canonicalName, shortName } from '../src/content/catalogue.ts';
import { catalogueOf } from '../src/site/chapters.ts';

const [edition = '2009', filter = ''] = process.argv.slice(2);
const wanted = filter.toLowerCase();
// a name written the short way also finds its long form and the names that narrow it
const canonical = canonicalName(filter).toLowerCase();
const narrows = (name: string) => {
  const parts = canonical.split('.');
  return (
    parts.length === 5 &&
    name
      .toLowerCase()
      .split('.')
      .every((part, i) => parts[i] === 'all' || parts[i] === part)
  );
};
const lines = [...catalogueOf(edition).entries.values()]
  .filter((entry) => {
    const name = entry.name.toLowerCase();
    return shortName(entry.name).toLowerCase().includes(wanted) || name.includes(wanted) || narrows(entry.name);
  })
  // the name as written first, then the broader names before the narrower
  .sort(
    (a, b) => Number(shortName(b.name).toLowerCase() === wanted) - Number(shortName(a.name).toLowerCase() === wanted),
  )
  .map((entry) => `${shortName(entry.name)}\t${entry.text}\t${entry.description}\n`);
process.stdout.write(lines.join(''));
