import { describe, expect, it } from 'vitest';
import type { CountryInput } from '../model/edition.ts';
import { exact, printed } from '../stats/span.ts';
import { estimateCountry } from './countryEstimates.ts';
import { FigureIndex } from './figure.ts';

// Kazakhstan as printed in Table 2-1a
const kazakhstan: CountryInput = {
  country: 'KZ',
  name: 'Kazakhstan',
  population: printed(15_778_000, 500),
  familySize: printed(8.6, 0.05),
  sampleSize: 2234,
  rates: [
    { location: 'inside', exploitation: 'labor', sex: 'women', ratePer1000Families: printed(22.7, 0.05) },
    { location: 'inside', exploitation: 'labor', sex: 'men', ratePer1000Families: printed(49.3, 0.05) },
    { location: 'abroad', exploitation: 'labor', sex: 'women', ratePer1000Families: printed(9.0, 0.05) },
    { location: 'abroad', exploitation: 'labor', sex: 'men', ratePer1000Families: printed(15.9, 0.05) },
    { location: 'inside', exploitation: 'sexual', sex: 'women', ratePer1000Families: printed(4.3, 0.05) },
    { location: 'abroad', exploitation: 'sexual', sex: 'women', ratePer1000Families: printed(3.4, 0.05) },
  ],
};

describe('estimateCountry', () => {
  const kz = new FigureIndex(estimateCountry(kazakhstan));
  const all = { location: 'all', exploitation: 'all', sex: 'all' } as const;
  const inside = { location: 'inside', exploitation: 'all', sex: 'all' } as const;

  it('divides the population by the family size', () => {
    // 15,778,000 / 8.6 = 1,834,651.16
    expect(kz.get('KZ', all, 'families').value).toBeCloseTo(1_834_651.16, 1);
    // 2,234 / 15,778,000 = 0.0141590 %
    expect(kz.get('KZ', all, 'sampling_ratio').value).toBeCloseTo(0.00014159, 8);
  });

  it('sums the surveyed rates of a cell and multiplies by families / 1,000', () => {
    // inside: 22.7 + 49.3 + 4.3 = 76.3 per 1,000 families; 1,834,651.16 × 76.3 / 1,000 = 139,983.88
    expect(kz.get('KZ', inside, 'rate_per_1000_families').value).toBeCloseTo(76.3, 10);
    expect(kz.get('KZ', inside, 'victims').value).toBeCloseTo(139_983.88, 1);
    // labor inside, women: 1,834,651.16 × 22.7 / 1,000 = 41,646.58
    expect(kz.get('KZ', { location: 'inside', exploitation: 'labor', sex: 'women' }, 'victims').value).toBeCloseTo(
      41_646.58,
      1,
    );
    // women inside, both kinds: 22.7 + 4.3 = 27.0, as printed in Table 2-1a
    expect(
      kz.get('KZ', { location: 'inside', exploitation: 'all', sex: 'women' }, 'rate_per_1000_families').value,
    ).toBeCloseTo(27.0, 10);
    // everything: 76.3 + 28.3 = 104.6
    expect(kz.get('KZ', all, 'rate_per_1000_families').value).toBeCloseTo(104.6, 10);
  });

  it('divides the rate by the family size for the rate per 1,000 population', () => {
    // 76.3 / 8.6 = 8.872
    expect(kz.get('KZ', inside, 'rate_per_1000_population').value).toBeCloseTo(8.872093, 5);
  });

  it('sets Poisson limits per location and sums them over locations', () => {
    // quantiles of Poisson(76.3): 60 and 94; of Poisson(28.3): 18 and 39
    expect(kz.get('KZ', inside, 'victims_lower').value).toBeCloseTo(60 * 1834.65116, 2);
    expect(kz.get('KZ', inside, 'victims_upper').value).toBeCloseTo(94 * 1834.65116, 2);
    expect(kz.get('KZ', all, 'victims_lower').value).toBeCloseTo((60 + 18) * 1834.65116, 2);
    expect(kz.get('KZ', all, 'victims_upper').value).toBeCloseTo((94 + 39) * 1834.65116, 2);
  });

  it('has no cell for sexually exploited men: the survey records that exploitation without sex', () => {
    expect(kz.find('KZ', { location: 'inside', exploitation: 'sexual', sex: 'men' }, 'victims')).toBeUndefined();
    expect(kz.get('KZ', { location: 'inside', exploitation: 'sexual', sex: 'all' }, 'victims').value).toBeCloseTo(
      1834.65116 * 4.3,
      2,
    );
  });

  it('keeps lower ≤ victims ≤ upper and the rounding range around every value', () => {
    const figures = estimateCountry(kazakhstan);
    for (const f of figures) expect(f.value.lo <= f.value.value && f.value.value <= f.value.hi).toBe(true);
    for (const f of figures.filter((f) => f.indicator === 'victims')) {
      expect(kz.get('KZ', f, 'victims_lower').value).toBeLessThanOrEqual(f.value.value);
      expect(kz.get('KZ', f, 'victims_upper').value).toBeGreaterThanOrEqual(f.value.value);
    }
  });

  it('gives zero victims and zero limits for a zero rate', () => {
    const none = new FigureIndex(
      estimateCountry({ ...kazakhstan, rates: kazakhstan.rates.map((r) => ({ ...r, ratePer1000Families: exact(0) })) }),
    );
    expect(none.get('KZ', all, 'victims').value).toBe(0);
    expect(none.get('KZ', all, 'victims_upper').value).toBe(0);
  });
});
