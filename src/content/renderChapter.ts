/**
 * Renders one chapter of an edition: frontmatter checked, numbers bound to the data,
 * headings given stable ids. Rendering is done here with unified rather than by Astro's
 * content layer, so that a bad reference stops the build and a data change always shows
 * (Astro caches rendered Markdown by file and keeps going after a plugin throws).
 */
import { asClause } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { words } from '../i18n/dictionary.ts';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Catalogue } from './catalogue.ts';
import { ChapterFaults } from './chapterFaults.ts';
import { remarkBlocks, type BlocksOptions } from './remarkBlocks.ts';
import { remarkClaims, type EditionFacts } from './remarkClaims.ts';
import { remarkGlossary, type GlossaryTerm } from './remarkGlossary.ts';
import { ContentError, remarkStrayDirectives, remarkValues } from './remarkValues.ts';

export const chapterFrontmatter = z
  .object({
    title: z.string().min(1),
    /** the report's section number, "" for new material */
    section: z.string(),
    /** position in the edition's table of contents */
    order: z.number().int(),
    summary: z.string().min(1),
    /**
     * draft: carried over to a new round by round:new and not yet reviewed; the page says so, and a
     * fault shows as a marker instead of stopping the build. An editor sets it to reviewed.
     */
    status: z.enum(['draft', 'reviewed']).default('reviewed'),
  })
  .strict();
export type ChapterMeta = z.infer<typeof chapterFrontmatter>;

export interface Heading {
  depth: number;
  id: string;
  text: string;
}

/** A heading of any depth, in the order of the text: a translation's headings take these ids in turn. */
export interface Anchor {
  depth: number;
  id: string;
}

export interface RenderedChapter {
  meta: ChapterMeta;
  html: string;
  headings: Heading[];
  anchors: Anchor[];
  references: Set<string>;
  /** in a draft, the faults shown as markers, for the editor */
  warnings: string[];
}

/** A chapter's frontmatter, checked against its schema (a translation has its own); every fault located. */
export function readFrontmatter(source: string, file: string): ChapterMeta;
export function readFrontmatter<T extends z.ZodTypeAny>(source: string, file: string, schema: T): z.infer<T>;
export function readFrontmatter(source: string, file: string, schema: z.ZodTypeAny = chapterFrontmatter): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source.replace(/\r\n?/g, '\n'));
  if (!match) {
    const keys = Object.keys((schema as unknown as z.AnyZodObject).shape ?? {}).join(', ');
    throw new ContentError([`${file}:1:1: expected frontmatter between --- lines (${keys})`]);
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]!, { prettyErrors: true });
  } catch (error) {
    // the frontmatter starts on the file's second line
    const place = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    const [line, column] = place ? [place.line + 1, place.col] : [1, 1];
    throw new ContentError([
      `${file}:${line}:${column}: frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`,
    ]);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        const at = match[1]!.split('\n').findIndex((l) => l.startsWith(`${key}:`));
        const line = at >= 0 ? at + 2 : 1;
        return `${file}:${line}:1: frontmatter ${issue.path.join('.') || ''}: ${asClause(issue.message)}`;
      }),
    );
  }
  return result.data;
}

