/**
 * The sums the estimator needs, per settlement (a cluster of the sample), built from valid
 * questionnaires as the reader hands them on; and the ids of the excluded ones, by reason.
 */
import {
  CELLS,
  EXCLUSION_REASONS,
  MAX_RELATIVES,
  type ExclusionReason,
  type Questionnaire,
  type QuestionnaireSink,
} from '../model/questionnaire.ts';

/** The sums of one settlement. */
export interface SettlementTally {
  country: string;
  province: string;
  settlement: string;
  /** valid questionnaires */
  n: number;
  /** close relatives, each questionnaire counting at most MAX_RELATIVES */
  relatives: number;
  migratedInside: number;
  migratedAbroad: number;
  migratedBoth: number;
  /** victims in the recall window, by CELLS index */
  recent: number[];
  /** victims before the recall window, by CELLS index */
  earlier: number[];
  /** respondents with an exploited relative, both periods: by AFFECTED index */
  affected: number[];
}

/** The places a respondent's exploited relatives can be: the index into SettlementTally.affected. */
export const AFFECTED = [
  'labor.inside',
  'labor.abroad',
  'labor.both',
  'sexual.inside',
  'sexual.abroad',
  'sexual.both',
] as const;

export interface QuestionnaireTallies {
  read: number;
  valid: number;
  excluded: Record<ExclusionReason, string[]>;
  settlements: SettlementTally[];
}

/**
 * For each cell, the bit of its kind and location among the AFFECTED places: labor inside 1, labor
 * abroad 2, sexual inside 8, sexual abroad 16 (bit k × 3 + l, as AFFECTED is ordered).
 */
const PLACE_BIT = CELLS.map((name) => {
  const [kind, location] = name.split('.');
  return 1 << ((kind === 'labor' ? 0 : 3) + (location === 'inside' ? 0 : 1));
});

export class SettlementTallies implements QuestionnaireSink {
  private readonly settlements = new Map<string, SettlementTally>();
  private readonly excluded = Object.fromEntries(
    Object.keys(EXCLUSION_REASONS).map((r) => [r, [] as string[]]),
  ) as Record<ExclusionReason, string[]>;
  private valid = 0;
  /** rows come grouped by settlement: the last one is kept at hand, with the reader's number of its place */
  private lastPlace = -1;
  private last: SettlementTally | undefined;

  exclude(reason: ExclusionReason, id: string): void {
    this.excluded[reason].push(id);
  }

  add(q: Questionnaire): void {
    this.valid++;
    let s = this.last;
    // the reader numbers each run of rows from one place: a new number, a new place to look up
    if (!s || q.place !== this.lastPlace) {
      this.lastPlace = q.place;
      const key = `${q.country}\t${q.province}\t${q.settlement}`;
      s = this.settlements.get(key);
      if (!s) {
        s = {
          country: q.country,
          province: q.province,
          settlement: q.settlement,
          n: 0,
          relatives: 0,
          migratedInside: 0,
          migratedAbroad: 0,
          migratedBoth: 0,
          recent: CELLS.map(() => 0),
          earlier: CELLS.map(() => 0),
          affected: AFFECTED.map(() => 0),
        };
        this.settlements.set(key, s);
      }
      this.last = s;
    }
    s.n++;
    s.relatives += Math.min(q.relatives, MAX_RELATIVES);
    if (q.migratedInside) s.migratedInside++;
    if (q.migratedAbroad) s.migratedAbroad++;
    if (q.migratedInside && q.migratedAbroad) s.migratedBoth++;
    // one plain loop: this runs for every questionnaire of a round
    let places = 0;
    for (let c = 0; c < CELLS.length; c++) {
      const recent = q.recent[c]!;
      const earlier = q.earlier[c]!;
      s.recent[c]! += recent;
      s.earlier[c]! += earlier;
      if (recent + earlier > 0) places |= PLACE_BIT[c]!;
    }
    for (let k = 0; k <= 3; k += 3) {
      const atHome = places & (1 << k);
      const away = places & (2 << k);
      if (atHome) s.affected[k]!++;
      if (away) s.affected[k + 1]!++;
      if (atHome && away) s.affected[k + 2]!++;
    }
  }

  /** @param read every row the reader read, so that read = valid + excluded can be checked by readers of the report */
  result(read: number): QuestionnaireTallies {
    return { read, valid: this.valid, excluded: this.excluded, settlements: [...this.settlements.values()] };
  }
}
