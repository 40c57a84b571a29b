/**
 * The cluster bootstrap on the hand-computed small round (tests/fixtures/small-round, README):
 * Osh has 3 settlements and Naryn 2, so the Rao–Wu bootstrap (draw n_h − 1 settlements of the n_h
 * in each province, with replacement) has 3^2 × 2^1 = 18 equally likely ordered resamples. The
 * test enumerates them, computes each one's victims with its own arithmetic (settlement sums
 * typed in from the README's rows, not read through the tally code), and checks the module's
 * replicates and limits against that exact distribution.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quantileSorted } from 'simple-statistics';
import { beforeAll, describe, expect, it } from 'vitest';
import { bootstrapReplicates, clusterBootstrap, resampleVictims, type BootstrapInput } from './clusterBootstrap.ts';
import { isMissing } from './figure.ts';
import { estimateRound } from './estimateRound.ts';
import type { RoundInput } from '../survey/tallyRound.ts';
import { figureKey } from './figure.ts';
import { tallyRound } from '../survey/tallyRound.ts';
import { byProvince } from '../survey/provinceStatistics.ts';
import type { SettlementTally } from '../survey/settlementTallies.ts';

const fixture = fileURLToPath(new URL('../../tests/fixtures/small-round/', import.meta.url));

/** One settlement's valid questionnaires, summed by hand: recent victims only. */
interface HandSettlement {
  name: string;
  n: number;
  relatives: number;
  labor: { inside: { women: number; men: number; all: number }; abroad: { women: number; men: number; all: number } };
  sexual: { inside: number; abroad: number };
}
const zero = { women: 0, men: 0, all: 0 };
// README "The rows": Osh q01–q04, Naryn q08–q11 (the excluded rows add nothing)
const OSH: HandSettlement[] = [
  {
    name: 'Kara-Suu',
    n: 2,
    relatives: 5 + 6,
    labor: { inside: { women: 1 + 1, men: 2 + 1, all: 3 + 2 }, abroad: { women: 0, men: 1, all: 1 } },
    sexual: { inside: 1, abroad: 1 },
  }, // q01, q02
  { name: 'Uzgen', n: 1, relatives: 7, labor: { inside: zero, abroad: zero }, sexual: { inside: 0, abroad: 0 } }, // q03
  {
    name: 'Nookat',
    n: 1,
    relatives: 6,
    labor: { inside: zero, abroad: { women: 0, men: 1, all: 2 } },
    sexual: { inside: 0, abroad: 0 },
  }, // q04
];
const NARYN: HandSettlement[] = [
  {
    name: 'At-Bashy',
    n: 2,
    relatives: 8 + 10,
    labor: { inside: { women: 2, men: 1, all: 1 + 2 }, abroad: { women: 1, men: 2, all: 3 } },
    sexual: { inside: 0, abroad: 2 },
  }, // q08, q09
  {
    name: 'Kochkor',
    n: 2,
    relatives: 9 + 9,
    labor: { inside: { women: 0, men: 0, all: 1 }, abroad: { women: 0, men: 1, all: 1 } },
    sexual: { inside: 1, abroad: 0 },
  }, // q10, q11
];
const PROVINCES = [OSH, NARYN];
// Osh 1,200,000 and Naryn 300,000 of the 1,500,000 in provinces with questionnaires (Talas has none)
const WEIGHTS = [0.8, 0.2];
const KG_POPULATION = 5_500_000;
const RECALL_YEARS = 3;

/** The cells checked, as the recent victims of a settlement that fall in them. */
const CELLS: Record<string, (s: HandSettlement) => number> = {
  'inside.labor.all': (s) => s.labor.inside.all,
  'abroad.labor.men': (s) => s.labor.abroad.men,
  'abroad.labor.women': (s) => s.labor.abroad.women,
  'inside.sexual.all': (s) => s.sexual.inside,
  'all.all.women': (s) => s.labor.inside.women + s.labor.abroad.women + s.sexual.inside + s.sexual.abroad,
  'all.all.all': (s) => s.labor.inside.all + s.labor.abroad.all + s.sexual.inside + s.sexual.abroad,
};
const CELL_NAMES = Object.keys(CELLS);

interface Resample {
  /** for each province, the indices of the settlements drawn, in draw order */
  picks: number[][];
  probability: number;
}

/** Every ordered draw of m indices out of n, with replacement: n^m tuples. */
function orderedDraws(n: number, m: number): number[][] {
  let draws: number[][] = [[]];
  for (let k = 0; k < m; k++) draws = draws.flatMap((draw) => Array.from({ length: n }, (_, i) => [...draw, i]));
  return draws;
}

/**
 * Every resample of the provinces: one ordered draw of m_h out of n_h per province, each
 * ordered draw with probability n_h^−m_h. The Rao–Wu bootstrap passes m_h = n_h − 1; its weights
 * n_h/(n_h − 1) cancel in the ratios of handVictims, so they are not applied here.
 */
