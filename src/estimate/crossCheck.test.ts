/**
 * crossCheck, branch by branch, on hand-made figures. Each expected class follows from the rule in
 * crossCheck.ts: a print stands for a true value in [value − halfWidth, value + halfWidth) (round half
 * up), "more than X" for one above X; two prints agree when they can stand for one value, so that
 * |a − b| < halfWidth(a) + halfWidth(b), with the sum shrunk by a millionth against binary noise.
 */
import { describe, expect, it } from 'vitest';
import type { Area } from '../model/dimensions.ts';
import type { PublishedFigure } from '../model/edition.ts';
import { agrees, crossCheck, referencePrints, type Bound } from './crossCheck.ts';

const eq = (value: number, halfWidth = 0.5): Bound => ({ value, halfWidth, relation: 'eq' });
const gt = (value: number): Bound => ({ value, halfWidth: 0.5, relation: 'gt' });

let nextLine = 2;
/** A printed victims figure; lines count up from 2 unless given. */
const print = (
  country: Area,
  location: 'inside' | 'abroad' | 'all',
  value: number,
  extra: Partial<PublishedFigure> = {},
): PublishedFigure => ({
  line: nextLine++,
  source: `Table ${country}`,
  country,
  location,
  exploitation: 'all',
  sex: 'all',
  indicator: 'victims',
  value,
  printed: String(value),
  halfWidth: 0.5,
  relation: 'eq',
  note: '',
  ...extra,
});

describe('agrees, two exact prints', () => {
  it('agrees for equal prints', () => {
    expect(agrees(eq(7968), eq(7968))).toBe(true);
  });

  it('refuses prints of one precision one unit apart: [7966.5, 7967.5) and [7967.5, 7968.5) only touch', () => {
    expect(agrees(eq(7967), eq(7968))).toBe(false);
    expect(agrees(eq(8.6, 0.05), eq(8.7, 0.05))).toBe(false);
  });

  it('agrees when a coarser print rounds the finer one: 35 (± 0.5) and 35.4 (± 0.05) differ by 0.4 < 0.55', () => {
    expect(agrees(eq(35), eq(35.4, 0.05))).toBe(true);
  });

  it('refuses a difference of exactly the sum of the half units, and beyond it', () => {
    expect(agrees(eq(1), eq(1.55, 0.05))).toBe(false); // 0.55 = 0.5 + 0.05: the intervals only touch at 1.5
    expect(agrees(eq(1), eq(1.6, 0.05))).toBe(false);
    expect(agrees(eq(1), eq(1.54, 0.05))).toBe(true);
  });

  it('absorbs binary noise: 0.3 − 0.2 is 0.09999999999999998 in doubles, still the full 0.1 of two half units', () => {
    expect(agrees(eq(0.3, 0.05), eq(0.2, 0.05))).toBe(false);
  });

  it('uses a stated precision: "about 670,000" (± 5,000) agrees with 670,827 and 674,999, not 675,000', () => {
    expect(agrees(eq(670_000, 5000), eq(670_827))).toBe(true);
    expect(agrees(eq(670_000, 5000), eq(674_999))).toBe(true); // 4,999 < 5,000.5
    expect(agrees(eq(670_000, 5000), eq(675_001))).toBe(false); // 5,001 > 5,000.5
  });
});

describe('agrees, "more than"', () => {
  it('agrees with an exact print that can lie above the bound, in either order', () => {
    expect(agrees(gt(40_000), eq(40_103))).toBe(true);
    expect(agrees(eq(40_103), gt(40_000))).toBe(true);
    // a printed 40,000 stands for [39,999.5, 40,000.5), which reaches above 40,000
    expect(agrees(gt(40_000), eq(40_000))).toBe(true);
  });

  it('refuses an exact print whose whole interval lies at or below the bound', () => {
    expect(agrees(gt(40_000), eq(39_999.5))).toBe(false); // [39,999, 40,000): its top is excluded
    expect(agrees(eq(39_000), gt(40_000))).toBe(false);
  });

  it('lets two lower bounds agree, however far apart', () => {
    expect(agrees(gt(40_000), gt(450_000))).toBe(true);
  });
});

describe('referencePrints', () => {
  it('prefers an exact print to a "more than", a finer print to a coarser one, then the first line', () => {
    const more = print('KG', 'abroad', 40_000, { line: 2, relation: 'gt' });
    const about = print('KG', 'abroad', 48_000, { line: 3, halfWidth: 5000 });
    const table = print('KG', 'abroad', 47_852, { line: 9 });
    const copy = print('KG', 'abroad', 47_851, { line: 10 });
    expect(referencePrints([more, about, copy, table]).get('KG.abroad.all.all.victims')).toBe(table);
    expect(referencePrints([more, about]).get('KG.abroad.all.all.victims')).toBe(about);
  });
});

