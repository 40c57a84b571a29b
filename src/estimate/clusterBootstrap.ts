/**
 * Design-based 95% limits of the victims estimates, with their coefficient of variation and design
 * effect: the Rao–Wu rescaled bootstrap of settlements within provinces (Rao and Wu, JASA 83 (1988):
 * 231–241; Rao, Wu and Yue, Survey Methodology 18 (1992): 209–217).
 *
 * Settlements were drawn within provinces (section 1.3.1). A replicate draws, in every stratum of n_h
 * settlements, m_h = n_h − 1 of them with replacement; settlement i, drawn t_i times, gets the weight
 * t_i × n_h/(n_h − 1). Rao and Wu rescale by C_h = √(m_h/(n_h − 1)) (with the sampling fraction of
 * settlements taken as 0), which is 1 for m_h = n_h − 1: the rescaling is all in the weights. Here it
 * means this: every province statistic is a ratio of sums over settlements (rate = recent victims ÷
 * respondents ÷ recall years × 1,000; family size = relatives ÷ respondents), so n_h/(n_h − 1) cancels
 * and a replicate's province statistic is the ratio over the drawn settlements, each counted t_i times,
 * while the provinces keep their population weights. For a stratified mean Σ W_h ȳ_h the replicates'
 * variance is then, in expectation, the textbook Σ W_h² s_h²/n_h. Drawing n_h settlements would give
 * (n_h − 1)/n_h of it, and nothing for a province of one settlement.
 *
 * A province of one settlement is collapsed with a neighbour (the rule is in designStrata). A collapsed
 * stratum is resampled as one: its pooled ratio S, over all its settlements, becomes S* in a replicate,
 * and each of its provinces takes its own full-sample rate (or family size) times S* ÷ S, keeping its own
 * weight in the country mean. A province's own ratio would not do: with one settlement it is the same
 * whenever that settlement is drawn, and undefined when it is not. For two one-settlement provinces of
 * equal weight W and equal size this gives the textbook collapsed-strata variance W² (ȳ_1 − ȳ_2)².
 *
 * Each replicate recomputes the whole estimate: country means, families, victims and regional sums.
 */
