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
  /** `npm run dev` only: the chapter's faults, shown on its page instead of its text (a build stops on them) */
  faults?: readonly string[];
}

/** A table or figure drawn in a chapter, with the title its caption gives. */
export interface DrawnBlock extends PlacedBlock {
  title: string;
}

const cache = new Map<
  string,
  { stamp?: string; data: EditionData; catalogue: Catalogue; chapters?: Chapter[]; placed?: Map<string, DrawnBlock> }
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
    entry = { stamp, data, catalogue: buildCatalogue(data.estimates, data.context, data.audit) };
    cache.set(edition, entry);
  }
  return entry;
}

export const editionData = (name: string): EditionData => edition(name).data;
export const catalogueOf = (name: string): Catalogue => edition(name).catalogue;

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
    references: new Set(),
    warnings: [],
    slug,
    file,
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

/** Renders every chapter; faults in any chapter are collected and thrown together (in `npm run dev`, shown). */
export function chapters(name: string): Chapter[] {
  return rendered(name).chapters;
}

function rendered(name: string) {
  const entry = edition(name);
  if (entry.chapters && entry.placed) return { chapters: entry.chapters, placed: entry.placed };
  const { sources: all, faulty } = chapterSources(name);
  const { sources, placed } = numbered(all, faulty);
  const measured = countriesOf(entry.data);
  // the blocks drawn: a draft may place one its edition cannot draw, which then has no page or download
  const drawn = new Map<string, DrawnBlock>();
  const render = (block: PlacedBlock) => {
    const result = draw(block);
    if (result) drawn.set(block.name, { ...block, title: result.title });
    return result?.html;
  };
  const credit = chartCredit(manifest(name).meta, name);
  const draw = (block: PlacedBlock) => {
    // a country's table or chart exists only in an edition that measured the country
    const country = /(?:^|-)(KZ|KG|TJ|TM|UZ)(?:-|$)/.exec(block.name)?.[1];
    if (country && !measured.includes(country as Country)) return undefined;
    if (block.kind === 'table') {
      const table = TABLES[block.name]?.(entry.data);
      const csv = url(`/${name}/tables/${block.name}.csv`);
      return table && { title: table.title, html: tableHtml(table, block.number, csv, block.report) };
    }
    const chart = CHARTS[block.name];
    const csv = url(`/${name}/figures/${block.name}.csv`);
    const svg = url(`/${name}/figures/${block.name}.svg`);
    return (
      chart && {
        title: chart.title(entry.data),
        html: chartHtml(chart, entry.data, block.number, csv, { report: block.report, svgHref: svg, source: credit }),
      }
    );
  };
  const known = (kind: 'table' | 'figure') => Object.keys(kind === 'table' ? TABLES : CHARTS);
  const { meta } = manifest(name);
  const facts = { name: meta.edition, fieldwork: meta.fieldwork };
  // the edition's own glossary names the terms whose first use in a chapter links to it; none without one
  const glossarySource = sources.find((s) => s.slug === GLOSSARY_SLUG)?.source;
  const glossary = glossarySource === undefined ? [] : glossaryTerms(glossarySource);
  const faults: string[] = [];
  const list: Chapter[] = [];
  for (const { file, slug, source, meta: frontmatter } of sources) {
    try {
      list.push({
        ...renderChapter(source, file, entry.catalogue, { slug, placed, render, known }, facts, { glossary }),
        slug,
        file,
      });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      if (live) list.push(faultyChapter(file, error.faults, frontmatter));
      else faults.push(...error.faults);
    }
  }
  if (faults.length > 0) throw new ContentError(faults);
  list.push(...faulty);
  entry.chapters = list.sort((a, b) => a.meta.order - b.meta.order);
  entry.placed = drawn;
  return { chapters: entry.chapters, placed: drawn };
}

/** Where each table and figure that was drawn stands, for its download and for cross-references from page templates. */
export function placedBlocks(name: string): Map<string, DrawnBlock> {
  return rendered(name).placed;
}
