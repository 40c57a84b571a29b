/**
 * An independent reading of a synthetic round for the tests: parses the files with papaparse,
 * finds every fault of a questionnaire (all that apply, not only the first), and summarises the
 * valid questionnaires.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { FaultKind } from '../../scripts/synthetic/generateRound.ts';

export type QuestionnaireRow = Record<string, string>;

export interface ParsedRound {
  header: string[];
  /** every data row as its raw fields */
  fields: string[][];
  rows: QuestionnaireRow[];
  provinces: { country: string; province: string; population: number }[];
  countries: { country: string; population: number }[];
  round: {
    edition: string;
    fieldwork: { start: string; end: string };
    recallYears: number;
    [key: string]: unknown;
  };
}

function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  if (result.errors.length > 0) throw new Error(`CSV errors: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.data;
}

export function readRound(dir: string): ParsedRound {
  const table = parseCsv(readFileSync(join(dir, 'questionnaires.csv'), 'utf8'));
  const header = table[0] ?? [];
  const fields = table.slice(1);
  const rows = fields.map((f) => Object.fromEntries(header.map((h, i) => [h, f[i] ?? ''])));
  const provinces = parseCsv(readFileSync(join(dir, 'provinces.csv'), 'utf8'))
    .slice(1)
    .map(([country = '', province = '', population = '']) => ({ country, province, population: Number(population) }));
  const countries = parseCsv(readFileSync(join(dir, 'countries.csv'), 'utf8'))
    .slice(1)
    .map(([country = '', population = '']) => ({ country, population: Number(population) }));
  const round = JSON.parse(readFileSync(join(dir, 'round.json'), 'utf8')) as ParsedRound['round'];
  return { header, fields, rows, provinces, countries, round };
}

const WHOLE = /^\d+$/;
const LABOR = ['labor_inside', 'labor_abroad'].flatMap((b) =>
  ['recent', 'earlier'].map((p) => ({ women: `${b}_women_${p}`, men: `${b}_men_${p}`, total: `${b}_total_${p}` })),
);
const SEXUAL = ['sexual_inside_recent', 'sexual_inside_earlier', 'sexual_abroad_recent', 'sexual_abroad_earlier'];
export const COUNTS = [...LABOR.flatMap((l) => [l.women, l.men, l.total]), ...SEXUAL, 'other_victims'];

/** A count cell as a number (blank = 0), or null when it is not a whole number ≥ 0. */
export function count(text: string | undefined): number | null {
  if (text === undefined || text === '') return 0;
  return WHOLE.test(text) ? Number(text) : null;
}

/** A labor total as given (blank = women + men). */
export function laborTotal(row: QuestionnaireRow, l: (typeof LABOR)[number]): number {
  const t = row[l.total];
  return t === '' ? (count(row[l.women]) ?? 0) + (count(row[l.men]) ?? 0) : (count(t) ?? 0);
}

/** Exploited relatives counted as the rules count them (labor totals, sexual), optionally with other_victims. */
export function victimsOf(row: QuestionnaireRow, withOther: boolean): number {
  let sum = 0;
  for (const l of LABOR) sum += Math.max(laborTotal(row, l), (count(row[l.women]) ?? 0) + (count(row[l.men]) ?? 0));
  for (const s of SEXUAL) sum += count(row[s]) ?? 0;
  return withOther ? sum + (count(row.other_victims) ?? 0) : sum;
}

/** Every fault of a questionnaire (in FAULT_KINDS terms), not only the first. */
export function faultsOf(row: QuestionnaireRow): FaultKind[] {
  const faults: FaultKind[] = [];
  const relatives = row.relatives ?? '';
  if (relatives === '') faults.push('relatives_blank');
  else if (relatives === '0') faults.push('relatives_zero');
  else if (WHOLE.test(relatives) && Number(relatives) > 30) faults.push('more_than_30_relatives');
  const invalid = COUNTS.some((c) => count(row[c]) === null);
  const n = WHOLE.test(relatives) ? Number(relatives) : NaN;
  // Counted with women + men where they exceed the total, so this fault stands apart from the next.
  if (n >= 1 && victimsOf(row, false) > n) faults.push('more_victims_than_relatives');
  for (const l of LABOR) {
    const [w, m, t] = [count(row[l.women]), count(row[l.men]), row[l.total] === '' ? null : count(row[l.total])];
    if (w !== null && m !== null && t !== null && w + m > t) {
      faults.push('women_and_men_exceed_total');
      break;
    }
  }
  if (invalid) faults.push('invalid_count');
  return faults;
}
