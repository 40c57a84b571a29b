import { describe, expect, it } from 'vitest';
import { poissonLimits } from './poissonLimits.ts';

describe('poissonLimits', () => {
  it('gives the 2.5% and 97.5% Poisson quantiles of the rate', () => {
    // scipy.stats.poisson.ppf([0.025, 0.975], 76.3) -> [60., 94.]  (Kazakhstan inside, Table 2-1a)
    expect(poissonLimits(76.3)).toEqual({ lower: 60, upper: 94 });
    // scipy.stats.poisson.ppf([0.025, 0.975], 283.3) -> [251., 317.]  (Uzbekistan abroad, Table 2-5a)
    expect(poissonLimits(283.3)).toEqual({ lower: 251, upper: 317 });
    // scipy.stats.poisson.ppf([0.025, 0.975], 1) -> [0., 3.]
    expect(poissonLimits(1)).toEqual({ lower: 0, upper: 3 });
  });

  it('takes the smallest k whose cumulative probability reaches p', () => {
    // P(X ≤ 2 | λ = 1) = 0.9197 < 0.975 ≤ P(X ≤ 3) = 0.9810
    expect(poissonLimits(1).upper).toBe(3);
    // P(X ≤ 0 | λ = 4) = 0.0183 < 0.025 ≤ P(X ≤ 1) = 0.0916
    expect(poissonLimits(4).lower).toBe(1);
  });

  it('keeps lower ≤ rate ≤ upper over a range of rates', () => {
    for (let rate = 0.5; rate < 600; rate *= 1.37) {
      const { lower, upper } = poissonLimits(rate);
      expect(lower).toBeLessThanOrEqual(rate);
      expect(upper).toBeGreaterThanOrEqual(rate);
    }
  });

  it('narrows with a lower level', () => {
    const wide = poissonLimits(100, 0.99);
    const narrow = poissonLimits(100, 0.8);
    expect(wide.lower).toBeLessThan(narrow.lower);
    expect(wide.upper).toBeGreaterThan(narrow.upper);
  });

  it('gives zero limits for a zero rate and stays finite for a huge one', () => {
    expect(poissonLimits(0)).toEqual({ lower: 0, upper: 0 });
    const huge = poissonLimits(1e7);
    expect(Number.isFinite(huge.lower) && Number.isFinite(huge.upper)).toBe(true);
    // normal approximation: 1e7 ± 1.96 × sqrt(1e7) ≈ 1e7 ± 6198
    expect(huge.upper - 1e7).toBeGreaterThan(6150);
    expect(huge.upper - 1e7).toBeLessThan(6250);
  });

  it('refuses a negative rate and a level outside (0, 1)', () => {
    expect(() => poissonLimits(-1)).toThrow('invalid rate; not a finite number ≥ 0: -1');
    expect(() => poissonLimits(Number.NaN)).toThrow('invalid rate; not a finite number ≥ 0: NaN');
    expect(() => poissonLimits(5, 1)).toThrow('invalid level; not in (0, 1): 1');
  });
});
