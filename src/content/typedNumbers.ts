/**
 * Finds numbers typed into prose that equal a value the data holds: they should be
 * references, so that they follow the data. Small whole numbers (below 100), years and the
 * numbers of sections, tables and figures are not checked: they are counted words, dates
 * and names, and would match some value by chance.
 */
import type { Catalogue } from './catalogue.ts';

export interface TypedNumber {
  line: number;
  text: string;
  /** names of data values with the same printed form */
  matches: string[];
}

const NUMBER = /(?<![\w.,:-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%)?(?![\w-]|\.\d)/g;
/** "section 2.1", "sections 2.1.6, 2.3.6 and 2.5.6", "(1.1–1.2)": names of parts of the report */
const LABEL_BEFORE = /((sections?|tables?|figures?|annex|article|chapters?|no\.?|number|§)\s+([\d.a-z–-]+(,\s*|\s+and\s+|\s+to\s+|–))*|\(|\d–|^#+\s*)$/i;
/** the method's own constants, not results */
const CONSTANTS = new Set(['2.5%', '97.5%', '95%']);

/** Strips what is not prose: frontmatter, references, blocks, code, link targets. */
function prose(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1))
    .replace(/:n\[[^\]]*\]|:ref\[[^\]]*\]|::\w+\{[^}]*\}/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ');
}

export function typedNumbers(source: string, catalogue: Catalogue): TypedNumber[] {
  const byText = new Map<string, string[]>();
  for (const entry of catalogue.entries.values()) {
    const key = entry.text.replace(/\s/g, '');
    byText.set(key, [...(byText.get(key) ?? []), entry.name]);
  }
  const found: TypedNumber[] = [];
  prose(source)
    .split('\n')
    .forEach((text, i) => {
      if (text.trimStart().startsWith('>')) return; // a quotation is not our prose
      for (const match of text.matchAll(NUMBER)) {
        const [token, whole = '', decimals = '', percent = ''] = match;
        const value = Number(whole.replaceAll(',', '') + decimals);
        const isYear = !decimals && !percent && !whole.includes(',') && value >= 1900 && value <= 2100;
        if ((!decimals && !percent && value < 100) || isYear) continue;
        if (CONSTANTS.has(token) || LABEL_BEFORE.test(text.slice(0, match.index))) continue;
        const matches = byText.get(token.replace(/\s/g, ''));
        if (matches) found.push({ line: i + 1, text: token, matches: matches.slice(0, 3) });
      }
    });
  return found;
}
