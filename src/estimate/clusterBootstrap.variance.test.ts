/**
 * The Rao–Wu bootstrap's variance against variances found another way: the textbook variance of
 * a stratified mean, in closed form, on made-up settlement sums; the collapsed-strata variance of
 * one-settlement provinces; and the delete-one-settlement jackknife (src/stats/jackknife.ts) on a
 * seeded synthetic round of 4,000 questionnaires. Also the coefficient of variation and the design
 * effect beside the limits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, sampleVariance } from 'simple-statistics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRound } from '../../scripts/synthetic/generateRound.ts';
import { COUNTRY_NAMES, isCountry } from '../model/dimensions.ts';
import { CELLS, type CellName } from '../model/questionnaire.ts';
import { jackknifeVariance, jackknifeWeights } from '../stats/jackknife.ts';
import { byProvince } from '../survey/provinceStatistics.ts';
import type { SettlementTally } from '../survey/settlementTallies.ts';
import { tallyRound } from '../survey/tallyRound.ts';
import {
  bootstrapReplicates,
  bootstrapStrata,
  clusterBootstrap,
  weightedVictims,
  type BootstrapInput,
} from './clusterBootstrap.ts';
import { figureKey, isMissing } from './figure.ts';

let serial = 0;
/** A settlement of n respondents with relatives = 8 n (family size 8) and the given recent victims. */
function settlement(province: string, n: number, recent: Partial<Record<CellName, number>>): SettlementTally {
  return {
    country: 'KZ',
    province,
    settlement: `${province}-${++serial}`,
    n,
    relatives: 8 * n,
    migratedInside: 0,
    migratedAbroad: 0,
    migratedBoth: 0,
    recent: CELLS.map((c) => recent[c] ?? 0),
    earlier: CELLS.map(() => 0),
    affected: [0, 0, 0, 0, 0, 0],
  };
}

/** A one-country input: provinces as [name, population, settlements], in provinces order. */
function inputOf(population: number, provinces: [string, number, SettlementTally[]][]): BootstrapInput {
  return {
    countries: [{ country: 'KZ', name: 'Kazakhstan', population, sampleSize: 0 }],
    provinces: new Map(provinces.map(([name, , settlements]) => [`KZ\t${name}`, settlements])),
    provincePopulation: new Map([['KZ', new Map(provinces.map(([name, people]) => [name, people]))]]),
    recallYears: 3,
  };
}

const key = (area: string, cell: string) => `${area}.${cell}.victims`;
const figureValue = (figures: ReturnType<typeof clusterBootstrap>, area: string, cell: string, indicator: string) => {
  const [location, exploitation, sex] = cell.split('.') as [string, string, string];
  return figures.find((f) => figureKey(f) === figureKey({ country: area, location, exploitation, sex, indicator }))!;
};

