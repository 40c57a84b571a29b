import { describe, expect, it } from 'vitest';
import { count, halfUnitOfLastDigit, oneOf, positive, text } from './cells.ts';
import { DataErrors } from './dataError.ts';
import { decodeUtf8, readCsv } from './readCsv.ts';

const spec = {
  columns: { country: oneOf(['KZ', 'KG']), name: text({ required: true }), family_size: positive, sample_size: count },
  key: ['country'],
} as const;

function messages(text: string): string[] {
  try {
    readCsv(text, 'countries.csv', spec);
  } catch (error) {
    if (error instanceof DataErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

describe('readCsv', () => {
  it('reads typed rows with their lines and the cells as written', () => {
    const rows = readCsv(
      'country,name,family_size,sample_size\nKZ,Kazakhstan,8.60,2234\nKG,Kyrgyzstan,13.0,1990\n',
      'countries.csv',
      spec,
    );
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(rows[0]!.values).toEqual({ country: 'KZ', name: 'Kazakhstan', family_size: 8.6, sample_size: 2234 });
    expect(rows[0]!.raw.family_size).toBe('8.60');
  });

  it('accepts a byte-order mark, CRLF line ends, columns in another order and Cyrillic text', () => {
    const rows = readCsv(
      '\uFEFFname,country,sample_size,family_size\r\nКазахстан,KZ,2234,8.6\r\n',
      'countries.csv',
      spec,
    );
    expect(rows[0]!.values).toEqual({ country: 'KZ', name: 'Казахстан', family_size: 8.6, sample_size: 2234 });
  });

  it('reads the semicolon-separated, decimal-comma export of regional spreadsheets', () => {
    const rows = readCsv('country;name;family_size;sample_size\nKZ;Kazakhstan;8,6;2234\n', 'countries.csv', spec);
    expect(rows[0]!.values.family_size).toBe(8.6);
  });

  it('refuses a dot used as a thousands separator in a semicolon-separated file', () => {
    expect(messages('country;name;family_size;sample_size\nKZ;Kazakhstan;8,6;2.234\n')).toEqual([
      'countries.csv:2:4: sample_size: expected a number without thousands separators (this file uses ' +
        'decimal commas), found "2.234"',
    ]);
  });

  it('refuses a decimal comma in a comma-separated file, with the fix', () => {
    expect(messages('country,name,family_size,sample_size\nKZ,Kazakhstan,"8,6",2234\n')).toEqual([
      'countries.csv:2:3: family_size: expected a number with a decimal point (write 8.6), not a decimal ' +
        'comma, found "8,6"',
    ]);
  });

  it('names missing and unknown columns', () => {
    expect(messages('country,name,familysize\nKZ,Kazakhstan,8.6\n')).toEqual([
      'countries.csv:1:3: unknown column "familysize"; expected the columns country, name, family_size, sample_size',
      'countries.csv:1:4: missing columns family_size, sample_size',
    ]);
  });

  it('refuses text where a number belongs, negative counts, fractions of people and empty cells', () => {
    expect(messages('country,name,family_size,sample_size\nKZ,Kazakhstan,eight,2234\nKG,Kyrgyzstan,13,-5\n')).toEqual([
      'countries.csv:2:3: family_size: expected a number, found "eight"',
      'countries.csv:3:4: sample_size: expected a whole number ≥ 0, found "-5"',
    ]);
    expect(messages('country,name,family_size,sample_size\nKZ,,8.6,22.5\n')).toEqual([
      'countries.csv:2:2: name: expected a non-empty text, found an empty cell',
      'countries.csv:2:4: sample_size: expected a whole number ≥ 0, found "22.5"',
    ]);
  });

  it('refuses thousands separators', () => {
    expect(messages('country,name,family_size,sample_size\nKZ,Kazakhstan,8.6,"2,234"\n')).toEqual([
      'countries.csv:2:4: sample_size: expected a number without thousands separators, found "2,234"',
    ]);
  });

  it('refuses unknown country codes and names Cyrillic look-alikes', () => {
    expect(
      messages('country,name,family_size,sample_size\nKAZ,Kazakhstan,8.6,2234\n\u041aZ,Kazakhstan,8.6,2234\n'),
    ).toEqual([
      'countries.csv:2:1: country: expected one of KZ, KG, found "KAZ"',
      'countries.csv:3:1: country: expected one of KZ, KG (the value contains Cyrillic letters), found "КZ"',
    ]);
  });

  it('refuses duplicated rows, naming the first', () => {
    expect(
      messages('country,name,family_size,sample_size\nKZ,Kazakhstan,8.6,2234\n\nKZ,Kazakhstan,8.6,2234\n'),
    ).toEqual(['countries.csv:4:1: duplicate row (country=KZ) already given on line 2']);
  });

  it('refuses rows with too many or too few fields, counting lines inside quoted line breaks', () => {
    expect(messages('country,name,family_size,sample_size\nKZ,"Kazakh\nstan",8.6,2234,9\nKG,Kyrgyzstan,13\n')).toEqual([
      'countries.csv:2:5: expected 4 fields separated by ",", found 5',
      'countries.csv:4:4: expected 4 fields separated by ",", found 3',
    ]);
  });

  it('refuses an empty file', () => {
    expect(messages('')).toEqual(['countries.csv:1:1: expected a header row: country,name,family_size,sample_size']);
  });

  it('refuses text that is not UTF-8, at the first bad byte', () => {
    // "KZ,Казахстан" saved as Windows-1251
    const bytes = new Uint8Array([...Buffer.from('country,name\nKZ,'), 0xca, 0xe0, 0xe7]);
    expect(() => decodeUtf8(bytes, 'countries.csv')).toThrow(
      'countries.csv:2:4: expected UTF-8 text; save the file as CSV UTF-8',
    );
  });
});

describe('halfUnitOfLastDigit', () => {
  it('is half a unit of the last printed digit', () => {
    expect(halfUnitOfLastDigit('8.6')).toBe(0.05);
    expect(halfUnitOfLastDigit('17.20')).toBeCloseTo(0.005, 12);
    expect(halfUnitOfLastDigit('15778')).toBe(0.5);
    expect(halfUnitOfLastDigit('8,6')).toBe(0.05);
  });
});
