/**
 * A hand-checked survey round (tests/fixtures/small-round: fourteen questionnaires in two
 * provinces of Kyrgyzstan, six of them faulty), placed in data/ beside 2009: its edition's
 * estimates.csv must equal the independent calculation in expected.json (see its README).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { tallyRound } from '../src/survey/tallyRound.ts';
import { byProvince, provinceStatistics } from '../src/survey/provinceStatistics.ts';
import { CELLS } from '../src/model/questionnaire.ts';
import { computeEditions, writeEditions } from '../scripts/estimate.ts';

const fixture = fileURLToPath(new URL('./fixtures/small-round/', import.meta.url));
const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8'));
let rows: Record<string, string>[] = [];
let outDir = '';

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'small-round-'));
  cpSync(fileURLToPath(new URL('../data/2009', import.meta.url)), join(root, 'data/2009'), { recursive: true });
  cpSync(join(fixture, 'small'), join(root, 'data/small'), { recursive: true });
  outDir = join(root, 'generated');
  writeEditions(outDir, await computeEditions(join(root, 'data')));
  rows = Papa.parse<Record<string, string>>(readFileSync(join(outDir, 'small/estimates.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
});

const value = (location: string, exploitation: string, sex: string, indicator: string) => {
  const row = rows.find(
    (r) =>
      r.country === 'KG' &&
      r.location === location &&
      r.exploitation === exploitation &&
      r.sex === sex &&
      r.indicator === indicator,
  );
  if (!row) throw new Error(`no row KG.${location}.${exploitation}.${sex}.${indicator}`);
  return Number(row.value);
};

describe('a small round computed by hand', () => {
  it('accounts for every questionnaire: 14 read, 8 valid, 6 excluded with their reasons and ids', () => {
    const report = JSON.parse(readFileSync(join(outDir, 'small/exclusions.json'), 'utf8'));
    expect([report.read, report.valid]).toEqual([expected.exclusions.read, expected.exclusions.valid]);
    const byReason = Object.fromEntries(
      report.excluded
        .filter((e: { count: number }) => e.count > 0)
        .map((e: { reason: string; ids: string[] }) => [e.reason, e.ids]),
    );
    expect(byReason).toEqual(expected.exclusions.excluded);
    expect(report.provincesWithoutQuestionnaires).toEqual(['KG Talas']);
  });

  it('gives each province its family size, migration shares and rates per 1,000 families', async () => {
    const round = await tallyRound(join(fixture, 'small'));
    for (const settlements of byProvince(round.tallies.settlements).values()) {
      const stats = provinceStatistics(settlements, 3);
      const hand = expected.provinces[stats.province];
      expect(stats.n).toBe(hand.n);
      expect(stats.familySize).toBeCloseTo(hand.family_size, 10);
      expect(stats.migrationInside).toBeCloseTo(hand.migration_inside_share, 10);
      expect(stats.migrationAbroad).toBeCloseTo(hand.migration_abroad_share, 10);
      const rate = (name: string) => stats.rates[CELLS.indexOf(name as (typeof CELLS)[number])]!;
      for (const location of ['inside', 'abroad']) {
        expect(rate(`labor.${location}.women`)).toBeCloseTo(hand.rates[`${location}.labor.women`], 9);
        expect(rate(`labor.${location}.men`)).toBeCloseTo(hand.rates[`${location}.labor.men`], 9);
        expect(
          rate(`labor.${location}.women`) + rate(`labor.${location}.men`) + rate(`labor.${location}.unspecified`),
        ).toBeCloseTo(hand.rates[`${location}.labor.all`], 9);
        expect(rate(`sexual.${location}.women`)).toBeCloseTo(hand.rates[`${location}.sexual.women`], 9);
      }
    }
  });

  it('writes estimates.csv equal to the hand calculation, cell by cell, to the rounding of the download', () => {
    expect(value('all', 'all', 'all', 'family_size')).toBeCloseTo(expected.country.family_size, 4);
    expect(Math.abs(value('all', 'all', 'all', 'families') - expected.country.families)).toBeLessThanOrEqual(0.5);
    expect(value('all', 'all', 'all', 'population')).toBe(5_500_000);
    expect(value('all', 'all', 'all', 'sample_size')).toBe(8);
    const cells = Object.entries(expected.country.cells as Record<string, Record<string, number>>);
    expect(cells).toHaveLength(24);
    for (const [cell, indicators] of cells) {
      const [location, exploitation, sex] = cell.split('.') as [string, string, string];
      for (const [indicator, hand] of Object.entries(indicators)) {
        // estimates.csv keeps 4 decimals of rates, whole people
        const tolerance = indicator.startsWith('rate') ? 0.00005 : 0.5;
        expect(
          Math.abs(value(location, exploitation, sex, indicator) - hand),
          `${cell} ${indicator}`,
        ).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  it('adds design-based limits from the cluster bootstrap around the estimate', () => {
    const lower = value('inside', 'all', 'all', 'victims_lower_bootstrap');
    const upper = value('inside', 'all', 'all', 'victims_upper_bootstrap');
    const estimate = value('inside', 'all', 'all', 'victims');
    expect(lower).toBeLessThanOrEqual(estimate);
    expect(upper).toBeGreaterThanOrEqual(estimate);
    expect(upper).toBeGreaterThan(lower);
  });

  it('leaves the 2009 edition as it was', async () => {
    const root = mkdtempSync(join(tmpdir(), 'only-2009-'));
    cpSync(fileURLToPath(new URL('../data/2009', import.meta.url)), join(root, 'data/2009'), { recursive: true });
    writeEditions(join(root, 'generated'), await computeEditions(join(root, 'data')));
    for (const file of ['estimates.csv', 'reconciliation.csv', 'context.json', 'edition.json']) {
      expect(readFileSync(join(outDir, '2009', file), 'utf8'), file).toBe(
        readFileSync(join(root, 'generated/2009', file), 'utf8'),
      );
    }
  });
});

describe('a round with a fault of the file', () => {
  it('stops the estimation step, naming file, line and column, and writes nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'faulty-round-'));
    cpSync(join(fixture, 'small'), join(root, 'data/small'), { recursive: true });
    const file = join(root, 'data/small/questionnaires.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('q04,KG,Osh,', 'q04,KZ,Osh,'));
    await expect(computeEditions(join(root, 'data'))).rejects.toThrow(
      `${file}:5:2: country: expected a country of provinces.csv (KG), found "KZ"`,
    );
  });
});

describe('a round where a location has no victims at all', () => {
  it('writes no NaN: a share of nothing is a missing value with its reason', async () => {
    const root = mkdtempSync(join(tmpdir(), 'no-abroad-'));
    cpSync(join(fixture, 'small'), join(root, 'data/small'), { recursive: true });
    const file = join(root, 'data/small/questionnaires.csv');
    const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8').trim());
    const header = parsed.data[0]!;
    const abroad = header
      .map((name, i) => (name.includes('abroad') && name !== 'migrated_abroad' ? i : -1))
      .filter((i) => i >= 0);
    const rows = parsed.data.map((row, r) => (r === 0 ? row : row.map((cell, i) => (abroad.includes(i) ? '0' : cell))));
    writeFileSync(file, `${Papa.unparse(rows, { newline: '\n' })}\n`);
    const out = join(root, 'generated');
    writeEditions(out, await computeEditions(join(root, 'data')));
    const estimates = readFileSync(join(out, 'small/estimates.csv'), 'utf8');
    expect(estimates).not.toMatch(/NaN|Infinity/);
    // no case abroad: an estimate of 0 on nothing, too unreliable to publish alone
    expect(estimates).toContain('small,KG,abroad,all,all,victims,0,,unreliable\n');
    expect(estimates).toContain('small,KG,abroad,sexual,all,sexual_share,,no_victims,\n');
    expect(estimates).toContain('small,KG,abroad,all,all,share_of_region,,no_victims,\n');
  });
});