describe('a stratified mean with a closed-form variance', () => {
  // Four provinces of 2, 3, 4 and 6 settlements of 10 respondents each, weights 0.1 … 0.4; the
  // recent victims of labor inside, women, per settlement:
  const Y = { A: [3, 9], B: [0, 4, 11], C: [2, 2, 7, 13], D: [1, 5, 6, 8, 10, 20] };
  const W = { A: 0.1, B: 0.2, C: 0.3, D: 0.4 };
  const input = inputOf(
    12_000_000,
    Object.entries(Y).map(([name, ys]) => [
      name,
      W[name as keyof typeof W] * 10_000_000,
      ys.map((y) => settlement(name, 10, { 'labor.inside.women': y })),
    ]),
  );
  // families = 12,000,000 ÷ 8 = 1,500,000; province rate = ȳ_h ÷ 10 ÷ 3 × 1,000, so
  // victims = 1,500,000 × Σ W_h ȳ_h × 100/3 ÷ 1,000 = 50,000 × Σ W_h ȳ_h
  const C = 50_000;
  const mean = (ys: number[]) => ys.reduce((a, b) => a + b, 0) / ys.length;
  const estimate = C * Object.entries(Y).reduce((t, [h, ys]) => t + W[h as keyof typeof W] * mean(ys), 0);
  // textbook: C² Σ W_h² s_h²/n_h = C² (0.01 × 18/2 + 0.04 × 31/3 + 0.09 × 82/3/4 + 0.16 × 209.33/5/6)
  const textbook =
    C ** 2 *
    Object.entries(Y).reduce((t, [h, ys]) => t + (W[h as keyof typeof W] ** 2 * sampleVariance(ys)) / ys.length, 0);
  const REPLICATES = 20_000;
  let replicates: Map<string, number[]>;
  let figures: ReturnType<typeof clusterBootstrap>;
  beforeAll(() => {
    replicates = bootstrapReplicates(input, { replicates: REPLICATES, seed: 3 });
    figures = clusterBootstrap(input, { replicates: REPLICATES, seed: 3 });
  });

  it('has the hand-computed estimate and textbook variance', () => {
    // 50,000 × (0.1 × 6 + 0.2 × 5 + 0.3 × 6 + 0.4 × 8.33) = 336,666.67; 2.5e9 × 2.2348 = 5.587e9
    expect(estimate).toBeCloseTo(336_666.67, 1);
    expect(textbook / 1e9).toBeCloseTo(5.587, 3);
    expect(
      weightedVictims(input, [[1, 1], [1, 1, 1], [1, 1, 1, 1], Array(6).fill(1)]).get(key('KZ', 'all.all.all')),
    ).toBeCloseTo(estimate, 6);
  });

  it('gives replicates whose variance is the textbook Σ W_h² s_h²/n_h within 3%', () => {
    const ratio = sampleVariance(replicates.get(key('KZ', 'inside.labor.women'))!) / textbook;
    // 20,000 replicates: the variance's Monte Carlo error is about 1%; n_h draws would give 0.77
    expect(ratio).toBeGreaterThan(0.97);
    expect(ratio).toBeLessThan(1.03);
  });

  it('reports CV = sd ÷ estimate and design effect = CV² × k, k = 101 reported cases', () => {
    const cv = figureValue(figures, 'KZ', 'inside.labor.women', 'victims_cv_design');
    const deff = figureValue(figures, 'KZ', 'inside.labor.women', 'design_effect');
    if (isMissing(cv) || isMissing(deff)) throw new Error('missing');
    const sd = Math.sqrt(sampleVariance(replicates.get(key('KZ', 'inside.labor.women'))!));
    expect(cv.value.value).toBeCloseTo(sd / estimate, 12);
    // 3 + 9 + 0 + 4 + 11 + 2 + 2 + 7 + 13 + 1 + 5 + 6 + 8 + 10 + 20 = 101 cases
    expect(deff.value.value).toBeCloseTo(cv.value.value ** 2 * 101, 12);
    // closed form: 5.587e9 ÷ 336,666.67² × 101 = 4.98
    expect(deff.value.value / ((textbook / estimate ** 2) * 101)).toBeCloseTo(1, 1);
    // the same for the region (one country) and the cells the leaf falls in
    const region = figureValue(figures, 'CA', 'all.all.all', 'design_effect');
    expect(isMissing(region) ? NaN : region.value.value).toBeCloseTo(deff.value.value, 9);
  });

  it('gives a missing figure, not NaN, where a cell has no victims', () => {
    for (const area of ['KZ', 'CA']) {
      for (const indicator of ['victims_cv_design', 'design_effect']) {
        expect(figureValue(figures, area, 'abroad.labor.men', indicator)).toMatchObject({ missing: 'no_victims' });
      }
      expect(figureValue(figures, area, 'abroad.labor.men', 'victims_upper_bootstrap')).toMatchObject({
        value: { value: 0 },
      });
    }
    expect(figures.filter((f) => !isMissing(f) && !Number.isFinite(f.value.value))).toEqual([]);
  });
});

