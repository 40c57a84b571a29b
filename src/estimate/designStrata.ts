/**
 * The strata a design-based variance resamples: the provinces (section 1.3.1: settlements were
 * drawn within provinces), except that a province with one settlement gives no within-province
 * variance and is collapsed with a neighbour, as in the collapsed-strata method (Cochran,
 * Sampling Techniques, 3rd ed., 1977, chapter 5A).
 */
import type { SettlementTally } from '../survey/settlementTallies.ts';

/** One stratum of the variance: a province, or provinces of one country collapsed together. */
export interface Stratum {
  country: string;
  /** keys "country\tprovince", in provinces order */
  provinces: string[];
  /** the settlements of those provinces, province by province */
  settlements: SettlementTally[];
}

/** Provinces collapsed together, for a note on a page: all of them, and those that had one settlement. */
export interface CollapsedStratum {
  country: string;
  provinces: string[];
  single: string[];
}

export interface DesignStrata {
  strata: Stratum[];
  collapsed: CollapsedStratum[];
}

/**
 * Groups settlements into variance strata. The rule: take the provinces of a country that have
 * settlements, in provinces order; a province with one settlement joins the next of them, or the
 * previous one when it is the last, together with whatever that province has already been
 * collapsed with. So a run of one-settlement provinces joins up until it has two settlements or more.
 * @param provinces settlements keyed "country\tprovince" (provinces without settlements are ignored)
 * @param order keys "country\tprovince" in provinces order (provinces.csv); keys missing from it follow in map order
 * @throws Error when a country has one settlement in all, so that nothing can be collapsed
 * @example designStrata(new Map([['KG\tOsh', [a, b]], ['KG\tNaryn', [c]]]), []).collapsed
 * // => [{ country: 'KG', provinces: ['Osh', 'Naryn'], single: ['Naryn'] }]
 */
export function designStrata(
  provinces: ReadonlyMap<string, readonly SettlementTally[]>,
  order: readonly string[],
): DesignStrata {
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i >= 0 ? i : order.length + [...provinces.keys()].indexOf(key);
  };
  const keys = [...provinces.keys()].filter((k) => provinces.get(k)!.length > 0).sort((a, b) => rank(a) - rank(b));
  const countryOf = (key: string) => provinces.get(key)![0]!.country;
  const strata: Stratum[] = [];
  const collapsed: CollapsedStratum[] = [];
  for (const country of [...new Set(keys.map(countryOf))]) {
    const own = keys.filter((k) => countryOf(k) === country);
    /** each province's group, as an index into groups */
    const groupOf = own.map((_, i) => i);
    const groups: (number[] | undefined)[] = own.map((_, i) => [i]);
    const size = (g: number) => groups[g]!.reduce((n, i) => n + provinces.get(own[i]!)!.length, 0);
    own.forEach((key, i) => {
      if (provinces.get(key)!.length > 1 || size(groupOf[i]!) > 1) return;
      if (own.length === 1)
        throw new Error(`no province to collapse ${key.replace('\t', ' ')} with: one settlement in all`);
      const partner = i + 1 < own.length ? i + 1 : i - 1;
      const [into, from] = [groupOf[partner]!, groupOf[i]!];
      for (const j of groups[from]!) groupOf[j] = into;
      groups[into] = [...groups[into]!, ...groups[from]!].sort((a, b) => a - b);
      groups[from] = undefined;
    });
    for (const group of groups) {
      if (!group) continue;
      const members = group.map((i) => own[i]!);
      strata.push({ country, provinces: members, settlements: members.flatMap((k) => [...provinces.get(k)!]) });
      if (members.length > 1) {
        const name = (k: string) => k.slice(k.indexOf('\t') + 1);
        collapsed.push({
          country,
          provinces: members.map(name),
          single: members.filter((k) => provinces.get(k)!.length === 1).map(name),
        });
      }
    }
  }
  return { strata, collapsed };
}
