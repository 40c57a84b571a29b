/**
 * The boundary where a survey round enters: reads data/<edition>/, checks every file against
 * its schema and the files against each other, and returns typed inputs. Reading is passed in
 * (`read`), so tests can feed files from memory.
 */
import { EXPLOITATIONS, LOCATIONS, type Country } from '../model/dimensions.ts';
import {
  reportEditionJson,
  type CountryInput,
  type EditionInput,
  type EditionMeta,
  type PublishedFigure,
  type SurveyCount,
} from '../model/edition.ts';
import { printed } from '../stats/span.ts';
import { halfUnitOfLastDigit } from './cells.ts';
import { DataError, DataErrors } from './dataError.ts';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { decodeUtf8, readCsv, rowSchema, type CsvRow, type CsvSpec, type Schema } from './readCsv.ts';
import { placeNamesRuFaults } from './placeNamesRu.ts';
import { editionNameFault, readJson } from './readJson.ts';
import * as schemas from './schemas.ts';

/** Reads one file of the round, by name; throws if it does not exist. */
export type ReadFile = (name: string) => Uint8Array;

/**
 * Context tables: printed in the report, drawn in charts, not used by the estimator. Each row is a row of its CSV
 * file.
 */
export const editionContext = z
  .object({
    provinceFigures: z.array(rowSchema(schemas.provinceFiguresCsv)),
    provinceNotes: z.array(rowSchema(schemas.provinceNotesCsv)),
    placeNames: z.array(rowSchema(schemas.placeNamesCsv)),
    placeNamesRu: z.array(rowSchema(schemas.placeNamesRuCsv)),
    migrantConditionsRussia: z.array(rowSchema(schemas.migrantConditionsRussiaCsv)),
    kzLegalisation: z.array(rowSchema(schemas.kzLegalisationCsv)),
    kgLocalSurveys: z.array(rowSchema(schemas.kgLocalSurveysCsv)),
    iomIdentifiedVictims: z.array(rowSchema(schemas.iomIdentifiedVictimsCsv)),
    otherEstimates: z.array(rowSchema(schemas.otherEstimatesCsv)),
  })
  .strict();
export type EditionContext = z.infer<typeof editionContext>;

export interface LoadedEdition {
  input: EditionInput;
  context: EditionContext;
}

