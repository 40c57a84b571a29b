/**
 * Streams questionnaires.csv through papaparse and checks every row, so that a million
 * questionnaires cost little memory. Faults of the file (its header, an unreadable row, a
 * country, province or settlement that provinces.csv does not know, a repeated id) stop the
 * build with their line and column; a questionnaire that breaks a rule is handed to the sink
 * as excluded, with its reason. Every row read is either handed on as valid or excluded.
 */
import { asClause } from '../model/format.ts';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import type { RelativesRule } from '../model/edition.ts';
import {
  CELLS,
  COUNT_CELLS,
  MAX_PLAUSIBLE_RELATIVES,
  MAX_RELATIVES,
  OPTIONAL_COLUMNS,
  QUESTIONNAIRE_COLUMNS,
  type ExclusionReason,
  type Questionnaire,
  type QuestionnaireSink,
} from '../model/questionnaire.ts';
import { DataError, DataErrors } from './dataError.ts';
import { cyrb53, IdLog } from './idLog.ts';
import { headerFaults } from './readCsv.ts';

/** Faults listed before the reader stops: enough to see a pattern, few enough to read. */
export const MAX_FAULTS = 50;
const NOT_UTF8 = 'expected UTF-8 text; save the file as CSV UTF-8';
const BLANK = -1;

export interface QuestionnaireFile {
  /** rows read, header and blank lines apart */
  read: number;
  /** the countries with at least one valid questionnaire */
  countries: Set<string>;
  /** ids of valid questionnaires dated before or after the fieldwork dates: kept, but reported */
  datedOutsideFieldwork: string[];
}

/** What the round's metadata says about its questionnaires. */
export interface QuestionnaireRules {
  relativesRule: RelativesRule;
  /** first and last day (or month) of the interviews, YYYY-MM-DD or YYYY-MM */
  fieldwork: { start: string; end: string };
}

/**
 * @param provinces the provinces of each country, from provinces.csv
 * @param chunkBytes the size of the pieces the file is streamed in (tests vary it to cross chunk boundaries)
 */
export async function readQuestionnaires(
  file: string,
  provinces: ReadonlyMap<string, ReadonlySet<string>>,
  rules: QuestionnaireRules,
  sink: QuestionnaireSink,
  chunkBytes?: number,
): Promise<QuestionnaireFile> {
  // rows of a questionnaire file run to about 90 bytes: a guess that sizes the id table once
  const reader = new RowReader(file, provinces, rules, sink, Math.ceil(statSync(file).size / 60));
  await streamRows(file, reader, chunkBytes);
  // a second pass, only when an id may repeat, finds where it was first used
  const repeated = reader.repeatedHashes();
  const lines = new Map<string, number[]>();
  if (repeated.size > 0) {
    await streamRows(
      file,
      {
        header: () => {},
        row(fields, line) {
          const id = fields[reader.idColumn]?.trim() ?? '';
          if (id !== '' && repeated.has(cyrb53(id))) lines.set(id, [...(lines.get(id) ?? []), line]);
        },
      },
      chunkBytes,
    );
  }
  return reader.finish(lines);
}

interface RowConsumer {
  header(fields: readonly string[]): void;
  /** a row after the header, with the line of the file where it starts */
  row(fields: readonly string[], line: number): void;
}

/**
 * Streams a CSV file, handing the header and then each row, with the line it starts on, to
 * the consumer. Any fault, the consumer's or papaparse's, rejects the promise; papaparse's
 * abort() calls complete() at once, so complete() looks for a recorded fault before it resolves.
 */
