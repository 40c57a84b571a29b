import { describe, expect, it } from 'vitest';
import { editionData2009 } from '../../tests/editionData2009.ts';
import { buildCatalogue } from './catalogue.ts';
import { ClaimSyntaxError, evaluateClaim, ranking } from './claims.ts';
import { editionWords } from './remarkClaims.ts';

const catalogue = buildCatalogue(editionData2009.estimates, editionData2009.context, editionData2009.audit);

describe('claims about the 2009 data', () => {
  it('hold where the report says so (Tables 2-1a … 2-5a, section 3.2)', () => {
    // victims per 1,000 population, recomputed from the printed inputs: UZ 24.3, TJ 14.9, TM 14.4, KZ 12.2, KG 11.6
    expect(ranking('rate_per_1000_population', catalogue).map((r) => r.area)).toEqual(['UZ', 'TJ', 'TM', 'KZ', 'KG']);
    expect(evaluateClaim('UZ highest rate_per_1000_population', catalogue)).toEqual({ holds: true });
    expect(evaluateClaim('KG lowest rate_per_1000_population', catalogue)).toEqual({ holds: true });
    // victims a year: UZ 670,890, KZ 191,905, TJ 109,418, TM 97,091, KG 62,760: Turkmenistan fourth
    expect(evaluateClaim('TM rank 4 victims', catalogue)).toEqual({ holds: true });
    expect(evaluateClaim('KZ.inside.victims > KZ.abroad.victims', catalogue)).toEqual({ holds: true });
    expect(evaluateClaim('only KZ inside.victims > abroad.victims', catalogue)).toEqual({ holds: true });
    expect(evaluateClaim('UZ.share_of_region > 0.5', catalogue)).toEqual({ holds: true });
  });

  it('fail with the values that contradict them', () => {
    expect(evaluateClaim('TJ highest rate_per_1000_population', catalogue)).toEqual({
      holds: false,
      why: 'UZ 24.3 > TJ 14.9',
    });
    expect(evaluateClaim('TM rank 5 victims', catalogue)).toEqual({
      holds: false,
      why: 'TM is fourth of 5: UZ 670,890 > KZ 191,905 > TJ 109,418 > TM 97,091 > KG 62,760',
    });
    expect(evaluateClaim('KZ.abroad.victims >= KZ.inside.victims', catalogue)).toEqual({
      holds: false,
      why: 'KZ.abroad.all.all.victims is 51,921, KZ.inside.all.all.victims is 139,984',
    });
    expect(evaluateClaim('only UZ inside.victims > abroad.victims', catalogue)).toMatchObject({
      holds: false,
      why: expect.stringMatching(/^it holds for KZ: KZ 139,984 > 51,921, KG 14,792 > 47,969, /),
    });
  });

  it('refuse a formula they cannot read, or a name they do not know', () => {
    expect(() => evaluateClaim('UZ biggest victims', catalogue)).toThrow(ClaimSyntaxError);
    expect(() => evaluateClaim('XX highest victims', catalogue)).toThrow(
      'expected a country of this edition (KZ, KG, TJ, TM, UZ), found "XX"',
    );
    expect(() => evaluateClaim('KZ.insid.victims > 0', catalogue)).toThrow(/^unknown name "KZ.insid.victims"/);
  });
});

describe('the edition in words', () => {
  it('names its fieldwork months and its countries', () => {
    expect(editionWords({ name: '2009', fieldwork: { start: '2009-09', end: '2009-11' } }, 5)).toEqual({
      name: '2009',
      year: '2009',
      fieldwork: 'September to November 2009',
      countries: 'five',
    });
    expect(editionWords({ name: '2031', fieldwork: { start: '2031-12-01', end: '2032-01-20' } }, 3).fieldwork).toBe(
      'December 2031 to January 2032',
    );
  });
});
