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

const cellsWhere = (kind: string, location: string) =>
  CELLS.flatMap((name, c) => (name.startsWith(`${kind}.${location}.`) ? [c] : []));
const PLACES = (['labor', 'sexual'] as const).map((kind) => ({
  kind,
  inside: cellsWhere(kind, 'inside'),
  abroad: cellsWhere(kind, 'abroad'),
}));

export class SettlementTallies implements QuestionnaireSink {
  private readonly settlements = new Map<string, SettlementTally>();
  private readonly excluded = Object.fromEntries(
    Object.keys(EXCLUSION_REASONS).map((r) => [r, [] as string[]]),
  ) as Record<ExclusionReason, string[]>;
  private valid = 0;
  /** rows come grouped by settlement: the last one is kept at hand */
  private last: SettlementTally | undefined;

  exclude(reason: ExclusionReason, id: string): void {
    this.excluded[reason].push(id);
  }

  add(q: Questionnaire): void {
    this.valid++;
    let s = this.last;
    if (!s || s.settlement !== q.settlement || s.province !== q.province || s.country !== q.country) {
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
    for (let c = 0; c < CELLS.length; c++) {
      s.recent[c]! += q.recent[c]!;
      s.earlier[c]! += q.earlier[c]!;
    }
    PLACES.forEach(({ inside, abroad }, k) => {
      const some = (cells: number[]) => cells.some((c) => q.recent[c]! + q.earlier[c]! > 0);
      const atHome = some(inside);
      const away = some(abroad);
      if (atHome) s.affected[k * 3]!++;
      if (away) s.affected[k * 3 + 1]!++;
      if (atHome && away) s.affected[k * 3 + 2]!++;
    });
  }

  /** @param read every row the reader read, so that read = valid + excluded can be checked by readers of the report */
  result(read: number): QuestionnaireTallies {
    return { read, valid: this.valid, excluded: this.excluded, settlements: [...this.settlements.values()] };
  }
}
