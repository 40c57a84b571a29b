/**
 * The recent cases behind each victims estimate: how many exploited relatives the valid
 * questionnaires report in the recall window, summed over the leaf cells an estimate cell covers.
 * A victims estimate is proportional to them, so its Poisson variance is victims²/k.
 */
import { REGION, type Country } from '../model/dimensions.ts';
import type { LeafRate } from '../model/edition.ts';
import { CELLS } from '../model/questionnaire.ts';
import { exact } from '../stats/span.ts';
import type { SettlementTally } from '../survey/settlementTallies.ts';
import { covers } from './countryEstimates.ts';
import { estimateCells, figureKey } from './figure.ts';

/** The leaf cells of CELLS as the estimator's leaves (victims of unspecified sex count only where sex is "all"). */
const LEAVES: LeafRate[] = CELLS.map((name) => {
  const [exploitation, location, sex] = name.split('.') as [
    LeafRate['exploitation'],
    LeafRate['location'],
    LeafRate['sex'],
  ];
  return { exploitation, location, sex, ratePer1000Families: exact(0) };
});

/**
 * Recent cases k of every estimate cell of every country and of the region (REGION).
 * @param countries the countries to count, each also counted into the region
 * @param settlements every settlement's tally (its recent array indexed by CELLS); other countries' are ignored
 * @returns counts keyed figureKey with indicator "victims"
 * @example reportedCases(['KG'], smallRound.tallies.settlements).get('KG.all.all.all.victims') // => 21
 */
export function reportedCases(
  countries: readonly Country[],
  settlements: Iterable<SettlementTally>,
): Map<string, number> {
  const recent = new Map(countries.map((c) => [c as string, CELLS.map(() => 0)]));
  for (const s of settlements) {
    const sums = recent.get(s.country);
    if (sums) s.recent.forEach((v, i) => (sums[i]! += v));
  }
  const cases = new Map<string, number>();
  for (const country of countries) {
    for (const cell of estimateCells()) {
      const k = LEAVES.reduce((sum, leaf, i) => (covers(cell, leaf) ? sum + recent.get(country)![i]! : sum), 0);
      const region = figureKey({ country: REGION, ...cell, indicator: 'victims' });
      cases.set(figureKey({ country, ...cell, indicator: 'victims' }), k);
      cases.set(region, (cases.get(region) ?? 0) + k);
    }
  }
  return cases;
}
