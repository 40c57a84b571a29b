/**
 * Renders every chapter of every edition, as the build will, and lists every fault at once:
 * unknown references, claims the data contradicts, and numbers typed as digits that the data holds.
 *   npm run check:content
 * For editors: faster than a full build, and it names each file, line and column. The build
 * runs it before Astro, so that a fault stops the build with these lines and no stack trace.
 */
import { readFileSync } from 'node:fs';
import { ContentError } from '../src/content/remarkValues.ts';
import { typedNumbers } from '../src/content/typedNumbers.ts';
import { editions } from '../src/generated/readGenerated.ts';
import { LOCALES } from '../src/model/locale.ts';
import { catalogueOf, chapterFiles, chapters, contentRoot, translationFiles } from '../src/site/chapters.ts';

let list: string[];
try {
  list = editions().editions;
} catch (error) {
  // a stale or missing generated/ says what to do; no stack trace
  console.error((error as Error).message);
  process.exit(1);
}
let faults = 0;
for (const edition of list) {
  const isDraft = (file: string) =>
    /\nstatus:\s*draft\s*\n/.test(readFileSync(`${contentRoot}${edition}/${file}`, 'utf8'));
  const typed = chapterFiles(edition).flatMap((file) =>
    typedNumbers(readFileSync(`${contentRoot}${edition}/${file}`, 'utf8'), catalogueOf(edition)).map(
      (t) =>
        `${isDraft(file) ? 'draft: ' : ''}content/${edition}/${file}:${t.line}:${t.column}: ` +
        `${t.text} is typed as digits, ` +
        `but the data holds it (${t.matches.join(', ')}): write :n[name] instead`,
    ),
  );
  const typedFaults = typed.filter((line) => !line.startsWith('draft: '));
  try {
    const rendered = chapters(edition, 'en', { draw: false });
    const values = rendered.reduce((n, c) => n + c.references.size, 0);
    const drafts = rendered.filter((c) => c.meta.status === 'draft');
    if (typedFaults.length === 0) {
      console.log(`${edition}: ${rendered.length} chapters (${drafts.length} drafts), ${values} values referenced`);
    }
    // a draft publishes with markers; its editor still has to see every one
    for (const chapter of drafts) for (const warning of chapter.warnings) console.warn(`draft: ${warning}`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    faults += error.faults.length;
    console.error(error.message);
  }
  faults += typedFaults.length;
  for (const line of typed) (line.startsWith('draft: ') ? console.warn : console.error)(line);
  for (const locale of LOCALES.filter((l) => l !== 'en')) faults += checkTranslations(edition, locale);
}

/**
 * The translations of an edition into a language, checked as the English is (their numbers, claims and headings,
 * typed numbers in that language's forms); and every translation the English has left behind, or not yet written,
 * listed for its translator.
 */
function checkTranslations(edition: string, locale: (typeof LOCALES)[number]): number {
  const folder = `${contentRoot}${edition}/${locale}/`;
  const typed = translationFiles(edition, locale).flatMap((file) => {
    const source = readFileSync(`${folder}${file}`, 'utf8');
    // as in English, a draft's typed number is a warning for its editor
    const draft = /\nstatus:\s*draft\s*\n/.test(source) ? 'draft: ' : '';
    return typedNumbers(source, catalogueOf(edition, locale), locale).map(
      (t) =>
        `${draft}content/${edition}/${locale}/${file}:${t.line}:${t.column}: ${t.text} is typed as digits, ` +
        `but the data holds it (${t.matches.join(', ')}): write :n[name] instead`,
    );
  });
  for (const line of typed) (line.startsWith('draft: ') ? console.warn : console.error)(line);
  const faults = typed.filter((line) => !line.startsWith('draft: ')).length;
  try {
    const rendered = chapters(edition, locale, { draw: false });
    for (const chapter of rendered.filter((c) => c.meta.status === 'draft' && c.locale === locale))
      for (const warning of chapter.warnings) console.warn(`draft: ${warning}`);
    const behind = rendered.filter((c) => c.translation?.state === 'stale');
    const missing = rendered.filter((c) => c.translation?.state === 'missing');
    for (const c of behind)
      console.warn(
        `${c.file}:1:1: the translation is older than the English text (${c.translation!.source}): ` +
          `bring it up to date, then npm run translations -- --mark ${edition} ${c.slug}`,
      );
    for (const c of missing) console.warn(`${c.translation!.source}: no ${locale} translation yet`);
    if (faults === 0)
      console.log(
        `${edition}/${locale}: ${rendered.length - missing.length} of ${rendered.length} chapters translated, ` +
          `${behind.length} older than the English`,
      );
    return faults;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return faults + error.faults.length;
  }
}
process.exit(faults > 0 ? 1 : 0);