describe('crossCheck, a figure printed twice', () => {
  it('sets nothing against a figure printed once', () => {
    expect(crossCheck([print('KZ', 'inside', 7968)], [])).toEqual([]);
  });

  it('sets a later identical print against the first: agrees', () => {
    const first = print('KZ', 'inside', 7968, { line: 27, source: 'Table 2-1a' });
    const copy = print('KZ', 'inside', 7968, { line: 282, source: 'Table 2-6a' });
    expect(crossCheck([first, copy], [])).toEqual([
      {
        id: 282,
        figure: 'Kazakhstan, victims, inside the country',
        key: 'KZ.inside.all.all.victims',
        source: 'Table 2-6a',
        published: 7968,
        comparedWith: 'printed',
        otherPrinted: 7968,
        otherSource: 'Table 2-1a',
        class: 'agrees',
        difference: 0,
        note: 'the same as in Table 2-1a',
      },
    ]);
  });

  it("gives both values and the difference for prints that disagree, after the print's own note", () => {
    const first = print('KZ', 'inside', 7968, { line: 27, source: 'Table 2-1a' });
    const copy = print('KZ', 'inside', 7967, { line: 282, source: 'Table 2-6a', note: 'as printed' });
    const [row] = crossCheck([first, copy], []);
    expect(row).toMatchObject({ id: 282, published: 7967, otherPrinted: 7968, class: 'discrepancy' });
    expect(row!.difference).toBeCloseTo(1 / 7967, 15);
    expect(row!.note).toBe(
      'as printed; 7,967 here against 7,968 in Table 2-1a: a difference of 1, where the rounding of the prints ' +
        'allows less than 1',
    );
  });

  it('sets every other print against the reference print, not against each other', () => {
    const table = print('KZ', 'inside', 7968, { line: 27, source: 'Table 2-1a' });
    const summary = print('KZ', 'inside', 7967, { line: 282, source: 'Table 2-6a' });
    const text = print('KZ', 'inside', 7967, { line: 387, source: '3.2.2' });
    const rows = crossCheck([table, summary, text], []);
    expect(rows.map((r) => [r.id, r.otherSource, r.class])).toEqual([
      [282, 'Table 2-1a', 'discrepancy'],
      [387, 'Table 2-1a', 'discrepancy'],
    ]);
  });

  it('writes a "more than" into the note, and a difference of 0 against a printed 0', () => {
    const table = print('TM', 'inside', 40_103, { source: 'Table 2-4a' });
    const [row] = crossCheck([table, print('TM', 'inside', 40_000, { source: '3.2.5', relation: 'gt' })], []);
    expect([row!.class, row!.note]).toEqual([
      'agrees',
      'more than 40,000 here against 40,103 in Table 2-4a: consistent',
    ]);
    const below = crossCheck([table, print('TM', 'inside', 41_000, { source: '3.2.5', relation: 'gt' })], []);
    expect([below[0]!.class, below[0]!.note]).toEqual([
      'discrepancy',
      'more than 41,000 here against 40,103 in Table 2-4a: not more, even at the top of the rounding',
    ]);
    const zero = crossCheck([print('KG', 'inside', 1), print('KG', 'inside', 0)], []);
    expect([zero[0]!.class, zero[0]!.difference]).toEqual(['discrepancy', 0]);
  });

  it('compares prints of any indicator, in its own unit: families 1,841.5 and 1,842 thousand agree', () => {
    const families = { indicator: 'families', halfWidth: 50 } as const;
    const fine = print('KZ', 'all', 1_841_500, { ...families, source: 'Table 2-1a' });
    const coarse = print('KZ', 'all', 1_842_000, { ...families, halfWidth: 500, source: 'Table 2-6a' });
    const [row] = crossCheck([fine, coarse], []);
    expect([row!.class, row!.note]).toEqual([
      'agrees',
      '1,842,000 here against 1,841,500 in Table 2-1a: a difference of 500, where the rounding of the prints ' +
        'allows less than 550',
    ]);
  });
});

