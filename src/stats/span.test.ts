import { describe, expect, it } from 'vitest';
import { exact, mapMonotone, mean, over, printed, scale, sum, times } from './span.ts';

describe('span arithmetic', () => {
  it('carries the rounding of printed inputs through the estimator', () => {
    // Kazakhstan, Table 2-1a: 15,778 thousand people, family size 8.6
    const families = over(printed(15_778_000, 500), printed(8.6, 0.05));
    expect(families.value).toBeCloseTo(1_834_651.16, 2); // 15,778,000 / 8.6
    expect(families.lo).toBeCloseTo(15_777_500 / 8.65, 6); // 1,823,988.44
    expect(families.hi).toBeCloseTo(15_778_500 / 8.55, 6); // 1,845,438.60
    // the printed 1,841.5 thousand families lies inside that range
    expect(families.lo < 1_841_500 && 1_841_500 < families.hi).toBe(true);
  });

  it('adds, multiplies, scales and averages end points', () => {
    expect(sum([printed(22.7, 0.05), printed(49.3, 0.05)])).toEqual({ value: 72, lo: 71.9, hi: 72.1 });
    expect(times(exact(2), printed(3, 0.5))).toEqual({ value: 6, lo: 5, hi: 7 });
    expect(scale(printed(10, 1), 0.5)).toEqual({ value: 5, lo: 4.5, hi: 5.5 });
    expect(mean([exact(1), exact(2), exact(6)])).toEqual({ value: 3, lo: 3, hi: 3 });
    expect(mapMonotone(printed(4, 1), (x) => x * x)).toEqual({ value: 16, lo: 9, hi: 25 });
    expect(sum([])).toEqual(exact(0));
  });
});
