/**
 * The whole edition on one page, for readers who print it or save it as a PDF. Each chapter's HTML
 * is taken as rendered and fitted to its place on the long page:
 * - its headings go one level down, since the chapter's title is the page's h2;
 * - its ids and the links to them are made unique on the page: "#sample" in the Kazakhstan chapter becomes
 *   "#kazakhstan--sample", and "../methodology/#the-95-limits" becomes "#methodology--the-95-limits"; the names
 *   of its scrolling tables start with the chapter's title;
 * - what only serves a screen is left out: the charts drawn for narrow columns (print uses the desktop
 *   drawing), the data tables behind charts (their CSVs stay a link away) and the "#" heading links.
 * Ids inside a chart's SVG are left alone: Plot numbers them across the whole build.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** The id on the print page of an element of a chapter, or of the chapter itself. */
export const printId = (slug: string, id?: string): string => (id ? `${slug}--${id}` : slug);

const classes = (node: Element) => [node.properties.className ?? []].flat().map(String);
const SCREEN_ONLY = (node: Element) =>
  (node.tagName === 'div' && ['phone', 'tablet'].some((c) => classes(node).includes(c))) ||
  (node.tagName === 'details' && classes(node).includes('chart-data')) ||
  (node.tagName === 'a' && classes(node).includes('anchor'));

/**
 * @param base the chapter's own address, "/2009/kazakhstan/", against which its relative links are read
 * @param chapterSlugs the chapters on the print page: a link to one of them becomes a link within the page
 */
export function printChapterHtml(
  html: string,
  chapter: { slug: string; title: string },
  base: string,
  chapterSlugs: ReadonlySet<string>,
): string {
  const { slug } = chapter;
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  const editionRoot = new URL('../', new URL(base, 'http://site')).pathname;
  const link = (href: string): string => {
    if (href.startsWith('#')) return `#${printId(slug, href.slice(1))}`;
    const target = new URL(href, new URL(base, 'http://site'));
    if (target.host !== 'site') return href;
    const chapter = target.pathname.startsWith(editionRoot)
      ? target.pathname.slice(editionRoot.length).replace(/\/$/, '')
      : '';
    if (chapterSlugs.has(chapter)) return `#${printId(chapter, target.hash.slice(1) || undefined)}`;
    return `${target.pathname}${target.hash}`;
  };
  visit(tree, 'element', (node: Element, index, parent) => {
    if (SCREEN_ONLY(node) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'svg') return SKIP;
    const rank = /^h([1-5])$/.exec(node.tagName)?.[1];
    if (rank) node.tagName = `h${Number(rank) + 1}`;
    const { properties } = node;
    if (typeof properties.id === 'string') properties.id = printId(slug, properties.id);
    for (const name of ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor'] as const) {
      const ids = properties[name];
      if (ids !== undefined) properties[name] = [ids].flat().map((id) => printId(slug, String(id)));
    }
    if (typeof properties.href === 'string') properties.href = link(properties.href);
    if (properties.role === 'region' && typeof properties.ariaLabel === 'string')
      properties.ariaLabel = `${chapter.title}, ${properties.ariaLabel}`;
    return undefined;
  });
  return unified().use(rehypeStringify).stringify(tree);
}
