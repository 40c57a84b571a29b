import type { Country, Exploitation, Location } from '../model/dimensions.ts';
import type { CountryInput, LeafRate } from '../model/edition.ts';
import { exact } from '../stats/span.ts';
import type { ProvinceStatistics } from './provinceStatistics.ts';
import { CELLS } from '../model/questionnaire.ts';

export interface Population {
  country: string;
  province?: string;
  population: number;
}

export interface WeightedCountry {
  country: Country;
  familySize: number;
  /** annual victims per 1,000 families, by CELLS index */
  rates: number[];
  /** each province's weight: its population share among the provinces with valid questionnaires */
  weights: Map<string, number>;
}

/**
 * A country's family size and rates as population-weighted means of its provinces
 * (section 1.3.5), the weights being each province's share of the population of the
 * provinces that have valid questionnaires.
 * @example weightedCountry([{province: 'A', familySize: 10, …}, {province: 'B', familySize: 20, …}], {A: 3e6, B:
 * 1e6}).familySize // => 12.5
 */
export function weightedCountry(
  country: Country,
  provinces: readonly ProvinceStatistics[],
  population: ReadonlyMap<string, number>,
): WeightedCountry {
  const own = provinces.filter((p) => p.country === country);
  const total = own.reduce((sum, p) => sum + (population.get(p.province) ?? 0), 0);
  const weights = new Map(own.map((p) => [p.province, (population.get(p.province) ?? 0) / total]));
  const mean = (value: (p: ProvinceStatistics) => number) =>
    own.reduce((sum, p) => sum + weights.get(p.province)! * value(p), 0);
  return {
    country,
    familySize: mean((p) => p.familySize),
    rates: CELLS.map((_, c) => mean((p) => p.rates[c]!)),
    weights,
  };
}

/** The estimator's input for a country measured by questionnaires: exact, unrounded values. */
export function countryInput(
  weighted: WeightedCountry,
  name: string,
  population: number,
  sampleSize: number,
): CountryInput {
  const rates: LeafRate[] = CELLS.map((cell, c) => {
    const [exploitation, location, sex] = cell.split('.') as [Exploitation, Location, LeafRate['sex']];
    return { location, exploitation, sex, ratePer1000Families: exact(weighted.rates[c]!) };
  });
  return {
    country: weighted.country,
    name,
    population: exact(population),
    familySize: exact(weighted.familySize),
    sampleSize,
    rates,
  };
}
