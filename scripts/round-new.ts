/**
 * Scaffolds a new survey round:  npm run round:new -- <round>
 * Creates data/<round>/ with the templates survey teams fill in (exact column names), and
 * content/<round>/ copied forward from the latest edition as drafts (see src/content/draftCopy.ts),
 * so that its numbers rebind to the new round's data. Nothing existing is overwritten.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITION_NAME } from '../src/model/edition.ts';
import { QUESTIONNAIRE_COLUMNS } from '../src/model/questionnaire.ts';
import { draftChapter } from '../src/content/draftCopy.ts';
import { markTranslated, sourceVersion } from '../src/content/translation.ts';
import { LOCALES } from '../src/model/locale.ts';
import { editionFolders } from '../src/data/editionFolders.ts';
import { placeNamesRuCsv } from '../src/data/schemas.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const round = process.argv[2];
if (!round || !EDITION_NAME.test(round)) {
  console.error('usage: npm run round:new -- <round>   (letters, digits and "-", e.g. 2012)');
  process.exit(2);
}
const dataDir = join(root, 'data', round);
if (existsSync(dataDir)) {
  console.error(`data/${round}/ already exists; nothing was changed`);
  process.exit(1);
}
const latest = editionFolders(join(root, 'data')).editions.at(-1)?.name;
const year = /^\d{4}$/.test(round) ? Number(round) : new Date().getUTCFullYear();

mkdirSync(dataDir, { recursive: true });
writeFileSync(join(dataDir, 'questionnaires.csv'), `${QUESTIONNAIRE_COLUMNS.join(',')}\n`);
writeFileSync(join(dataDir, 'provinces.csv'), 'country,province,population\n');
writeFileSync(join(dataDir, 'countries.csv'), 'country,population\n');
// the Russian edition names every province of provinces.csv in Russian (Ошская область); today_ru and source_ru stay
// empty, as a round names its provinces as they are today
writeFileSync(join(dataDir, 'place_names_ru.csv'), `${Object.keys(placeNamesRuCsv.columns).join(',')}\n`);
const meta = {
  edition: round,
  title: 'The Scale of Human Trafficking in Central Asia',
  fieldwork: { start: `${year}-09-01`, end: `${year}-11-30` },
  recallYears: 3,
  relativesRule: 'exclude',
  source: {
    authors: ['(survey team)'],
    title: `The Scale of Human Trafficking in Central Asia, ${round} survey round`,
    publisher: '(publisher)',
    place: '(place)',
    year,
  },
  translations: {
    ru: {
      title: 'Масштабы торговли людьми в Центральной Азии',
      authors: ['(группа опроса)'],
      publisher: '(издатель)',
      place: '(место)',
    },
  },
};
writeFileSync(join(dataDir, 'round.json'), `${JSON.stringify(meta, null, 2)}\n`);

const contentDir = join(root, 'content', round);
if (latest && existsSync(join(root, 'content', latest)) && !existsSync(contentDir)) {
  // the chapters come over as drafts: their estimates rebind to the new round, what only the old edition has becomes a
  // to-do
  mkdirSync(contentDir, { recursive: true });
  const from = join(root, 'content', latest);
  const chapters = readdirSync(from).filter((file) => file.endsWith('.md') && file !== 'README.md');
  for (const file of readdirSync(from, { withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => f.name)) {
    const text = readFileSync(join(from, file), 'utf8');
    writeFileSync(join(contentDir, file), chapters.includes(file) ? draftChapter(text, latest) : text);
  }
  // the translations come over the same way; one that followed its English still does, since both were carried
  // over alike; one that had fallen behind stays behind
  for (const locale of LOCALES.filter((l) => l !== 'en' && existsSync(join(from, l)))) {
    mkdirSync(join(contentDir, locale));
    for (const file of readdirSync(join(from, locale)).filter((f) => chapters.includes(f))) {
      const english = readFileSync(join(from, file), 'utf8');
      const translation = readFileSync(join(from, locale, file), 'utf8');
      const wasCurrent = translation.includes(`translates: "${sourceVersion(english)}"`);
      const drafted = draftChapter(translation, latest);
      writeFileSync(
        join(contentDir, locale, file),
        wasCurrent ? markTranslated(drafted, draftChapter(english, latest)) : drafted,
      );
    }
  }
}
console.log(
  `round:new: created data/${round}/ ` +
    '(questionnaires.csv, provinces.csv, countries.csv, place_names_ru.csv, round.json)',
);
if (existsSync(contentDir)) console.log(`round:new: copied content/${latest}/ to content/${round}/ as drafts`);
console.log(
  `Next: fill in the five files (see data/README.md), then "npm run validate -- ${round}" and "npm run build".\n` +
    `The chapters are drafts: published with a "draft" banner, their to-dos and the statements the new data ` +
    `contradicts shown as markers.\n"npm run check:content" lists each one; content/README.md says how to review a ` +
    'chapter and mark it "status: reviewed".',
);
