/**
 * Claims: what a sentence says about the data beyond its numbers (a ranking, a comparison, "the
 * only country where …"), written so that the build can check it against the edition's values.
 * A claim that the data contradicts stops the build, naming the values that contradict it.
 *
 * A claim is a short formula over catalogue names (see content/README.md):
 * - `UZ highest rate_per_1000_population`, `KG lowest abroad.victims`: first or last of the countries;
 * - `TM rank 4 victims`: fourth from the highest;
 * - `KZ.inside.victims > KZ.abroad.victims`, `UZ.share_of_region > 0.5`: a comparison (>, <, >=, <=);
 * - `only KZ inside.victims > abroad.victims`: the comparison holds for that country and no other.
 */
import { ordinalWord } from '../i18n/terms.ts';
import { COUNTRY_NAMES, type Area } from '../model/dimensions.ts';
import type { Catalogue, CatalogueEntry } from './catalogue.ts';

export type ClaimResult = { holds: true } | { holds: false; why: string };

const COMPARISONS = {
  '>': (a: number, b: number) => a > b,
  '<': (a: number, b: number) => a < b,
  '>=': (a: number, b: number) => a >= b,
  '<=': (a: number, b: number) => a <= b,
} as const;
type Comparison = keyof typeof COMPARISONS;
const isComparison = (token: string): token is Comparison => token in COMPARISONS;

/** The countries the edition measured, in the report's order. */
export function countriesOf(catalogue: Catalogue): Area[] {
  return (Object.keys(COUNTRY_NAMES) as Area[]).filter(
    (area) => area !== 'CA' && catalogue.entries.has(`${area}.all.all.all.population`),
  );
}

/** A claim's formula that the evaluator cannot read: a fault of the chapter, not of the data. */
export class ClaimSyntaxError extends Error {}

/** A value the claim names: a catalogue entry, or a plain number. */
function operand(token: string, catalogue: Catalogue): { value: number; text: string; name: string } {
  if (/^-?\d+(\.\d+)?$/.test(token)) return { value: Number(token), text: token, name: token };
  const found = catalogue.resolve(token);
  if ('suggestions' in found) {
    throw new ClaimSyntaxError(`unknown name "${token}"; closest valid names: ${found.suggestions.join(', ')}`);
  }
  return valueOf(found.entry);
}

function valueOf(entry: CatalogueEntry): { value: number; text: string; name: string } {
  if (entry.value === null) throw new ClaimSyntaxError(`${entry.name} has no value in this edition (${entry.text})`);
  return { value: entry.value, text: entry.text, name: entry.name };
}

/** Each country's value of a name written without its area, highest first. */
export function ranking(reference: string, catalogue: Catalogue): { area: Area; value: number; text: string }[] {
  const rows = countriesOf(catalogue).map((area) => ({ area, ...operand(`${area}.${reference}`, catalogue) }));
  return rows.sort((a, b) => b.value - a.value);
}

const show = (row: { area: Area; text: string }) => `${row.area} ${row.text}`;

/**
 * Checks a claim against the catalogue.
 * @throws ClaimSyntaxError when the formula cannot be read or names an unknown value
 * @example evaluateClaim('UZ highest rate_per_1000_population', catalogue2009) // => { holds: true }
 */
export function evaluateClaim(claim: string, catalogue: Catalogue): ClaimResult {
  const tokens = claim.trim().split(/\s+/);
  const [first, second, third, fourth, fifth] = tokens;
  if (first === 'only' && tokens.length === 5 && second && third && fourth && fifth && isComparison(fourth)) {
    const area = country(second, catalogue);
    const holding = countriesOf(catalogue).filter((c) =>
      COMPARISONS[fourth](operand(`${c}.${third}`, catalogue).value, operand(`${c}.${fifth}`, catalogue).value),
    );
    if (holding.length === 1 && holding[0] === area) return { holds: true };
    const values = countriesOf(catalogue)
      .map(
        (c) => `${c} ${operand(`${c}.${third}`, catalogue).text} ${fourth} ${operand(`${c}.${fifth}`, catalogue).text}`,
      )
      .join(', ');
    return { holds: false, why: `it holds for ${holding.join(', ') || 'no country'}: ${values}` };
  }
  if (tokens.length === 3 && first && third && (second === 'highest' || second === 'lowest')) {
    const area = country(first, catalogue);
    const rows = ranking(third, catalogue);
    const top = second === 'highest' ? rows[0]! : rows.at(-1)!;
    const own = rows.find((r) => r.area === area)!;
    if (top.area === area || top.value === own.value) return { holds: true };
    return { holds: false, why: `${show(top)} ${second === 'highest' ? '>' : '<'} ${show(own)}` };
  }
  if (tokens.length === 4 && first && fourth && second === 'rank' && third && /^\d+$/.test(third)) {
    const area = country(first, catalogue);
    const rows = ranking(fourth, catalogue);
    const place = rows.findIndex((r) => r.area === area) + 1;
    if (place === Number(third)) return { holds: true };
    return {
      holds: false,
      why: `${area} is ${ordinalWord(place, 'en')} of ${rows.length}: ${rows.map(show).join(' > ')}`,
    };
  }
  if (tokens.length === 3 && first && second && third && isComparison(second)) {
    const left = operand(first, catalogue);
    const right = operand(third, catalogue);
    if (COMPARISONS[second](left.value, right.value)) return { holds: true };
    return { holds: false, why: `${left.name} is ${left.text}, ${right.name} is ${right.text}` };
  }
  throw new ClaimSyntaxError(
    'expected "AREA highest NAME", "AREA lowest NAME", "AREA rank N NAME", "NAME > NAME" (or <, >=, <=) ' +
      'or "only AREA NAME > NAME"',
  );
}

function country(token: string, catalogue: Catalogue): Area {
  const area = countriesOf(catalogue).find((c) => c === token);
  if (!area)
    throw new ClaimSyntaxError(
      `expected a country of this edition (${countriesOf(catalogue).join(', ')}), found "${token}"`,
    );
  return area;
}
