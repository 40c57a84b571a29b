import { asClause } from '../model/format.ts';
import Papa from 'papaparse';
import { z } from 'zod';
import type { CellParser } from './cells.ts';
import { DataError, DataErrors } from './dataError.ts';

export type Schema = Record<string, CellParser<unknown>>;
export type RowOf<S extends Schema> = { [K in keyof S]: S[K] extends CellParser<infer T> ? T : never };

export interface CsvRow<S extends Schema> {
  /** 1-based line in the file where the row starts. */
  line: number;
  values: RowOf<S>;
  /** The cells as written, for figures whose printed precision matters. */
  raw: Record<keyof S & string, string>;
}

export interface CsvSpec<S extends Schema> {
  columns: S;
  /** Columns that together identify a row: a second row with the same key is refused. */
  key: readonly (keyof S & string)[];
}

/** The schema of a row's values once read, for checking them after they have been written to JSON. */
export function rowSchema<S extends Schema>(spec: CsvSpec<S>): z.ZodType<RowOf<S>> {
  const shape = Object.fromEntries(Object.entries(spec.columns).map(([name, parser]) => [name, parser.schema]));
  return z.object(shape).strict() as unknown as z.ZodType<RowOf<S>>;
}

/**
 * What is wrong with a header row: unknown, repeated and missing columns, each located.
 * @param optional columns a file may leave out
 */
export function headerFaults(
  columns: readonly string[],
  file: string,
  expected: readonly string[],
  optional: readonly string[] = [],
): DataError[] {
  const faults: DataError[] = [];
  columns.forEach((name, index) => {
    if (name === '') {
      faults.push(
        new DataError(
          file,
          1,
          index + 1,
          'expected a column name, found an empty one (a delimiter at the end of the line?)',
        ),
      );
    } else if (!expected.includes(name)) {
      const hint = expected.find((e) => e.toLowerCase() === name.toLowerCase());
      faults.push(
        new DataError(
          file,
          1,
          index + 1,
          `unknown column "${name}"; ${hint ? `did you mean "${hint}"? ` : ''}` +
            `expected the columns ${expected.join(', ')}`,
        ),
      );
    } else if (columns.indexOf(name) !== index) {
      faults.push(new DataError(file, 1, index + 1, `column "${name}" appears twice`));
    }
  });
  const missing = expected.filter((name) => !columns.includes(name) && !optional.includes(name));
  if (missing.length > 0)
    faults.push(
      new DataError(
        file,
        1,
        columns.length + 1,
        `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      ),
    );
  return faults;
}

/** Decodes UTF-8, refusing other encodings (a Windows-1251 export, say) with the position of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const good = new TextDecoder('utf-8', { fatal: false }).decode(bytes).split('\uFFFD')[0] ?? '';
    const lines = good.split('\n');
    throw new DataError(
      file,
      lines.length,
      (lines.at(-1)?.length ?? 0) + 1,
      'expected UTF-8 text; save the file as CSV UTF-8',
    );
  }
}

/**
 * Reads a CSV file against a schema: exact header, one typed value per cell, unique keys.
 * Accepts a byte-order mark and the `;`-separated, decimal-comma export of regional spreadsheets.
 * Collects every fault and throws them together (DataErrors), each with file, line and column.
 */
export function readCsv<S extends Schema>(text: string, file: string, spec: CsvSpec<S>): CsvRow<S>[] {
  const body = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const firstLine = body.split('\n', 1)[0] ?? '';
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const decimalComma = delimiter === ';';
  const expectedColumns = Object.keys(spec.columns);
  const errors: DataError[] = [];

  // Papa's step callback gives the offset where the next row starts; counting line breaks
  // up to it gives each row's line, quoted line breaks included.
  const records: { line: number; fields: string[] }[] = [];
  let offset = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step(result) {
      for (const error of result.errors) {
        errors.push(new DataError(file, line, 1, `unreadable CSV (${asClause(error.message)})`));
      }
      records.push({ line, fields: result.data });
      for (; offset < result.meta.cursor; offset++) if (body.charCodeAt(offset) === 10) line++;
    },
  });

  const header = records.shift();
  if (!header || header.fields.every((field) => field.trim() === '')) {
    throw new DataErrors([new DataError(file, 1, 1, `expected a header row: ${expectedColumns.join(delimiter)}`)]);
  }
  const columns = header.fields.map((field) => field.trim());
  errors.push(...headerFaults(columns, file, expectedColumns));
  if (errors.length > 0) throw new DataErrors(errors);

  const rows: CsvRow<S>[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    if (record.fields.length === 1 && record.fields[0] === '') continue; // blank line
    if (record.fields.length !== columns.length) {
      const column = Math.min(record.fields.length, columns.length) + 1;
      errors.push(
        new DataError(
          file,
          record.line,
          column,
          `expected ${columns.length} fields separated by "${delimiter}", found ${record.fields.length}`,
        ),
      );
      continue;
    }
    const values: Record<string, unknown> = {};
    const raw: Record<string, string> = {};
    let rowOk = true;
    columns.forEach((name, index) => {
      const cell = record.fields[index]!.trim();
      raw[name] = cell;
      const result = spec.columns[name]!.parse(cell, decimalComma);
      if (result.ok) {
        values[name] = result.value;
      } else {
        rowOk = false;
        const found = cell === '' ? 'an empty cell' : `"${cell}"`;
        errors.push(
          new DataError(file, record.line, index + 1, `${name}: expected ${result.expected}, found ${found}`),
        );
      }
    });
    if (!rowOk) continue;
    const key = spec.key.map((name) => raw[name]).join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      const described = spec.key.map((name) => `${name}=${raw[name]}`).join(', ');
      errors.push(new DataError(file, record.line, 1, `duplicate row (${described}) already given on line ${first}`));
      continue;
    }
    seen.set(key, record.line);
    rows.push({ line: record.line, values: values as RowOf<S>, raw: raw as Record<keyof S & string, string> });
  }
  if (errors.length > 0) throw new DataErrors(errors);
  return rows;
}