export function loadEdition(dir: string, read: ReadFile): LoadedEdition {
  const errors: DataError[] = [];
  const path = (name: string) => `${dir}/${name}`;
  const csv = <S extends Schema>(name: string, spec: CsvSpec<S>): CsvRow<S>[] => {
    try {
      return readCsv(decodeUtf8(read(name), path(name)), path(name), spec);
    } catch (error) {
      if (error instanceof DataErrors) errors.push(...error.errors);
      else if (error instanceof DataError) errors.push(error);
      else throw error;
      return [];
    }
  };

  const meta = readMeta(path('edition.json'), read('edition.json'), errors);
  const countryRows = csv('countries.csv', schemas.countriesCsv);
  const rateRows = csv('rates.csv', schemas.ratesCsv);
  const surveyRows = csv('survey_counts.csv', schemas.surveyCountsCsv);
  const publishedRows = csv('published.csv', schemas.publishedCsv);
  const provinceFigures = csv('province_figures.csv', schemas.provinceFiguresCsv).map((row) => row.values);
  const placeNameRows = csv('place_names.csv', schemas.placeNamesCsv);
  // a later name is given only for a province the report names
  for (const { line, values } of placeNameRows) {
    if (!provinceFigures.some((p) => p.country === values.country && p.province === values.province)) {
      errors.push(
        new DataError(
          path('place_names.csv'),
          line,
          2,
          `province: expected a province that province_figures.csv names for ${values.country}, ` +
            `found "${values.province}"`,
        ),
      );
    }
  }
  const faultsBefore = errors.length;
  const placeNameRuRows = csv('place_names_ru.csv', schemas.placeNamesRuCsv);
  // an unreadable file would leave every province without its name: check it against the others only when sound
  if (errors.length === faultsBefore)
    errors.push(
      ...placeNamesRuFaults(
        path('place_names_ru.csv'),
        placeNameRuRows,
        { file: 'province_figures.csv', provinces: provinceFigures.filter((p) => p.province !== '') },
        placeNameRows.map((row) => row.values),
      ),
    );
  const context: EditionContext = {
    provinceFigures,
    provinceNotes: csv('province_notes.csv', schemas.provinceNotesCsv).map((row) => row.values),
    placeNames: placeNameRows.map((row) => row.values),
    placeNamesRu: placeNameRuRows.map((row) => row.values),
    migrantConditionsRussia: csv('migrant_conditions_russia.csv', schemas.migrantConditionsRussiaCsv).map(
      (row) => row.values,
    ),
    kzLegalisation: csv('kz_legalisation.csv', schemas.kzLegalisationCsv).map((row) => row.values),
    kgLocalSurveys: csv('kg_local_surveys.csv', schemas.kgLocalSurveysCsv).map((row) => row.values),
    iomIdentifiedVictims: csv('iom_identified_victims.csv', schemas.iomIdentifiedVictimsCsv).map((row) => row.values),
    otherEstimates: csv('other_estimates.csv', schemas.otherEstimatesCsv).map((row) => row.values),
  };
  if (errors.length > 0 || !meta) throw new DataErrors(errors);

  const known = new Set<Country>(countryRows.map((row) => row.values.country));
  const checkCountry = (file: string, row: { line: number; values: { country: string } }, column: number) => {
    if (row.values.country !== 'CA' && row.values.country !== 'all' && !known.has(row.values.country as Country)) {
      errors.push(new DataError(path(file), row.line, column, `country ${row.values.country} is not in countries.csv`));
    }
  };
  rateRows.forEach((row) => checkCountry('rates.csv', row, 1));
  surveyRows.forEach((row) => checkCountry('survey_counts.csv', row, 1));
  publishedRows.forEach((row) => checkCountry('published.csv', row, 2));

  const countries = countryRows.map((row): CountryInput => {
    const { country, name, population_thousands, family_size, sample_size } = row.values;
    return {
      country,
      name,
      population: printed(population_thousands * 1000, halfUnitOfLastDigit(row.raw.population_thousands) * 1000),
      familySize: printed(family_size, halfUnitOfLastDigit(row.raw.family_size)),
      sampleSize: sample_size,
      rates: rateRows
        .filter((rate) => rate.values.country === country)
        .map((rate) => ({
          location: rate.values.location,
          exploitation: rate.values.exploitation,
          sex: rate.values.sex,
          ratePer1000Families: printed(
            rate.values.rate_per_1000_families,
            halfUnitOfLastDigit(rate.raw.rate_per_1000_families),
          ),
        })),
    };
  });

  // The survey asked the sex of labor victims only; it counts sexual exploitation as women.
  for (const row of rateRows) {
    if (row.values.exploitation === 'sexual' && row.values.sex === 'men') {
      errors.push(
        new DataError(
          path('rates.csv'),
          row.line,
          4,
          'sex: expected women for sexual exploitation (the questionnaire does not record the sex of these ' +
            'victims), found "men"',
        ),
      );
    }
  }
  const end = (rows: readonly { line: number }[]) => (rows.at(-1)?.line ?? 1) + 1;
  for (const { country } of countries) {
    for (const location of LOCATIONS) {
      for (const [exploitation, sex] of [
        ['labor', 'women'],
        ['labor', 'men'],
        ['sexual', 'women'],
      ] as const) {
        if (
          !rateRows.some(
            (r) =>
              r.values.country === country &&
              r.values.location === location &&
              r.values.exploitation === exploitation &&
              r.values.sex === sex,
          )
        ) {
          errors.push(
            new DataError(
              path('rates.csv'),
              end(rateRows),
              1,
              `missing row: expected a rate for ${country},${location},${exploitation},${sex}`,
            ),
          );
        }
      }
      for (const exploitation of EXPLOITATIONS) {
        for (const period of ['whole', 'recent'] as const) {
          if (
            !surveyRows.some(
              (r) =>
                r.values.country === country &&
                r.values.measure === 'victims' &&
                r.values.location === location &&
                r.values.exploitation === exploitation &&
                r.values.period === period,
            )
          ) {
            errors.push(
              new DataError(
                path('survey_counts.csv'),
                end(surveyRows),
                1,
                `missing row: expected ${country},victims,${location},${exploitation},${period}`,
              ),
            );
          }
        }
      }
    }
  }
  for (const row of surveyRows) {
    const whole = surveyRows.find(
      (r) =>
        r.values.country === row.values.country &&
        r.values.measure === 'victims' &&
        r.values.location === row.values.location &&
        r.values.exploitation === row.values.exploitation &&
        r.values.period === 'whole',
    );
    if (
      row.values.measure === 'victims' &&
      row.values.period === 'recent' &&
      whole &&
      row.values.value > whole.values.value
    ) {
      errors.push(
        new DataError(
          path('survey_counts.csv'),
          row.line,
          6,
          `value: expected at most the whole-period count ${whole.values.value} (line ${whole.line}), ` +
            `found ${row.values.value}`,
        ),
      );
    }
  }
  if (errors.length > 0) throw new DataErrors(errors);

  const survey = surveyRows.map((row): SurveyCount => ({ ...row.values }));
  const published = publishedRows.map((row): PublishedFigure => {
    const {
      source,
      country,
      location,
      exploitation,
      sex,
      indicator,
      value,
      scale = 1,
      relation,
      precision,
      note,
    } = row.values;
    return {
      line: row.line,
      source,
      country,
      location,
      exploitation,
      sex,
      indicator,
      value: value * scale,
      printed: row.raw.value,
      halfWidth: (precision ?? halfUnitOfLastDigit(row.raw.value)) * scale,
      relation: relation === 'gt' ? 'gt' : 'eq',
      note,
    };
  });
  return { input: { edition: meta.edition, meta, countries, survey, published }, context };
}

function readMeta(file: string, bytes: Uint8Array, errors: DataError[]): EditionMeta | undefined {
  try {
    const meta = readJson(bytes, file, reportEditionJson);
    const misnamed = editionNameFault(meta.edition, basename(dirname(file)), file, bytes);
    if (misnamed) throw new DataErrors([misnamed]);
    return meta;
  } catch (error) {
    if (!(error instanceof DataErrors)) throw error;
    errors.push(...error.errors);
    return undefined;
  }
}
