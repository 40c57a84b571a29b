/**
 * An edition's chapters: content/<edition>/*.md, rendered with the edition's values, tables
 * and figures, in the order their frontmatter gives. Tables and figures are numbered across
 * the edition in that order before any chapter is rendered.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, type Catalogue } from '../content/catalogue.ts';
import { numberBlocks, type PlacedBlock } from '../content/remarkBlocks.ts';
import { ContentError } from '../content/remarkValues.ts';
import { readFrontmatter, renderChapter, type RenderedChapter } from '../content/renderChapter.ts';
import { CHARTS } from '../charts/index.ts';
import { chartHtml } from '../charts/renderChart.ts';
import { countriesOf, readEditionData, type EditionData } from '../generated/editionData.ts';
import type { Country } from '../model/dimensions.ts';
import { manifest } from '../generated/readGenerated.ts';
import { TABLES } from '../tables/index.ts';
import { tableHtml } from '../tables/tableModel.ts';

export const contentRoot = fileURLToPath(new URL('../../content/', import.meta.url));

export interface Chapter extends RenderedChapter {
  slug: string;
  file: string;
}

const cache = new Map<
  string,
  { data: EditionData; catalogue: Catalogue; chapters?: Chapter[]; placed?: Map<string, PlacedBlock> }
>();
// `npm run dev` re-renders on every request, so that an editor sees an edit on reload
const live = (import.meta as { env?: { DEV?: boolean } }).env?.DEV === true;

function edition(edition: string) {
  if (live) cache.clear();
  let entry = cache.get(edition);
  if (!entry) {
    const data = readEditionData(edition);
    entry = { data, catalogue: buildCatalogue(data.estimates, data.context, data.audit) };
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

/** The chapters' sources in table-of-contents order; every fault of their names and frontmatter at once. */
function chapterSources(name: string) {
  const faults: string[] = [];
  const sources = chapterFiles(name).flatMap((file) => {
    const path = `content/${name}/${file}`;
    if (!SLUG.test(file)) {
      faults.push(
        `${path}:1:1: a chapter's file name is its address: expected lower-case words joined by "-", found "${file}"`,
      );
      return [];
    }
    const source = readFileSync(`${contentRoot}${name}/${file}`, 'utf8');
    try {
      return [{ file: path, slug: file.replace(/\.md$/, ''), source, order: readFrontmatter(source, path).order }];
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      faults.push(...error.faults);
      return [];
    }
  });
  for (const [i, chapter] of sources.entries()) {
    const earlier = sources.slice(0, i).find((other) => other.order === chapter.order);
    if (earlier) {
      const line = chapter.source.split('\n').findIndex((l) => l.startsWith('order:')) + 1;
      faults.push(`${chapter.file}:${line}:1: order ${chapter.order} is already the order of ${earlier.file}`);
    }
  }
  if (faults.length > 0) throw new ContentError(faults);
  return sources.sort((a, b) => a.order - b.order);
}

/** Renders every chapter; faults in any chapter are collected and thrown together. */
export function chapters(name: string): Chapter[] {
  const entry = edition(name);
  if (entry.chapters) return entry.chapters;
  const sources = chapterSources(name);
  const placed = numberBlocks(sources);
  const measured = countriesOf(entry.data);
  // the blocks drawn: a draft may place one its edition cannot draw, which then has no page or download
  const drawn = new Map<string, PlacedBlock>();
  const render = (block: PlacedBlock) => {
    const html = draw(block);
    if (html !== undefined) drawn.set(block.name, block);
    return html;
  };
  const draw = (block: PlacedBlock) => {
    // a country's table or chart exists only in an edition that measured the country
    const country = /(?:^|-)(KZ|KG|TJ|TM|UZ)(?:-|$)/.exec(block.name)?.[1];
    if (country && !measured.includes(country as Country)) return undefined;
    if (block.kind === 'table') {
      const table = TABLES[block.name];
      return table && tableHtml(table(entry.data), block.number, `/${name}/tables/${block.name}.csv`);
    }
    const chart = CHARTS[block.name];
    return chart && chartHtml(chart, entry.data, block.number, `/${name}/figures/${block.name}.csv`);
  };
  const known = (kind: 'table' | 'figure') => Object.keys(kind === 'table' ? TABLES : CHARTS);
  const { meta } = manifest(name);
  const facts = { name: meta.edition, fieldwork: meta.fieldwork };
  const faults: string[] = [];
  const rendered: Chapter[] = [];
  for (const { file, slug, source } of sources) {
    try {
      rendered.push({
        ...renderChapter(source, file, entry.catalogue, { slug, placed, render, known }, facts),
        slug,
        file,
      });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      faults.push(...error.faults);
    }
  }
  if (faults.length > 0) throw new ContentError(faults);
  entry.chapters = rendered;
  entry.placed = drawn;
  return rendered;
}

/** Where each table and figure that was drawn stands, for its download and for cross-references from page templates. */
export function placedBlocks(name: string): Map<string, PlacedBlock> {
  chapters(name);
  return edition(name).placed!;
}
