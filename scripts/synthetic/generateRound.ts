/**
 * A seeded generator of synthetic survey rounds in the questionnaire format survey teams submit
 * (questionnaires.csv, provinces.csv, countries.csv, round.json), for tests and benchmarks.
 *
 * Everything random comes from d3-random's `randomLcg`, seeded from `options.seed`, so the same
 * seed and options give byte-identical files. Three independent streams are derived from the seed:
 * the structure (provinces, populations, province parameters), the rows, and the faults; so the
 * provinces do not depend on the number of questionnaires, and changing `faultyShare` changes
 * only the rows that are made faulty.
 *
 * The model, in brief:
 * - provinces: 3–14 per country with invented names, populations summing to about the real
 *   country size; countries.csv differs from the sum of its provinces by up to ±2%;
 * - questionnaires: split over countries like the 2009 survey, over provinces by population
 *   (with some noise), and into settlements (clusters) of 8–40 questionnaires;
 * - relatives: 1 + negative binomial (gamma–Poisson), truncated at 30, with the mean calibrated
 *   per province so the country means match the 2009 family sizes;
 * - migration: yes/no with province-level probabilities;
 * - exploitation: Poisson counts whose mean is the 2009 annual rate per family (Tables 2-1a …
 *   2-5a) × recall years × a province effect × a settlement effect (gamma) × family size; abroad
 *   exploitation only in families with a relative who migrated abroad; labor victims split by sex
 *   binomially; every count together never above the number of relatives.
 *
 * CLI: npx tsx scripts/synthetic/generateRound.ts <dir> <edition> <questionnaires> [seed]
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RandomGamma, RandomInt, RandomPoisson } from 'd3-random';
import {
  randomBinomial,
  randomGamma,
  randomInt,
  randomLcg,
  randomNormal,
  randomPoisson,
  randomUniform,
} from 'd3-random';

export interface GenerateOptions {
  edition: string;
  seed: number;
  questionnaires: number;
  /** Share of faulty questionnaires, spread evenly over FAULT_KINDS; default 0.005. */
  faultyShare?: number;
  /** Year of the fieldwork (September–November) and of the source; default the edition if it is a year, else 2009. */
  year?: number;
}

export interface ProvinceSpec {
  country: string;
  province: string;
  population: number;
}

export interface RoundSummary {
  rows: number;
  /** Ids of the faulty questionnaires by kind (every kind present, in file order). */
  faulty: Record<FaultKind, string[]>;
}

/** The header of questionnaires.csv, exactly. */
export const QUESTIONNAIRE_HEADER = [
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
] as const;

/**
 * The kinds of faulty questionnaire; each faulty row has exactly one of these faults and no
 * other. (In the terms of src/survey/questionnaireFormat.ts: relatives_blank and relatives_zero
 * are both "relatives_missing"; the others have the same names.)
 */