function streamRows(file: string, consumer: RowConsumer, chunkBytes?: number): Promise<void> {
  // papaparse guesses these from the first piece it is given, which may end before the header does
  const { delimiter, newline } = headerConventions(file);
  return new Promise((resolve, reject) => {
    let fault: unknown;
    let headerSeen = false;
    let line = 1;
    // a quoted cell may hold a line break, so a row may span lines: count them once a quote has appeared
    let quoted = false;
    const stream = textChunks(file, chunkBytes ?? 1 << 16);
    stream.on('data', (chunk) => {
      if (!quoted && chunk.includes('"')) quoted = true;
    });
    Papa.parse<string[]>(stream as unknown as File, {
      delimiter,
      newline,
      skipEmptyLines: false,
      // whole chunks rather than a callback per row: papaparse's fastest streaming mode
      chunk(result, parser) {
        try {
          const error = result.errors[0];
          const rows = result.data;
          const end = error?.row === undefined ? rows.length : error.row;
          for (let r = 0; r < end; r++) {
            const fields = rows[r]!;
            if (!headerSeen) {
              headerSeen = true;
              consumer.header(fields);
            } else {
              consumer.row(fields, line);
            }
            line += quoted ? 1 + lineBreaks(fields) : 1;
          }
          if (error) throw new DataErrors([new DataError(file, line, 1, `unreadable CSV: ${papaparseProblem(error)}`)]);
        } catch (error) {
          fault = error;
          parser.abort();
        }
      },
      complete() {
        if (fault !== undefined) reject(fault);
        else if (!headerSeen)
          reject(new DataErrors([new DataError(file, 1, 1, 'expected a header row, found an empty file')]));
        else resolve();
      },
      error(error: Error) {
        reject(new DataErrors([new DataError(file, line, 1, `unreadable file (${error.message})`)]));
      },
    });
  });
}

/**
 * The file as a stream of text pieces, read synchronously: a read handed to the thread pool, as
 * createReadStream does, leaves the parser idle between pieces (a tenth of the time of a large file).
 */
function textChunks(file: string, chunkBytes: number): Readable {
  let fd: number | undefined;
  const buffer = Buffer.allocUnsafe(chunkBytes);
  const decoder = new StringDecoder('utf8');
  return new Readable({
    objectMode: true,
    read() {
      try {
        fd ??= openSync(file, 'r');
        const size = readSync(fd, buffer, 0, chunkBytes, null);
        if (size > 0) return void this.push(decoder.write(buffer.subarray(0, size)));
      } catch (error) {
        return void this.destroy(error as Error);
      }
      const rest = decoder.end();
      if (rest) this.push(rest);
      this.push(null);
    },
    destroy(error, done) {
      if (fd !== undefined) closeSync(fd);
      done(error);
    },
  });
}

/** The delimiter ("," or the ";" of regional spreadsheets) and the line ending, read off the header line. */
function headerConventions(file: string): { delimiter: string; newline: '\n' | '\r\n' } {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(65536);
  const size = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const text = head.subarray(0, size).toString('utf8');
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = !headerLine.includes(',') && headerLine.includes(';') ? ';' : ',';
  return { delimiter, newline: text.charAt(headerLine.length) === '\r' ? '\r\n' : '\n' };
}

function papaparseProblem(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes')
    return 'a quoted cell is never closed (a " without its partner); the rest of the file cannot be read';
  if (error.code === 'InvalidQuotes')
    return 'a quote inside a cell that is not quoted; write "" for a quote inside a quoted cell';
  return asClause(error.message);
}

const lineBreaks = (fields: readonly string[]) => {
  let n = 0;
  for (const field of fields) for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) n++;
  return n;
};

