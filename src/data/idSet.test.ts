import { describe, expect, it } from 'vitest';
import { cyrb53, IdSet } from './idSet.ts';

describe('IdSet', () => {
  it('tells a new id from a repeated one, across growth', () => {
    const ids = new IdSet();
    for (let i = 0; i < 200_000; i++) expect(ids.add(`KZ-${i}`)).toBe(true);
    expect(ids.add('KZ-0')).toBe(false);
    expect(ids.add('KZ-199999')).toBe(false);
    expect(ids.add('KZ-200000')).toBe(true);
  });

  it('hashes to whole numbers in [1, 2^53]', () => {
    // cyrb53("a") with seed 0, plus 1 (the empty-slot marker is 0)
    expect(cyrb53('a')).toBe(7929297801672961 + 1);
    for (const text of ['', 'q01', 'Ош']) {
      const h = cyrb53(text);
      expect(Number.isSafeInteger(h) && h >= 1).toBe(true);
    }
  });
});