export const FAULT_KINDS = [
  'relatives_blank',
  'relatives_zero',
  'more_than_30_relatives',
  'more_victims_than_relatives',
  'women_and_men_exceed_total',
  'invalid_count',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What a faulty count looks like (never blank, never a whole number ≥ 0). */
export const INVALID_COUNT_TOKENS = ['-1', '-2', '2.5', '0.5', '1.5', 'many', 'two', 'x'] as const;

export const COUNTRY_CODES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

interface CountryModel {
  /** persons (2009) */
  population: number;
  /** valid questionnaires in 2009 */
  sample: number;
  /** mean close relatives per respondent */
  familySize: number;
  /** annual victims per 1,000 families (Tables 2-1a … 2-5a) */
  laborInside: { women: number; men: number };
  laborAbroad: { women: number; men: number };
  sexualInside: number;
  sexualAbroad: number;
}

/** The 2009 figures the synthetic rounds imitate. */
export const COUNTRY_MODELS: Record<CountryCode, CountryModel> = {
  KZ: {
    population: 15_778_000,
    sample: 2234,
    familySize: 8.6,
    laborInside: { women: 22.7, men: 49.3 },
    laborAbroad: { women: 9.0, men: 15.9 },
    sexualInside: 4.3,
    sexualAbroad: 3.4,
  },
  KG: {
    population: 5_432_000,
    sample: 1990,
    familySize: 13.0,
    laborInside: { women: 12.6, men: 20.1 },
    laborAbroad: { women: 39.4, men: 67.6 },
    sexualInside: 2.7,
    sexualAbroad: 7.8,
  },
  TJ: {
    population: 7_349_000,
    sample: 1970,
    familySize: 13.5,
    laborInside: { women: 8.1, men: 25.9 },
    laborAbroad: { women: 29.7, men: 131.2 },
    sexualInside: 2.2,
    sexualAbroad: 3.9,
  },
  TM: {
    population: 6_746_000,
    sample: 2598,
    familySize: 13.0,
    laborInside: { women: 16.0, men: 55.2 },
    laborAbroad: { women: 43.8, men: 53.7 },
    sexualInside: 5.8,
    sexualAbroad: 12.6,
  },
  UZ: {
    population: 27_606_000,
    sample: 2556,
    familySize: 17.2,
    laborInside: { women: 34.4, men: 73.4 },
    laborAbroad: { women: 62.9, men: 189.2 },
    sexualInside: 26.9,
    sexualAbroad: 31.2,
  },
};

const RECALL_YEARS = 3;
const MAX_RELATIVES = 30;
/** Shape of the gamma mixing the relatives' Poisson (smaller = more overdispersed). */
const RELATIVES_SHAPE = 5;
/** Annual "other" victims per 1,000 families (other forms of exploitation, both periods). */
const OTHER_RATE = 6;
const ROWS_PER_CHUNK = 10_000;

// Probabilities of the presentation variants.
const P_ONE_ZERO_ANSWERS = 0.03;
const P_BLANK_TOTAL = 0.05;
const P_BLANK_ZERO = 0.03;
const P_BLANK_OTHER_ZERO = 0.6;
const P_UNKNOWN_SEX = 0.004;

// Column indices into a row's counts (the 17 count columns, in header order).
const SEXUAL_START = 12;
const OTHER = 16;
const COUNT_COLUMNS = QUESTIONNAIRE_HEADER.slice(8);
/**
 * Index of the women count of labor block b (0 inside, 1 abroad) and period p (0 recent, 1 earlier); men +1, total +2.
 */
const laborIndex = (block: number, period: number): number => block * 6 + period * 3;
const TOTAL_INDICES = [2, 5, 8, 11];
const INSIDE_TOTAL_INDICES = [2, 5];

// ---------------------------------------------------------------------------------------------
// Random streams

/** A 32-bit integer hash (murmur3's finaliser), to derive well-separated LCG seeds. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function streamSeed(seed: number, stream: number): number {
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  const h = mix(mix(mix(low) ^ high) ^ Math.imul(stream + 1, 0x9e3779b9));
  // randomLcg treats seeds in [0, 1) as fractions; keep it a whole number ≥ 1.
  return h === 0 ? 1 : h;
}

class Random {
  readonly uniform: () => number;
  private readonly gammaFactory: RandomGamma;
  private readonly poissonFactory: RandomPoisson;
  /** randomBinomial(n, p); @types/d3-random 3.0.3 declares only p */
  private readonly binomialFactory: (n: number, p: number) => () => number;
  private readonly intFactory: RandomInt;
  private readonly normal: () => number;

  constructor(seed: number) {
    const source = randomLcg(seed);
    this.uniform = source;
    this.gammaFactory = randomGamma.source(source);
    this.poissonFactory = randomPoisson.source(source);
    this.binomialFactory = randomBinomial.source(source) as unknown as (n: number, p: number) => () => number;
    this.intFactory = randomInt.source(source);
    this.normal = randomNormal.source(source)(0, 1);
  }

  /** Whole number in [min, max] (both included). */
  int(min: number, max: number): number {
    return this.intFactory(min, max + 1)();
  }
  between(min: number, max: number): number {
    return randomUniform.source(this.uniform)(min, max)();
  }
  gaussian(mean: number, sd: number): number {
    return mean + sd * this.normal();
  }
  /** Gamma with the given mean and shape. */
  gamma(shape: number, mean: number): number {
    return this.gammaFactory(shape, mean / shape)();
  }
  poisson(lambda: number): number {
    return lambda > 0 ? this.poissonFactory(lambda)() : 0;
  }
  binomial(n: number, p: number): number {
    return n > 0 ? this.binomialFactory(n, p)() : 0;
  }
  chance(p: number): boolean {
    return this.uniform() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------
// Names

const DIRECTIONS = [
  'North',
  'South',
  'East',
  'West',
  'Upper',
  'Lower',
  'Central',
  'Greater',
  'Inner',
  'Outer',
  'Old',
  'New',
];
const LANDSCAPES = [
  'Steppe',
  'Valley',
  'Highlands',
  'Lakeside',
  'Plateau',
  'Foothills',
  'Oasis',
  'Riverlands',
  'Desert',
  'Ridge',
  'Basin',
  'Plains',
  'Gorge',
  'Meadows',
];
const FIRST_SYLLABLES = [
  'Ak',
  'Kara',
  'Sary',
  'Kok',
  'Kyzyl',
  'Ala',
  'Boz',
  'Zhel',
  'Tash',
  'Kum',
  'Ton',
  'Ust',
  'Bel',
  'Mor',
  'Dzhan',
  'Orto',
  'Yangi',
  'Esh',
  'Tal',
  'Chor',
];
const SECOND_SYLLABLES = [
  'su',
  'bel',
  'dala',
  'kum',
  'tau',
  'bulak',
  'tal',
  'kol',
  'sai',
  'tepa',
  'ozek',
  'aryk',
  'bag',
  'kent',
  'zhar',
  'oba',
  'dy',
  'ler',
];

function placeRoot(random: Random): string {
  return random.pick(FIRST_SYLLABLES) + random.pick(SECOND_SYLLABLES);
}

function provinceName(random: Random): string {
  switch (random.int(0, 2)) {
    case 0:
      return `${random.pick(DIRECTIONS)} ${random.pick(LANDSCAPES)}`;
    case 1:
      return `${placeRoot(random)} ${random.pick(LANDSCAPES)}`;
    default:
      return `${random.pick(DIRECTIONS)} ${placeRoot(random)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Structure: provinces and their parameters

interface ProvinceModel extends ProvinceSpec {
  country: CountryCode;
  questionnaires: number;
  /** mean of (relatives − 1) before truncation, calibrated to the province's family size */
  relativesMu: number;
  familySize: number;
  migratedInside: number;
  migratedAbroad: number;
  /** multipliers of the country rates: labor inside, labor abroad, sexual inside, sexual abroad */
  effects: [number, number, number, number];
  womenShareInside: number;
  womenShareAbroad: number;
  /** size of the earlier counts relative to the recent ones */
  earlierRatio: number;
}

interface RoundStructure {
  provinces: ProvinceModel[];
  countries: { country: CountryCode; population: number }[];
}

/** Splits `total` into whole numbers proportional to `weights` (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = (order[k] as { i: number }).i;
    result[i] = (result[i] as number) + 1;
  }
  return result;
}

/** E[Y | Y ≤ max] for Y negative binomial with the given mean and shape. */
function truncatedMean(mu: number, shape: number, max: number): number {
  let p = Math.pow(shape / (shape + mu), shape);
  const q = mu / (shape + mu);
  let mass = 0;
  let moment = 0;
  for (let y = 0; y <= max; y++) {
    mass += p;
    moment += y * p;
    p *= ((y + shape) / (y + 1)) * q;
  }
  return moment / mass;
}

/** The untruncated mean whose truncated mean is `target`. */
function calibrateMu(target: number, shape: number, max: number): number {
  let low = 0;
  let high = 200;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (truncatedMean(mid, shape, max) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function buildStructure(seed: number, questionnaires: number): RoundStructure {
  const random = new Random(streamSeed(seed, 0));
  const used = new Set<string>();
  const provinces: ProvinceModel[] = [];
  const countries: RoundStructure['countries'] = [];
  const perCountry = apportion(
    questionnaires,
    COUNTRY_CODES.map((c) => COUNTRY_MODELS[c].sample),
  );

  COUNTRY_CODES.forEach((country, countryIndex) => {
    const model = COUNTRY_MODELS[country];
    const count = random.int(3, 14);
    const names: string[] = [];
    while (names.length < count) {
      const name = provinceName(random);
      if (!used.has(name)) {
        used.add(name);
        names.push(name);
      }
    }
    const weights = names.map(() => 0.25 + random.gamma(2, 1));
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const provinceTotal = model.population * (1 + random.gaussian(0, 0.01));
    const populations = weights.map((w) => Math.round((provinceTotal * w) / weightSum));
    const sum = populations.reduce((a, b) => a + b, 0);
    countries.push({ country, population: Math.round(sum * (1 + random.between(-0.02, 0.02))) });

    const allocation = apportion(
      perCountry[countryIndex] as number,
      populations.map((p) => p * Math.exp(random.gaussian(0, 0.15))),
    );
    const share = allocation.map((a, i) => (questionnaires > 0 ? a : (populations[i] as number)));
    const shareSum = share.reduce((a, b) => a + b, 0) || 1;
    /** Scales per-province factors so their questionnaire-weighted mean is 1. */
    const normalise = (factors: number[]): number[] => {
      const mean = factors.reduce((a, f, i) => a + f * (share[i] as number), 0) / shareSum;
      return factors.map((f) => f / mean);
    };
    const familyFactors = normalise(names.map(() => Math.exp(random.gaussian(0, 0.12))));
    const effects = [0, 1, 2, 3].map(() => normalise(names.map(() => random.gamma(4, 1))));
    const laborInsideWomen = model.laborInside.women / (model.laborInside.women + model.laborInside.men);
    const laborAbroadWomen = model.laborAbroad.women / (model.laborAbroad.women + model.laborAbroad.men);
    const clampShare = (x: number) => Math.min(0.45, Math.max(0.2, x));

    names.forEach((province, i) => {
      const familySize = Math.min(25, Math.max(2, model.familySize * (familyFactors[i] as number)));
      provinces.push({
        country,
        province,
        population: populations[i] as number,
        questionnaires: allocation[i] as number,
        familySize,
        relativesMu: calibrateMu(familySize - 1, RELATIVES_SHAPE, MAX_RELATIVES - 1),
        migratedInside: random.between(0.1, 0.6),
        migratedAbroad: random.between(0.15, 0.9),
        effects: [0, 1, 2, 3].map((k) => (effects[k] as number[])[i] as number) as ProvinceModel['effects'],
        womenShareInside: clampShare(laborInsideWomen * Math.exp(random.gaussian(0, 0.15))),
        womenShareAbroad: clampShare(laborAbroadWomen * Math.exp(random.gaussian(0, 0.15))),
        earlierRatio: random.between(0.7, 1.3),
      });
    });
  });
  return { provinces, countries };
}

/** The provinces a seed gives (the same for any number of questionnaires). */
export function generateProvinces(seed: number): ProvinceSpec[] {
  return buildStructure(seed, 0).provinces.map(({ country, province, population }) => ({
    country,
    province,
    population,
  }));
}

// ---------------------------------------------------------------------------------------------
// Rows

interface Row {
  relatives: number;
  migratedInside: boolean;
  migratedAbroad: boolean;
  oneZero: boolean;
  /** the 17 counts in header order */
  counts: number[];
  /** a uniform per count column deciding blanks */
  blankDraws: number[];
  /** text replacing a cell (faults) */
  relativesText: string | null;
  invalidColumn: number;
  invalidText: string;
}

interface Settlement {
  name: string;
  size: number;
  day: number;
  effect: [number, number, number, number];
}

/**
 * Sum of the exploited relatives the way the rules count them: labor totals (or women + men, whichever is larger) and
 * sexual.
 */
function victims(counts: readonly number[], withOther: boolean): number {
  let sum = 0;
  for (let block = 0; block < 2; block++) {
    for (let period = 0; period < 2; period++) {
      const i = laborIndex(block, period);
      sum += Math.max(counts[i + 2] as number, (counts[i] as number) + (counts[i + 1] as number));
    }
  }
  for (let i = SEXUAL_START; i < OTHER; i++) sum += counts[i] as number;
  return withOther ? sum + (counts[OTHER] as number) : sum;
}

class RowGenerator {
  constructor(private readonly random: Random) {}

  settlement(name: string, size: number, fieldDays: number): Settlement {
    const r = this.random;
    const common = r.gamma(2, 1);
    return {
      name,
      size,
      day: r.int(0, fieldDays - 1),
      effect: [common * r.gamma(1.5, 1), common * r.gamma(1.5, 1), common * r.gamma(1.2, 1), common * r.gamma(1.2, 1)],
    };
  }

  row(country: CountryModel, province: ProvinceModel, settlement: Settlement): Row {
    const r = this.random;
    let relatives: number;
    do {
      relatives = 1 + r.poisson(r.gamma(RELATIVES_SHAPE, province.relativesMu));
    } while (relatives > MAX_RELATIVES);
    const migratedInside = r.chance(province.migratedInside);
    const migratedAbroad = r.chance(province.migratedAbroad);
    const oneZero = r.chance(P_ONE_ZERO_ANSWERS);

    // Expected victims per family over the recall period, before the family's own factors.
    const family = relatives / province.familySize;
    const perFamily = (rate: number, k: 0 | 1 | 2 | 3) =>
      (rate / 1000) * RECALL_YEARS * (province.effects[k] as number) * (settlement.effect[k] as number) * family;
    const insideFactor = (migratedInside ? 2 : 0.5) / (0.5 + 1.5 * province.migratedInside);
    const abroadFactor = migratedAbroad ? 1 / province.migratedAbroad : 0;
    const means = [
      perFamily(country.laborInside.women + country.laborInside.men, 0) * insideFactor,
      perFamily(country.laborAbroad.women + country.laborAbroad.men, 1) * abroadFactor,
      perFamily(country.sexualInside, 2) * insideFactor,
      perFamily(country.sexualAbroad, 3) * abroadFactor,
    ] as const;
    const other = (OTHER_RATE / 1000) * 2 * RECALL_YEARS * family;

    const counts = new Array<number>(17).fill(0);
    for (let attempt = 0; ; attempt++) {
      for (let period = 0; period < 2; period++) {
        const scale = period === 0 ? 1 : province.earlierRatio;
        for (let block = 0; block < 2; block++) {
          const total = r.poisson((means[block] as number) * scale);
          const women = r.binomial(total, block === 0 ? province.womenShareInside : province.womenShareAbroad);
          const i = laborIndex(block, period);
          counts[i] = women;
          counts[i + 1] = total - women;
          counts[i + 2] = total;
        }
        counts[SEXUAL_START + period] = r.poisson(means[2] * scale);
        counts[SEXUAL_START + 2 + period] = r.poisson(means[3] * scale);
      }
      counts[OTHER] = r.poisson(other);
      if (victims(counts, true) <= relatives) break;
      if (attempt === 9) {
        // Rarely reached: keep the counts in column order while they fit.
        let left = relatives;
        for (const i of [0, 1, 3, 4, 6, 7, 9, 10, 12, 13, 14, 15, 16]) {
          const v = Math.min(counts[i] as number, left);
          counts[i] = v;
          left -= v;
        }
        for (const t of TOTAL_INDICES) counts[t] = (counts[t - 2] as number) + (counts[t - 1] as number);
        break;
      }
    }
    // Victims of unknown sex: a labor total above women + men, rarely.
    if (r.chance(P_UNKNOWN_SEX)) {
      const t = r.pick(migratedAbroad ? TOTAL_INDICES : INSIDE_TOTAL_INDICES);
      const extra = Math.min(r.int(1, 2), relatives - victims(counts, true));
      if (extra > 0) counts[t] = (counts[t] as number) + extra;
    }
    const blankDraws = COUNT_COLUMNS.map(() => r.uniform());
    return {
      relatives,
      migratedInside,
      migratedAbroad,
      oneZero,
      counts,
      blankDraws,
      relativesText: null,
      invalidColumn: -1,
      invalidText: '',
    };
  }
}

/** Turns a generated row into a row with exactly the given fault (random choices from `random`). */
function applyFault(row: Row, kind: FaultKind, random: Random): void {
  const counts = row.counts;
  switch (kind) {
    case 'relatives_blank':
    case 'relatives_zero':
      counts.fill(0);
      row.relatives = 0;
      row.relativesText = kind === 'relatives_blank' ? '' : '0';
      return;
    case 'more_than_30_relatives':
      row.relatives = random.int(MAX_RELATIVES + 1, 60);
      return;
    case 'more_victims_than_relatives': {
      // A small family reporting more exploited relatives than it has.
      row.relatives = Math.min(row.relatives, random.int(1, 6));
      const needed = row.relatives + random.int(1, 3) - victims(counts, false);
      if (needed > 0) {
        const i = laborIndex(random.int(0, 1), random.int(0, 1)) + random.int(0, 1);
        // Add to women or men and to their total, so the victims grow by exactly `needed`.
        const t = i - (i % 3) + 2;
        counts[i] = (counts[i] as number) + needed;
        counts[t] = (counts[t] as number) + needed;
      }
      return;
    }
    case 'women_and_men_exceed_total': {
      const i = laborIndex(random.int(0, 1), random.int(0, 1));
      if ((counts[i] as number) + (counts[i + 1] as number) === 0) {
        counts[i + random.int(0, 1)] = random.int(1, 2);
      }
      const sum = (counts[i] as number) + (counts[i + 1] as number);
      counts[i + 2] = random.int(0, sum - 1);
      // Keep every exploited relative (counting women + men) within the relatives.
      if (victims(counts, true) > row.relatives) {
        const needed = victims(counts, true);
        if (needed <= MAX_RELATIVES) row.relatives = needed;
        else for (let k = 0; k < counts.length; k++) if (k < i || k > i + 2) counts[k] = 0;
      }
      return;
    }
    case 'invalid_count':
      row.invalidColumn = random.int(0, COUNT_COLUMNS.length - 1);
      row.invalidText = random.pick(INVALID_COUNT_TOKENS);
      return;
  }
}

function countText(row: Row, index: number): string {
  if (index === row.invalidColumn) return row.invalidText;
  const value = row.counts[index] as number;
  const draw = row.blankDraws[index] as number;
  if (index === OTHER) return value === 0 && draw < P_BLANK_OTHER_ZERO ? '' : String(value);
  if (index < SEXUAL_START && index % 3 === 2) {
    const sum = (row.counts[index - 2] as number) + (row.counts[index - 1] as number);
    if (value === sum && draw < P_BLANK_TOTAL) return '';
    return String(value);
  }
  return value === 0 && draw < P_BLANK_ZERO ? '' : String(value);
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// ---------------------------------------------------------------------------------------------
// Writing

const DAY_MS = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Distinct sorted row indices (Floyd's sampling), O(count) memory. */
function sampleIndices(total: number, count: number, random: Random): number[] {
  const chosen = new Set<number>();
  for (let j = total - count; j < total; j++) {
    const t = random.int(0, j);
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen].sort((a, b) => a - b);
}

function checkOptions(options: GenerateOptions): Required<GenerateOptions> {
  const { edition, seed, questionnaires } = options;
  const faultyShare = options.faultyShare ?? 0.005;
  const year = options.year ?? (/^\d{4}$/.test(edition) ? Number(edition) : 2009);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(edition))
    throw new Error(`edition: expected letters, digits, ".", "_" or "-", found ${JSON.stringify(edition)}`);
  if (!Number.isSafeInteger(seed)) throw new Error(`seed: expected a whole number, found ${seed}`);
  if (!Number.isSafeInteger(questionnaires) || questionnaires < 0)
    throw new Error(`questionnaires: expected a whole number ≥ 0, found ${questionnaires}`);
  if (!(faultyShare >= 0 && faultyShare <= 1))
    throw new Error(`faultyShare: expected a share between 0 and 1, found ${faultyShare}`);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new Error(`year: expected a year, found ${year}`);
  return { edition, seed, questionnaires, faultyShare, year };
}

/**
 * Streams a round into `dir` (creating it): writes the questionnaires row by row, in chunks of
 * 10,000, so 1 million rows use little memory. Returns a summary: rows written, faulty rows by
 * kind with their ids.
 */
export async function writeRound(dir: string, options: GenerateOptions): Promise<RoundSummary> {
  const { edition, seed, questionnaires, faultyShare, year } = checkOptions(options);
  await mkdir(dir, { recursive: true });
  const structure = buildStructure(seed, questionnaires);
  const rows = new RowGenerator(new Random(streamSeed(seed, 1)));
  const faultRandom = new Random(streamSeed(seed, 2));
  const settlementRandom = new Random(streamSeed(seed, 3));

  const start = Date.UTC(year, 8, 1);
  const end = Date.UTC(year, 10, 30);
  const fieldDays = Math.round((end - start) / DAY_MS) + 1;

  const faultyIndices = sampleIndices(questionnaires, Math.round(questionnaires * faultyShare), faultRandom);
  const kinds = faultRandom.shuffle(faultyIndices.map((_, i) => FAULT_KINDS[i % FAULT_KINDS.length] as FaultKind));
  const faultAt = new Map<number, FaultKind>(faultyIndices.map((index, i) => [index, kinds[i] as FaultKind]));
  const faulty = Object.fromEntries(FAULT_KINDS.map((k) => [k, [] as string[]])) as Record<FaultKind, string[]>;

  const file = await open(join(dir, 'questionnaires.csv'), 'w');
  let written = 0;
  try {
    let chunk: string[] = [QUESTIONNAIRE_HEADER.join(',')];
    const flush = async () => {
      chunk.push('');
      await file.write(chunk.join('\n'));
      chunk = [];
    };
    const serial = new Map<CountryCode, number>();
    for (const province of structure.provinces) {
      const country = COUNTRY_MODELS[province.country];
      const rootsUsed = new Map<string, number>();
      let remaining = province.questionnaires;
      while (remaining > 0) {
        const size = remaining <= 40 ? remaining : settlementRandom.int(8, Math.min(40, remaining - 8));
        remaining -= size;
        const root = placeRoot(settlementRandom);
        const number = (rootsUsed.get(root) ?? 0) + 1;
        rootsUsed.set(root, number);
        const settlement = rows.settlement(`${root}-${String(number).padStart(2, '0')}`, size, fieldDays);
        for (let k = 0; k < size; k++) {
          const row = rows.row(country, province, settlement);
          const fault = faultAt.get(written);
          const n = (serial.get(province.country) ?? 0) + 1;
          serial.set(province.country, n);
          const id = `${province.country}-${String(n).padStart(7, '0')}`;
          if (fault) {
            applyFault(row, fault, faultRandom);
            faulty[fault].push(id);
          }
          const day = Math.min(fieldDays - 1, settlement.day + settlementRandom.int(0, 3));
          const yes = row.oneZero ? '1' : 'yes';
          const no = row.oneZero ? '0' : 'no';
          const cells = [
            id,
            province.country,
            csvCell(province.province),
            csvCell(settlement.name),
            isoDate(start + day * DAY_MS),
            row.relativesText ?? String(row.relatives),
            row.migratedInside ? yes : no,
            row.migratedAbroad ? yes : no,
          ];
          for (let c = 0; c < COUNT_COLUMNS.length; c++) cells.push(countText(row, c));
          chunk.push(cells.join(','));
          written++;
          if (chunk.length >= ROWS_PER_CHUNK) await flush();
        }
      }
    }
    if (chunk.length > 0) await flush();
  } finally {
    await file.close();
  }

  await writeFile(
    join(dir, 'provinces.csv'),
    [
      'country,province,population',
      ...structure.provinces.map((p) => `${p.country},${csvCell(p.province)},${p.population}`),
      '',
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'countries.csv'),
    ['country,population', ...structure.countries.map((c) => `${c.country},${c.population}`), ''].join('\n'),
  );
  const title = `Synthetic survey round ${edition}`;
  const round = {
    edition,
    title,
    fieldwork: { start: isoDate(start), end: isoDate(end) },
    recallYears: RECALL_YEARS,
    relativesRule: 'exclude',
    source: {
      authors: ['Synthetic data'],
      title,
      publisher: 'Test fixture, not a publication',
      place: 'Nowhere',
      year,
    },
    synthetic: true,
  };
  await writeFile(join(dir, 'round.json'), `${JSON.stringify(round, null, 2)}\n`);
  return { rows: written, faulty };
}

// ---------------------------------------------------------------------------------------------
// CLI

async function main(args: string[]): Promise<void> {
  const [dir, edition, count, seed] = args;
  if (!dir || !edition || !count || !/^\d+$/.test(count) || (seed !== undefined && !/^-?\d+$/.test(seed))) {
    console.error('usage: npx tsx scripts/synthetic/generateRound.ts <dir> <edition> <questionnaires> [seed]');
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const summary = await writeRound(resolve(dir), {
    edition,
    questionnaires: Number(count),
    seed: seed === undefined ? 1 : Number(seed),
  });
  const seconds = (performance.now() - started) / 1000;
  const lines = [`{`, `  "rows": ${summary.rows},`, `  "faulty": {`];
  FAULT_KINDS.forEach((kind, i) =>
    lines.push(`    "${kind}": ${JSON.stringify(summary.faulty[kind])}${i < FAULT_KINDS.length - 1 ? ',' : ''}`),
  );
  lines.push('  }', '}');
  console.log(lines.join('\n'));
  console.error(`wrote ${summary.rows} questionnaires to ${resolve(dir)} in ${seconds.toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
