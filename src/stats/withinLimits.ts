/** An estimate with its 95% limits, all in one unit (a rate per 1,000 population, say). */
export interface Limited {
  value: number;
  lower: number;
  upper: number;
}

/** How a later round's estimate stands against an earlier round's. */
export interface WithinLimits {
  /** the later estimate lies inside the earlier one's limits (ends included) */
  laterWithinEarlier: boolean;
  /** the two ranges of limits share at least one point */
  overlap: boolean;
}

/**
 * Whether a later estimate lies within an earlier one's 95% limits, and whether their two ranges
 * of limits overlap. A reading aid for comparing survey rounds, not a significance test: two
 * estimates whose ranges overlap may still differ, and two whose ranges do not may differ for
 * reasons other than a change (another sample, another family size, another recall window).
 * Ends count as inside: a later estimate equal to the earlier upper limit lies within the limits.
 *
 * @param earlier the earlier round's estimate and limits
 * @param later the later round's estimate and limits, in the same unit
 * @throws RangeError when a number is not finite or a lower limit lies above its upper limit
 * @example withinLimits({ value: 8, lower: 6, upper: 10 }, { value: 9, lower: 7, upper: 11 })
 * // => { laterWithinEarlier: true, overlap: true }
 */
export function withinLimits(earlier: Limited, later: Limited): WithinLimits {
  for (const [name, e] of [
    ['earlier', earlier],
    ['later', later],
  ] as const) {
    if (![e.value, e.lower, e.upper].every(Number.isFinite))
      throw new RangeError(`invalid ${name} estimate; not finite: ${e.value} (${e.lower}–${e.upper})`);
    if (e.lower > e.upper) throw new RangeError(`invalid ${name} limits; lower above upper: ${e.lower}–${e.upper}`);
  }
  return {
    laterWithinEarlier: earlier.lower <= later.value && later.value <= earlier.upper,
    overlap: later.lower <= earlier.upper && earlier.lower <= later.upper,
  };
}
