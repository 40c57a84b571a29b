/**
 * An edition's chapters: content/<edition>/*.md, rendered with the edition's values,
 * in the order their frontmatter gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, type Catalogue } from '../content/catalogue.ts';
import { renderChapter, type RenderedChapter } from '../content/renderChapter.ts';
import { context, estimates, reconciliation } from './generated.ts';

export const contentRoot = fileURLToPath(new URL('../../content/', import.meta.url));

export interface Chapter extends RenderedChapter {
  slug: string;
  file: string;
}

const catalogues = new Map<string, Catalogue>();
export function catalogueOf(edition: string): Catalogue {
  let catalogue = catalogues.get(edition);
  if (!catalogue) {
    catalogue = buildCatalogue(estimates(edition), context(edition), reconciliation(edition));
    catalogues.set(edition, catalogue);
  }
  return catalogue;
}

export function chapterFiles(edition: string): string[] {
  return readdirSync(`${contentRoot}${edition}`)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort();
}

/** Renders every chapter; a fault in any stops with all faults listed. */
export function chapters(edition: string): Chapter[] {
  const catalogue = catalogueOf(edition);
  return chapterFiles(edition)
    .map((name) => {
      const file = `content/${edition}/${name}`;
      const rendered = renderChapter(readFileSync(`${contentRoot}${edition}/${name}`, 'utf8'), file, catalogue);
      return { ...rendered, slug: name.replace(/\.md$/, ''), file };
    })
    .sort((a, b) => a.meta.order - b.meta.order);
}