import { randomInt, randomLcg } from 'd3-random';
import { quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import { REGION, type Country } from '../model/dimensions.ts';
import { exact } from '../stats/span.ts';
import { countryInput, weightedCountry } from '../survey/countryInputs.ts';
import { provinceStatistics, type ProvinceStatistics } from '../survey/provinceStatistics.ts';
import type { SettlementTally } from '../survey/settlementTallies.ts';
import { covers } from './countryEstimates.ts';
import { designStrata, type DesignStrata, type Stratum } from './designStrata.ts';
import { estimateCells, figureKey, type Figure, type MissingFigure } from './figure.ts';
import { reportedCases } from './reportedCases.ts';

export interface BootstrapOptions {
  /** replicates, a whole number ≥ 2 (1,000 in the build) */
  replicates: number;
  /** seed of d3-random's randomLcg: the same seed gives the same figures */
  seed: number;
  /** coverage of the limits, in (0, 1); default 0.95 */
  level?: number;
}

export interface BootstrapInput {
  countries: readonly { country: Country; name: string; population: number; sampleSize: number }[];
  /** settlements of each province, keyed "country\tprovince" */
  provinces: ReadonlyMap<string, readonly SettlementTally[]>;
  /** persons, by country and province; its order is the provinces order in which provinces are collapsed */
  provincePopulation: ReadonlyMap<string, ReadonlyMap<string, number>>;
  recallYears: number;
}

/** The strata of an input: its provinces, those with one settlement collapsed (see designStrata). */
export function bootstrapStrata(input: BootstrapInput): DesignStrata {
  const order = [...input.provincePopulation].flatMap(([country, provinces]) =>
    [...provinces.keys()].map((province) => `${country}\t${province}`),
  );
  return designStrata(input.provinces, order);
}

interface Design {
  input: BootstrapInput;
  strata: Stratum[];
  /** full-sample statistics of each stratum's provinces */
  own: ProvinceStatistics[][];
  /** full-sample pooled statistics of each stratum */
  pooled: ProvinceStatistics[];
}

function prepare(input: BootstrapInput): Design {
  const { strata } = bootstrapStrata(input);
  return {
    input,
    strata,
    own: strata.map((s) => s.provinces.map((key) => provinceStatistics(input.provinces.get(key)!, input.recallYears))),
    pooled: strata.map((s) => provinceStatistics(s.settlements, input.recallYears)),
  };
}

/** A settlement whose sums count w times. */
const scaled = (s: SettlementTally, w: number): SettlementTally => ({
  ...s,
  n: w * s.n,
  relatives: w * s.relatives,
  migratedInside: w * s.migratedInside,
  migratedAbroad: w * s.migratedAbroad,
  recent: s.recent.map((v) => w * v),
  earlier: s.earlier.map((v) => w * v),
});

/**
 * The province statistics of stratum g from its drawn settlements: repeats for a resample (its
 * weights n_h/(n_h − 1) cancel in the ratios), or scaled settlements for other weights.
 */
function stratumStatistics(design: Design, g: number, drawn: readonly SettlementTally[]): ProvinceStatistics[] {
  const stratum = design.strata[g]!;
  if (drawn.length === 0) throw new Error(`no settlement drawn in stratum ${stratum.provinces.join(' + ')}`);
  const now = provinceStatistics(drawn, design.input.recallYears);
  if (stratum.provinces.length === 1) return [now];
  const full = design.pooled[g]!;
  const factor = (after: number, before: number) => (before === 0 ? 1 : after / before);
  return design.own[g]!.map((p) => ({
    ...p,
    familySize: p.familySize * factor(now.familySize, full.familySize),
    rates: p.rates.map((rate, c) => rate * factor(now.rates[c]!, full.rates[c]!)),
  }));
}

/** Victims of every estimate cell of every country and of the region, keyed figureKey with indicator "victims". */
function victimsOf(design: Design, drawn: readonly (readonly SettlementTally[])[]): Map<string, number> {
  const { input } = design;
  const statistics = design.strata.flatMap((_, g) => stratumStatistics(design, g, drawn[g] ?? []));
  const victims = new Map<string, number>();
  for (const c of input.countries) {
    const weighted = weightedCountry(c.country, statistics, input.provincePopulation.get(c.country) ?? new Map());
    const country = countryInput(weighted, c.name, c.population, c.sampleSize);
    const families = c.population / weighted.familySize;
    for (const cell of estimateCells()) {
      const rate = country.rates
        .filter((leaf) => covers(cell, leaf))
        .reduce((sum, leaf) => sum + leaf.ratePer1000Families.value, 0);
      const value = (families * rate) / 1000;
      victims.set(figureKey({ country: c.country, ...cell, indicator: 'victims' }), value);
      const region = figureKey({ country: REGION, ...cell, indicator: 'victims' });
      victims.set(region, (victims.get(region) ?? 0) + value);
    }
  }
  return victims;
}

/**
 * Victims of every cell when settlement i of stratum g (in bootstrapStrata order) carries the weight
 * weights[g][i] ≥ 0; all weights 1 give the point estimate. For replication methods such as the jackknife.
 * @throws Error when every settlement of a stratum has weight 0
 * @example weightedVictims(input, strata.map((s) => s.settlements.map(() => 1))).get('KG.all.all.all.victims')
 * // => 708333.33 for the small round
 */
export function weightedVictims(input: BootstrapInput, weights: readonly (readonly number[])[]): Map<string, number> {
  const design = prepare(input);
  return victimsOf(
    design,
    design.strata.map((stratum, g) =>
      stratum.settlements.flatMap((s, i) => (weights[g]![i]! > 0 ? [scaled(s, weights[g]![i]!)] : [])),
    ),
  );
}

/**
 * Victims of every cell for one resample: the settlements drawn in each stratum (in bootstrapStrata
 * order, repeats allowed). Their Rao–Wu weights, times drawn × n_h/(n_h − 1), act as repeats.
 * @throws Error when a settlement is not of its stratum, or a stratum has none drawn
 * @example resampleVictims(input, [[karaSuu, uzgen], [kochkor]]).get('KG.all.all.all.victims') // => 675925.93
 * (small round: rate 0.8 × 888.89 + 0.2 × 500, family size 0.8 × 6 + 0.2 × 9, population 5,500,000)
 */
export function resampleVictims(
  input: BootstrapInput,
  resample: readonly (readonly SettlementTally[])[],
): Map<string, number> {
  const design = prepare(input);
  design.strata.forEach((stratum, g) => {
    for (const s of resample[g] ?? []) {
      if (!stratum.settlements.includes(s))
        throw new Error(`settlement ${s.settlement} is not of stratum ${stratum.provinces.join(' + ')}`);
    }
  });
  return victimsOf(design, resample);
}

/**
 * The replicates' victims of every cell, keyed figureKey with indicator "victims", in draw order:
 * each replicate draws n_h − 1 settlements of each stratum's n_h, with replacement (randomLcg(seed)).
 * @throws RangeError when replicates is not a whole number ≥ 0
 * @example bootstrapReplicates(input, { replicates: 1000, seed: 1 }).get('KG.all.all.all.victims').length // => 1000
 */
export function bootstrapReplicates(
  input: BootstrapInput,
  options: Pick<BootstrapOptions, 'replicates' | 'seed'>,
): Map<string, number[]> {
  if (!(Number.isInteger(options.replicates) && options.replicates >= 0))
    throw new RangeError(`invalid replicates; not a whole number ≥ 0: ${options.replicates}`);
  return replicatesOf(prepare(input), options);
}

function replicatesOf(design: Design, options: Pick<BootstrapOptions, 'replicates' | 'seed'>): Map<string, number[]> {
  const draw = randomInt.source(randomLcg(options.seed));
  const picks = design.strata.map((s) => draw(s.settlements.length));
  const replicates = new Map<string, number[]>();
  for (let r = 0; r < options.replicates; r++) {
    const resample = design.strata.map(({ settlements }, g) =>
      Array.from({ length: settlements.length - 1 }, () => settlements[picks[g]!()]!),
    );
    for (const [key, value] of victimsOf(design, resample)) {
      const values = replicates.get(key);
      if (values) values.push(value);
      else replicates.set(key, [value]);
    }
  }
  return replicates;
}

/**
 * Design-based figures of every cell of every country and of Central Asia, from the replicates:
 * victims_lower_bootstrap and victims_upper_bootstrap (the (1 − level)/2 and (1 + level)/2 quantiles,
 * type 7); victims_cv_design = the replicates' standard deviation (n − 1 divisor) ÷ the estimate; and
 * design_effect = that variance ÷ the Poisson variance victims²/k, i.e. CV² × k, where k is the recent
 * cases reported in the cell. Where the estimate or k is 0 the last two are missing ('no_victims').
 * The strata, and which provinces were collapsed, are in bootstrapStrata(input).
 * @throws RangeError when replicates is not a whole number ≥ 2, or level is outside (0, 1)
 * @throws Error when a country has one settlement in all
 * @example clusterBootstrap(input, { replicates: 1000, seed: 1 }) // => [{ country: 'KZ', location: 'inside', …,
 * indicator: 'victims_lower_bootstrap', value: { value: …, lo: …, hi: … } }, …, { …, indicator: 'design_effect', … }]
 */
export function clusterBootstrap(input: BootstrapInput, options: BootstrapOptions): (Figure | MissingFigure)[] {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`invalid level; not in (0, 1): ${level}`);
  if (!(Number.isInteger(options.replicates) && options.replicates >= 2))
    throw new RangeError(`invalid replicates; not a whole number ≥ 2: ${options.replicates}`);
  const design = prepare(input);
  const replicates = replicatesOf(design, options);
  const estimates = victimsOf(
    design,
    design.strata.map((s) => s.settlements),
  );
  const cases = reportedCases(
    input.countries.map((c) => c.country),
    [...input.provinces.values()].flat(),
  );
  const figures: (Figure | MissingFigure)[] = [];
  for (const [key, values] of replicates) {
    const [country, location, exploitation, sex] = key.split('.') as [
      Figure['country'],
      Figure['location'],
      Figure['exploitation'],
      Figure['sex'],
    ];
    const cell = { country, location, exploitation, sex };
    const sorted = values.sort((a, b) => a - b);
    const estimate = estimates.get(key)!;
    const k = cases.get(key)!;
    const cv = sampleStandardDeviation(sorted) / estimate;
    figures.push(
      { ...cell, indicator: 'victims_lower_bootstrap', value: exact(quantileSorted(sorted, (1 - level) / 2)) },
      { ...cell, indicator: 'victims_upper_bootstrap', value: exact(quantileSorted(sorted, (1 + level) / 2)) },
      ...(estimate > 0 && k > 0
        ? [
            { ...cell, indicator: 'victims_cv_design', value: exact(cv) } as const,
            { ...cell, indicator: 'design_effect', value: exact(cv * cv * k) } as const,
          ]
        : [
            { ...cell, indicator: 'victims_cv_design', missing: 'no_victims' } as const,
            { ...cell, indicator: 'design_effect', missing: 'no_victims' } as const,
          ]),
    );
  }
  return figures;
}
