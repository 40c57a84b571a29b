/**
 * The boundary where a survey round of raw questionnaires enters: round.json, provinces.csv and
 * countries.csv are read and checked whole; questionnaires.csv is streamed through papaparse row
 * by row into the tallies, so that a million questionnaires need little memory.
 */
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';
import { QuestionnaireTally, type QuestionnaireTallies } from '../survey/tallyQuestionnaires.ts';
import type { RoundInput, RoundMeta } from '../estimate/estimateRound.ts';
import { DataError, DataErrors } from './dataError.ts';
import { decodeUtf8, readCsv } from './readCsv.ts';
import { roundCountriesCsv, roundProvincesCsv } from './schemas.ts';

const roundJson = z
  .object({
    edition: z.string().regex(/^[0-9A-Za-z-]+$/),
    title: z.string().min(1),
    fieldwork: z.object({ start: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/), end: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/) }),
    recallYears: z.number().positive().default(3),
    relativesRule: z.enum(['exclude', 'cap']).default('exclude'),
    source: z.object({ authors: z.array(z.string()).min(1), title: z.string(), publisher: z.string(), place: z.string(), year: z.number().int(), isbn: z.string().optional() }),
    synthetic: z.boolean().optional(),
  })
  .strict();

export function readRoundMeta(file: string): RoundMeta {
  const text = decodeUtf8(readFileSync(file), file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataErrors([new DataError(file, 1, 1, `expected JSON (${(error as Error).message})`)]);
  }
  const result = roundJson.safeParse(json);
  if (!result.success) {
    throw new DataErrors(
      result.error.issues.map((issue) => {
        const key = issue.path.at(-1);
        const before = text.slice(0, key === undefined ? 0 : Math.max(0, text.indexOf(`"${key}"`))).split('\n');
        return new DataError(file, before.length, (before.at(-1)?.length ?? 0) + 1, `${issue.path.join('.') || 'file'}: ${issue.message.toLowerCase()}`);
      }),
    );
  }
  return { ...result.data, questionnairesReceived: 0 };
}

/** Streams questionnaires.csv into tallies; a second pass, only when an id repeats, finds where it was first used. */
export async function tallyFile(file: string, provinces: ReadonlyMap<string, ReadonlySet<string>>, relativesRule: 'exclude' | 'cap', chunkBytes?: number): Promise<QuestionnaireTallies> {
  // rows of a questionnaire file run to about 90 bytes: a guess that sizes the id table once
  const expectedRows = Math.ceil(statSync(file).size / 60);
  const tally = await streamRows(file, (header) => new QuestionnaireTally(file, header, provinces, relativesRule, expectedRows), chunkBytes);
  const repeated = tally.repeatedIds();
  const firstLines = new Map<string, number>();
  if (repeated.size > 0) {
    await streamRows(
      file,
      (header) => {
      const idColumn = header.findIndex((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim() === 'id');
      return {
        add(row: readonly string[], line: number) {
          const id = row[idColumn]?.trim() ?? '';
          if (repeated.has(id) && !firstLines.has(id)) firstLines.set(id, line);
        },
      };
      },
      chunkBytes,
    );
  }
  return tally.finish(firstLines);
}

/** Streams a CSV file through papaparse, handing each row after the header to `consumer(header)`. */
function streamRows<C extends { add(row: readonly string[], line: number): void }>(file: string, consumer: (header: readonly string[]) => C, chunkBytes?: number): Promise<C> {
  // the delimiter is read off the header line: "," or the ";" of regional spreadsheets
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(65536);
  const size = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const headerLine = head.subarray(0, size).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = !headerLine.includes(',') && headerLine.includes(';') ? ';' : ',';
  return new Promise((resolve, reject) => {
    let tally: C | undefined;
    let line = 0;
    Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8', ...(chunkBytes ? { highWaterMark: chunkBytes } : {}) }) as unknown as File, {
      delimiter,
      skipEmptyLines: false,
      // whole chunks rather than a callback per row: papaparse's fastest streaming mode
      chunk(result, parser) {
        try {
          if (result.errors.length > 0) {
            const error = result.errors[0]!;
            throw new DataErrors([new DataError(file, line + (error.row ?? 0) + 1, 1, `unreadable CSV (${error.message.toLowerCase()})`)]);
          }
          for (const row of result.data) {
            line++;
            if (!tally) tally = consumer(row);
            else tally.add(row, line);
          }
        } catch (error) {
          parser.abort();
          reject(error);
        }
      },
      complete() {
        try {
          if (!tally) throw new DataErrors([new DataError(file, 1, 1, 'expected a header row')]);
          resolve(tally);
        } catch (error) {
          reject(error);
        }
      },
      error(error: Error) {
        reject(new DataErrors([new DataError(file, line, 1, `unreadable file (${error.message})`)]));
      },
    });
  });
}

/** Reads a questionnaire round from its folder; throws DataErrors naming every file-level fault. */
export async function loadRound(dir: string, options: { chunkBytes?: number } = {}): Promise<RoundInput> {
  const meta = readRoundMeta(join(dir, 'round.json'));
  if (!existsSync(join(dir, 'questionnaires.csv'))) {
    throw new DataErrors([new DataError(join(dir, 'questionnaires.csv'), 1, 1, 'file is missing: a round of questionnaires needs round.json, questionnaires.csv, provinces.csv and countries.csv')]);
  }
  const read = (name: string) => {
    const file = join(dir, name);
    if (!existsSync(file)) throw new DataErrors([new DataError(file, 1, 1, `file is missing: a round of questionnaires needs round.json, questionnaires.csv, provinces.csv and countries.csv`)]);
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
      errors.push(new DataError(join(dir, 'provinces.csv'), row.line, 1, `country ${row.values.country} is not in countries.csv`));
    }
  }
  if (errors.length > 0) throw new DataErrors(errors);
  const provinces = new Map<string, Set<string>>();
  for (const { values } of provinceRows) provinces.set(values.country, (provinces.get(values.country) ?? new Set()).add(values.province));
  const tallies = await tallyFile(join(dir, 'questionnaires.csv'), provinces, meta.relativesRule, options.chunkBytes);
  // Central Asia is the sum of the countries listed: each needs questionnaires, or the total would quietly shrink
  const measured = new Set(tallies.settlements.map((s) => s.country));
  const unmeasured = countryRows.filter((row) => !measured.has(row.values.country));
  if (unmeasured.length > 0) {
    throw new DataErrors(
      unmeasured.map((row) => new DataError(join(dir, 'countries.csv'), row.line, 1, `country ${row.values.country} has no valid questionnaire: add its questionnaires or leave it out of countries.csv`)),
    );
  }
  return {
    meta: { ...meta, questionnairesReceived: tallies.read },
    tallies,
    provinces: provinceRows.map((r) => r.values),
    countries: countryRows.map((r) => r.values),
  };
}