/** A whole number ≥ 0 without a regex (this runs for every count of every row): BLANK, the number, or NaN. */
function readCount(text: string): number {
  // most counts are a single digit or blank
  if (text.length === 1) {
    const digit = text.charCodeAt(0) - 48;
    return digit >= 0 && digit <= 9 ? digit : text === ' ' ? BLANK : Number.NaN;
  }
  const s = trimmed(text);
  if (s.length === 0) return BLANK;
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

function readYesNo(text: string): boolean | undefined {
  // the usual spellings first, without allocating
  if (text === 'yes' || text === '1') return true;
  if (text === 'no' || text === '0') return false;
  const s = text.trim().toLowerCase();
  return s === 'yes' || s === '1' ? true : s === 'no' || s === '0' ? false : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** day.month.year, as dates are written in the region */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * An interview date, YYYY-MM-DD or DD.MM.YYYY, as YYYY-MM-DD; undefined when it is neither or no such day exists.
 * @example isoDate('03.10.2012') // => "2012-10-03"
 */
export function isoDate(text: string): string | undefined {
  const trimmedText = text.trim();
  const iso = ISO_DATE.exec(trimmedText);
  const dotted = iso ? undefined : DOTTED_DATE.exec(trimmedText);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : [];
  if (!year || !month || !day) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

/** Trims only when needed: most cells have no surrounding spaces, and trim() allocates. */
const trimmed = (text: string) =>
  text.length > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) ? text.trim() : text;

/** The checks of one row at a time; column positions and the reused questionnaire are set up once. */
class RowReader implements RowConsumer {
  private readonly faults: DataError[] = [];
  /** ids seen so far, as hashes (keeping a million strings would cost more than all other checks together) */
  private readonly ids: IdLog;
  private readonly countries = new Set<string>();
  private read = 0;
  private columnCount = 0;
  /** column positions, looked up once: this runs for every row of a file of a million rows */
  private column = {
    country: 0,
    province: 0,
    settlement: 0,
    relatives: 0,
    insideMigration: 0,
    abroadMigration: 0,
    date: 0,
    other: -1,
  };
  idColumn = 0;
  /** [column, cell, recent?] of each count, and the labor blocks' women, men and total columns */
  /**
   * The count columns of women, men and sexual exploitation: column, cell, and 1 for the recall window.
   * Each cell of each period has exactly one such column, so a row's cells are set, not added to.
   */
  private countColumn = new Int32Array(0);
  private countCell = new Int32Array(0);
  private countRecent = new Uint8Array(0);
  private laborBlocks: { women: number; men: number; total: number; cell: number; recent: boolean }[] = [];
  /** the row's counts, read once: BLANK, a whole number, or NaN */
  private parsed = new Float64Array(0);
  private readonly questionnaire: Questionnaire = {
    id: '',
    country: '',
    province: '',
    settlement: '',
    place: 0,
    relatives: 0,
    migratedInside: false,
    migratedAbroad: false,
    recent: new Float64Array(CELLS.length),
    earlier: new Float64Array(CELLS.length),
  };
  /** interview dates repeat a few dozen times over a round: each is read once (null: not a date) */
  private readonly dates = new Map<number, boolean>();
  /** valid questionnaires interviewed before or after the fieldwork dates of round.json */
  private readonly outsideFieldwork: string[] = [];
  /** the fieldwork's first and last day, as YYYYMMDD numbers */
  private readonly fieldworkStart: number;
  private readonly fieldworkEnd: number;
  /** the country of the last valid questionnaire: most rows repeat it */
  private lastValidCountry = '';
  /** the interview date of the row check() accepted, as YYYY-MM-DD */
  private lastDate = 0;
  /** the last place (country, province, settlement) whose names were checked */
  private lastPlace = { country: '', province: '', settlement: '' };

  constructor(
    private readonly file: string,
    private readonly provinces: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly rules: QuestionnaireRules,
    private readonly sink: QuestionnaireSink,
    expectedRows: number,
  ) {
    this.ids = new IdLog(expectedRows);
    // a month stands for all its days
    const day = (date: string, missingDay: string) =>
      Number((date.length === 7 ? `${date}-${missingDay}` : date).replaceAll('-', ''));
    this.fieldworkStart = day(rules.fieldwork.start, '01');
    this.fieldworkEnd = day(rules.fieldwork.end, '31');
  }

  header(fields: readonly string[]): void {
    const columns = fields.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
    const faults = headerFaults(columns, this.file, QUESTIONNAIRE_COLUMNS, OPTIONAL_COLUMNS);
    if (faults.length > 0) throw new DataErrors(faults);
    this.columnCount = columns.length;
    const position = Object.fromEntries(columns.map((name, i) => [name, i])) as Record<string, number>;
    const at = (name: string) => position[name]!;
    this.column = {
      country: at('country'),
      province: at('province'),
      settlement: at('settlement'),
      relatives: at('relatives'),
      insideMigration: at('migrated_inside'),
      abroadMigration: at('migrated_abroad'),
      date: at('interview_date'),
      other: position.other_victims ?? -1,
    };
    this.idColumn = at('id');
    const cellOf = (kind: string, location: string, part: string) =>
      CELLS.indexOf(`${kind}.${location}.${part}` as (typeof CELLS)[number]);
    const counts = COUNT_CELLS.filter((c) => c.part !== 'total');
    this.countColumn = Int32Array.from(counts, (c) => at(c.column));
    this.countCell = Int32Array.from(counts, (c) => cellOf(c.kind, c.location, c.part));
    this.countRecent = Uint8Array.from(counts, (c) => (c.recent ? 1 : 0));
    this.laborBlocks = COUNT_CELLS.filter((c) => c.part === 'total').map((c) => ({
      women: at(c.column.replace('_total_', '_women_')),
      men: at(c.column.replace('_total_', '_men_')),
      total: at(c.column),
      cell: cellOf('labor', c.location, 'unspecified'),
      recent: c.recent,
    }));
    this.parsed = new Float64Array(columns.length);
  }

  private fault(line: number, column: number, problem: string): void {
    this.faults.push(new DataError(this.file, line, column, problem));
    if (this.faults.length >= MAX_FAULTS) {
      this.faults.push(
        new DataError(
          this.file,
          line,
          1,
          `stopped after the first ${MAX_FAULTS} faults; mend these and run again to see the rest`,
        ),
      );
      throw new DataErrors(this.faults);
    }
  }

  row(fields: readonly string[], line: number): void {
    if (fields.length !== this.columnCount) {
      if (fields.length === 1 && fields[0] === '') return; // a blank line
      return this.fault(
        line,
        Math.min(fields.length, this.columnCount) + 1,
        `expected ${this.columnCount} fields, found ${fields.length}`,
      );
    }
    this.read++;
    const column = this.column;
    const q = this.questionnaire;
    q.id = trimmed(fields[this.idColumn]!);
    q.country = trimmed(fields[column.country]!);
    q.province = trimmed(fields[column.province]!);
    q.settlement = trimmed(fields[column.settlement]!);
    if (q.id === '') return this.fault(line, this.idColumn + 1, 'id: expected an identifier, found an empty cell');
    if (q.id.includes('\uFFFD')) return this.fault(line, 1, NOT_UTF8);
    // a repeated id stops the build in finish(), after a second pass finds where each one stands
    this.ids.add(q.id);
    // rows come grouped by settlement: a place already checked needs no second look (compared field by field, as a
    // string built for every row would cost more than the checks)
    const last = this.lastPlace;
    if (q.settlement !== last.settlement || q.province !== last.province || q.country !== last.country) {
      const known = this.provinces.get(q.country);
      if (!known)
        return this.fault(
          line,
          column.country + 1,
          `country: expected a country of provinces.csv (${[...this.provinces.keys()].join(', ')}), ` +
            `found "${q.country}"`,
        );
      if (!known.has(q.province))
        return this.fault(
          line,
          column.province + 1,
          `province: expected a province of ${q.country} in provinces.csv, found "${q.province}"`,
        );
      if (q.settlement === '')
        return this.fault(
          line,
          column.settlement + 1,
          'settlement: expected the name of the settlement, found an empty cell',
        );
      if (q.settlement.includes('\uFFFD')) return this.fault(line, 1, NOT_UTF8);
      this.lastPlace = { country: q.country, province: q.province, settlement: q.settlement };
      q.place++;
    }
    const reason = this.check(fields);
    if (reason) {
      // an unreadable cell may be a byte of another encoding
      if ((reason === 'invalid_count' || reason === 'invalid_answer') && fields.some((f) => f.includes('\uFFFD')))
        return this.fault(line, 1, NOT_UTF8);
      this.sink.exclude(reason, q.id);
      return;
    }
    if (q.country !== this.lastValidCountry) {
      this.countries.add(q.country);
      this.lastValidCountry = q.country;
    }
    const date = this.lastDate;
    if (date < this.fieldworkStart || date > this.fieldworkEnd) this.outsideFieldwork.push(q.id);
    this.sink.add(q);
  }

  /**
   * An interview date as a YYYYMMDD number, or null when it is no date. The usual YYYY-MM-DD is read
   * from its character codes, without a string or a regex per row; each day is checked for existing once.
   */
  private date(text: string): number | null {
    let key = NaN;
    if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
      key = 0;
      for (let i = 0; i < 10; i++) {
        if (i === 4 || i === 7) continue;
        const digit = text.charCodeAt(i) - 48;
        key = digit >= 0 && digit <= 9 ? key * 10 + digit : NaN;
      }
    }
    if (key !== key) {
      // another spelling: DD.MM.YYYY, spaces, or none that can be read
      const iso = isoDate(text);
      return iso === undefined ? null : Number(iso.replaceAll('-', ''));
    }
    let valid = this.dates.get(key);
    if (valid === undefined) {
      valid = isoDate(text) !== undefined;
      this.dates.set(key, valid);
    }
    return valid ? key : null;
  }

  /**
   * The first reason to leave the questionnaire out, or undefined when it is valid; fills the questionnaire's counts.
   */
  private check(fields: readonly string[]): ExclusionReason | undefined {
    const parsed = this.parsed;
    const column = this.column;
    const q = this.questionnaire;
    const countColumn = this.countColumn;
    const { recent, earlier } = q;
    // each count is read and put in its cell at once; the cells are only handed on if every check passes
    let victims = 0;
    for (let i = 0; i < countColumn.length; i++) {
      const value = readCount(fields[countColumn[i]!]!);
      if (value !== value) return 'invalid_count'; // NaN
      parsed[countColumn[i]!] = value;
      const count = value > 0 ? value : 0;
      (this.countRecent[i] ? recent : earlier)[this.countCell[i]!] = count;
      victims += count;
    }
    for (const block of this.laborBlocks) {
      const value = readCount(fields[block.total]!);
      if (value !== value) return 'invalid_count';
      parsed[block.total] = value;
    }
    // other_victims is checked like any count, though no estimate uses it (see data/README.md)
    const other = column.other < 0 ? 0 : readCount(fields[column.other]!);
    if (other !== other) return 'invalid_count';
    const relatives = readCount(fields[column.relatives]!);
    if (relatives !== relatives) return 'invalid_count';
    const inside = readYesNo(fields[column.insideMigration]!);
    const abroad = readYesNo(fields[column.abroadMigration]!);
    const date = this.date(fields[column.date]!);
    if (inside === undefined || abroad === undefined || date === null) return 'invalid_answer';
    this.lastDate = date;
    if (relatives < 1) return 'relatives_missing'; // BLANK is −1
    if (relatives > MAX_PLAUSIBLE_RELATIVES) return 'implausible_relatives';
    if (relatives > MAX_RELATIVES && this.rules.relativesRule === 'exclude') return 'more_than_30_relatives';
    // a blank labor total is women + men; a total above them holds victims of unspecified sex
    for (const block of this.laborBlocks) {
      const total = parsed[block.total]!;
      const into = block.recent ? recent : earlier;
      if (total === BLANK) {
        into[block.cell] = 0;
        continue;
      }
      const women = Math.max(parsed[block.women]!, 0);
      const men = Math.max(parsed[block.men]!, 0);
      if (women + men > total) return 'women_and_men_exceed_total';
      into[block.cell] = total - women - men;
      victims += total - women - men;
    }
    // against the relatives counted: under the "cap" rule no more victims than the 30 relatives kept
    if (victims > Math.min(relatives, MAX_RELATIVES)) return 'more_victims_than_relatives';
    q.relatives = relatives;
    q.migratedInside = inside;
    q.migratedAbroad = abroad;
    return undefined;
  }

  /** The hashes that stand for more than one row: a repeated id, or (very rarely) two ids that share a hash. */
  repeatedHashes(): Set<number> {
    return this.ids.repeatedHashes();
  }

  /**
   * Throws every file-level fault found; otherwise what was read.
   * @param lines for each id whose hash repeats, the lines where that very id stands, in order
   */
  finish(lines: ReadonlyMap<string, number[]>): QuestionnaireFile {
    for (const [id, [first, ...later]] of lines) {
      for (const line of later) {
        this.faults.push(
          new DataError(this.file, line, this.idColumn + 1, `id: "${id}" is already used on line ${first}`),
        );
      }
    }
    this.faults.sort((a, b) => a.line - b.line);
    if (this.faults.length > 0) throw new DataErrors(this.faults);
    return { read: this.read, countries: this.countries, datedOutsideFieldwork: this.outsideFieldwork };
  }
}
