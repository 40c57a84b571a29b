/**
 * classify, branch by branch, on hand-made figures: every expected class follows from the rule
 * in reconcile.ts's doc comment (reproduced: |recomputed − printed| ≤ halfWidth; within rounding:
 * the printed value lies in [lo, hi] widened by halfWidth; "more than X": recomputed > X), with
 * the tolerance slack = halfWidth × (1 + 1e-6) worked out beside each edge case.
 */
import { describe, expect, it } from 'vitest';
import type { PublishedFigure } from '../model/edition.ts';
import { exact, type Span } from '../stats/span.ts';
import { FigureIndex, type Figure } from './figure.ts';
import { classify, reconcile } from './reconcile.ts';

const printedAs = (
  value: number,
  halfWidth: number,
  relation: 'eq' | 'gt' = 'eq',
  extra: Partial<PublishedFigure> = {},
): PublishedFigure => ({
  line: 2,
  source: 'Table 2-2a',
  country: 'KG',
  location: 'inside',
  exploitation: 'labor',
  sex: 'all',
  indicator: 'victims',
  value,
  printed: String(value),
  halfWidth,
  relation,
  note: '',
  ...extra,
});
const span = (value: number, lo: number, hi: number): Span => ({ value, lo, hi });

describe('classify, a printed figure "100" (true value within ± 0.5)', () => {
  const hundred = printedAs(100, 0.5);

  it('reproduces a recomputed value that rounds to the print, up to and including the half-unit edges', () => {
    expect(classify(hundred, exact(100))).toBe('reproduced');
    expect(classify(hundred, exact(100.5))).toBe('reproduced');
    expect(classify(hundred, exact(99.5))).toBe('reproduced');
  });

  it('stretches the edge by a millionth of the half unit (slack 0.5000005), no further', () => {
    expect(classify(hundred, exact(100.5000004))).toBe('reproduced'); // 0.5000004 ≤ 0.5000005
    expect(classify(hundred, exact(99.4999996))).toBe('reproduced');
    // 0.5000006 > 0.5000005, and an exact value has no range
    expect(classify(hundred, exact(100.5000006))).toBe('discrepancy');
    expect(classify(hundred, exact(99.4999994))).toBe('discrepancy');
  });

  it('calls a value outside the half unit within rounding when its range reaches the print', () => {
    expect(classify(hundred, span(100.6, 100.4, 100.8))).toBe('within_rounding');
    expect(classify(hundred, span(90, 80, 120))).toBe('within_rounding'); // the print lies deep inside the range
    // the range's low end exactly at 100 + 0.5, then within and beyond the slack 0.5000005
    expect(classify(hundred, span(101, 100.5, 101.5))).toBe('within_rounding');
    expect(classify(hundred, span(101, 100.5000004, 101.5))).toBe('within_rounding');
    expect(classify(hundred, span(101, 100.5000006, 101.5))).toBe('discrepancy');
    // the range's high end exactly at 100 − 0.5, then within and beyond the slack
    expect(classify(hundred, span(99, 98.5, 99.5))).toBe('within_rounding');
    expect(classify(hundred, span(99, 98.5, 99.4999996))).toBe('within_rounding');
    expect(classify(hundred, span(99, 98.5, 99.4999994))).toBe('discrepancy');
  });

  it('calls an exact value outside the half unit a discrepancy, however close', () => {
    expect(classify(hundred, exact(100.6))).toBe('discrepancy');
    expect(classify(hundred, exact(99.4))).toBe('discrepancy');
  });
});

describe('classify, exactly at the tolerance halfWidth × (1 + 1e-6)', () => {
  // the same double the code computes; a printed 0 or 1 keeps the differences exact
  const slack = 0.5 * (1 + 1e-6);

  it('counts a difference of exactly the tolerance as reproduced', () => {
    expect(classify(printedAs(0, 0.5), exact(slack))).toBe('reproduced');
  });

  it('counts a range ending exactly at the print ± the tolerance as within rounding', () => {
    expect(classify(printedAs(1, 0.5), span(2, 1 + slack, 3))).toBe('within_rounding');
    expect(classify(printedAs(1, 0.5), span(0.2, 0.1, 1 - slack))).toBe('within_rounding');
  });
});

