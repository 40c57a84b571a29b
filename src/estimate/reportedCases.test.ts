/** Recent cases per estimate cell on the hand-checked small round (tests/fixtures/small-round/README.md). */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SettlementTally } from '../survey/settlementTallies.ts';
import { tallyRound } from '../survey/tallyRound.ts';
import { reportedCases } from './reportedCases.ts';

const round = fileURLToPath(new URL('../../tests/fixtures/small-round/small/', import.meta.url));
let settlements: SettlementTally[];
beforeAll(async () => {
  settlements = (await tallyRound(round)).tallies.settlements;
});

describe('reportedCases', () => {
  it('sums the recent victims of the leaves a cell covers, as in the README province figures', () => {
    const cases = reportedCases(['KG'], settlements);
    // README "Province figures", Osh + Naryn sums: labor inside all 5 + 4, abroad 3 + 4, sexual 1 + 1 and 1 + 2
    expect(cases.get('KG.inside.labor.all.victims')).toBe(9);
    expect(cases.get('KG.abroad.labor.all.victims')).toBe(7);
    expect(cases.get('KG.all.all.all.victims')).toBe(9 + 7 + 2 + 3);
    // women: labor inside 2 + 2 and sexual inside 1 + 1 (sexual exploitation is recorded among women)
    expect(cases.get('KG.inside.all.women.victims')).toBe(6);
    // q04's and q11's victims of unknown sex count in "all" only: abroad men 2 + 3, abroad all 7
    expect(cases.get('KG.abroad.labor.men.victims')).toBe(5);
    expect(cases.get('CA.all.all.all.victims')).toBe(21);
    expect(cases.size).toBe(2 * 24);
  });

  it('counts only the countries asked for, each into the region', () => {
    const moved = settlements.map((s, i) => ({ ...s, country: i === 0 ? 'KZ' : s.country }));
    const kz = moved[0]!.recent.reduce((a, b) => a + b, 0);
    expect(reportedCases(['KG'], moved).get('CA.all.all.all.victims')).toBe(21 - kz);
    expect(reportedCases(['KZ', 'KG'], moved).get('CA.all.all.all.victims')).toBe(21);
    expect(reportedCases([], moved).size).toBe(0);
  });
});
