/**
 * The boundary where a survey round of raw questionnaires enters: round.json, provinces.csv and
 * countries.csv are read and checked whole; questionnaires.csv is streamed through papaparse row
 * by row into the tallies, so that a million questionnaires need little memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { roundJson, type RoundMeta } from '../model/edition.ts';
import type { QuestionnaireSink } from '../model/questionnaire.ts';
import { DataError, DataErrors } from './dataError.ts';
import { decodeUtf8, readCsv, type CsvRow, type CsvSpec, type Schema } from './readCsv.ts';
import { placeNamesRuFaults } from './placeNamesRu.ts';
import { editionNameFault, readJson } from './readJson.ts';
import { readQuestionnaires } from './readQuestionnaires.ts';
import { placeNamesRuCsv, roundCountriesCsv, roundProvincesCsv } from './schemas.ts';

/** Reads round.json; its `edition` must be the folder's name, the edition's address. */
export function readRoundMeta(file: string, folder = basename(dirname(file))): RoundMeta {
  const bytes = readFileSync(file);
  const meta = readJson(bytes, file, roundJson);
  const misnamed = editionNameFault(meta.edition, folder, file, bytes);
  if (misnamed) throw new DataErrors([misnamed]);
  return { ...meta, questionnairesReceived: 0 };
}

/** A round's files once read; its questionnaires have gone to the sink. */
export interface LoadedRound {
  meta: RoundMeta;
  provinces: { country: string; province: string; population: number }[];
  countries: { country: string; population: number }[];
  /** the Russian names of its provinces, from place_names_ru.csv; none in a round without that file */
  placeNamesRu: CsvRow<typeof placeNamesRuCsv.columns>['values'][];
  /** ids of valid questionnaires dated outside the fieldwork: kept, but reported */
  datedOutsideFieldwork: string[];
}

const FILES = 'a round of questionnaires needs round.json, questionnaires.csv, provinces.csv and countries.csv';

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
  const errors: DataError[] = [];
  const missing = ['questionnaires.csv', 'provinces.csv', 'countries.csv'].filter(
    (name) => !existsSync(join(dir, name)),
  );
  if (missing.length > 0)
    throw new DataErrors(missing.map((name) => new DataError(join(dir, name), 1, 1, `file is missing: ${FILES}`)));
  /** A CSV of the round, its faults collected; a fault of one file does not hide the others. */
  const table = <S extends Schema>(name: string, spec: CsvSpec<S>, what: string): CsvRow<S>[] => {
    const file = join(dir, name);
    try {
      const rows = readCsv(decodeUtf8(readFileSync(file), file), file, spec);
      if (rows.length === 0) errors.push(new DataError(file, 2, 1, `expected at least one ${what}, found none`));
      return rows;
    } catch (error) {
      if (error instanceof DataErrors) errors.push(...error.errors);
      else if (error instanceof DataError) errors.push(error);
      else throw error;
      return [];
    }
  };
  const countryRows = table('countries.csv', roundCountriesCsv, 'country');
  const provinceRows = table('provinces.csv', roundProvincesCsv, 'province');
  // a faulty countries.csv would make every province look foreign: check provinces against it only when it is sound
  if (errors.length === 0) errors.push(...populationFaults(dir, countryRows, provinceRows));
  const placeNamesRu = russianNames(dir, provinceRows, errors);
  if (errors.length > 0) throw new DataErrors(errors);
  const provinces = new Map<string, Set<string>>();
  for (const { values } of provinceRows)
    provinces.set(values.country, (provinces.get(values.country) ?? new Set()).add(values.province));
  const questionnaires = await readQuestionnaires(
    join(dir, 'questionnaires.csv'),
    provinces,
    meta,
    sink,
    options.chunkBytes,
  );
  if (questionnaires.read === 0) {
    throw new DataErrors([
      new DataError(
        join(dir, 'questionnaires.csv'),
        2,
        1,
        'expected at least one questionnaire after the header, found none',
      ),
    ]);
  }
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
    placeNamesRu,
    datedOutsideFieldwork: questionnaires.datedOutsideFieldwork,
  };
}

