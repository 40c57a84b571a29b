/**
 * Design-based 95% limits: a cluster bootstrap. The sample was drawn as settlements within
 * provinces (two-stage cluster sampling, section 1.3.1), so each replicate redraws, within every
 * province, as many settlements as it has, with replacement, and recomputes the whole estimate:
 * province rates and family sizes, the population-weighted country means, families, victims, and
 * the regional sums. The limits are the 2.5% and 97.5% quantiles of the replicates. Unlike the
 * report's Poisson limits they reflect clustering and families with several victims.
 */
import { randomInt, randomLcg } from 'd3-random';
import { quantileSorted } from 'simple-statistics';
import { REGION, type Country } from '../model/dimensions.ts';
import { covers } from './countryEstimates.ts';
import { estimateCells, figureKey, type Figure } from './figure.ts';
import { exact } from '../stats/span.ts';
import { countryInput, weightedCountry } from '../survey/countryInputs.ts';
import { provinceStatistics, type ProvinceStatistics } from '../survey/provinceStatistics.ts';
import type { SettlementTally } from '../survey/settlementTallies.ts';

export interface BootstrapOptions {
  replicates: number;
  seed: number;
  level?: number;
}

export interface BootstrapInput {
  countries: readonly { country: Country; name: string; population: number; sampleSize: number }[];
  /** settlements of each province, keyed "country\tprovince" */
  provinces: ReadonlyMap<string, readonly SettlementTally[]>;
  provincePopulation: ReadonlyMap<string, ReadonlyMap<string, number>>;
  recallYears: number;
}

/** Victims of every estimate cell of every country and of the region, for one set of province statistics. */
function victimsByCell(input: BootstrapInput, statistics: readonly ProvinceStatistics[]): Map<string, number> {
  const victims = new Map<string, number>();
  const cells = estimateCells();
  for (const c of input.countries) {
    const weighted = weightedCountry(c.country, statistics, input.provincePopulation.get(c.country) ?? new Map());
    const country = countryInput(weighted, c.name, c.population, c.sampleSize);
    const families = c.population / weighted.familySize;
    for (const cell of cells) {
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
 * @returns figures victims_lower_bootstrap and victims_upper_bootstrap for every cell of every
 *   country and of Central Asia
 * @example clusterBootstrap(input, { replicates: 1000, seed: 1 }) // => [{ country: 'KZ', location: 'inside', …,
 * indicator: 'victims_lower_bootstrap', value: … }, …]
 */
export function clusterBootstrap(input: BootstrapInput, options: BootstrapOptions): Figure[] {
  const level = options.level ?? 0.95;
  const replicates = bootstrapReplicates(input, options);
  const figures: Figure[] = [];
  for (const [key, values] of replicates) {
    const [country, location, exploitation, sex] = key.split('.') as [
      Figure['country'],
      Figure['location'],
      Figure['exploitation'],
      Figure['sex'],
    ];
    const sorted = values.sort((a, b) => a - b);
    figures.push(
      {
        country,
        location,
        exploitation,
        sex,
        indicator: 'victims_lower_bootstrap',
        value: exact(quantileSorted(sorted, (1 - level) / 2)),
      },
      {
        country,
        location,
        exploitation,
        sex,
        indicator: 'victims_upper_bootstrap',
        value: exact(quantileSorted(sorted, (1 + level) / 2)),
      },
    );
  }
  return figures;
}

/**
 * Victims of every cell for one resample: the settlements drawn in each province (repeats
 * allowed), one array per province.
 * @example resampleVictims(input, [...input.provinces.values()]).get('KG.inside.all.all.victims') // => the point
 * estimate
 */
export function resampleVictims(
  input: BootstrapInput,
  resample: readonly (readonly SettlementTally[])[],
): Map<string, number> {
  return victimsByCell(
    input,
    resample.map((settlements) => provinceStatistics(settlements, input.recallYears)),
  );
}

/**
 * The replicates' victims of every cell, keyed as figureKey with indicator "victims", in draw
 * order: each replicate redraws, within every province, as many settlements as it has, with replacement.
 */
export function bootstrapReplicates(
  input: BootstrapInput,
  options: Pick<BootstrapOptions, 'replicates' | 'seed'>,
): Map<string, number[]> {
  const draw = randomInt.source(randomLcg(options.seed));
  const groups = [...input.provinces.values()].filter((g) => g.length > 0);
  const replicates = new Map<string, number[]>();
  for (let r = 0; r < options.replicates; r++) {
    const resample = groups.map((settlements) => {
      const pick = draw(settlements.length);
      return settlements.map(() => settlements[pick()]!);
    });
    for (const [key, value] of resampleVictims(input, resample)) {
      const values = replicates.get(key);
      if (values) values.push(value);
      else replicates.set(key, [value]);
    }
  }
  return replicates;
}
