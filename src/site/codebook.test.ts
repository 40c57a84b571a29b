import { describe, expect, it } from 'vitest';
import {
  estimateRow,
  ESTIMATE_COLUMNS,
  ESTIMATE_KEY,
  reconciliationRow,
  RECONCILIATION_COLUMNS,
} from '../generated/contract.ts';
import { INDICATOR_NAMES } from '../model/indicators.ts';
import { codeEntries, columnEntries, indicatorEntries } from './codebook.ts';
import { schemaFromZod } from './tableSchema.ts';

describe('the codebook', () => {
  it('gives every code of the downloads its meaning, from the model', () => {
    const codes = codeEntries();
    const meaning = (scope: string, name: string) =>
      codes.find((c) => c.scope === scope && c.name === name)?.definition;
    expect(meaning('country', 'KZ')).toBe('Kazakhstan');
    expect(meaning('country', 'CA')).toBe('Central Asia');
    expect(meaning('location', 'abroad')).toBe('Abroad');
    expect(meaning('exploitation', 'sexual')).toBe('Sexual exploitation');
    expect(meaning('reliability', 'caution')).toBe(
      'use with caution (marked E): coefficient of variation from 16.6% to 33.3%',
    );
    expect(meaning('missing', 'not_reported')).toBe('not reported in the source');
    expect(codes.filter((c) => c.scope === 'country').map((c) => c.name)).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ', 'CA']);
  });

  it('gives every indicator its unit and definition', () => {
    const indicators = indicatorEntries().filter((e) => e.scope === 'indicator');
    expect(indicators.map((e) => e.name)).toEqual(INDICATOR_NAMES);
    expect(indicators.find((e) => e.name === 'rate_per_1000_families')).toEqual({
      scope: 'indicator',
      name: 'rate_per_1000_families',
      unit: 'rate',
      definition: 'victims per year per 1,000 families',
    });
    expect(indicatorEntries().find((e) => e.scope === 'unit' && e.name === 'share')!.definition).toContain(
      '0.25 is 25%',
    );
  });

  it("gives each CSV column its unit, from its name or the indicator's", () => {
    const entries = columnEntries([
      { path: 'data/estimates.csv', schema: schemaFromZod(estimateRow, ESTIMATE_COLUMNS) },
      {
        path: 'tables/region.csv',
        schema: { fields: [{ name: 'share_of_region_percent', type: 'number' }], missingValues: [''] },
      },
    ]);
    const unit = (name: string) => entries.find((e) => e.name === name)!.unit;
    expect(unit('value')).toBe("the indicator's unit");
    expect(unit('country')).toBe('');
    expect(unit('share_of_region_percent')).toBe('percent, from 0 to 100 (27 is 27%)');
    expect(entries.find((e) => e.name === 'country')!.definition).toBe('a country code, or CA for Central Asia');
  });
});

describe('Table Schemas read off the contract', () => {
  it('type each column of estimates.csv, with its codes and its key', () => {
    const schema = schemaFromZod(estimateRow, ESTIMATE_COLUMNS, ESTIMATE_KEY);
    const field = (name: string) => schema.fields.find((f) => f.name === name)!;
    expect(field('country')).toMatchObject({
      type: 'string',
      constraints: { required: true, enum: ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'CA'] },
    });
    expect(field('location').constraints!.enum).toEqual(['inside', 'abroad', 'all']);
    // a missing value is an empty cell, with its reason in `missing`
    expect(field('value')).toMatchObject({ type: 'number', constraints: {} });
    expect(field('reliability').constraints).toEqual({ enum: ['reliable', 'caution', 'unreliable'] });
    expect(schema.primaryKey).toEqual(['country', 'location', 'exploitation', 'sex', 'indicator']);
  });

  it('give a positive whole number its inclusive minimum', () => {
    const schema = schemaFromZod(reconciliationRow, RECONCILIATION_COLUMNS);
    expect(schema.fields[0]).toMatchObject({
      name: 'id',
      type: 'integer',
      constraints: { required: true, minimum: 1 },
    });
  });

  it('refuse a column the schema lacks', () => {
    expect(() => schemaFromZod(estimateRow, ['country', 'province'])).toThrow(
      'tableSchema: no column province in the schema',
    );
  });
});