describe('crossCheck, a printed total against its printed parts', () => {
  const countries = ['KZ', 'KG'] as const;

  it("sets a regional figure against the sum of the countries' figures, within the sum of their half units", () => {
    const parts = [print('KZ', 'abroad', 100, { source: 'T1' }), print('KG', 'abroad', 200, { source: 'T2' })];
    // the three prints allow a difference below 1.5
    const near = crossCheck([...parts, print('CA', 'abroad', 301, { line: 50, source: '3.2' })], countries);
    expect(near).toEqual([
      {
        id: 50,
        figure: 'Central Asia, victims, abroad',
        key: 'CA.abroad.all.all.victims',
        source: '3.2',
        published: 301,
        comparedWith: 'printed_parts',
        otherPrinted: 300,
        otherSource: 'T1, T2',
        class: 'agrees',
        difference: -1 / 301,
        note:
          "301 here against 300, the sum of the countries' printed figures (T1, T2): a difference of 1, where the " +
          'rounding of the prints allows less than 1.5',
      },
    ]);
    const far = crossCheck([...parts, print('CA', 'abroad', 302, { source: '3.2' })], countries);
    expect(far.map((r) => [r.otherPrinted, r.class])).toEqual([[300, 'discrepancy']]);
    const same = crossCheck([...parts, print('CA', 'abroad', 300, { source: '3.2' })], countries);
    expect(same[0]!.note).toBe("the same as the sum of the countries' printed figures (T1, T2)");
  });

  it('adds limits as the report did', () => {
    const lower = { indicator: 'victims_lower' } as const;
    const rows = crossCheck(
      [print('KZ', 'inside', 10, lower), print('KG', 'inside', 20, lower), print('CA', 'inside', 40, lower)],
      countries,
    );
    expect(rows.map((r) => [r.key, r.otherPrinted, r.class])).toEqual([
      ['CA.inside.all.all.victims_lower', 30, 'discrepancy'],
    ]);
  });

  it('skips a total whose parts are not all printed, or one printed only as "more than"', () => {
    const kz = print('KZ', 'abroad', 100);
    expect(crossCheck([kz, print('CA', 'abroad', 300)], countries)).toEqual([]);
    const kgMore = print('KG', 'abroad', 150, { relation: 'gt' });
    expect(crossCheck([kz, kgMore, print('CA', 'abroad', 300)], countries)).toEqual([]);
  });

  it('adds each part at its reference print: the first of two different prints', () => {
    const kz = [print('KZ', 'abroad', 100, { source: 'T1' }), print('KZ', 'abroad', 103, { source: 'T9' })];
    const rows = crossCheck(
      [...kz, print('KG', 'abroad', 200, { source: 'T2' }), print('CA', 'abroad', 300)],
      countries,
    );
    expect(rows.filter((r) => r.comparedWith === 'printed_parts').map((r) => [r.otherPrinted, r.otherSource])).toEqual([
      [300, 'T1, T2'],
    ]);
  });

  it("breaks a total over locations into inside + abroad: each country's, and the region's two ways", () => {
    const figures = [
      print('KZ', 'inside', 10, { source: 'T1' }),
      print('KZ', 'abroad', 20, { source: 'T1' }),
      print('KG', 'inside', 30, { source: 'T2' }),
      print('KG', 'abroad', 40, { source: 'T2' }),
      print('KZ', 'all', 32, { source: 'S' }), // 10 + 20 = 30, and three prints allow less than 1.5
      print('CA', 'inside', 40, { source: 'R' }),
      print('CA', 'abroad', 61, { source: 'R' }),
      print('CA', 'all', 100, { source: 'R' }),
    ];
    const rows = crossCheck(figures, countries);
    expect(rows.map((r) => [r.key, r.otherPrinted, r.otherSource, r.class])).toEqual([
      ['KZ.all.all.all.victims', 30, 'T1', 'discrepancy'],
      ['CA.inside.all.all.victims', 40, 'T1, T2', 'agrees'],
      ['CA.abroad.all.all.victims', 60, 'T1, T2', 'agrees'],
      ['CA.all.all.all.victims', 100, 'T1, T2', 'agrees'], // the four country cells
      ['CA.all.all.all.victims', 101, 'R', 'agrees'], // the region's inside + abroad, 1 < 1.5
    ]);
    expect(rows[0]!.note).toBe(
      '32 here against 30, the sum of the printed figures inside and abroad (T1): a difference of 2, where the ' +
        'rounding of the prints allows less than 1.5',
    );
  });

  it('sets a "more than" total against the sum of its parts', () => {
    const sexual = { exploitation: 'sexual' } as const;
    const figures = [print('TM', 'inside', 3008, sexual), print('TM', 'abroad', 6550, sexual)];
    const more = crossCheck([...figures, print('TM', 'all', 9000, { ...sexual, relation: 'gt' })], []);
    expect(more.map((r) => [r.otherPrinted, r.class])).toEqual([[9558, 'agrees']]);
    const tooMuch = crossCheck([...figures, print('TM', 'all', 9600, { ...sexual, relation: 'gt' })], []);
    expect(tooMuch.map((r) => [r.otherPrinted, r.class])).toEqual([[9558, 'discrepancy']]);
  });

  it('adds no rates, shares or other indicators that do not sum', () => {
    const rate = { indicator: 'rate_per_1000_families' } as const;
    const figures = [print('KZ', 'inside', 76.3, rate), print('KZ', 'abroad', 28.4, rate), print('KZ', 'all', 1, rate)];
    expect(crossCheck(figures, ['KZ'])).toEqual([]);
  });
});