function enumerateResamples(sizes: readonly number[], drawSize: (n: number) => number): Resample[] {
  let resamples: Resample[] = [{ picks: [], probability: 1 }];
  for (const n of sizes) {
    const m = drawSize(n);
    resamples = resamples.flatMap((r) =>
      orderedDraws(n, m).map((draw) => ({ picks: [...r.picks, draw], probability: r.probability / n ** m })),
    );
  }
  return resamples;
}

/**
 * Victims of a cell for one resample, from the README's formula: province rate = recent victims
 * ÷ respondents ÷ recall years × 1,000 and family size = relatives ÷ respondents (a settlement
 * drawn twice counts twice); country rate and family size are the 0.8/0.2 weighted means;
 * victims = (population ÷ family size) × rate ÷ 1,000.
 */
function handVictims(picks: readonly number[][], count: (s: HandSettlement) => number): number {
  let rate = 0;
  let familySize = 0;
  PROVINCES.forEach((settlements, h) => {
    const drawn = picks[h]!.map((i) => settlements[i]!);
    const n = drawn.reduce((t, s) => t + s.n, 0);
    rate += WEIGHTS[h]! * ((drawn.reduce((t, s) => t + count(s), 0) / n / RECALL_YEARS) * 1000);
    familySize += WEIGHTS[h]! * (drawn.reduce((t, s) => t + s.relatives, 0) / n);
  });
  return ((KG_POPULATION / familySize) * rate) / 1000;
}

const resamples = enumerateResamples(
  PROVINCES.map((p) => p.length),
  (n) => n - 1,
);
/** each cell's 18 resample values, sorted */
const distribution = new Map(
  CELL_NAMES.map((cell) => [cell, resamples.map((r) => handVictims(r.picks, CELLS[cell]!)).sort((a, b) => a - b)]),
);

const REPLICATES = 18 * 1200;
/**
 * The quantile clusterBootstrap would report if its REPLICATES replicates hit every resample
 * exactly equally often: simple-statistics' quantileSorted (type 7, as clusterBootstrap uses)
 * over each of the 18 values repeated 1,200 times.
 */