export function renderChapter(
  source: string,
  file: string,
  catalogue: Catalogue,
  blocks: BlocksOptions,
  edition: EditionFacts,
  {
    glossary = [],
    locale = 'en',
    anchors: sourceAnchors,
    meta: givenMeta,
  }: {
    /** the edition's glossary terms: their first use in the chapter links to the glossary */
    glossary?: readonly GlossaryTerm[];
    locale?: Locale;
    /** a translation: the English chapter's headings, whose ids its headings take in turn */
    anchors?: readonly Anchor[];
    /** a translation: its frontmatter, read by the caller with its own schema */
    meta?: ChapterMeta;
  } = {},
): RenderedChapter {
  const meta = givenMeta ?? readFrontmatter(source, file);
  const faults = new ChapterFaults(file, meta.status === 'draft');
  const references = new Set<string>();
  const headings: Heading[] = [];
  const anchors: Anchor[] = [];
  const { content: t } = words(locale);
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkValues, { catalogue, faults, used: references, locale })
    .use(remarkClaims, { catalogue, edition, faults, locale })
    .use(remarkBlocks, { ...blocks, faults, locale })
    .use(remarkStrayDirectives, { faults, locale })
    .use(remarkGlossary, { terms: glossary, chapter: blocks.slug, locale })
    .use(() => (tree: Root) => {
      // Russian sets a space before the per cent sign, which must not break: «95 %»
      if (locale === 'ru')
        visit(tree, 'text', (node) => {
          node.value = node.value.replace(/(\d) %/g, '$1\u00a0%');
        });
    })
    .use(() => (tree: Root) => {
      visit(tree, 'yaml', (_node, index, parent) => {
        if (parent && index !== undefined) parent.children.splice(index, 1);
      });
    })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSlug)
    .use(() => (tree: HastRoot) => {
      // a scrolling table is a landmark, named after the heading it stands under: one name per table on the page
      let section = t.tableLabel;
      const named = new Map<string, number>();
      const regionName = () => {
        const n = (named.get(section) ?? 0) + 1;
        named.set(section, n);
        return n === 1 ? t.tableRegion(section) : t.tableRegionNumbered(n, section);
      };
      visit(tree, 'element', (node, index, parent) => {
        const level = /^h([1-6])$/.exec(node.tagName)?.[1];
        if (level && sourceAnchors) {
          // a translation's heading takes the id of the English heading in its place, so that every address and
          // every link into the chapter is the same in both languages
          const source = sourceAnchors[anchors.length];
          if (source?.depth === Number(level)) node.properties.id = source.id;
          else if (!faults.faults.some((f) => f.includes('headings differ')))
            faults.faults.push(
              `${faults.where(node)}: the headings differ from the English chapter's: heading ${anchors.length + 1} ` +
                `("${textOf(node)}", level ${level}) stands where the English has ` +
                (source ? `a heading of level ${source.depth} (#${source.id})` : 'no heading') +
                '; keep the same headings, at the same levels, in the same order',
            );
        }
        if (level) anchors.push({ depth: Number(level), id: String(node.properties.id) });
        // a code block that scrolls sideways must be reachable from the keyboard
        if (node.tagName === 'pre') node.properties.tabIndex = 0;
        // a Markdown table gets the scrolling box the data tables have, so that a narrow screen never scrolls the page
        // sideways
        const boxed = parent?.type === 'element' && String(parent.properties.className ?? '').includes('table-wrap');
        if (node.tagName === 'table' && parent && index !== undefined && !boxed) {
          parent.children[index] = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['table-wrap'], role: 'region', ariaLabel: regionName(), tabIndex: 0 },
            children: [node],
          };
        }
        if (level) section = textOf(node);
        if (level && Number(level) >= 2 && Number(level) <= 4)
          headings.push({ depth: Number(level), id: String(node.properties.id), text: textOf(node) });
      });
      if (sourceAnchors && anchors.length < sourceAnchors.length && !faults.faults.some((f) => f.includes('headings')))
        faults.faults.push(
          `${file}:1:1: the headings differ from the English chapter's: it has ${sourceAnchors.length}, ` +
            `this translation ${anchors.length}; keep the same headings, at the same levels, in the same order`,
        );
    })
    // a visible "#" after each heading: a stable address a reader can copy
    .use(rehypeAutolinkHeadings, {
      behavior: 'append',
      properties: { className: ['anchor'], ariaHidden: 'false' },
      content: (heading) => [
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['visually-hidden'] },
          children: [{ type: 'text', value: t.linkTo(textOf(heading)) }],
        },
        { type: 'text', value: '#' },
      ],
    })
    .use(rehypeStringify);
  const html = String(processor.processSync(source));
  if (faults.faults.length > 0) throw new ContentError(faults.faults);
  return { meta, html, headings, anchors, references, warnings: faults.warnings.sort(byPlace) };
}

function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map((child) => textOf(child as typeof node)).join('');
}

/** Messages "file:line:column: …" in the order of their places. */
function byPlace(a: string, b: string): number {
  const place = (m: string) => (/:(\d+):(\d+): /.exec(m) ?? []).slice(1).map(Number);
  const [la = 0, ca = 0] = place(a);
  const [lb = 0, cb = 0] = place(b);
  return la - lb || ca - cb;
}
