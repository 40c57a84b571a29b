import { REGION, type Country } from '../model/dimensions.ts';
import type { Indicator } from '../model/indicators.ts';
import { mean, over, scale, share, sum } from '../stats/span.ts';
import { estimateCells, FigureIndex, TOTAL, type Figure, type MissingFigure } from './figure.ts';

const SUMMED: Indicator[] = ['victims', 'victims_lower', 'victims_upper'];

/**
 * Central Asia as the sum of its countries (section 3.2): victims and both limits are summed
 * cell by cell, as the report summed its limits; rates are pooled (regional victims over
 * regional families or population); the regional family size is population ÷ families.
 * Also each country's share of the region, and the sampling ratio both pooled and as the
 * report's plain mean of the countries' ratios (section 1.3.3).
 */
export function estimateRegion(countries: readonly Country[], index: FigureIndex): (Figure | MissingFigure)[] {
  const total = (cell: typeof TOTAL, indicator: Indicator) => sum(countries.map((c) => index.get(c, cell, indicator)));
  const population = total(TOTAL, 'population');
  const families = total(TOTAL, 'families');
  const sample = total(TOTAL, 'sample_size');
  const figures: (Figure | MissingFigure)[] = [
    { country: REGION, ...TOTAL, indicator: 'population', value: population },
    { country: REGION, ...TOTAL, indicator: 'families', value: families },
    { country: REGION, ...TOTAL, indicator: 'family_size', value: over(population, families) },
    { country: REGION, ...TOTAL, indicator: 'sample_size', value: sample },
    { country: REGION, ...TOTAL, indicator: 'sampling_ratio', value: over(sample, population) },
    {
      country: REGION,
      ...TOTAL,
      indicator: 'sampling_ratio_mean',
      value: mean(countries.map((c) => index.get(c, TOTAL, 'sampling_ratio'))),
    },
  ];
  for (const cell of estimateCells()) {
    for (const indicator of SUMMED)
      figures.push({ country: REGION, ...cell, indicator, value: total(cell, indicator) });
    const victims = total(cell, 'victims');
    figures.push(
      { country: REGION, ...cell, indicator: 'rate_per_1000_families', value: scale(over(victims, families), 1000) },
      {
        country: REGION,
        ...cell,
        indicator: 'rate_per_1000_population',
        value: scale(over(victims, population), 1000),
      },
    );
    for (const country of countries) {
      if (victims.value === 0) {
        figures.push({ country, ...cell, indicator: 'share_of_region', missing: 'no_victims' });
        continue;
      }
      const rest = sum(
        countries.filter((other) => other !== country).map((other) => index.get(other, cell, 'victims')),
      );
      figures.push({
        country,
        ...cell,
        indicator: 'share_of_region',
        value: share(index.get(country, cell, 'victims'), rest),
      });
    }
  }
  return figures;
}
