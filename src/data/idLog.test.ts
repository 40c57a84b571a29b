import { describe, expect, it } from 'vitest';
import { cyrb53, IdLog } from './idLog.ts';

describe('IdLog', () => {
  it('finds the hashes of repeated ids, across growth, and no others', () => {
    const ids = new IdLog(4);
    for (let i = 0; i < 200_000; i++) ids.add(`KZ-${i}`);
    expect(ids.repeatedHashes()).toEqual(new Set());
    ids.add('KZ-0');
    ids.add('KZ-199999');
    ids.add('KZ-199999');
    expect(ids.repeatedHashes()).toEqual(new Set([cyrb53('KZ-0'), cyrb53('KZ-199999')]));
  });

  it('hashes to whole numbers in [1, 2^53]', () => {
    // cyrb53("a") with seed 0, plus 1
    expect(cyrb53('a')).toBe(7929297801672961 + 1);
    for (const text of ['', 'q01', 'Ош']) {
      const h = cyrb53(text);
      expect(Number.isSafeInteger(h) && h >= 1).toBe(true);
    }
  });
});
