/**
 * Where each translation stands against the English it was written from:
 *   npm run translations                              (every edition and language: current, older or missing)
 *   npm run translations -- --mark 2009 summary       (record that ru/summary.md now follows the English as it is)
 *   npm run translations -- --diff 2009 summary       (what changed in the English since the version translated)
 * `--mark` takes several chapters, or none for all of the edition's translations; `--locale ru` picks a language
 * (Russian by default). The build marks an older translation on its page, and check:content lists it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readFrontmatter } from '../src/content/renderChapter.ts';
import { markTranslated, sourceVersion, translationFrontmatter, translationState } from '../src/content/translation.ts';
import { editions } from '../src/generated/readGenerated.ts';
import { LOCALES, type Locale } from '../src/model/locale.ts';
import { chapterFiles, contentRoot, translationFiles } from '../src/site/chapters.ts';

const { values, positionals } = parseArgs({
  options: { mark: { type: 'boolean' }, diff: { type: 'boolean' }, locale: { type: 'string', default: 'ru' } },
  allowPositionals: true,
});
const locale = values.locale as Locale;
if (!(LOCALES as readonly string[]).includes(locale) || locale === 'en') {
  console.error(`--locale: expected one of ${LOCALES.filter((l) => l !== 'en').join(', ')}, found "${locale}"`);
  process.exit(1);
}
const englishFile = (edition: string, slug: string) => `content/${edition}/${slug}.md`;
const translationFile = (edition: string, slug: string) => `content/${edition}/${locale}/${slug}.md`;
const read = (path: string) => readFileSync(`${contentRoot}${path.replace(/^content\//, '')}`, 'utf8');

function recorded(edition: string, slug: string): string {
  const path = translationFile(edition, slug);
  return readFrontmatter(read(path), path, translationFrontmatter).translates;
}

if (values.mark) {
  const [edition, ...slugs] = positionals;
  if (!edition) throw new Error('--mark: expected an edition, then the chapters (none for all): --mark 2009 summary');
  const chosen = slugs.length > 0 ? slugs : translationFiles(edition, locale).map((f) => f.replace(/\.md$/, ''));
  for (const slug of chosen) {
    const path = translationFile(edition, slug);
    if (!existsSync(`${contentRoot}${edition}/${locale}/${slug}.md`)) {
      console.error(`${path}: no such translation`);
      process.exit(1);
    }
    const english = read(englishFile(edition, slug));
    writeFileSync(`${contentRoot}${edition}/${locale}/${slug}.md`, markTranslated(read(path), english));
    console.log(`${path}: translates ${englishFile(edition, slug)} at ${sourceVersion(english)}`);
  }
} else if (values.diff) {
  const [edition, slug] = positionals;
  if (!edition || !slug) throw new Error('--diff: expected an edition and a chapter: --diff 2009 summary');
  const version = recorded(edition, slug);
  const path = englishFile(edition, slug);
  // the commit at which the English file was the version translated: the diff runs from there
  const commits = execFileSync('git', ['log', '--format=%H', '--', path], { encoding: 'utf8' }).split('\n');
  const from = commits.find((commit) => {
    if (!commit) return false;
    const text = execFileSync('git', ['show', `${commit}:${path}`], { encoding: 'utf8' });
    return sourceVersion(text) === version;
  });
  if (from === undefined) {
    console.error(`${path}: no commit holds the version ${version} that ${translationFile(edition, slug)} records`);
    process.exit(1);
  }
  process.stdout.write(execFileSync('git', ['diff', from, '--', path], { encoding: 'utf8' }) || 'no change\n');
} else {
  let behind = 0;
  for (const edition of editions().editions) {
    for (const file of chapterFiles(edition)) {
      const slug = file.replace(/\.md$/, '');
      const exists = existsSync(`${contentRoot}${edition}/${locale}/${file}`);
      const meta = exists
        ? readFrontmatter(read(translationFile(edition, slug)), translationFile(edition, slug), translationFrontmatter)
        : undefined;
      const state = translationState(meta, read(englishFile(edition, slug)));
      if (state !== 'current') behind++;
      console.log(`${state.padEnd(8)} ${translationFile(edition, slug)}`);
    }
  }
  console.log(`${behind} translation${behind === 1 ? '' : 's'} to bring up to date or write`);
}
