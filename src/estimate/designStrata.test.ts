/**
 * The collapse rule of designStrata on small made-up provinces: only the number of settlements
 * of each province and the provinces order matter.
 */
import { describe, expect, it } from 'vitest';
import type { SettlementTally } from '../survey/settlementTallies.ts';
import { designStrata } from './designStrata.ts';

/** A country's provinces as "name:settlements", e.g. "A:1" */
function provinces(country: string, ...specs: string[]): [string, SettlementTally[]][] {
  return specs.map((spec) => {
    const [province, count] = spec.split(':') as [string, string];
    const settlements = Array.from(
      { length: Number(count) },
      (_, i) => ({ country, province, settlement: `${province}${i + 1}` }) as SettlementTally,
    );
    return [`${country}\t${province}`, settlements];
  });
}
const keys = (country: string, ...names: string[]) => names.map((name) => `${country}\t${name}`);
const strataOf = (result: ReturnType<typeof designStrata>) =>
  result.strata.map(
    (s) => `${s.country} ${s.provinces.map((k) => k.split('\t')[1]).join('+')}:${s.settlements.length}`,
  );

describe('designStrata', () => {
  it('keeps every province of two settlements or more as its own stratum, and collapses none', () => {
    const result = designStrata(new Map(provinces('KZ', 'A:2', 'B:3')), keys('KZ', 'A', 'B'));
    expect(strataOf(result)).toEqual(['KZ A:2', 'KZ B:3']);
    expect(result.collapsed).toEqual([]);
  });

  it('collapses a one-settlement province with the next province in provinces order, and says so', () => {
    // map order B, A, C; provinces order A, B, C: A joins B
    const map = new Map(provinces('KG', 'B:3', 'A:1', 'C:2'));
    const result = designStrata(map, keys('KG', 'A', 'B', 'C'));
    expect(strataOf(result)).toEqual(['KG A+B:4', 'KG C:2']);
    expect(result.collapsed).toEqual([{ country: 'KG', provinces: ['A', 'B'], single: ['A'] }]);
    // the settlements of a stratum come province by province, in provinces order
    expect(result.strata[0]!.settlements.map((s) => s.settlement)).toEqual(['A1', 'B1', 'B2', 'B3']);
  });

  it('collapses the last province with the previous one, skipping provinces without settlements', () => {
    const map = new Map([...provinces('KG', 'A:2', 'B:3', 'C:1'), ['KG\tD', [] as SettlementTally[]] as const]);
    const result = designStrata(map, keys('KG', 'A', 'B', 'C', 'D'));
    expect(strataOf(result)).toEqual(['KG A:2', 'KG B+C:4']);
    expect(result.collapsed).toEqual([{ country: 'KG', provinces: ['B', 'C'], single: ['C'] }]);
  });

  it('joins a run of one-settlement provinces until each stratum has two settlements or more', () => {
    const run = designStrata(new Map(provinces('TJ', 'A:1', 'B:1', 'C:1', 'D:1', 'E:4')), keys('TJ', ...'ABCDE'));
    expect(strataOf(run)).toEqual(['TJ A+B:2', 'TJ C+D:2', 'TJ E:4']);
    const odd = designStrata(new Map(provinces('TJ', 'A:3', 'B:1', 'C:1', 'D:1')), keys('TJ', ...'ABCD'));
    // B joins C; D, the last, joins the previous stratum B+C
    expect(strataOf(odd)).toEqual(['TJ A:3', 'TJ B+C+D:3']);
    expect(odd.collapsed).toEqual([{ country: 'TJ', provinces: ['B', 'C', 'D'], single: ['B', 'C', 'D'] }]);
  });

  it('never collapses across countries, and puts provinces missing from the order after it', () => {
    const map = new Map([...provinces('KZ', 'A:3', 'B:1'), ...provinces('KG', 'C:2', 'D:2')]);
    const result = designStrata(map, keys('KG', 'C', 'D'));
    expect(strataOf(result)).toEqual(['KG C:2', 'KG D:2', 'KZ A+B:4']);
  });

  it('refuses a country with one settlement in all', () => {
    const map = new Map([...provinces('KZ', 'A:3'), ...provinces('TM', 'T:1')]);
    expect(() => designStrata(map, [])).toThrow('no province to collapse TM T with: one settlement in all');
  });
});
