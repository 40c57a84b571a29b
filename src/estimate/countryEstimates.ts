import type { Cell } from '../model/dimensions.ts';
import type { CountryInput, LeafRate } from '../model/edition.ts';
import { poissonLimits } from '../stats/poissonLimits.ts';
import { exact, mapMonotone, over, scale, sum, times, type Span } from '../stats/span.ts';
import { estimateCells, TOTAL, type Figure } from './figure.ts';

/**
 * A country's annual estimates, by the report's method (section 1.3, Tables 2-1a … 2-5a):
 * families = population ÷ family size; for every location × exploitation × sex cell, the rate
 * per 1,000 families is the sum of the surveyed rates it covers, victims = families × rate ÷ 1,000,
 * and the 95% limits are the rate's Poisson quantiles × families ÷ 1,000. A cell over both
 * locations sums the limits of inside and abroad, as the report summed limits over countries.
 *
 * @example estimateCountry(kazakhstan) includes
 * { country: 'KZ', location: 'inside', exploitation: 'all', sex: 'all', indicator: 'victims', value: { value: 139984.…
 * } }
 */
export function estimateCountry(input: CountryInput): Figure[] {
  const { country } = input;
  const families = over(input.population, input.familySize);
  const figures: Figure[] = [
    { country, ...TOTAL, indicator: 'population', value: input.population },
    { country, ...TOTAL, indicator: 'family_size', value: input.familySize },
    { country, ...TOTAL, indicator: 'families', value: families },
    { country, ...TOTAL, indicator: 'sample_size', value: exact(input.sampleSize) },
    { country, ...TOTAL, indicator: 'sampling_ratio', value: over(exact(input.sampleSize), input.population) },
  ];
  const perThousandFamilies = (rate: Span) => scale(times(families, rate), 1 / 1000);
  const limitsOf = (rate: Span) => ({
    lower: perThousandFamilies(mapMonotone(rate, (r) => poissonLimits(r).lower)),
    upper: perThousandFamilies(mapMonotone(rate, (r) => poissonLimits(r).upper)),
  });

  for (const cell of estimateCells()) {
    const rate = sum(input.rates.filter((leaf) => covers(cell, leaf)).map((leaf) => leaf.ratePer1000Families));
    const limits =
      cell.location === 'all'
        ? (['inside', 'abroad'] as const).map((location) =>
            limitsOf(
              sum(
                input.rates
                  .filter((leaf) => covers({ ...cell, location }, leaf))
                  .map((leaf) => leaf.ratePer1000Families),
              ),
            ),
          )
        : [limitsOf(rate)];
    figures.push(
      { country, ...cell, indicator: 'rate_per_1000_families', value: rate },
      { country, ...cell, indicator: 'rate_per_1000_population', value: over(rate, input.familySize) },
      { country, ...cell, indicator: 'victims', value: perThousandFamilies(rate) },
      { country, ...cell, indicator: 'victims_lower', value: sum(limits.map((l) => l.lower)) },
      { country, ...cell, indicator: 'victims_upper', value: sum(limits.map((l) => l.upper)) },
    );
  }
  return figures;
}

/**
 * Whether a surveyed leaf cell falls within a (possibly aggregated) cell; victims of unspecified sex count only where
 * sex is "all".
 */
export function covers(cell: Cell, leaf: LeafRate): boolean {
  return (
    (cell.location === 'all' || cell.location === leaf.location) &&
    (cell.exploitation === 'all' || cell.exploitation === leaf.exploitation) &&
    (cell.sex === 'all' || cell.sex === leaf.sex)
  );
}