describe('provinces of one settlement', () => {
  it('collapses two of equal weight and size into the textbook collapsed-strata variance W² (ȳ_1 − ȳ_2)²', () => {
    // P: 12 victims in 10 families, Q: 4; families 800,000 ÷ 8 = 100,000; rates 400 and 133.33
    const input = inputOf(800_000, [
      ['P', 1_000_000, [settlement('P', 10, { 'labor.abroad.men': 12 })]],
      ['Q', 1_000_000, [settlement('Q', 10, { 'labor.abroad.men': 4 })]],
    ]);
    expect(bootstrapStrata(input).collapsed).toEqual([{ country: 'KZ', provinces: ['P', 'Q'], single: ['P', 'Q'] }]);
    const values = bootstrapReplicates(input, { replicates: 4000, seed: 5 }).get(key('KZ', 'abroad.labor.men'))!;
    // one draw of the two settlements: the country rate is P's 400 or Q's 133.33, so victims 40,000 or 13,333.33
    const high = values.filter((v) => Math.abs(v - 40_000) < 1e-6).length;
    const low = values.filter((v) => Math.abs(v - 40_000 / 3) < 1e-6).length;
    expect(high + low).toBe(4000);
    // half each, within 5 binomial standard deviations (5 × √(4000 × 0.25) = 158)
    expect(Math.abs(high - 2000)).toBeLessThan(158);
    // so the variance is 0.5² × (40,000 − 13,333.33)² (the collapsed-strata estimator), not 0
    expect(sampleVariance(values) / (0.25 * (40_000 - 40_000 / 3) ** 2)).toBeCloseTo(1, 2);
    const figures = clusterBootstrap(input, { replicates: 4000, seed: 5 });
    const limits = ['lower', 'upper'].map((side) => {
      const f = figureValue(figures, 'KZ', 'abroad.labor.men', `victims_${side}_bootstrap`);
      return isMissing(f) ? NaN : f.value.value;
    });
    expect(limits[0]).toBeCloseTo(40_000 / 3, 6);
    expect(limits[1]).toBeCloseTo(40_000, 6);
  });

  it('gives a one-settlement province the variance of its collapsed stratum, flagged, when all else is alike', () => {
    // O: three alike settlements (rate 100), N: one of rate 400, weights 0.75 and 0.25, all of 10 respondents.
    // Without N there would be no variance at all. Collapsed (4 settlements, 3 drawn, N drawn k ~ Bin(3, 1/4)
    // times): S* = ((3 − k) 100 + k 400) ÷ 3 and S = 175, so Var(S*) = 300² × 9/16 ÷ 9 = 5,625, and the
    // country rate (0.75 × 100 + 0.25 × 400) × S*/S = S* has variance 5,625: victims × 1,000 families ÷ 1,000
    const o = () => settlement('O', 10, { 'sexual.inside.women': 3 });
    const input = inputOf(8_000, [
      ['O', 3_000_000, [o(), o(), o()]],
      ['N', 1_000_000, [settlement('N', 10, { 'sexual.inside.women': 12 })]],
    ]);
    expect(bootstrapStrata(input).collapsed).toEqual([{ country: 'KZ', provinces: ['O', 'N'], single: ['N'] }]);
    const values = bootstrapReplicates(input, { replicates: 20_000, seed: 8 }).get(key('KZ', 'inside.sexual.all'))!;
    // victims = 1,000 families × rate ÷ 1,000 = rate: variance 5,625 (Monte Carlo error about 1%)
    expect(sampleVariance(values) / 5625).toBeGreaterThan(0.97);
    expect(sampleVariance(values) / 5625).toBeLessThan(1.03);
  });
});

describe('the bootstrap against the delete-one-settlement jackknife on a synthetic round', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'rao-wu-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  /** bootstrap variance ÷ jackknife variance, by figure key */
  const ratios = new Map<string, number>();
  let collapsed: number;

  beforeAll(async () => {
    await writeRound(join(tmp, 'rw4000'), { edition: 'rw4000', seed: 2009, questionnaires: 4000, faultyShare: 0 });
    const round = await tallyRound(join(tmp, 'rw4000'));
    const provincePopulation = new Map<string, Map<string, number>>();
    for (const p of round.provinces)
      provincePopulation.set(p.country, (provincePopulation.get(p.country) ?? new Map()).set(p.province, p.population));
    const input: BootstrapInput = {
      countries: round.countries.flatMap((c) =>
        isCountry(c.country)
          ? [{ country: c.country, name: COUNTRY_NAMES[c.country], population: c.population, sampleSize: 0 }]
          : [],
      ),
      provinces: byProvince(round.tallies.settlements),
      provincePopulation,
      recallYears: round.meta.recallYears,
    };
    const strata = bootstrapStrata(input);
    collapsed = strata.collapsed.length;
    const sizes = strata.strata.map((s) => s.settlements.length);
    const full = weightedVictims(
      input,
      sizes.map((n) => Array<number>(n).fill(1)),
    );
    const deleted = sizes.map((n, h) =>
      Array.from({ length: n }, (_, j) => weightedVictims(input, jackknifeWeights(sizes, h, j))),
    );
    for (const [k, values] of bootstrapReplicates(input, { replicates: 3000, seed: 1 })) {
      const jk = jackknifeVariance(
        full.get(k)!,
        deleted.map((stratum) => stratum.map((victims) => victims.get(k)!)),
      );
      ratios.set(k, sampleVariance(values) / jk);
    }
  });

  it('has collapsed provinces to handle, and 24 cells of 5 countries and the region to compare', () => {
    expect(collapsed).toBeGreaterThan(3);
    expect(ratios.size).toBe(6 * 24);
  });

  it('agrees with it: median ratio within 10%, every cell within a third', () => {
    // measured: median 0.94, range 0.80–1.27 (a ratio estimator in strata of 2–12 settlements is not linear,
    // and the jackknife overstates such variances somewhat); n_h draws, or a jackknife without (n_h − 1)/n_h,
    // move the median below 0.8
    const values = [...ratios.values()];
    expect(median(values)).toBeGreaterThan(0.9);
    expect(median(values)).toBeLessThan(1.1);
    for (const [k, ratio] of ratios) {
      expect(ratio, k).toBeGreaterThan(0.75);
      expect(ratio, k).toBeLessThan(4 / 3);
    }
    // the totals of each country and of the region
    for (const area of ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'CA']) {
      expect(Math.abs(Math.log(ratios.get(key(area, 'all.all.all'))!)), area).toBeLessThan(Math.log(1.2));
    }
  });
});
