import quantile from '@stdlib/stats-base-dists-poisson-quantile';

export interface PoissonLimits {
  lower: number;
  upper: number;
}

/**
 * Poisson limits of an annual rate per 1,000 families, the way the report set its 95% limits
 * (section 1.3): the rate is taken as the mean λ of a Poisson count, and the limits are that
 * distribution's (1 − level)/2 and (1 + level)/2 quantiles, each the smallest whole k with
 * P(X ≤ k) ≥ p. Multiply by families / 1,000 to get limits on the number of victims.
 *
 * @param ratePer1000Families λ, victims per 1,000 families per year (≥ 0)
 * @param level coverage, in (0, 1); 0.95 in the report
 * @returns limits in victims per 1,000 families (whole numbers)
 * @throws RangeError for a negative or non-finite rate, or a level outside (0, 1)
 * @example poissonLimits(76.3) // => { lower: 60, upper: 94 }
 */
export function poissonLimits(ratePer1000Families: number, level = 0.95): PoissonLimits {
  if (!(ratePer1000Families >= 0) || !Number.isFinite(ratePer1000Families)) {
    throw new RangeError(`invalid rate; not a finite number ≥ 0: ${ratePer1000Families}`);
  }
  if (!(level > 0 && level < 1)) throw new RangeError(`invalid level; not in (0, 1): ${level}`);
  // stdlib answers -0 for a zero quantile; + 0 turns it into 0
  return {
    lower: quantile((1 - level) / 2, ratePer1000Families) + 0,
    upper: quantile((1 + level) / 2, ratePer1000Families) + 0,
  };
}
