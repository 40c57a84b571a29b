/**
 * Scaffolds a new survey round:  npm run round:new -- <round>
 * Creates data/<round>/ with the templates survey teams fill in (exact column names), and
 * content/<round>/ copied forward from the latest edition, so that its numbers rebind to the
 * new round's data. Nothing existing is overwritten.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUESTIONNAIRE_COLUMNS } from '../src/model/questionnaire.ts';
import { editionFolders } from '../src/data/editionFolders.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const round = process.argv[2];
if (!round || !/^[0-9A-Za-z-]+$/.test(round)) {
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
};
writeFileSync(join(dataDir, 'round.json'), `${JSON.stringify(meta, null, 2)}\n`);

const contentDir = join(root, 'content', round);
if (latest && existsSync(join(root, 'content', latest)) && !existsSync(contentDir)) {
  cpSync(join(root, 'content', latest), contentDir, { recursive: true });
}
console.log(`round:new: created data/${round}/ (questionnaires.csv, provinces.csv, countries.csv, round.json)`);
if (existsSync(contentDir)) console.log(`round:new: copied content/${latest}/ to content/${round}/`);
console.log(
  `Next: fill in the four files (see data/README.md), then "npm run validate -- ${round}"; ` +
    `"npm run check:content" lists\nthe sentences of content/${round}/ whose references the new round cannot fill ` +
    '(figures printed only in the 2009 report).',
);
