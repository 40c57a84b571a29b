import { CELLS } from '../model/questionnaire.ts';
import type { SettlementTally } from './settlementTallies.ts';

/** What the questionnaires of one province say (section 1.3.5: provinces are the unit of weighting). */
export interface ProvinceStatistics {
  country: string;
  province: string;
  /** valid questionnaires */
  n: number;
  /** mean number of close relatives per respondent */
  familySize: number;
  migrationInside: number;
  migrationAbroad: number;
  /** annual victims per 1,000 families, by CELLS index: recent victims ÷ n ÷ recall years × 1,000 */
  rates: number[];
  /** victims over both periods, by CELLS index (the survey counts) */
  victims: number[];
}

/**
 * Sums a province's settlements (a settlement may appear more than once in a bootstrap
 * replicate) into its family size, migration shares and annual rates per 1,000 families.
 * @example provinceStatistics([{ n: 2, relatives: 20, recent: [3, 0, …], … }], 3).rates[0] // => 500 (3 ÷ 2 ÷ 3 ×
 * 1,000)
 */
export function provinceStatistics(settlements: readonly SettlementTally[], recallYears: number): ProvinceStatistics {
  const first = settlements[0];
  if (!first) throw new Error('a province needs at least one settlement');
  let n = 0;
  let relatives = 0;
  let inside = 0;
  let abroad = 0;
  const recent = CELLS.map(() => 0);
  const victims = CELLS.map(() => 0);
  for (const s of settlements) {
    n += s.n;
    relatives += s.relatives;
    inside += s.migratedInside;
    abroad += s.migratedAbroad;
    for (let c = 0; c < CELLS.length; c++) {
      recent[c] = recent[c]! + s.recent[c]!;
      victims[c] = victims[c]! + s.recent[c]! + s.earlier[c]!;
    }
  }
  return {
    country: first.country,
    province: first.province,
    n,
    familySize: relatives / n,
    migrationInside: inside / n,
    migrationAbroad: abroad / n,
    rates: recent.map((v) => (v / n / recallYears) * 1000),
    victims,
  };
}

/** Settlements grouped by province, in the order first met. */
export function byProvince(settlements: readonly SettlementTally[]): Map<string, SettlementTally[]> {
  const groups = new Map<string, SettlementTally[]>();
  for (const s of settlements) {
    const key = `${s.country}\t${s.province}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return groups;
}
