/**
 * An edition's chapters: content/<edition>/*.md, rendered with the edition's values, tables
 * and figures, in the order their frontmatter gives. Tables and figures are numbered across
 * the edition in that order before any chapter is rendered.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, type Catalogue } from '../content/catalogue.ts';
import { numberBlocks, type PlacedBlock } from '../content/remarkBlocks.ts';
import { GLOSSARY_SLUG, glossaryTerms } from '../content/remarkGlossary.ts';
import { ContentError } from '../content/remarkValues.ts';
import { readFrontmatter, renderChapter, type ChapterMeta, type RenderedChapter } from '../content/renderChapter.ts';
import {
  translationFrontmatter,
  translationState,
  type TranslationMeta,
  type TranslationState,
} from '../content/translation.ts';
import type { Locale } from '../model/locale.ts';
import { CHARTS } from '../charts/index.ts';
import { chartHtml } from '../charts/renderChart.ts';
import { countriesOf, readEditionData, type EditionData } from '../generated/editionData.ts';
import type { Country } from '../model/dimensions.ts';
import { manifest } from '../generated/readGenerated.ts';
import { TABLES } from '../tables/index.ts';
import { tableHtml } from '../tables/tableModel.ts';
import { chartCredit } from './citation.ts';
import { url } from './url.ts';

export const contentRoot = fileURLToPath(new URL('../../content/', import.meta.url));
const generatedRoot = fileURLToPath(new URL('../../generated/', import.meta.url));

export interface Chapter extends RenderedChapter {
  slug: string;
  file: string;
  /** the language of its text: a page of another language whose chapter is not yet translated shows the English */
  locale: Locale;
  /** in a language other than English: how the translation stands against the English it was written from */
  translation?: { state: TranslationState; source: string };
  /** `npm run dev` only: the chapter's faults, shown on its page instead of its text (a build stops on them) */
  faults?: readonly string[];
}

/** A table or figure drawn in a chapter, with the title its caption gives. */
export interface DrawnBlock extends PlacedBlock {
  title: string;
}

interface RenderedEdition {
  chapters: Chapter[];
  placed: Map<string, DrawnBlock>;
}
const cache = new Map<
  string,
  {
    stamp?: string;
    data: EditionData;
    catalogues: Partial<Record<Locale, Catalogue>>;
    /** by language; `<locale>:undrawn` for a check that draws no table or chart */
    rendered: Partial<Record<string, RenderedEdition>>;
    /** every block's number, from the English chapters' order: the same in every language */
    numbering?: Map<string, PlacedBlock>;
  }
>();
// `npm run dev`: an edition is rendered again when one of its files changed, and a faulty chapter shows its faults
const live = (import.meta as { env?: { DEV?: boolean } }).env?.DEV === true;

/**
 * What an edition's pages are made of: its chapters and its generated files, each with its modification time and
 * size. A few stat calls, far cheaper than rendering; an edit, an added or removed chapter or a new estimate
 * changes it.
 */
function stampOf(edition: string): string {
  const files = [
    `${generatedRoot}editions.json`,
    ...listing(`${generatedRoot}${edition}/`),
    ...listing(`${contentRoot}${edition}/`),
    ...listing(`${contentRoot}${edition}/ru/`),
  ];
  return files
    .map((file) => {
      try {
        const { mtimeMs, size } = statSync(file);
        return `${file} ${mtimeMs} ${size}`;
      } catch {
        return `${file} missing`;
      }
    })
    .join('\n');
}
const listing = (dir: string) => (existsSync(dir) ? readdirSync(dir).map((file) => `${dir}${file}`) : []);

function edition(edition: string) {
  // in a build nothing changes while it runs: no stamp, and every edition is rendered once
  const stamp = live ? stampOf(edition) : undefined;
  let entry = cache.get(edition);
  if (!entry || entry.stamp !== stamp) {
    const data = readEditionData(edition);
    entry = { stamp, data, catalogues: {}, rendered: {} };
    cache.set(edition, entry);
  }
  return entry;
}

export const editionData = (name: string): EditionData => edition(name).data;
/** Every value a chapter can name, its text in the language asked for: the same names and values in every one. */
export function catalogueOf(name: string, locale: Locale = 'en'): Catalogue {
  const entry = edition(name);
  const { estimates, context, audit } = entry.data;
  return (entry.catalogues[locale] ??= buildCatalogue(estimates, context, audit, locale));
}

export function chapterFiles(name: string): string[] {
  if (!existsSync(`${contentRoot}${name}`)) return [];
  return readdirSync(`${contentRoot}${name}`)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort();
}

/** A chapter's file name is its address: lower-case words joined by "-". */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*\.md$/;

/**
 * The chapters' sources in table-of-contents order; every fault of their names and frontmatter at once. In
 * `npm run dev` a faulty chapter becomes a page of its faults instead, and the others are rendered.
 */
