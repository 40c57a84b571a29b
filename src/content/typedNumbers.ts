/**
 * Finds numbers typed into prose that equal a value the data holds: they should be
 * references, so that they follow the data. A typed number matches a value when it equals the
 * value rounded to the same number of decimals ("139,984", "139984" and "139 984" all match
 * 139,983.9; "46%" matches a share of 0.4596). Small whole numbers (below 100), years, the
 * numbers of sections, tables and figures, and the method's constants are not checked: they
 * are counted words, dates and names, and would match some value by chance.
 */
import type { Locale } from '../model/locale.ts';
import type { Catalogue } from './catalogue.ts';

export interface TypedNumber {
  line: number;
  column: number;
  text: string;
  /** names of data values it equals */
  matches: string[];
}

/**
 * A number as each language writes it: English groups with commas (or spaces) and has a decimal point; Russian
 * groups with spaces and has a decimal comma ("1 132 064", "59,3 %").
 */
const NUMBER: Record<Locale, RegExp> = {
  en: /(?<![\w.,:-])(\d{1,3}(?:[, \u00a0]\d{3})+|\d+)(\.\d+)?(\s?%)?(?![\w-]|\.\d)/g,
  ru: /(?<![\w.,:-])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(,\d+)?(\s?%)?(?![\w-]|,\d)/g,
};
/** "section 2.1", "sections 2.1.6, 2.3.6 and 2.5.6", "Table 2-1a", «раздел 2.1», «табл. 2-1a»: parts of the report */
const PART_NAME =
  String.raw`(sections?|tables?|figures?|annex|article|chapters?|no\.?|number|§|` +
  String.raw`раздел\p{L}*|таблиц\p{L}*|табл\.|рисун\p{L}*|рис\.|приложени\p{L}*|стать\p{L}*|ст\.|глав\p{L}*|` +
  String.raw`пункт\p{L}*|п\.|вопрос\p{L}*|№)`;
const PART_LIST = String.raw`([\d.a-zа-я–-]+(,\s*|\s+(and|и)\s+|\s+(to|по)\s+|–))*`;
const LABEL_BEFORE = new RegExp(String.raw`(${PART_NAME}\s*${PART_LIST}|^#+\s*)$`, 'iu');
/** a section number in brackets, alone or in a range: "(1.1)", "(2.1–2.5)" */
const SECTION_IN_BRACKETS = /^\d\.\d(\.\d+)?$/;
/** the method's own constants, not results: the limits' quantiles, the reliability bands */
const CONSTANTS = new Set(['2.5%', '97.5%', '95%', '16.5%', '16.6%', '33.3%']);

/** Strips what is not prose: frontmatter, references, blocks, code, link targets. */
function prose(source: string): string {
  return (
    source
      .replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1))
      .replace(/:n\[[^\]]*\]|:ref\[[^\]]*\]|::\w+\{[^}]*\}/g, (m) => ' '.repeat(m.length))
      // a directive's attributes are formulas, not prose: `:claim[words]{that="UZ.share_of_region > 0.5"}`
      // (nested claims too: every attribute block closes a label)
      .replace(/\]\{[^}]*\}/g, (m) => `]${' '.repeat(m.length - 1)}`)
      .replace(/`[^`\n]*`/g, (m) => ' '.repeat(m.length))
      .replace(/\]\([^)]*\)/g, (m) => `]${' '.repeat(m.length - 1)}`)
  );
}

/** Every value by its printed forms: rounded to 0, 1 and 2 decimals, shares also as percentages. */
function printedForms(catalogue: Catalogue): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  const add = (form: string, name: string) => forms.set(form, [...(forms.get(form) ?? []), name]);
  for (const entry of catalogue.entries.values()) {
    const percent = entry.text.endsWith('%');
    if (entry.value === null) continue;
    const value = Math.abs(entry.shown ?? entry.value);
    for (const decimals of [0, 1, 2]) add(`${value.toFixed(decimals)}${percent ? '%' : ''}`, entry.name);
  }
  return forms;
}

export function typedNumbers(source: string, catalogue: Catalogue, locale: Locale = 'en'): TypedNumber[] {
  const forms = printedForms(catalogue);
  const found: TypedNumber[] = [];
  prose(source)
    .split('\n')
    .forEach((text, i) => {
      if (text.trimStart().startsWith('>')) return; // a quotation is not our prose
      for (const match of text.matchAll(NUMBER[locale])) {
        const [token, whole = '', written = '', percent = ''] = match;
        const digits = whole.replace(/[, \u00a0]/g, '');
        // a decimal comma read as a point: «59,3» is 59.3
        const decimals = written.replace(',', '.');
        const value = Number(digits + decimals);
        const isYear = !decimals && !percent && digits.length === 4 && value >= 1900 && value <= 2100;
        const constant = CONSTANTS.has(token.replace(/\s/g, '').replace(',', '.'));
        if ((!decimals && !percent && value < 100) || isYear || constant) continue;
        const before = text.slice(0, match.index);
        const after = text.slice(match.index! + token.length);
        if (LABEL_BEFORE.test(before)) continue;
        if (SECTION_IN_BRACKETS.test(token) && /[(–]\s*$/.test(before) && /^\s*[)–]/.test(after)) continue;
        const matches = forms.get(`${digits}${decimals}${percent ? '%' : ''}`);
        if (matches) found.push({ line: i + 1, column: match.index! + 1, text: token, matches: matches.slice(0, 3) });
      }
    });
  return found;
}