function idealQuantile(cell: string, p: number): number {
  return quantileSorted(
    distribution.get(cell)!.flatMap((v) => Array<number>(REPLICATES / 18).fill(v)),
    p,
  );
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

let round: RoundInput;
let input: BootstrapInput;
/** the fixture's settlement tallies in the order of OSH and NARYN */
let tallies: SettlementTally[][];

beforeAll(async () => {
  round = await tallyRound(join(fixture, 'small'));
  const groups = byProvince(round.tallies.settlements);
  const provincePopulation = new Map<string, Map<string, number>>();
  for (const p of round.provinces)
    provincePopulation.set(p.country, (provincePopulation.get(p.country) ?? new Map()).set(p.province, p.population));
  const kg = round.countries.find((c) => c.country === 'KG')!;
  input = {
    countries: [{ country: 'KG', name: 'Kyrgyzstan', population: kg.population, sampleSize: round.tallies.valid }],
    provinces: groups,
    provincePopulation,
    recallYears: round.meta.recallYears,
  };
  tallies = ['Osh', 'Naryn'].map((province, h) =>
    PROVINCES[h]!.map((hand) =>
      round.tallies.settlements.find((s) => s.province === province && s.settlement === hand.name)!,
    ),
  );
});

const drawnTallies = (picks: readonly number[][]) => picks.map((draw, h) => draw.map((i) => tallies[h]![i]!));
const key = (area: string, cell: string) => `${area}.${cell}.victims`;

describe('the exact resample distribution of the small round', () => {
  it('has 3^2 × 2^1 = 18 ordered resamples of probability 1/18 each', () => {
    expect(resamples).toHaveLength(18);
    for (const r of resamples) expect(r.probability).toBeCloseTo(1 / 18, 15);
  });

  it('is smallest for all exploitation when Osh draws Uzgen twice and Naryn Kochkor once: 74,324.32', () => {
    // Osh rate 0, family size 7; Naryn 2 × 3 victims ÷ 4 respondents ÷ 3 years × 1,000 = 500, family size 9;
    // country rate 0.2 × 500 = 100, family size 0.8 × 7 + 0.2 × 9 = 7.4: 5,500,000 ÷ 7.4 × 100 ÷ 1,000
    expect(distribution.get('all.all.all')![0]).toBeCloseTo(74_324.32, 2);
    expect(handVictims([[1, 1], [1]], CELLS['all.all.all']!)).toBeCloseTo(74_324.32, 2);
  });

  it('matches the fixture: the same settlements, sizes and recall period as typed in by hand', () => {
    expect(tallies.map((p) => p.map((s) => [s.settlement, s.n, s.relatives]))).toEqual(
      PROVINCES.map((p) => p.map((s) => [s.name, s.n, s.relatives])),
    );
    expect(round.tallies.settlements).toHaveLength(5);
    expect([round.meta.recallYears, input.countries[0]!.population]).toEqual([RECALL_YEARS, KG_POPULATION]);
  });
});

describe('resampleVictims', () => {
  it('gives the point estimate for the resample that draws every settlement once', () => {
    const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8'));
    const identity = PROVINCES.map((p) => p.map((_, i) => i));
    const sample = resampleVictims(input, drawnTallies(identity));
    for (const cell of CELL_NAMES) {
      // the hand formula on the whole sample is expected.json's victims (e.g. all.all.all 708,333.33)
      expect(close(handVictims(identity, CELLS[cell]!), expected.country.cells[cell].victims), cell).toBe(true);
      expect(close(sample.get(key('KG', cell))!, expected.country.cells[cell].victims), cell).toBe(true);
    }
    // and, for every cell of the country and the region, the engine's own estimate
    const estimates = estimateRound(round, { replicates: 0, seed: 1 });
    const victims = new Map(
      estimates.figures.flatMap((f) =>
        'value' in f && f.indicator === 'victims' ? [[figureKey(f), f.value.value] as const] : [],
      ),
    );
    expect(sample.size).toBe(2 * 24); // 24 cells (README), for KG and for the region
    for (const [k, value] of sample) expect(close(value, victims.get(k)!), k).toBe(true);
  });

  it('agrees with the hand computation on all 18 resamples', () => {
    for (const r of resamples) {
      const victims = resampleVictims(input, drawnTallies(r.picks));
      for (const cell of CELL_NAMES) {
        const hand = handVictims(r.picks, CELLS[cell]!);
        expect(close(victims.get(key('KG', cell))!, hand), `${cell} ${JSON.stringify(r.picks)}`).toBe(true);
        // one country: the region is Kyrgyzstan
        expect(victims.get(key('CA', cell))).toBe(victims.get(key('KG', cell)));
      }
    }
  });
});

describe('the bootstrap against the exact distribution', () => {
  it('draws each resample value about as often as its exact probability, in 10,800 replicates', () => {
    const draws = 18 * 600;
    const replicates = bootstrapReplicates(input, { replicates: draws, seed: 2 });
    for (const cell of CELL_NAMES) {
      const values = replicates.get(key('KG', cell))!;
      expect(values).toHaveLength(draws);
      // the distinct values of the exact distribution and their probabilities
      const support: { value: number; probability: number; hits: number }[] = [];
      for (const v of distribution.get(cell)!) {
        const last = support.at(-1);
        if (last && close(v, last.value)) last.probability += 1 / 18;
        else support.push({ value: v, probability: 1 / 18, hits: 0 });
      }
      // walk the sorted replicates along the sorted support
      const strays: number[] = [];
      let j = 0;
      for (const v of [...values].sort((a, b) => a - b)) {
        while (j < support.length - 1 && !close(v, support[j]!.value) && v > support[j]!.value) j++;
        if (close(v, support[j]!.value)) support[j]!.hits++;
        else strays.push(v);
      }
      expect(strays, `${cell}: replicates that are no resample's value`).toEqual([]);
      // within 5 binomial standard deviations, 5 × sqrt(p (1 − p) ÷ 10,800): 0.011 for p = 1/18
      for (const s of support) {
        const sd = Math.sqrt((s.probability * (1 - s.probability)) / draws);
        expect(Math.abs(s.hits / draws - s.probability), `${cell} ${s.value}`).toBeLessThanOrEqual(5 * sd);
      }
    }
  });

  it('puts the 95% limits of 21,600 replicates between the exact 2% and 3%, and 97% and 98%, quantiles', () => {
    // the replicates' CDF at the 2.5% point has a standard deviation sqrt(0.025 × 0.975 / 21,600) = 0.1%,
    // so ± 0.5% is five of them
    const figures = clusterBootstrap(input, { replicates: REPLICATES, seed: 1 });
    const limit = (area: string, cell: string, side: 'lower' | 'upper') => {
      const [location, exploitation, sex] = cell.split('.');
      const figure = figures.find(
        (f) =>
          f.country === area &&
          f.location === location &&
          f.exploitation === exploitation &&
          f.sex === sex &&
          f.indicator === `victims_${side}_bootstrap`,
      )!;
      if (isMissing(figure)) throw new Error(`missing limit ${area} ${cell}`);
      return figure.value.value;
    };
    const within = (value: number, low: number, high: number) =>
      value >= low - 1e-9 * high && value <= high + 1e-9 * high;
    for (const cell of CELL_NAMES) {
      const lower = limit('KG', cell, 'lower');
      const upper = limit('KG', cell, 'upper');
      expect(within(lower, idealQuantile(cell, 0.02), idealQuantile(cell, 0.03)), `${cell} lower ${lower}`).toBe(true);
      expect(within(upper, idealQuantile(cell, 0.97), idealQuantile(cell, 0.98)), `${cell} upper ${upper}`).toBe(true);
      expect([limit('CA', cell, 'lower'), limit('CA', cell, 'upper')]).toEqual([lower, upper]);
    }
    // each resample has probability 1/18 > 2.5%, so the windows shrink to the smallest and largest resample values
    for (const cell of CELL_NAMES) {
      const values = distribution.get(cell)!;
      expect(close(limit('KG', cell, 'lower'), values[0]!), cell).toBe(true);
      expect(close(limit('KG', cell, 'upper'), values.at(-1)!), cell).toBe(true);
    }
  });
});
