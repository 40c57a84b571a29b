import { describe, expect, it } from 'vitest';
import { withinLimits } from './withinLimits.ts';

// hand-made estimates: an earlier round of 8.0 (6.0–10.0) against later rounds placed around it
const earlier = { value: 8, lower: 6, upper: 10 };

describe('withinLimits', () => {
  it('finds a later estimate inside the earlier limits, and the ranges overlapping', () => {
    expect(withinLimits(earlier, { value: 9, lower: 7, upper: 11 })).toEqual({
      laterWithinEarlier: true,
      overlap: true,
    });
  });

  it('finds a later estimate outside the earlier limits whose range still overlaps', () => {
    // 12 lies above 10, but 9.5–14 shares 9.5–10 with 6–10
    expect(withinLimits(earlier, { value: 12, lower: 9.5, upper: 14 })).toEqual({
      laterWithinEarlier: false,
      overlap: true,
    });
    // and below: 4 lies under 6, but 2–6.5 shares 6–6.5
    expect(withinLimits(earlier, { value: 4, lower: 2, upper: 6.5 })).toEqual({
      laterWithinEarlier: false,
      overlap: true,
    });
  });

  it('finds ranges apart, above and below', () => {
    expect(withinLimits(earlier, { value: 13, lower: 11, upper: 15 })).toEqual({
      laterWithinEarlier: false,
      overlap: false,
    });
    expect(withinLimits(earlier, { value: 3, lower: 2, upper: 5.9 })).toEqual({
      laterWithinEarlier: false,
      overlap: false,
    });
  });

  it('counts the ends as inside: an estimate on a limit, and ranges that touch', () => {
    expect(withinLimits(earlier, { value: 10, lower: 10, upper: 12 })).toEqual({
      laterWithinEarlier: true,
      overlap: true,
    });
    expect(withinLimits(earlier, { value: 6, lower: 6, upper: 6 }).laterWithinEarlier).toBe(true);
  });

  it('is not symmetric: a wide later range may hold the earlier estimate and not the other way round', () => {
    const wide = { value: 20, lower: 5, upper: 40 };
    expect(withinLimits(earlier, wide)).toEqual({ laterWithinEarlier: false, overlap: true });
    expect(withinLimits(wide, earlier)).toEqual({ laterWithinEarlier: true, overlap: true });
  });

  it('treats equal estimates with zero-width limits as within', () => {
    const zero = { value: 0, lower: 0, upper: 0 };
    expect(withinLimits(zero, zero)).toEqual({ laterWithinEarlier: true, overlap: true });
  });

  it('refuses limits the wrong way round, and numbers that are not finite', () => {
    expect(() => withinLimits({ value: 8, lower: 10, upper: 6 }, earlier)).toThrow(
      'invalid earlier limits; lower above upper: 10–6',
    );
    expect(() => withinLimits(earlier, { value: Number.NaN, lower: 1, upper: 2 })).toThrow(
      'invalid later estimate; not finite: NaN (1–2)',
    );
    expect(() => withinLimits(earlier, { value: 1, lower: 0, upper: Infinity })).toThrow(/invalid later estimate/);
  });
});
