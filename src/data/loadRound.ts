/**
 * The boundary where a survey round of raw questionnaires enters: round.json, provinces.csv and
 * countries.csv are read and checked whole; questionnaires.csv is streamed through papaparse row
 * by row into the tallies, so that a million questionnaires need little memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roundJson, type RoundMeta } from '../model/edition.ts';
import type { QuestionnaireSink } from '../model/questionnaire.ts';
import { DataError, DataErrors } from './dataError.ts';
import { decodeUtf8, readCsv } from './readCsv.ts';
import { readJson } from './readJson.ts';
import { readQuestionnaires } from './readQuestionnaires.ts';
import { roundCountriesCsv, roundProvincesCsv } from './schemas.ts';

export function readRoundMeta(file: string): RoundMeta {
  return { ...readJson(readFileSync(file), file, roundJson), questionnairesReceived: 0 };
}

/** A round's files once read; its questionnaires have gone to the sink. */
export interface LoadedRound {
  meta: RoundMeta;
  provinces: { country: string; province: string; population: number }[];
  countries: { country: string; population: number }[];
}

/**
 * Reads a questionnaire round from its folder, handing every questionnaire to the sink;
 * throws DataErrors naming every file-level fault.
 */
export async function loadRound(
  dir: string,
  sink: QuestionnaireSink,
  options: { chunkBytes?: number } = {},
): Promise<LoadedRound> {
  const meta = readRoundMeta(join(dir, 'round.json'));
  if (!existsSync(join(dir, 'questionnaires.csv'))) {
    throw new DataErrors([
      new DataError(
        join(dir, 'questionnaires.csv'),
        1,
        1,
        'file is missing: a round of questionnaires needs round.json, questionnaires.csv, provinces.csv ' +
          'and countries.csv',
      ),
    ]);
  }
  const read = (name: string) => {
    const file = join(dir, name);
    if (!existsSync(file))
      throw new DataErrors([
        new DataError(
          file,
          1,
          1,
          `file is missing: a round of questionnaires needs round.json, questionnaires.csv, provinces.csv ` +
            `and countries.csv`,
        ),
      ]);
    return decodeUtf8(readFileSync(file), file);
  };
  const errors: DataError[] = [];
  const tryRead = <T>(fn: () => T[]): T[] => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof DataErrors) errors.push(...error.errors);
      else throw error;
      return [];
    }
  };
  const provinceRows = tryRead(() => readCsv(read('provinces.csv'), join(dir, 'provinces.csv'), roundProvincesCsv));
  const countryRows = tryRead(() => readCsv(read('countries.csv'), join(dir, 'countries.csv'), roundCountriesCsv));
  for (const row of provinceRows) {
    if (!countryRows.some((c) => c.values.country === row.values.country)) {
      errors.push(
        new DataError(join(dir, 'provinces.csv'), row.line, 1, `country ${row.values.country} is not in countries.csv`),
      );
    }
  }
  if (errors.length > 0) throw new DataErrors(errors);
  const provinces = new Map<string, Set<string>>();
  for (const { values } of provinceRows)
    provinces.set(values.country, (provinces.get(values.country) ?? new Set()).add(values.province));
  const questionnaires = await readQuestionnaires(
    join(dir, 'questionnaires.csv'),
    provinces,
    meta.relativesRule,
    sink,
    options.chunkBytes,
  );
  // Central Asia is the sum of the countries listed: each needs questionnaires, or the total would quietly shrink
  const unmeasured = countryRows.filter((row) => !questionnaires.countries.has(row.values.country));
  if (unmeasured.length > 0) {
    throw new DataErrors(
      unmeasured.map(
        (row) =>
          new DataError(
            join(dir, 'countries.csv'),
            row.line,
            1,
            `country ${row.values.country} has no valid questionnaire: add its questionnaires or leave it ` +
              `out of countries.csv`,
          ),
      ),
    );
  }
  return {
    meta: { ...meta, questionnairesReceived: questionnaires.read },
    provinces: provinceRows.map((r) => r.values),
    countries: countryRows.map((r) => r.values),
  };
}
