/**
 * The synthetic survey-round generator: deterministic, in the exact questionnaire format, with
 * exactly the faults it reports, and with statistics of the order of the 2009 survey.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  COUNTRY_MODELS,
  FAULT_KINDS,
  QUESTIONNAIRE_HEADER,
  generateProvinces,
  writeRound,
} from '../../scripts/synthetic/generateRound.ts';
import type { RoundSummary } from '../../scripts/synthetic/generateRound.ts';
import { COUNTS, count, faultsOf, laborTotal, readRound, victimsOf } from './roundCheck.ts';
import type { ParsedRound, QuestionnaireRow } from './roundCheck.ts';

const FILES = ['questionnaires.csv', 'provinces.csv', 'countries.csv', 'round.json'];
// written out by hand, apart from the code under test
const HEADER = [
  'id',
  'country',
  'province',
  'settlement',
  'interview_date',
  'relatives',
  'migrated_inside',
  'migrated_abroad',
  'labor_inside_women_recent',
  'labor_inside_men_recent',
  'labor_inside_total_recent',
  'labor_inside_women_earlier',
  'labor_inside_men_earlier',
  'labor_inside_total_earlier',
  'labor_abroad_women_recent',
  'labor_abroad_men_recent',
  'labor_abroad_total_recent',
  'labor_abroad_women_earlier',
  'labor_abroad_men_earlier',
  'labor_abroad_total_earlier',
  'sexual_inside_recent',
  'sexual_inside_earlier',
  'sexual_abroad_recent',
  'sexual_abroad_earlier',
  'other_victims',
].join(',');
const TARGET_SIZE: Record<string, number> = { KZ: 8.6, KG: 13, TJ: 13.5, TM: 13, UZ: 17 };
const REAL_POPULATION: Record<string, number> = { KZ: 15.8e6, KG: 5.4e6, TJ: 7.3e6, TM: 6.7e6, UZ: 27.6e6 };
const LABOR = (block: 'inside' | 'abroad', period: 'recent' | 'earlier') => ({
  women: `labor_${block}_women_${period}`,
  men: `labor_${block}_men_${period}`,
  total: `labor_${block}_total_${period}`,
});

/** The seed of the main rounds; set SYNTHETIC_SEED to try the checks on other seeds. */
const SEED = Number(process.env.SYNTHETIC_SEED ?? 2009);
const tmp = mkdtempSync(join(tmpdir(), 'synthetic-round-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const faultyIds = (summary: RoundSummary) =>
  new Map(FAULT_KINDS.flatMap((kind) => summary.faulty[kind].map((id) => [id, kind] as const)));
const isValid = (row: QuestionnaireRow) => faultsOf(row).length === 0;

/** A round the size of 2009, with the default share of faulty questionnaires. */
let main: ParsedRound;
let mainSummary: RoundSummary;
/** A round with many faulty questionnaires, to test every kind of fault. */
let faulty: ParsedRound;
let faultySummary: RoundSummary;

beforeAll(async () => {
  mainSummary = await writeRound(join(tmp, 'main'), { edition: '2009', seed: SEED, questionnaires: 11_348 });
  main = readRound(join(tmp, 'main'));
  faultySummary = await writeRound(join(tmp, 'faulty'), {
    edition: 'faults',
    seed: SEED + 1,
    questionnaires: 6_000,
    faultyShare: 0.1,
  });
  faulty = readRound(join(tmp, 'faulty'));
});

describe('writeRound: determinism', () => {
  it('writes byte-identical files for the same seed and different ones for another seed', async () => {
    const options = { edition: 'det', seed: 123, questionnaires: 3_000 };
    const [a, b, c] = ['a', 'b', 'c'].map((name) => join(tmp, `det-${name}`)) as [string, string, string];
    const summaryA = await writeRound(a, options);
    const summaryB = await writeRound(b, options);
    await writeRound(c, { ...options, seed: 124 });
    expect(summaryB).toEqual(summaryA);
    for (const file of FILES) expect(read(b, file), file).toBe(read(a, file));
    expect(read(c, 'questionnaires.csv')).not.toBe(read(a, 'questionnaires.csv'));
    expect(read(c, 'provinces.csv')).not.toBe(read(a, 'provinces.csv'));
    expect(read(c, 'round.json')).toBe(read(a, 'round.json'));
  });

  it('gives the same provinces for a seed whatever the number of questionnaires', () => {
    const expected = generateProvinces(SEED).map((p) => `${p.country},${p.province},${p.population}`);
    expect(read(join(tmp, 'main'), 'provinces.csv')).toBe(['country,province,population', ...expected, ''].join('\n'));
  });

  it('changes only the faulty rows when the share of faulty rows changes', async () => {
    const options = { edition: 'share', seed: 5, questionnaires: 2_000 };
    await writeRound(join(tmp, 'share-0'), { ...options, faultyShare: 0 });
    const summary = await writeRound(join(tmp, 'share-5'), { ...options, faultyShare: 0.05 });
    const clean = read(join(tmp, 'share-0'), 'questionnaires.csv').split('\n');
    const some = read(join(tmp, 'share-5'), 'questionnaires.csv').split('\n');
    const changed = clean.flatMap((line, i) => (line === some[i] ? [] : [line.split(',')[0]]));
    const ids = [...faultyIds(summary).keys()];
    expect(ids).toHaveLength(100);
    expect(new Set(changed)).toEqual(new Set(ids));
  });
});

describe('writeRound: format', () => {
  it('writes the header exactly and 25 fields in every row', () => {
    expect(QUESTIONNAIRE_HEADER.join(',')).toBe(HEADER);
    expect(read(join(tmp, 'main'), 'questionnaires.csv').split('\n', 1)[0]).toBe(HEADER);
    expect(main.header.join(',')).toBe(HEADER);
    expect(main.fields).toHaveLength(11_348);
    expect(mainSummary.rows).toBe(11_348);
    for (const fields of main.fields) expect(fields).toHaveLength(25);
    expect(read(join(tmp, 'main'), 'questionnaires.csv').endsWith('\n')).toBe(true);
  });

  it('uses unique ids, known country and province pairs, and settlements unique within a province', () => {
    const pairs = new Set(main.provinces.map((p) => `${p.country}|${p.province}`));
    const ids = new Set<string>();
    const seen = new Set<string>();
    let previous = '';
    const problems: string[] = [];
    for (const row of main.rows) {
      if (!/^(KZ|KG|TJ|TM|UZ)-\d{7}$/.test(row.id ?? '') || row.id?.slice(0, 2) !== row.country)
        problems.push(`id ${row.id}`);
      ids.add(row.id ?? '');
      if (!pairs.has(`${row.country}|${row.province}`))
        problems.push(`${row.id}: province ${row.country} ${row.province}`);
      // A settlement is one cluster: its rows are together and its name is not used again in the province.
      const key = `${row.country}|${row.province}|${row.settlement}`;
      if (key !== previous) {
        if (seen.has(key)) problems.push(`${row.id}: settlement ${key} again`);
        seen.add(key);
        previous = key;
      }
    }
    expect(problems).toEqual([]);
    expect(ids.size).toBe(main.rows.length);
    expect(seen.size).toBeGreaterThan(11_348 / 40);
  });

  it('writes dates within the fieldwork and yes/no answers (1/0 in a few percent of rows)', () => {
    const { start, end } = main.round.fieldwork;
    const problems: string[] = [];
    let oneZero = 0;
    for (const row of main.rows) {
      const date = row.interview_date ?? '';
      if (
        !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
        new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date ||
        date < start ||
        date > end
      ) {
        problems.push(`${row.id}: date ${date}`);
      }
      const answers = `${row.migrated_inside},${row.migrated_abroad}`;
      if (/^[10],[10]$/.test(answers)) oneZero++;
      else if (!/^(yes|no),(yes|no)$/.test(answers)) problems.push(`${row.id}: answers ${answers}`);
    }
    expect(problems).toEqual([]);
    expect(oneZero / main.rows.length).toBeGreaterThan(0.01);
    expect(oneZero / main.rows.length).toBeLessThan(0.06);
  });

  it('writes round.json as specified', () => {
    expect(JSON.parse(read(join(tmp, 'main'), 'round.json'))).toEqual({
      edition: '2009',
      title: 'Synthetic survey round 2009',
      fieldwork: { start: '2009-09-01', end: '2009-11-30' },
      recallYears: 3,
      relativesRule: 'exclude',
      source: {
        authors: ['Synthetic data'],
        title: 'Synthetic survey round 2009',
        publisher: 'Test fixture, not a publication',
        place: 'Nowhere',
        year: 2009,
      },
      synthetic: true,
    });
    expect(readRound(join(tmp, 'faulty')).round.fieldwork).toEqual({ start: '2009-09-01', end: '2009-11-30' });
  });

  it('writes 3–14 provinces per country, with populations near the real ones', () => {
    expect(main.countries.map((c) => c.country)).toEqual([...COUNTRY_CODES]);
    for (const { country, population } of main.countries) {
      const provinces = main.provinces.filter((p) => p.country === country);
      expect(provinces.length).toBeGreaterThanOrEqual(3);
      expect(provinces.length).toBeLessThanOrEqual(14);
      expect(new Set(provinces.map((p) => p.province)).size).toBe(provinces.length);
      for (const p of provinces) {
        expect(Number.isInteger(p.population)).toBe(true);
        expect(p.population).toBeGreaterThan(50_000);
      }
      const sum = provinces.reduce((a, p) => a + p.population, 0);
      expect(Number.isInteger(population)).toBe(true);
      expect(Math.abs(population / sum - 1)).toBeLessThanOrEqual(0.0201);
      expect(Math.abs(sum / (REAL_POPULATION[country] as number) - 1)).toBeLessThan(0.05);
    }
  });

  it('writes small rounds, and refuses bad options', async () => {
    const empty = await writeRound(join(tmp, 'empty'), { edition: 'empty', seed: 1, questionnaires: 0 });
    expect(empty.rows).toBe(0);
    expect(read(join(tmp, 'empty'), 'questionnaires.csv')).toBe(`${HEADER}\n`);
    const small = await writeRound(join(tmp, 'small'), { edition: 'small', seed: 1, questionnaires: 37, year: 2021 });
    expect(small.rows).toBe(37);
    const round = readRound(join(tmp, 'small'));
    expect(round.rows).toHaveLength(37);
    expect(round.round.fieldwork).toEqual({ start: '2021-09-01', end: '2021-11-30' });
    await expect(writeRound(join(tmp, 'bad'), { edition: 'bad', seed: 1.5, questionnaires: 10 })).rejects.toThrow(
      /seed/,
    );
    await expect(writeRound(join(tmp, 'bad'), { edition: 'bad', seed: 1, questionnaires: -1 })).rejects.toThrow(
      /questionnaires/,
    );
    await expect(
      writeRound(join(tmp, 'bad'), { edition: 'bad', seed: 1, questionnaires: 10, faultyShare: 2 }),
    ).rejects.toThrow(/faultyShare/);
    await expect(writeRound(join(tmp, 'bad'), { edition: 'a b"', seed: 1, questionnaires: 10 })).rejects.toThrow(
      /edition/,
    );
  });
});

describe('writeRound: faults', () => {
  it('spreads the faulty rows evenly over the kinds', () => {
    const sizes = FAULT_KINDS.map((kind) => mainSummary.faulty[kind].length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(Math.round(11_348 * 0.005));
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(FAULT_KINDS.map((kind) => faultySummary.faulty[kind].length)).toEqual([100, 100, 100, 100, 100, 100]);
  });

  it('makes exactly the reported rows faulty, each with exactly its fault', () => {
    for (const [round, summary] of [
      [main, mainSummary],
      [faulty, faultySummary],
    ] as const) {
      const expected = faultyIds(summary);
      const wrong = round.rows.flatMap((row) => {
        const kind = expected.get(row.id ?? '');
        const faults = faultsOf(row);
        return faults.join() === (kind ?? '')
          ? []
          : [`${row.id}: reported ${kind ?? 'valid'}, found ${faults.join(' and ') || 'none'}`];
      });
      expect(wrong).toEqual([]);
      expect(round.rows.filter((row) => !isValid(row))).toHaveLength(expected.size);
    }
  });

  it('writes faults as survey teams would', () => {
    const byId = new Map(faulty.rows.map((row) => [row.id, row]));
    const rows = (kind: (typeof FAULT_KINDS)[number]) =>
      faultySummary.faulty[kind].map((id) => byId.get(id) as QuestionnaireRow);
    for (const row of rows('more_than_30_relatives')) {
      expect(Number(row.relatives)).toBeGreaterThanOrEqual(31);
      expect(Number(row.relatives)).toBeLessThanOrEqual(60);
    }
    for (const row of rows('invalid_count')) {
      const bad = COUNTS.filter((c) => count(row[c]) === null);
      expect(bad).toHaveLength(1);
    }
    const tokens = new Set(
      rows('invalid_count').flatMap((row) => COUNTS.map((c) => row[c]).filter((v) => count(v) === null)),
    );
    expect(tokens.size).toBeGreaterThan(3);
  });
});

describe('writeRound: valid questionnaires', () => {
  it('have 1–30 relatives, whole counts, women + men within the total, and no more victims than relatives', () => {
    const problems: string[] = [];
    let blankTotals = 0;
    let blankZeros = 0;
    let unknownSex = 0;
    let cells = 0;
    const valid = main.rows.filter(isValid);
    for (const row of valid) {
      const relatives = /^\d+$/.test(row.relatives ?? '') ? Number(row.relatives) : NaN;
      if (!(relatives >= 1 && relatives <= 30)) problems.push(`${row.id}: relatives ${row.relatives}`);
      for (const column of COUNTS) {
        const text = row[column] ?? '';
        if (!/^(\d+)?$/.test(text)) problems.push(`${row.id}: ${column} ${text}`);
        if (text === '' && !column.includes('total') && column !== 'other_victims') blankZeros++;
        cells++;
      }
      for (const block of ['inside', 'abroad'] as const) {
        for (const period of ['recent', 'earlier'] as const) {
          const l = LABOR(block, period);
          const sum = (count(row[l.women]) ?? 0) + (count(row[l.men]) ?? 0);
          if (row[l.total] === '') blankTotals++;
          else if (Number(row[l.total]) > sum) unknownSex++;
          if (laborTotal(row, l) < sum) problems.push(`${row.id}: ${l.total} below women + men`);
        }
      }
      if (victimsOf(row, true) > relatives) problems.push(`${row.id}: more victims than relatives`);
      // Abroad exploitation only in families with a relative who migrated abroad.
      const abroad = ['recent', 'earlier'] as const;
      if (
        (row.migrated_abroad === 'no' || row.migrated_abroad === '0') &&
        abroad.some((p) => laborTotal(row, LABOR('abroad', p)) + (count(row[`sexual_abroad_${p}`]) ?? 0) > 0)
      ) {
        problems.push(`${row.id}: exploited abroad without migration abroad`);
      }
    }
    expect(problems).toEqual([]);
    expect(blankTotals / (4 * valid.length)).toBeGreaterThan(0.02);
    expect(blankTotals / (4 * valid.length)).toBeLessThan(0.08);
    expect(blankZeros / cells).toBeGreaterThan(0.01);
    expect(blankZeros / cells).toBeLessThan(0.05);
    expect(unknownSex).toBeGreaterThan(0);
    expect(unknownSex / valid.length).toBeLessThan(0.01);
  });

  it('are spread over countries like 2009, over provinces by population, in settlements of 8–40', () => {
    const total = COUNTRY_CODES.reduce((a, c) => a + COUNTRY_MODELS[c].sample, 0);
    for (const country of COUNTRY_CODES) {
      const rows = main.rows.filter((row) => row.country === country);
      expect(Math.abs(rows.length - (11_348 * COUNTRY_MODELS[country].sample) / total)).toBeLessThanOrEqual(1);
      const provinces = main.provinces.filter((p) => p.country === country);
      const population = provinces.reduce((a, p) => a + p.population, 0);
      // Total variation distance between the questionnaires' and the population's shares.
      const distance =
        provinces.reduce(
          (a, p) =>
            a +
            Math.abs(rows.filter((r) => r.province === p.province).length / rows.length - p.population / population),
          0,
        ) / 2;
      expect(distance, country).toBeLessThan(0.15);
    }
    const settlements = new Map<string, number>();
    const provinceRows = new Map<string, number>();
    for (const row of main.rows) {
      settlements.set(
        `${row.country}|${row.province}|${row.settlement}`,
        (settlements.get(`${row.country}|${row.province}|${row.settlement}`) ?? 0) + 1,
      );
      provinceRows.set(`${row.country}|${row.province}`, (provinceRows.get(`${row.country}|${row.province}`) ?? 0) + 1);
    }
    for (const [key, size] of settlements) {
      const inProvince = provinceRows.get(key.split('|').slice(0, 2).join('|')) as number;
      expect(size).toBeLessThanOrEqual(40);
      expect(size).toBeGreaterThanOrEqual(Math.min(8, inProvince));
    }
  });

  it('have summary statistics of the order of the 2009 survey', () => {
    const valid = main.rows.filter(isValid);
    const perYear = (rows: QuestionnaireRow[], value: (row: QuestionnaireRow) => number) =>
      (1000 * rows.reduce((a, r) => a + value(r), 0)) / rows.length / 3;
    for (const country of COUNTRY_CODES) {
      const rows = valid.filter((row) => row.country === country);
      const relatives = rows.map((row) => Number(row.relatives));
      const mean = relatives.reduce((a, b) => a + b, 0) / rows.length;
      const variance = relatives.reduce((a, b) => a + (b - mean) ** 2, 0) / rows.length;
      expect(Math.abs(mean - (TARGET_SIZE[country] as number)), country).toBeLessThan(1.5);
      expect(variance, `${country}: overdispersed`).toBeGreaterThan(mean);
      const abroad = perYear(rows, (r) => laborTotal(r, LABOR('abroad', 'recent')));
      expect(abroad, country).toBeGreaterThan(10);
      expect(abroad, country).toBeLessThan(400);
    }
    const inside = perYear(valid, (r) => laborTotal(r, LABOR('inside', 'recent')));
    expect(inside).toBeGreaterThan(10);
    expect(inside).toBeLessThan(200);
    const sexual = perYear(valid, (r) => (count(r.sexual_inside_recent) ?? 0) + (count(r.sexual_abroad_recent) ?? 0));
    expect(sexual).toBeGreaterThan(2);
    expect(sexual).toBeLessThan(60);
    const earlier = perYear(
      valid,
      (r) => laborTotal(r, LABOR('inside', 'earlier')) + laborTotal(r, LABOR('abroad', 'earlier')),
    );
    const recent = inside + perYear(valid, (r) => laborTotal(r, LABOR('abroad', 'recent')));
    expect(earlier / recent).toBeGreaterThan(0.6);
    expect(earlier / recent).toBeLessThan(1.6);
    // Women's share of labor victims.
    const women = valid.reduce(
      (a, r) => a + (count(r.labor_inside_women_recent) ?? 0) + (count(r.labor_abroad_women_recent) ?? 0),
      0,
    );
    const sexed =
      women +
      valid.reduce((a, r) => a + (count(r.labor_inside_men_recent) ?? 0) + (count(r.labor_abroad_men_recent) ?? 0), 0);
    expect(women / sexed).toBeGreaterThan(0.2);
    expect(women / sexed).toBeLessThan(0.45);
    // Recent counts are mostly 0.
    expect(valid.filter((r) => laborTotal(r, LABOR('inside', 'recent')) === 0).length / valid.length).toBeGreaterThan(
      0.7,
    );
    // Relatives above 30 only in faulty rows; a few of them.
    expect(main.rows.filter((r) => Number(r.relatives) > 30).length).toBe(
      mainSummary.faulty.more_than_30_relatives.length,
    );
  });

  it('cluster by settlement: victims vary between settlements more than chance would make them', () => {
    const valid = main.rows.filter(isValid);
    const bySettlement = new Map<string, number[]>();
    for (const row of valid) {
      const key = `${row.province}|${row.settlement}`;
      const list = bySettlement.get(key) ?? [];
      list.push(laborTotal(row, LABOR('inside', 'recent')) + laborTotal(row, LABOR('inside', 'earlier')));
      bySettlement.set(key, list);
    }
    // Dispersion of settlement totals: for Poisson counts with a common mean it would be about 1.
    let chi = 0;
    let df = 0;
    const mean =
      valid.reduce(
        (a, r) => a + laborTotal(r, LABOR('inside', 'recent')) + laborTotal(r, LABOR('inside', 'earlier')),
        0,
      ) / valid.length;
    for (const list of bySettlement.values()) {
      const expected = mean * list.length;
      chi += (list.reduce((a, b) => a + b, 0) - expected) ** 2 / expected;
      df++;
    }
    expect(chi / df).toBeGreaterThan(2);
  });
});

describe('writeRound: size', () => {
  // How fast is measured by `npm run benchmark`, not here: a wall-clock limit fails on a busy machine.
  it('writes 100,000 questionnaires, whole and with the faults it lists', async () => {
    const dir = join(tmp, 'large');
    const summary = await writeRound(dir, { edition: 'large', seed: 100, questionnaires: 100_000 });
    expect(summary.rows).toBe(100_000);
    const lines = read(dir, 'questionnaires.csv').split('\n');
    expect(lines).toHaveLength(100_002);
    expect(lines[0]).toBe(HEADER);
    expect(lines[100_001]).toBe('');
    const ids = new Set<string>();
    let short = 0;
    for (let i = 1; i <= 100_000; i++) {
      const fields = (lines[i] as string).split(',');
      if (fields.length !== 25) short++;
      ids.add(fields[0] as string);
    }
    expect(short).toBe(0);
    expect(ids.size).toBe(100_000);
    const sizes = FAULT_KINDS.map((kind) => summary.faulty[kind].length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(500);
    for (const kind of FAULT_KINDS) for (const id of summary.faulty[kind]) expect(ids.has(id)).toBe(true);
  }, 120_000);
});
