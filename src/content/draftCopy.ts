/**
 * A chapter carried over to a new survey round: marked as a draft, with every reference that only
 * the previous edition can fill (a figure as the report printed it, a province of that round, a
 * context table of that report) replaced by a visible to-do for the editor. References to
 * estimates stay: they bind to the new round's data. Claims stay: in a draft, one the new data
 * contradicts shows as a marker instead of its words.
 */
import type { Root } from 'mdast';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { canonicalName } from './catalogue.ts';

/** Tables drawn from a report's context or its printed figures, which a round of questionnaires does not have. */
export const REPORT_ONLY_TABLES = ['audit', 'audit-summary', 'russia-migrant-conditions'];

/** True for a reference a new round can fill: an estimate, named as area.location.exploitation.sex.indicator. */
export function bindsToAnyRound(reference: string): boolean {
  const name = canonicalName(reference.trim());
  return name.split('.').length === 5 && !name.includes('printed');
}

/**
 * @param from the edition the chapter comes from, named in the to-dos
 * @example draftChapter('---\ntitle: "T"\n---\n\nIt printed :n[KZ.victims.printed].\n', '2009')
 *   // => '---\ntitle: "T"\nstatus: draft\n---\n\nIt printed :todo[2009 only: KZ.victims.printed].\n'
 */
export function draftChapter(source: string, from: string): string {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).parse(source) as Root;
  const edits: { start: number; end: number; text: string }[] = [];
  const span = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) => ({
    start: node.position!.start.offset!,
    end: node.position!.end.offset!,
  });
  visit(tree, 'textDirective', (node: TextDirective) => {
    if (node.name === 'n' && !bindsToAnyRound(toString(node))) {
      edits.push({ ...span(node), text: `:todo[${from} only: ${toString(node)}]` });
    }
  });
  visit(tree, 'leafDirective', (node: LeafDirective) => {
    if (node.name === 'table' && REPORT_ONLY_TABLES.includes(node.attributes?.name ?? '')) {
      edits.push({ ...span(node), text: `:todo[${from} only: the table ${node.attributes?.name}]` });
    } else if ((node.name === 'table' || node.name === 'figure') && node.attributes?.report !== undefined) {
      // the report's numbers belong to the report: a new round's figure has only its own
      edits.push({ ...span(node), text: `::${node.name}{name="${node.attributes.name ?? ''}"}` });
    }
  });
  visit(tree, 'yaml', (node) => {
    const { end } = span(node);
    // the closing "---" of the frontmatter: the status goes just before it
    const close = source.lastIndexOf('---', end);
    edits.push({ start: close, end: close, text: `${/\nstatus:/.test(node.value) ? '' : 'status: draft\n'}` });
    if (/\nstatus:/.test(`\n${node.value}`)) {
      const at = source.indexOf('status:', span(node).start);
      const lineEnd = source.indexOf('\n', at);
      edits.push({ start: at, end: lineEnd, text: 'status: draft' });
    }
  });
  edits.sort((a, b) => b.start - a.start);
  let text = source;
  for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}
