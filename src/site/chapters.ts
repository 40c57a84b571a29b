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
import { readEditionData, type EditionData } from '../generated/editionData.ts';
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

/** Renders every chapter; faults in any chapter are collected and thrown together. */
export function chapters(name: string): Chapter[] {
  const entry = edition(name);
  if (entry.chapters) return entry.chapters;
  const sources = chapterFiles(name)
    .map((file) => {
      const path = `content/${name}/${file}`;
      const source = readFileSync(`${contentRoot}${name}/${file}`, 'utf8');
      return { file: path, slug: file.replace(/\.md$/, ''), source, order: readFrontmatter(source, path).order };
    })
    .sort((a, b) => a.order - b.order);
  const placed = numberBlocks(sources);
  const render = (block: PlacedBlock) => {
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
        ...renderChapter(source, file, entry.catalogue, { file, slug, placed, render, known }, facts),
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
  entry.placed = placed;
  return rendered;
}

/** Where each table and figure stands, for cross-references from page templates. */
export function placedBlocks(name: string): Map<string, PlacedBlock> {
  chapters(name);
  return edition(name).placed!;
}
