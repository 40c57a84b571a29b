import type { EditionContext } from '../data/loadEdition.ts';
import type { EstimateRow, ReconciliationRow } from '../estimate/tidy.ts';
import type { ExclusionReport } from '../estimate/estimateRound.ts';
import type { Area, Cell } from '../model/dimensions.ts';
import type { Indicator } from '../model/indicators.ts';

/** What tables and charts draw from: one edition's generated data, already computed. */
export interface EditionData {
  edition: string;
  estimates: readonly EstimateRow[];
  context: EditionContext;
  audit: readonly ReconciliationRow[];
  exclusions: ExclusionReport;
}

/** Looks estimates up by area, cell and indicator; `optional` answers undefined for a value the edition lacks. */
export function optionalLookup(data: EditionData) {
  const byKey = new Map(data.estimates.map((r) => [`${r.country}.${r.location}.${r.exploitation}.${r.sex}.${r.indicator}`, r.value]));
  return (area: Area, cell: Partial<Cell>, indicator: Indicator): number | undefined =>
    byKey.get(`${area}.${cell.location ?? 'all'}.${cell.exploitation ?? 'all'}.${cell.sex ?? 'all'}.${indicator}`);
}

/** Looks estimates up by area, cell and indicator; a missing value is a programming error. */
export function estimateLookup(data: EditionData) {
  const maybe = optionalLookup(data);
  return (area: Area, cell: Partial<Cell>, indicator: Indicator): number => {
    const value = maybe(area, cell, indicator);
    if (value === undefined) throw new Error(`no estimate ${area}.${cell.location ?? 'all'}.${cell.exploitation ?? 'all'}.${cell.sex ?? 'all'}.${indicator} in edition ${data.edition}`);
    return value;
  };
}
