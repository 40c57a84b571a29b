import { describe, expect, it } from 'vitest';
import { estimates2009, index2009 } from '../../tests/edition2009.ts';
import { casesFromCounts } from './reliability.ts';
import { isMissing, type Figure } from './figure.ts';

const figure = (country: string, location: string, exploitation: string, sex: string, indicator: string) =>
  estimates2009.figures.find(
    (f): f is Figure =>
      !isMissing(f) &&
      f.country === country &&
      f.location === location &&
      f.exploitation === exploitation &&
      f.sex === sex &&
      f.indicator === indicator,
  )!;

describe('the reliability of the 2009 estimates', () => {
  it('rests each cell on the recent cases the chapters print, split by sex in proportion to the rates', () => {
    // section 2.1.6: 467 relatives exploited for labor inside Kazakhstan in the last three years
    expect(casesFromCounts(index2009, 'KZ', { location: 'inside', exploitation: 'labor', sex: 'all' })).toBe(467);
    // Table 2-1a: women 22.7 of 72 per 1,000 families, so 467 × 22.7 / 72 = 147.2347 of the cases
    expect(casesFromCounts(index2009, 'KZ', { location: 'inside', exploitation: 'labor', sex: 'women' })).toBeCloseTo(
      147.2347,
      4,
    );
    // sexual exploitation is counted among women: none among men
    expect(casesFromCounts(index2009, 'KZ', { location: 'inside', exploitation: 'sexual', sex: 'men' })).toBe(0);
  });

  it('gives a country the Poisson CV 1/√k and classes it', () => {
    const kz = figure('KZ', 'inside', 'labor', 'all', 'victims_cv');
    expect(kz.value.value).toBeCloseTo(1 / Math.sqrt(467), 6); // 0.046274
    expect(figure('KZ', 'inside', 'labor', 'all', 'victims').reliability).toBe('reliable');
    // 29 cases: 1/√29 = 18.6%, use with caution (E)
    expect(figure('KZ', 'inside', 'sexual', 'all', 'victims').reliability).toBe('caution');
    // 9 cases: fewer than 10, too unreliable to publish alone (F), limits and rates alike
    expect(figure('KG', 'inside', 'sexual', 'all', 'victims_cases').value.value).toBe(9);
    for (const indicator of ['victims', 'victims_lower', 'victims_upper', 'rate_per_1000_families']) {
      expect(figure('KG', 'inside', 'sexual', 'all', indicator).reliability, indicator).toBe('unreliable');
    }
    expect(figure('KG', 'inside', 'sexual', 'all', 'share_of_region').reliability).toBeUndefined();
  });

  it('gives the region the CV of a sum of independent country estimates', () => {
    // sexual exploitation inside: victims 7,889 / 1,128 / 1,198 / 3,010 / 43,175 on 29 / 9 / 13 / 45 / 206 cases
    const victims = [7889, 1128, 1198, 3010, 43175];
    const cases = [29, 9, 13, 45, 206];
    const expected =
      Math.sqrt(victims.reduce((sum, v, i) => sum + v ** 2 / cases[i]!, 0)) / victims.reduce((a, b) => a + b, 0);
    expect(expected).toBeCloseTo(0.0605, 4);
    expect(figure('CA', 'inside', 'sexual', 'all', 'victims_cv').value.value).toBeCloseTo(expected, 4);
    expect(figure('CA', 'inside', 'sexual', 'all', 'victims').reliability).toBe('reliable');
  });

  it('classes the 144 victims estimates of 2009: 128 reliable, 14 with caution, 2 too unreliable', () => {
    const victims = estimates2009.figures.filter((f): f is Figure => !isMissing(f) && f.indicator === 'victims');
    const count = (c: string) => victims.filter((f) => f.reliability === c).length;
    expect([victims.length, count('reliable'), count('caution'), count('unreliable')]).toEqual([144, 128, 14, 2]);
  });
});