/**
 * The Russian names of a round's provinces (place_names_ru.csv, which round:new writes): one for every province of
 * provinces.csv and for no other. A round without the file keeps the provinces' own names in Russian too.
 */
function russianNames(
  dir: string,
  provinceRows: CsvRow<typeof roundProvincesCsv.columns>[],
  errors: DataError[],
): LoadedRound['placeNamesRu'] {
  const file = join(dir, 'place_names_ru.csv');
  if (!existsSync(file)) return [];
  try {
    const rows = readCsv(decodeUtf8(readFileSync(file), file), file, placeNamesRuCsv);
    // a faulty provinces.csv would leave every name without its province: compare only when it is sound
    if (errors.length === 0)
      errors.push(
        ...placeNamesRuFaults(file, rows, { file: 'provinces.csv', provinces: provinceRows.map((r) => r.values) }, []),
      );
    return rows.map((row) => row.values);
  } catch (error) {
    if (error instanceof DataErrors) errors.push(...error.errors);
    else if (error instanceof DataError) errors.push(error);
    else throw error;
    return [];
  }
}

/** Populations people live in: a country of this project's region, or one of its provinces, in persons. */
const PLAUSIBLE = { country: [100_000, 500_000_000], province: [1_000, 100_000_000] } as const;
const persons = (n: number) => n.toLocaleString('en-US');
/** Province and country figures may come from different years: the provinces may add up to a little more. */
const PROVINCES_SLACK = 0.9;

/**
 * Populations in persons, as the estimator needs them: each within plausible bounds, each province
 * at most its country, and each country about the sum of its provinces or more. A figure in thousands
 * (as the 2009 report printed them) is the usual slip, so the message says so.
 */
function populationFaults(
  dir: string,
  countryRows: CsvRow<typeof roundCountriesCsv.columns>[],
  provinceRows: CsvRow<typeof roundProvincesCsv.columns>[],
): DataError[] {
  const faults: DataError[] = [];
  const countries = join(dir, 'countries.csv');
  const provincesFile = join(dir, 'provinces.csv');
  /** A population outside its bounds, with the usual slip (a figure in thousands) named. */
  const outOfBounds = (
    file: string,
    line: number,
    column: number,
    population: number,
    [low, high]: readonly number[],
  ) => {
    if (population >= low! && population <= high!) return undefined;
    const thousands =
      population < low! && population * 1000 >= low! ? `; if it is in thousands, write ${population * 1000}` : '';
    const expected = `population: expected persons, from ${persons(low!)} to ${persons(high!)}`;
    return new DataError(file, line, column, `${expected}, found ${population}${thousands}`);
  };
  /** countries with a province already refused: a sum over it would be wrong too, so it is not compared */
  const refused = new Set<string>();
  for (const row of provinceRows) {
    const { country, population } = row.values;
    const fault = countryRows.some((c) => c.values.country === country)
      ? outOfBounds(provincesFile, row.line, 3, population, PLAUSIBLE.province)
      : new DataError(provincesFile, row.line, 1, `country ${country} is not in countries.csv`);
    if (fault) {
      faults.push(fault);
      refused.add(country);
    }
  }
  for (const row of countryRows) {
    const { country, population } = row.values;
    const own = provinceRows.filter((p) => p.values.country === country);
    const sum = own.reduce((total, p) => total + p.values.population, 0);
    const fault = outOfBounds(countries, row.line, 2, population, PLAUSIBLE.country);
    if (fault) {
      faults.push(fault);
    } else if (population < sum * PROVINCES_SLACK && !refused.has(country)) {
      faults.push(
        new DataError(
          countries,
          row.line,
          2,
          `population: expected persons, about the ${persons(sum)} of ${country}'s provinces in ` +
            `provinces.csv or more, ` +
            `found ${persons(population)}`,
        ),
      );
    }
  }
  return faults;
}
