/**
 * remark plugin for what an edition draws from its data: `::table{name="estimates-KZ"}` and
 * `::figure{name="KZ-risk"}` on a line of their own, and `:ref[estimates-KZ]` for a numbered,
 * linked cross-reference ("Table 3"). Numbers follow the chapters' order across the edition.
 */
import type { Root } from 'mdast';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { closest } from 'fastest-levenshtein';
import type { ChapterFaults } from './chapterFaults.ts';
import { ContentError } from './remarkValues.ts';
import type { Locale } from '../model/locale.ts';
import { words } from '../i18n/dictionary.ts';

export type BlockKind = 'table' | 'figure';

export interface PlacedBlock {
  kind: BlockKind;
  name: string;
  number: number;
  /** the number the report gave it ("Figure 2-1a"), from the directive's `report` attribute */
  report?: string;
  /** the chapter it stands in */
  slug: string;
}

export interface BlocksOptions {
  slug: string;
  placed: ReadonlyMap<string, PlacedBlock>;
  /** the HTML of a block, given its number; undefined when no such table or figure exists */
  render: (block: PlacedBlock) => string | undefined;
  known: (kind: BlockKind) => string[];
}

/** The blocks a chapter places, in order, for numbering before any chapter is rendered. */
export function scanBlocks(source: string): { kind: BlockKind; name: string; report?: string }[] {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(source);
  const found: { kind: BlockKind; name: string; report?: string }[] = [];
  visit(tree, 'leafDirective', (node: LeafDirective) => {
    if ((node.name === 'table' || node.name === 'figure') && node.attributes?.name) {
      const report = node.attributes.report?.trim();
      found.push({ kind: node.name, name: node.attributes.name, ...(report ? { report } : {}) });
    }
  });
  return found;
}

/** Numbers every block of an edition, chapter by chapter; a name placed twice is a fault. */
export function numberBlocks(chapters: { file: string; slug: string; source: string }[]): Map<string, PlacedBlock> {
  const placed = new Map<string, PlacedBlock>();
  const counters: Record<BlockKind, number> = { table: 0, figure: 0 };
  const faults: string[] = [];
  for (const chapter of chapters) {
    for (const { kind, name, report } of scanBlocks(chapter.source)) {
      const earlier = placed.get(name);
      if (earlier) {
        faults.push(`${chapter.file}: ${kind} "${name}" is placed twice (also in ${earlier.slug})`);
        continue;
      }
      placed.set(name, { kind, name, number: ++counters[kind], ...(report ? { report } : {}), slug: chapter.slug });
    }
  }
  if (faults.length > 0) throw new ContentError(faults);
  return placed;
}

export const remarkBlocks: Plugin<[BlocksOptions & { faults: ChapterFaults; locale?: Locale }], Root> =
  ({ slug, placed, render, known, faults, locale = 'en' }) =>
  (tree) => {
    const { content: t } = words(locale);
    // Russian abbreviates, «табл. 3», «рис. 5», so that the reference fits a sentence in any case
    const label = { table: t.tableLabel, figure: t.figureLabel };
    visit(tree, 'leafDirective', (node: LeafDirective, index, parent) => {
      if (node.name !== 'table' && node.name !== 'figure') return;
      const name = node.attributes?.name ?? '';
      const block = placed.get(name);
      const html = block && render(block);
      if (!block || html === undefined) {
        faults.block(
          node,
          parent!,
          `unknown ${node.name} "${name}"` +
            (known(node.name).length > 0 ? `; closest: ${closest(name, known(node.name))}` : ''),
          node.name === 'table' ? t.markerUnknownTable : t.markerUnknownFigure,
        );
        return;
      }
      parent!.children.splice(index!, 1, { type: 'html', value: html });
    });
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== 'ref') return;
      const name = toString(node);
      const block = placed.get(name);
      if (!block) {
        faults.inline(node, `:ref[${name}] names no table or figure placed in this edition`, t.markerMissingReference);
        return;
      }
      const href = `${block.slug === slug ? '' : `../${block.slug}/`}#${block.kind}-${block.name}`;
      node.data = {
        hName: 'a',
        hProperties: { href },
        hChildren: [{ type: 'text', value: `${label[block.kind]}${locale === 'ru' ? '\u00a0' : ' '}${block.number}` }],
      };
    });
  };
