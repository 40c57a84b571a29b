/**
 * One edition's generated data as tables, charts and content use it, with lookups by area,
 * cell and indicator. A missing value is a row with a reason: `row` gives it, `get` refuses it.
 */
import { COUNTRIES, type Area, type Cell, type Country, type Location, type OrAll } from '../model/dimensions.ts';
import type { Indicator } from '../model/indicators.ts';
import type { EditionContext, EstimateRow, ExclusionReport, ReconciliationRow } from './contract.ts';
import { editionFile } from './readGenerated.ts';

/** What tables and charts draw from: one edition's generated data, already computed. */
export interface EditionData {
  edition: string;
  estimates: readonly EstimateRow[];
  context: EditionContext;
  audit: readonly ReconciliationRow[];
  exclusions: ExclusionReport;
}

/** Reads an edition's data from generated/. */
export function readEditionData(edition: string): EditionData {
  return {
    edition,
    estimates: editionFile(edition, 'estimates.json'),
    context: editionFile(edition, 'context.json'),
    audit: editionFile(edition, 'reconciliation.json'),
    exclusions: editionFile(edition, 'exclusions.json'),
  };
}

const keyOf = (area: string, cell: Partial<Cell>, indicator: string) =>
  `${area}.${cell.location ?? 'all'}.${cell.exploitation ?? 'all'}.${cell.sex ?? 'all'}.${indicator}`;
const indexes = new WeakMap<EditionData, Map<string, EstimateRow>>();

/**
 * The estimate row of an area, cell (omitted dimensions are "all") and indicator: its value or the reason it is
 * missing.
 */
export function rowLookup(data: EditionData) {
  let byKey = indexes.get(data);
  if (!byKey) {
    byKey = new Map(data.estimates.map((r) => [keyOf(r.country, r, r.indicator), r]));
    indexes.set(data, byKey);
  }
  const index = byKey;
  return (area: Area, cell: Partial<Cell>, indicator: Indicator): EstimateRow | undefined =>
    index.get(keyOf(area, cell, indicator));
}

/** The value, or undefined when the edition has none (absent, or missing for a reason). */
export function optionalLookup(data: EditionData) {
  const row = rowLookup(data);
  return (area: Area, cell: Partial<Cell>, indicator: Indicator): number | undefined =>
    row(area, cell, indicator)?.value ?? undefined;
}

/** The value; asking for one the edition lacks is a programming error, and says which and why. */
export function estimateLookup(data: EditionData) {
  const row = rowLookup(data);
  return (area: Area, cell: Partial<Cell>, indicator: Indicator): number => {
    const found = row(area, cell, indicator);
    if (found?.value === null || found?.value === undefined) {
      const why = found?.missing ? ` (missing: ${found.missing})` : '';
      throw new Error(`no estimate ${keyOf(area, cell, indicator)} in edition ${data.edition}${why}`);
    }
    return found.value;
  };
}

/**
 * The 95% limits of a rate: the limits of the victims over the families (or the population),
 * per 1,000, as the report derives a rate from victims.
 * @example rateLimits(data2009, 'KZ', 'inside', 'families') // => { lower: …, upper: … }
 */
export function rateLimits(
  data: EditionData,
  area: Area,
  location: OrAll<Location>,
  per: 'families' | 'population',
  design = false,
): { lower: number; upper: number } | undefined {
  const get = estimateLookup(data);
  const maybe = optionalLookup(data);
  const perThousand = get(area, {}, per) / 1000;
  const lower = maybe(area, { location }, design ? 'victims_lower_bootstrap' : 'victims_lower');
  const upper = maybe(area, { location }, design ? 'victims_upper_bootstrap' : 'victims_upper');
  return lower === undefined || upper === undefined
    ? undefined
    : { lower: lower / perThousand, upper: upper / perThousand };
}

/** The countries an edition measured, in the report's order (a round may cover only some). */
export function countriesOf(data: EditionData): Country[] {
  return COUNTRIES.filter((country) => data.estimates.some((r) => r.country === country));
}
