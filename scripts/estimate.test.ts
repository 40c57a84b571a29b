import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DataErrors } from '../src/data/dataError.ts';
import { computeEditions, writeEditions } from './estimate.ts';

const data = new URL('../data', import.meta.url).pathname;

function scratch(): { dataDir: string; outDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'estimate-'));
  cpSync(data, join(root, 'data'), { recursive: true });
  return { dataDir: join(root, 'data'), outDir: join(root, 'generated') };
}

describe('the estimation step', () => {
  it('writes estimates.csv with the tidy columns and reconciliation.csv for every edition', async () => {
    const { dataDir, outDir } = scratch();
    writeEditions(outDir, await computeEditions(dataDir));
    expect(readdirSync(outDir).sort()).toEqual(['2009', 'editions.json']);
    expect(readdirSync(join(outDir, '2009')).sort()).toEqual([
      'context.json',
      'edition.json',
      'estimates.csv',
      'estimates.json',
      'exclusions.json',
      'reconciliation.csv',
      'reconciliation.json',
      'record.json',
    ]);
    const estimates = Papa.parse<Record<string, string>>(readFileSync(join(outDir, '2009/estimates.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(estimates.meta.fields).toEqual([
      'edition',
      'country',
      'location',
      'exploitation',
      'sex',
      'indicator',
      'value',
      'missing',
      'reliability',
    ]);
    const row = estimates.data.find(
      (r) =>
        r.country === 'KZ' &&
        r.location === 'inside' &&
        r.exploitation === 'all' &&
        r.sex === 'all' &&
        r.indicator === 'victims',
    );
    expect(row?.value).toBe('139984'); // 15,778,000 / 8.6 × 76.3 / 1,000
    const indicators = new Set(estimates.data.map((r) => r.indicator));
    for (const name of [
      'population',
      'family_size',
      'families',
      'rate_per_1000_families',
      'rate_per_1000_population',
      'victims',
      'victims_lower',
      'victims_upper',
    ]) {
      expect(indicators.has(name), name).toBe(true);
    }
    expect(new Set(estimates.data.map((r) => r.country))).toEqual(new Set(['KZ', 'KG', 'TJ', 'TM', 'UZ', 'CA']));
    const population = estimates.data.find((r) => r.country === 'CA' && r.indicator === 'population');
    expect(population?.value).toBe('62911000'); // persons, not thousands
    const reconciliation = readFileSync(join(outDir, '2009/reconciliation.csv'), 'utf8').split('\n');
    expect(reconciliation[0]).toBe(
      'id,figure,key,source,published,compared_with,recomputed,other_printed,other_source,class,' +
        'difference_percent,note',
    );
    expect(reconciliation).toHaveLength(470 + 194 + 2);
  });

  it('writes nothing when a file is bad, and leaves the previous output as it was', async () => {
    const { dataDir, outDir } = scratch();
    writeEditions(outDir, await computeEditions(dataDir));
    const before = readFileSync(join(outDir, '2009/estimates.csv'), 'utf8');
    const rates = join(dataDir, '2009/rates.csv');
    writeFileSync(
      rates,
      readFileSync(rates, 'utf8').replace('KZ,inside,labor,women,22.7', 'KZ,inside,labor,women,-22.7'),
    );
    await expect(computeEditions(dataDir)).rejects.toThrow(DataErrors);
    await expect(computeEditions(dataDir)).rejects.toThrow(
      `${dataDir}/2009/rates.csv:2:5: rate_per_1000_families: expected a number ≥ 0, found "-22.7"`,
    );
    expect(readFileSync(join(outDir, '2009/estimates.csv'), 'utf8')).toBe(before);
  });

  it('exits non-zero from the command line, printing the located fault', () => {
    const { dataDir, outDir } = scratch();
    const countries = join(dataDir, '2009/countries.csv');
    writeFileSync(
      countries,
      readFileSync(countries, 'utf8').replace('KG,Kyrgyzstan,5432', 'KG,Kyrgyzstan,5432 thousand'),
    );
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/estimate.ts', dataDir, outDir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      ({ status, stderr } = error as { status: number; stderr: string });
    }
    expect(status).toBe(1);
    expect(stderr).toContain('estimate: the data has 1 fault; nothing was written');
    expect(stderr).toContain(
      `${dataDir}/2009/countries.csv:3:3: population_thousands: expected a number, found "5432 thousand"`,
    );
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('the record of a published edition', () => {
  const recordOf = (dataDir: string) => join(dataDir, '2009/record.json');
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(from);
    writeFileSync(file, text.replace(from, to));
  };

  it('refuses published figures edited by hand, at the checksum they no longer match', async () => {
    const { dataDir } = scratch();
    edit(recordOf(dataDir), '"KZ.all.all.all.population": 15778000,', '"KZ.all.all.all.population": 15800000,');
    await expect(computeEditions(dataDir)).rejects.toThrow(
      new RegExp(
        `^${dataDir}/2009/record\\.json:4:3: checksum: the estimates as published have checksum [0-9a-f]{64}, not ` +
          '41e26c1c65dea5b6c7d950d523e2590b808d8da498c9d892df0542938f6e0c65: the published figures are never ' +
          'edited; a change is made by a correction$',
      ),
    );
  });

  it('refuses a correction whose old value is not the value on the record, at that figure', async () => {
    const { dataDir } = scratch();
    const correction = {
      date: '2026-12-01',
      what: 'A test.',
      why: 'A test.',
      changes: [{ figure: 'KZ.all.all.all.population', old: 15000000, new: 15778000 }],
      checksum: '41e26c1c65dea5b6c7d950d523e2590b808d8da498c9d892df0542938f6e0c65',
    };
    edit(recordOf(dataDir), '"corrections": []', `"corrections": [\n${JSON.stringify(correction)}\n]`);
    await expect(computeEditions(dataDir)).rejects.toThrow(
      `${dataDir}/2009/record.json:1722:76: corrections.0: KZ.all.all.all.population: old is 15000000, but the ` +
        'record had 15778000 before this correction',
    );
  });

  it('leaves a round without a record free to change: it is not yet published', async () => {
    const { dataDir, outDir } = scratch();
    rmSync(recordOf(dataDir));
    edit(join(dataDir, '2009/countries.csv'), 'KZ,Kazakhstan,15778,', 'KZ,Kazakhstan,15800,');
    writeEditions(outDir, await computeEditions(dataDir));
    expect(JSON.parse(readFileSync(join(outDir, '2009/record.json'), 'utf8'))).toEqual({
      published: null,
      corrections: [],
    });
  });
});
