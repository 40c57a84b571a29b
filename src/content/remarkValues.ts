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
}

export const remarkValues: Plugin<[ValuesOptions], Root> =
  ({ catalogue, faults, used }) =>
  (tree) => {
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name === 'todo') {
        faults.inline(node, `to do: ${toString(node)}`, `to be written for this edition: ${toString(node)}`);
        return;
      }
      if (node.name !== 'n') return;
      const reference = toString(node);
      const result = catalogue.resolve(reference);
      if ('suggestions' in result) {
        faults.inline(
          node,
          `unknown reference "${reference}"; closest valid names: ${result.suggestions.join(', ')}`,
          'a figure this edition does not have',
        );
        return;
      }
      used?.add(result.entry.name);
      const about = node.attributes && 'about' in node.attributes;
      const value = result.entry.shown === undefined ? result.entry.value : null;
      node.data = {
        hName: 'data',
        hProperties: {
          value: String(result.entry.value ?? ''),
          title: `${result.entry.description} [${result.entry.name}]`,
          ...(result.entry.missing ? { className: ['missing'] } : {}),
        },
        // {about}: a headline's precision, two significant figures (a count of people, not a share)
        hChildren: [{ type: 'text', value: about && value !== null ? formatAbout(value) : result.entry.text }],
      };
    });
  };

/**
 * Puts back as literal text every inline directive no plugin claimed: remark-directive reads
 * "10:30" or "3:1" as directives named "30" and "1". An unknown block directive is a fault.
 */
export const remarkStrayDirectives: Plugin<[{ faults: ChapterFaults }], Root> =
  ({ faults }) =>
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
          'a part this edition does not have',
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