function chapterSources(name: string) {
  const faulty: Chapter[] = [];
  const sources = chapterFiles(name).flatMap((file) => {
    const path = `content/${name}/${file}`;
    if (!SLUG.test(file)) {
      faulty.push(
        faultyChapter(path, [
          `${path}:1:1: a chapter's file name is its address: expected lower-case words joined by "-", found "${file}"`,
        ]),
      );
      return [];
    }
    const source = readFileSync(`${contentRoot}${name}/${file}`, 'utf8');
    try {
      const meta = readFrontmatter(source, path);
      return [{ file: path, slug: file.replace(/\.md$/, ''), source, meta, order: meta.order }];
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      faulty.push(faultyChapter(path, error.faults));
      return [];
    }
  });
  for (const [i, chapter] of sources.entries()) {
    const earlier = sources.slice(0, i).find((other) => other.order === chapter.order);
    if (earlier) {
      const line = chapter.source.split('\n').findIndex((l) => l.startsWith('order:')) + 1;
      const fault = `${chapter.file}:${line}:1: order ${chapter.order} is already the order of ${earlier.file}`;
      faulty.push(faultyChapter(chapter.file, [fault], chapter.meta));
    }
  }
  if (faulty.length > 0 && !live) throw new ContentError(faulty.flatMap((chapter) => chapter.faults!));
  const sorted = sources.filter((s) => !faulty.some((f) => f.file === s.file)).sort((a, b) => a.order - b.order);
  return { sources: sorted, faulty };
}