describe('classify, other widths', () => {
  it('absorbs binary noise: 8.65 − 8.6 is 0.05000000000000071 in doubles, still a rounding of "8.6"', () => {
    expect(classify(printedAs(8.6, 0.05), exact(8.65))).toBe('reproduced');
    expect(classify(printedAs(8.6, 0.05), exact(8.651))).toBe('discrepancy');
  });

  it('uses a stated precision: "an average of 670,000" with precision 5,000 reproduces 670,000 ± 5,000', () => {
    const average = printedAs(670_000, 5000);
    expect(classify(average, exact(675_000))).toBe('reproduced');
    expect(classify(average, exact(665_000))).toBe('reproduced');
    expect(classify(average, exact(675_001))).toBe('discrepancy');
    expect(classify(average, span(676_000, 674_000, 678_000))).toBe('within_rounding');
  });
});

describe('classify, zeros', () => {
  it('reproduces a printed 0 by a recomputed 0 or anything below half a unit', () => {
    const zero = printedAs(0, 0.5);
    expect(classify(zero, exact(0))).toBe('reproduced');
    expect(classify(zero, exact(0.5))).toBe('reproduced');
    expect(classify(zero, exact(0.6))).toBe('discrepancy');
    expect(classify(zero, span(0.6, 0.4, 0.8))).toBe('within_rounding');
  });

  it('calls a recomputed 0 against a printed 5 a discrepancy', () => {
    expect(classify(printedAs(5, 0.5), exact(0))).toBe('discrepancy');
  });
});

describe('classify, "more than 40,000" (relation gt)', () => {
  const moreThan = printedAs(40_000, 0.5, 'gt');

  it('reproduces only a value strictly above the print', () => {
    expect(classify(moreThan, exact(40_001))).toBe('reproduced');
    expect(classify(moreThan, exact(40_000.001))).toBe('reproduced');
    expect(classify(moreThan, exact(40_000))).toBe('discrepancy');
  });

  it('ignores the half unit: 39,999.9 is no "more than 40,000"', () => {
    expect(classify(moreThan, exact(39_999.9))).toBe('discrepancy');
  });

  it('calls a value at or below the print within rounding when its range goes strictly above it', () => {
    expect(classify(moreThan, span(40_000, 39_000, 41_000))).toBe('within_rounding');
    expect(classify(moreThan, span(39_000, 38_000, 40_000.5))).toBe('within_rounding');
    expect(classify(moreThan, span(39_000, 38_000, 40_000))).toBe('discrepancy');
  });
});

describe('reconcile, one figure at a time', () => {
  const victims = (value: Span): Figure => ({
    country: 'KG',
    location: 'inside',
    exploitation: 'labor',
    sex: 'all',
    indicator: 'victims',
    value,
  });

  it('gives the relative difference (recomputed − printed) ÷ printed', () => {
    const [row] = reconcile([printedAs(100, 0.5)], new FigureIndex([victims(exact(103))]));
    expect(row).toMatchObject({
      id: 2,
      key: 'KG.inside.labor.all.victims',
      published: 100,
      recomputed: 103,
      class: 'discrepancy',
      difference: 0.03,
      note: '',
    });
  });

  it('gives a difference of 0, not Infinity, against a printed 0', () => {
    const [row] = reconcile([printedAs(0, 0.5)], new FigureIndex([victims(exact(0.6))]));
    expect([row!.class, row!.difference]).toEqual(['discrepancy', 0]);
  });

  it('counts sexually exploited men as 0 by the method, so a printed 0 is reproduced', () => {
    const men = printedAs(0, 0.5, 'eq', { exploitation: 'sexual', sex: 'men' });
    const [row] = reconcile([men], new FigureIndex([]));
    expect([row!.recomputed, row!.class]).toEqual([0, 'reproduced']);
  });

  it('throws, naming the line, when nothing was recomputed for a printed figure', () => {
    expect(() => reconcile([printedAs(100, 0.5, 'eq', { line: 7 })], new FigureIndex([]))).toThrow(
      'published.csv:7: nothing recomputed for KG.inside.labor.all.victims',
    );
  });
});
