import { describe, expect, it } from 'vitest';
import { EDITION_FILES, editionsList, FORMAT } from './contract.ts';
import { parseGenerated } from './readGenerated.ts';

const AGAIN = 'run "npm run estimate" (npm run build does it first)';
const row = {
  edition: '2009',
  country: 'KZ',
  location: 'inside',
  exploitation: 'all',
  sex: 'all',
  indicator: 'victims',
  value: 139984,
  missing: null,
  reliability: 'reliable',
};

describe('reading generated/ through the contract', () => {
  it('accepts a row with a value, and one with the reason it is missing', () => {
    const rows = [row, { ...row, indicator: 'sexual_share', value: null, missing: 'no_victims', reliability: null }];
    expect(parseGenerated('2009/estimates.json', JSON.stringify(rows), EDITION_FILES['estimates.json'])).toEqual(rows);
  });

  it('refuses a stale or damaged file, naming the file and the place of the fault', () => {
    const read = (rows: unknown[]) => () =>
      parseGenerated('2009/estimates.json', JSON.stringify(rows), EDITION_FILES['estimates.json']);
    // an older build wrote no "missing" column
    expect(read([{ ...row, missing: undefined }])).toThrow(
      `generated/2009/estimates.json: at 0.missing: required; the file is stale or damaged: ${AGAIN}`,
    );
    expect(read([row, { ...row, country: 'XX' }])).toThrow(
      "generated/2009/estimates.json: at 1.country: invalid enum value. Expected 'KZ' | 'KG' | 'TJ' | 'TM' | " +
        "'UZ' | 'CA', received 'XX'",
    );
    expect(read([{ ...row, value: null }])).toThrow(
      'generated/2009/estimates.json: at 0: expected either a value or the reason it is missing',
    );
    expect(() => parseGenerated('2009/estimates.json', '[{"edition":', EDITION_FILES['estimates.json'])).toThrow(
      /^generated\/2009\/estimates\.json: not JSON \(/,
    );
  });

  it('refuses a value that is not finite before it is written (JSON would turn it into null)', () => {
    expect(EDITION_FILES['estimates.json'].safeParse([{ ...row, value: Number.NaN }]).success).toBe(false);
    expect(EDITION_FILES['estimates.json'].safeParse([{ ...row, value: Number.POSITIVE_INFINITY }]).success).toBe(
      false,
    );
  });

  it('knows the version of the contract that wrote generated/', () => {
    expect(
      parseGenerated(
        'editions.json',
        JSON.stringify({ format: FORMAT, editions: ['2009'], latest: '2009' }),
        editionsList,
      ).format,
    ).toBe(FORMAT);
    expect(() =>
      parseGenerated('editions.json', JSON.stringify({ editions: ['2009'], latest: '2009' }), editionsList),
    ).toThrow('generated/editions.json: at format: required');
  });
});