/** `npm run dev`: a chapter that cannot be rendered, as a page that lists its faults (a build stops on them). */
function faultyChapter(file: string, faults: readonly string[], meta?: ChapterMeta): Chapter {
  const slug = file.replace(/^.*\//, '').replace(/\.md$/, '');
  return {
    meta: meta ?? {
      title: slug,
      section: '',
      order: Infinity,
      summary: 'This chapter has faults.',
      status: 'reviewed',
    },
    html: '',
    headings: [],
    anchors: [],
    references: new Set(),
    warnings: [],
    slug,
    file,
    locale: 'en',
    faults,
  };
}

/** Numbers the blocks; in `npm run dev` a chapter that places a block placed before becomes a page of its faults. */
function numbered(sources: ReturnType<typeof chapterSources>['sources'], faulty: Chapter[]) {
  try {
    return { sources, placed: numberBlocks(sources) };
  } catch (error) {
    if (!live || !(error instanceof ContentError)) throw error;
    const faultsOf = (file: string) => error.faults.filter((fault) => fault.startsWith(`${file}:`));
    for (const s of sources)
      if (faultsOf(s.file).length > 0) faulty.push(faultyChapter(s.file, faultsOf(s.file), s.meta));
    const rest = sources.filter((s) => faultsOf(s.file).length === 0);
    return { sources: rest, placed: numberBlocks(rest) };
  }
}

/**
 * Renders every chapter in a language, in the English chapters' order; faults in any chapter are collected and
 * thrown together (in `npm run dev`, shown).
 */
export function chapters(name: string, locale: Locale = 'en', { draw = true }: { draw?: boolean } = {}): Chapter[] {
  return rendered(name, locale, draw).chapters;
}

/**
 * An edition's chapters in a language, rendered once. Without drawing (`check:content`, which only looks for
 * faults), a table or figure the edition can draw stands as an empty block, which is most of the time saved.
 */
function rendered(name: string, locale: Locale = 'en', draw = true): RenderedEdition {
  const entry = edition(name);
  const key = draw ? locale : `${locale}:undrawn`;
  const done = entry.rendered[key];
  if (done) return done;
  const result = locale === 'en' ? renderedSource(name, draw) : renderedTranslation(name, locale, draw);
  entry.rendered[key] = result;
  return result;
}

/** The chapters' words that stay the same in every language: the edition's name and fieldwork. */
const factsOf = (name: string) => {
  const { meta } = manifest(name);
  return { name: meta.edition, fieldwork: meta.fieldwork };
};
const known = (kind: 'table' | 'figure') => Object.keys(kind === 'table' ? TABLES : CHARTS);

/** Draws the tables and figures of one language's chapters, and keeps what was drawn, with each one's title. */
function blockDrawer(name: string, locale: Locale, draw: boolean) {
  const { data } = edition(name);
  const measured = countriesOf(data);
  const drawn = new Map<string, DrawnBlock>();
  const credit = chartCredit(manifest(name).meta, name, locale);
  const prefix = locale === 'en' ? '' : `/${locale}`;
  const drawBlock = (block: PlacedBlock) => {
    // a country's table or chart exists only in an edition that measured the country
    const country = /(?:^|-)(KZ|KG|TJ|TM|UZ)(?:-|$)/.exec(block.name)?.[1];
    if (country && !measured.includes(country as Country)) return undefined;
    if (block.kind === 'table') {
      const table = TABLES[block.name]?.(data, locale);
      // downloads are the same files in every language: machine-readable, English column names
      const csv = url(`/${name}/tables/${block.name}.csv`);
      return (
        table && { title: table.title, html: draw ? tableHtml(table, block.number, csv, block.report, locale) : '' }
      );
    }
    const chart = CHARTS[block.name];
    const csv = url(`/${name}/figures/${block.name}.csv`);
    // the chart's image in the page's language
    const svg = url(`${prefix}/${name}/figures/${block.name}.svg`);
    const options = { report: block.report, svgHref: svg, source: credit, locale };
    return (
      chart && {
        title: chart.title(data, locale),
        html: draw ? chartHtml(chart, data, block.number, csv, options) : '',
      }
    );
  };
  const render = (block: PlacedBlock) => {
    const result = drawBlock(block);
    if (result) drawn.set(block.name, { ...block, title: result.title });
    return result?.html;
  };
  return { render, drawn };
}

function renderedSource(name: string, draw: boolean): RenderedEdition {
  const entry = edition(name);
  const { sources: all, faulty } = chapterSources(name);
  const { sources, placed } = numbered(all, faulty);
  const { render, drawn } = blockDrawer(name, 'en', draw);
  const facts = factsOf(name);
  // the edition's own glossary names the terms whose first use in a chapter links to it; none without one
  const glossarySource = sources.find((s) => s.slug === GLOSSARY_SLUG)?.source;
  const glossary = glossarySource === undefined ? [] : glossaryTerms(glossarySource);
  const faults: string[] = [];
  const list: Chapter[] = [];
  for (const { file, slug, source, meta: frontmatter } of sources) {
    try {
      list.push({
        ...renderChapter(source, file, catalogueOf(name), { slug, placed, render, known }, facts, { glossary }),
        slug,
        file,
        locale: 'en',
      });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      if (live) list.push(faultyChapter(file, error.faults, frontmatter));
      else faults.push(...error.faults);
    }
  }
  if (faults.length > 0) throw new ContentError(faults);
  list.push(...faulty);
  entry.numbering = placed;
  return { chapters: list.sort((a, b) => a.meta.order - b.meta.order), placed: drawn };
}

/** The translations of an edition's chapters into a language: content/<edition>/<locale>/*.md. */
export function translationFiles(name: string, locale: Locale): string[] {
  const folder = `${contentRoot}${name}/${locale}`;
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((file) => file.endsWith('.md'))
        .sort()
    : [];
}

/**
 * The chapters in another language: each English chapter in its translation, its headings given the English
 * ids, its numbers and claims the English directives bound to the same data; an English chapter without a
 * translation is shown in English, marked. A translation of no English chapter is a fault.
 */
function renderedTranslation(name: string, locale: Locale, draw: boolean): RenderedEdition {
  const entry = edition(name);
  const english = rendered(name, 'en', draw).chapters;
  const placed = entry.numbering!;
  const { render, drawn } = blockDrawer(name, locale, draw);
  const facts = factsOf(name);
  const faults: string[] = [];
  const list: Chapter[] = [];
  const translations = new Map<string, { file: string; source: string; meta: TranslationMeta }>();
  for (const file of translationFiles(name, locale)) {
    const path = `content/${name}/${locale}/${file}`;
    const slug = file.replace(/\.md$/, '');
    if (!english.some((c) => c.slug === slug)) {
      faults.push(
        `${path}:1:1: translates no chapter: expected the name of an English chapter of ${name} ` +
          `(${english.map((c) => `${c.slug}.md`).join(', ')})`,
      );
      continue;
    }
    const source = readFileSync(`${contentRoot}${name}/${locale}/${file}`, 'utf8');
    try {
      translations.set(slug, { file: path, source, meta: readFrontmatter(source, path, translationFrontmatter) });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      faults.push(...error.faults);
    }
  }
  // the glossary's terms in this language, each with the anchor of the English entry in its place
  const englishGlossary = english.find((c) => c.slug === GLOSSARY_SLUG);
  const translatedGlossary = translations.get(GLOSSARY_SLUG);
  const glossary =
    englishGlossary && translatedGlossary
      ? glossaryTerms(translatedGlossary.source).map((term, i) => ({
          ...term,
          slug: englishGlossary.anchors.filter((a) => a.depth === 2)[i]?.id ?? term.slug,
        }))
      : [];
  for (const chapter of english) {
    const englishSource = readFileSync(`${contentRoot}${name}/${chapter.slug}.md`, 'utf8');
    const translation = translations.get(chapter.slug);
    const state = translationState(translation?.meta, englishSource);
    if (!translation) {
      list.push({ ...chapter, translation: { state, source: chapter.file } });
      continue;
    }
    const { title, summary, status } = translation.meta;
    const meta = { ...chapter.meta, title, summary, status };
    try {
      list.push({
        ...renderChapter(
          translation.source,
          translation.file,
          catalogueOf(name, locale),
          { slug: chapter.slug, placed, render, known },
          facts,
          { glossary, locale, anchors: chapter.anchors, meta },
        ),
        slug: chapter.slug,
        file: translation.file,
        locale,
        translation: { state, source: chapter.file },
      });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      if (live) list.push({ ...faultyChapter(translation.file, error.faults, meta), locale });
      else faults.push(...error.faults);
    }
  }
  if (faults.length > 0) throw new ContentError(faults);
  return { chapters: list, placed: drawn };
}

/** Where each table and figure that was drawn stands, for its download and for cross-references from page templates. */
export function placedBlocks(name: string, locale: Locale = 'en'): Map<string, DrawnBlock> {
  return rendered(name, locale).placed;
}
