/**
 * remark plugin: `:n[KZ.inside.victims]` becomes the edition's formatted value, inside a
 * <data> element that carries the exact value and the name. An unknown name is a fault with
 * the file, line, column and the closest valid names; faults are collected and thrown together
 * so that the build stops.
 */
import type { Root, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { formatAbout } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { words } from '../i18n/dictionary.ts';
import { agreeing } from '../i18n/terms.ts';
import type { Catalogue } from './catalogue.ts';
import type { ChapterFaults } from './chapterFaults.ts';

export class ContentError extends Error {
  constructor(readonly faults: readonly string[]) {
    super(faults.join('\n'));
    this.name = 'ContentError';
  }
}

export interface ValuesOptions {
  catalogue: Catalogue;
  faults: ChapterFaults;
  /** names referenced, for the editors' guide and the typed-number check */
  used?: Set<string>;
  /** the language of the catalogue's texts, and of the markers a draft shows */
  locale?: Locale;
}

export const remarkValues: Plugin<[ValuesOptions], Root> =
  ({ catalogue, faults, used, locale = 'en' }) =>
  (tree) => {
    const { content: t } = words(locale);
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name === 'todo') {
        faults.inline(node, `to do: ${toString(node)}`, t.toBeWritten(toString(node)));
        return;
      }
      if (node.name !== 'n') return;
      const reference = toString(node);
      const result = catalogue.resolve(reference);
      if ('suggestions' in result) {
        faults.inline(
          node,
          `unknown reference "${reference}"; closest valid names: ${result.suggestions.join(', ')}`,
          t.markerUnknownValue,
        );
        return;
      }
      used?.add(result.entry.name);
      const about = node.attributes && 'about' in node.attributes;
      const value = result.entry.shown === undefined ? result.entry.value : null;
      const shown = about && value !== null ? formatAbout(value, locale) : result.entry.text;
      // Russian: the noun after a number agrees with it, whatever the round's number: {agree="жертва жертвы жертв"}
      const agree = node.attributes?.agree;
      let noun = '';
      if (agree !== undefined && agree !== null) {
        // three words, or three phrases between "|" when the noun has words of its own: "трудовой мигрант|…"
        const forms = agree.includes('|') ? agree.split('|').map((f) => f.trim()) : agree.trim().split(/\s+/);
        if (locale !== 'ru' || forms.length !== 3) {
          faults.inline(
            node,
            locale === 'ru'
              ? `:n[${reference}]{agree}: expected three forms of the noun, as after 1, 3 and 5: ` +
                  '"жертва жертвы жертв", or phrases between "|"'
              : `:n[${reference}]{agree}: only a Russian chapter makes a noun agree with its number`,
            t.markerUnknownValue,
          );
          return;
        }
        noun = `\u00a0${agreeing(shownNumber(shown), forms as [string, string, string])}`;
      }
      node.data = {
        hName: 'data',
        hProperties: {
          value: String(result.entry.value ?? ''),
          title: `${result.entry.description} [${result.entry.name}]`,
          ...(result.entry.missing ? { className: ['missing'] } : {}),
        },
        // {about}: a headline's precision, two significant figures (a count of people, not a share)
        hChildren: [{ type: 'text', value: shown + noun }],
      };
    });
  };

/**
 * The number a reader sees, as a noun after it must agree with it: «1 132 064» is 1132064, «4,3» is 4.3, and
 * «1,1 млн» or «140 тыс.» is a count of thousands, after which a noun takes the form it takes after 5.
 * @example shownNumber('1\u00a0132\u00a0064') // => 1132064
 */
export function shownNumber(shown: string): number {
  if (/(млн|тыс\.)$/.test(shown)) return 5;
  return Number(
    shown
      .replace(/[\s\u00a0%]/g, '')
      .replace(',', '.')
      .replace('−', '-'),
  );
}

/**
 * Puts back as literal text every inline directive no plugin claimed: remark-directive reads
 * "10:30" or "3:1" as directives named "30" and "1". An unknown block directive is a fault.
 */
export const remarkStrayDirectives: Plugin<[{ faults: ChapterFaults; locale?: Locale }], Root> =
  ({ faults, locale = 'en' }) =>
  (tree) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'textDirective') {
        if ((node as TextDirective).data?.hName) return; // claimed by :n or :ref
        parent.children.splice(index, 1, { type: 'text', value: literal(node as TextDirective) } satisfies Text);
      } else if (node.type === 'leafDirective' || node.type === 'containerDirective') {
        const directive = node as LeafDirective | ContainerDirective;
        faults.block(
          directive,
          parent,
          `unknown block "::${directive.name}"; expected ::table{name="…"} or ::figure{name="…"}`,
          words(locale).content.markerUnknownBlock,
        );
      }
    });
  };

/** The text a stray directive was written as: ":30", ":1[note]", ":see{x}". */
function literal(node: TextDirective): string {
  const label = node.children.length > 0 ? `[${toString(node)}]` : '';
  const attributes = Object.entries(node.attributes ?? {});
  const braces = attributes.length > 0 ? `{${attributes.map(([k, v]) => (v ? `${k}="${v}"` : k)).join(' ')}}` : '';
  return `:${node.name}${label}${braces}`;
}
