import { describe, expect, it } from 'vitest';
import { editionData2009 } from '../../tests/editionData2009.ts';
import type { EditionData } from '../generated/editionData.ts';
import { caution, comparisonTable, roundChanges } from './comparisonTable.ts';
import { tableCsv } from './tableModel.ts';

/** 2009 again as a later round, with Kazakhstan's victims inside (and so its rate and limits) scaled by `factor`. */
function laterRound(edition: string, factor: number): EditionData {
  const scaled = new Set(['victims', 'victims_lower', 'victims_upper', 'rate_per_1000_population']);
  return {
    ...editionData2009,
    edition,
    estimates: editionData2009.estimates.map((r) =>
      r.country === 'KZ' && r.location === 'inside' && r.exploitation === 'all' && r.sex === 'all' && r.value !== null
        ? { ...r, edition, value: scaled.has(r.indicator) ? r.value * factor : r.value }
        : { ...r, edition },
    ),
  };
}

describe('the caution between two rounds', () => {
  it('says no change can be read when the later estimate lies within the earlier limits', () => {
    expect(caution({ laterWithinEarlier: true, overlap: true })).toBe(
      'The later estimate lies within the earlier 95% limits, and the two ranges overlap: the difference lies ' +
        'within the limits: no change can be read from it.',
    );
  });

  it('asks for caution outside the limits, and never calls a difference significant', () => {
    const overlapping = caution({ laterWithinEarlier: false, overlap: true });
    const apart = caution({ laterWithinEarlier: false, overlap: false });
    expect(overlapping).toContain('outside the earlier 95% limits, but the two ranges overlap: read the difference');
    expect(apart).toContain('the two ranges do not overlap. That is no test of significance');
    for (const text of [overlapping, apart]) expect(text).not.toMatch(/\bsignificant\b/);
  });
});

describe('rounds compared for an area', () => {
  // Kazakhstan inside, 2009: 8.87 per 1,000 population, Poisson limits 110,079 and 172,457 ÷ 15,778 thousand =
  // 6.98 and 10.93; × 1.1 gives 9.76 (7.67–12.02), × 1.5 gives 13.31 (10.47–16.40)
  const rounds = [editionData2009, laterRound('2012', 1.1), laterRound('2015', 1.5)];

  it('reads each consecutive pair: within the limits, then outside with overlapping ranges', () => {
    const inside = roundChanges(rounds, 'KZ').filter((c) => c.location === 'inside');
    expect(inside.map((c) => [c.earlier, c.later, c.result])).toEqual([
      ['2009', '2012', { laterWithinEarlier: true, overlap: true }],
      // 13.31 lies above 12.02, but 10.47–16.40 overlaps 7.67–12.02
      ['2012', '2015', { laterWithinEarlier: false, overlap: true }],
    ]);
    expect(inside[0]!.text).toBe(
      'Inside the country, 2009 to 2012: 8.9 (Poisson 7.0–10.9), then 9.8 (Poisson 7.7–12.0) per 1,000 ' +
        'population. The later estimate lies within the earlier 95% limits, and the two ranges overlap: the ' +
        'difference lies within the limits: no change can be read from it.',
    );
  });

  // 172,457 × 1.5 = 258,685.5, written as 258,686
  it('downloads rates per 1,000 population and victims with their limits in numeric columns of their own', () => {
    const lines = tableCsv(comparisonTable(rounds, 'KZ')).split('\n');
    expect(lines[0]).toBe(
      'group,edition,rate_per_1000_population,rate_lower,rate_upper,within_previous_limits,' +
        'overlaps_previous_limits,victims,victims_lower,victims_upper,reliability',
    );
    expect(lines[1]).toBe('Inside the country,2009,8.87,6.98,10.93,,,139984,110079,172457,reliable');
    expect(lines[2]).toBe('Inside the country,2012,9.76,7.67,12.02,true,true,153982,121087,189703,reliable');
    expect(lines[3]).toBe('Inside the country,2015,13.31,10.47,16.4,false,true,209976,165119,258686,reliable');
  });
});
