/**
 * remark plugin: the first use of a glossary term in a chapter becomes a link to its entry,
 * `../glossary/#slug`. The terms come from the edition's own glossary (content/<edition>/glossary.md):
 * each `## Term` heading is a term, its anchor is the heading's id, and a line under it such as
 * `*Also: oblast, velayat*` adds other words for it. An edition without a glossary links nothing.
 *
 * A term matches regardless of case, on word boundaries, also with a plural "s" or "es"; where
 * several match at one place, the longest wins ("family size" before "family"). Text in headings,
 * links, code, directives (`:n[…]`, `:claim[…]`), blockquotes and italics (quotations and titles of
 * works are not our words) is never linked, nor is the glossary itself, and each term is linked at
 * most once per chapter.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Link, Parent, Root, RootContent, Text } from 'mdast';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import type { Locale } from '../model/locale.ts';
import { words } from '../i18n/dictionary.ts';

/** The glossary's chapter: its file name, and so its address. */
export const GLOSSARY_SLUG = 'glossary';

export interface GlossaryTerm {
  /** the heading's text, "Close relatives and family size" */
  term: string;
  /** the heading's id on the glossary page, "close-relatives-and-family-size" */
  slug: string;
  /** other words for it, from the line "*Also: …*" under the heading */
  synonyms: string[];
}

export interface GlossaryOptions {
  terms: readonly GlossaryTerm[];
  /** the chapter being rendered; the glossary links nothing */
  chapter: string;
  /**
   * the chapter's language: English adds a plural "s" to a term; Russian, whose words change with their case,
   * matches the forms the glossary lists under the heading (`*Также: жертва, жертвы, жертв*`)
   */
  locale?: Locale;
}

/** The line that lists other words for a term, in each language. */
const ALSO = /^(also|также):\s*/i;

/**
 * The terms of a glossary chapter, with the ids its headings get when it is rendered (rehype-slug,
 * as in renderChapter), so that every link finds its anchor.
 * @example glossaryTerms('## Design effect\n\n*Also: design effects*\n\nText.')
 * // => [{ term: 'Design effect', slug: 'design-effect', synonyms: ['design effects'] }]
 */
export function glossaryTerms(source: string): GlossaryTerm[] {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkRehype)
    .use(rehypeSlug);
  const tree = processor.runSync(processor.parse(source)) as HastRoot;
  const elements = tree.children.filter((node): node is Element => node.type === 'element');
  return elements.flatMap((node, i) => {
    if (node.tagName !== 'h2') return [];
    const next = elements[i + 1];
    const first = next?.tagName === 'p' ? next.children.find((c) => c.type !== 'text' || c.value.trim()) : undefined;
    const also = first?.type === 'element' && first.tagName === 'em' ? textOf(first) : '';
    const synonyms = ALSO.test(also)
      ? also
          .replace(ALSO, '')
          .split(/[,;]\s+/)
          .map((s) => s.trim().replace(/\.$/, ''))
          .filter(Boolean)
      : [];
    return [{ term: textOf(node).trim(), slug: String(node.properties.id), synonyms }];
  });
}

function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map((child) => textOf(child as typeof node)).join('');
}

/** Nodes whose text is never linked. */
const SKIPPED = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'inlineCode',
  'code',
  'html',
  'blockquote',
  'emphasis',
  'yaml',
  'textDirective',
  'leafDirective',
  'containerDirective',
]);

interface Phrase {
  pattern: RegExp;
  term: GlossaryTerm;
}

/** "per 1,000 families" → a pattern on word boundaries, any case, any run of spaces, either dash, a plural. */
function phrasePattern(phrase: string, locale: Locale): RegExp {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-–‐]/g, '[-–‐]'))
    .join('\\s+');
  const plural = locale === 'en' && /\p{L}$/u.test(phrase.trim()) ? '(?:e?s)?' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${plural}(?![\\p{L}\\p{N}])`, 'giu');
}

export const remarkGlossary: Plugin<[GlossaryOptions], Root> =
  ({ terms, chapter, locale = 'en' }) =>
  (tree) => {
    if (chapter === GLOSSARY_SLUG || terms.length === 0) return;
    const phrases: Phrase[] = terms.flatMap((term) =>
      [term.term, ...term.synonyms].map((phrase) => ({ pattern: phrasePattern(phrase, locale), term })),
    );
    const { content: t } = words(locale);
    const linked = new Set<string>();

    /** The earliest match from `from`, the longest of those that start there. */
    const nextMatch = (text: string, from: number) => {
      let best: { index: number; length: number; term: GlossaryTerm } | undefined;
      for (const { pattern, term } of phrases) {
        pattern.lastIndex = from;
        const match = pattern.exec(text);
        if (!match) continue;
        if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length))
          best = { index: match.index, length: match[0].length, term };
      }
      return best;
    };

    /** The text node split around the terms first used in it; a term used before is passed over, whole. */
    const link = (node: Text): RootContent[] => {
      const parts: RootContent[] = [];
      let at = 0;
      let from = 0;
      for (let match = nextMatch(node.value, from); match; match = nextMatch(node.value, from)) {
        from = match.index + match.length;
        if (linked.has(match.term.slug)) continue;
        linked.add(match.term.slug);
        if (match.index > at) parts.push({ type: 'text', value: node.value.slice(at, match.index) });
        parts.push({
          type: 'link',
          url: `../${GLOSSARY_SLUG}/#${match.term.slug}`,
          title: t.inTheGlossary(match.term.term),
          data: { hProperties: { className: ['glossary-term'] } },
          children: [{ type: 'text', value: node.value.slice(match.index, from) }],
        } satisfies Link);
        at = from;
      }
      if (at === 0) return [node];
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      return parts;
    };

    const walk = (parent: Parent) => {
      parent.children = parent.children.flatMap((child): RootContent[] => {
        if (SKIPPED.has(child.type)) return [child];
        if (child.type === 'text') return link(child);
        if ('children' in child) walk(child);
        return [child];
      }) as typeof parent.children;
    };
    walk(tree);
  };
