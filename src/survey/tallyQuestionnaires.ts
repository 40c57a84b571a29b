/**
 * Reads questionnaire rows one at a time (the file is streamed, so memory stays flat) and
 * keeps, per settlement, only the sums the estimator needs. Faults of the file stop the build
 * with their line and column; faults of one questionnaire exclude it, with a reason and its id.
 * Every row read is either tallied or excluded.
 */
import { DataError, DataErrors } from '../data/dataError.ts';
import { IdSet } from './idSet.ts';
import { CELLS, COUNT_COLUMNS, EXCLUSION_REASONS, LABOR_BLOCKS, OPTIONAL_COLUMNS, QUESTIONNAIRE_COLUMNS, type ExclusionReason } from '../model/questionnaire.ts';

/** The sums of one settlement (a cluster of the sample). */
export interface SettlementTally {
  country: string;
  province: string;
  settlement: string;
  /** valid questionnaires */
  n: number;
  relatives: number;
  migratedInside: number;
  migratedAbroad: number;
  migratedBoth: number;
  /** victims in the recall window, by CELLS index */
  recent: number[];
  /** victims before the recall window, by CELLS index */
  earlier: number[];
  /** respondents with an exploited relative: labor inside, labor abroad, labor both, sexual inside, sexual abroad, sexual both */
  affected: number[];
  otherVictims: number;
}

export interface QuestionnaireTallies {
  read: number;
  valid: number;
  excluded: Record<ExclusionReason, string[]>;
  settlements: SettlementTally[];
}

const BLANK = -1;
const add = (values: number[], i: number, amount: number) => {
  values[i] = values[i]! + amount;
};
const MAX_FAULTS = 50;

/** A whole number ≥ 0 without a regex (this runs for every count of every row): BLANK, the number, or NaN. */
function readCount(text: string): number {
  // most counts are a single digit or blank
  if (text.length === 1) {
    const digit = text.charCodeAt(0) - 48;
    return digit >= 0 && digit <= 9 ? digit : text === ' ' ? BLANK : Number.NaN;
  }
  if (text.length === 0) return BLANK;
  const s = text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 ? text.trim() : text;
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
  switch (text.trim().toLowerCase()) {
    case 'yes':
    case '1':
      return true;
    case 'no':
    case '0':
      return false;
    default:
      return undefined;
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDate(text: string): boolean {
  const match = DATE.exec(text.trim());
  if (!match) return false;
  const date = new Date(`${match[0]}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(match[0]);
}

/** The line breaks inside a row's quoted cells. */
const lineBreaks = (fields: readonly string[]) => fields.reduce((n, f) => n + (f.split('\n').length - 1), 0);

/** Trims only when needed: most cells have no surrounding spaces, and trim() allocates. */
const trimmed = (text: string) => (text.length > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) ? text.trim() : text);

export class QuestionnaireTally {
  private readonly index: Record<string, number> = {};
  private readonly faults: DataError[] = [];
  /** ids seen so far, as hashes (keeping a million strings would cost more than all other checks together) */
  private readonly ids: IdSet;
  /** rows whose id may repeat an earlier one; the reader confirms them against the ids (see finish) */
  private readonly suspects: { id: string; line: number }[] = [];
  private readonly settlements = new Map<string, SettlementTally>();
  private readonly excluded = Object.fromEntries(Object.keys(EXCLUSION_REASONS).map((r) => [r, [] as string[]])) as Record<ExclusionReason, string[]>;
  private read = 0;
  private valid = 0;
  private readonly columnCount: number;
  // column positions, looked up once (this code runs for every row of a file of a million rows)
  private readonly iId: number;
  private readonly iCountry: number;
  private readonly iProvince: number;
  private readonly iSettlement: number;
  private readonly iDate: number;
  private readonly iRelatives: number;
  private readonly iInside: number;
  private readonly iAbroad: number;
  private readonly iOther: number;
  private readonly countIndex: number[];
  private readonly laborIndex: { women: number; men: number; total: number; recent: boolean; cell: number }[];
  private readonly sexualIndex: { column: number; recent: boolean; cell: number }[];
  /** the row's counts, parsed once: BLANK, a whole number, or NaN */
  private readonly parsed: number[];
  /** interview dates repeat a few dozen times over a round: each is checked once */
  private readonly dates = new Map<string, boolean>();
  /** rows come grouped by settlement: the last one is kept at hand */
  private last: { country: string; province: string; settlement: string; tally: SettlementTally } | undefined;

  /**
   * @param provinces the provinces of each country, from provinces.csv
   * @param relativesRule what to do with more than 30 relatives: exclude the questionnaire, or cap at 30
   * @param expectedRows a guess at the number of rows, to size the id table once
   */
  constructor(
    private readonly file: string,
    header: readonly string[],
    private readonly provinces: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly relativesRule: 'exclude' | 'cap',
    expectedRows = 0,
  ) {
    this.ids = new IdSet(expectedRows);
    const columns = header.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
    columns.forEach((name, i) => {
      if (!(QUESTIONNAIRE_COLUMNS as readonly string[]).includes(name)) {
        this.faults.push(new DataError(file, 1, i + 1, `unknown column "${name}"; expected the columns ${QUESTIONNAIRE_COLUMNS.join(', ')}`));
      } else if (name in this.index) {
        this.faults.push(new DataError(file, 1, i + 1, `column "${name}" appears twice`));
      } else {
        this.index[name] = i;
      }
    });
    const missing = QUESTIONNAIRE_COLUMNS.filter((name) => !(name in this.index) && !OPTIONAL_COLUMNS.includes(name));
    if (missing.length > 0) this.faults.push(new DataError(file, 1, columns.length + 1, `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`));
    if (this.faults.length > 0) throw new DataErrors(this.faults);
    this.columnCount = columns.length;
    const at = (name: string) => this.index[name]!;
    this.iId = at('id');
    this.iCountry = at('country');
    this.iProvince = at('province');
    this.iSettlement = at('settlement');
    this.iDate = at('interview_date');
    this.iRelatives = at('relatives');
    this.iInside = at('migrated_inside');
    this.iAbroad = at('migrated_abroad');
    this.iOther = this.index.other_victims ?? -1;
    this.parsed = new Array<number>(columns.length).fill(0);
    this.countIndex = COUNT_COLUMNS.filter((name) => name in this.index).map(at);
    this.laborIndex = LABOR_BLOCKS.flatMap((block, b) =>
      (['recent', 'earlier'] as const).map((period) => ({
        women: at(`${block}_women_${period}`),
        men: at(`${block}_men_${period}`),
        total: at(`${block}_total_${period}`),
        recent: period === 'recent',
        cell: b * 3, // women at cell, men at cell + 1, unspecified at cell + 2
      })),
    );
    this.sexualIndex = (['inside', 'abroad'] as const).flatMap((location, l) =>
      (['recent', 'earlier'] as const).map((period) => ({ column: at(`sexual_${location}_${period}`), recent: period === 'recent', cell: 6 + l })),
    );
  }

  private fault(line: number, column: number, problem: string): void {
    this.faults.push(new DataError(this.file, line, column, problem));
    if (this.faults.length >= MAX_FAULTS) throw new DataErrors(this.faults);
  }

  /** line breaks met inside quoted fields so far: rows after them start further down the file */
  private lineShift = 0;

  /** Takes one row of the file; `row` counts the rows of the file from 1 (the header). */
  add(fields: readonly string[], row: number): void {
    const line = row + this.lineShift;
    if (fields.length !== this.columnCount) {
      if (fields.length === 1 && fields[0] === '') return; // a blank line
      this.lineShift += lineBreaks(fields);
      this.fault(line, Math.min(fields.length, this.columnCount) + 1, `expected ${this.columnCount} fields, found ${fields.length}`);
      return;
    }
    this.read++;
    const id = trimmed(fields[this.iId]!);
    const country = trimmed(fields[this.iCountry]!);
    const province = trimmed(fields[this.iProvince]!);
    const settlement = trimmed(fields[this.iSettlement]!);
    // only text cells may hold a quoted line break; a count that does is not a whole number (see below)
    if (id.includes('\n') || province.includes('\n') || settlement.includes('\n') || country.includes('\n')) this.lineShift += lineBreaks(fields);
    if (id === '') return this.fault(line, this.iId + 1, 'id: expected an identifier, found an empty cell');
    // a repeated id stops the build in finish(); the row is still read, in case the hash misled
    if (!this.ids.add(id)) this.suspects.push({ id, line });
    const last = this.last;
    const sameSettlement = last !== undefined && last.settlement === settlement && last.province === province && last.country === country;
    if (!sameSettlement) {
      const known = this.provinces.get(country);
      if (!known) return this.fault(line, this.iCountry + 1, `country: expected a country of provinces.csv (${[...this.provinces.keys()].join(', ')}), found "${country}"`);
      if (!known.has(province)) return this.fault(line, this.iProvince + 1, `province: expected a province of ${country} in provinces.csv, found "${province}"`);
      if (settlement === '') return this.fault(line, this.iSettlement + 1, 'settlement: expected the name of the settlement, found an empty cell');
      if (settlement.includes('\uFFFD')) return this.fault(line, 1, 'expected UTF-8 text; save the file as CSV UTF-8');
    }
    if (id.includes('\uFFFD')) return this.fault(line, 1, 'expected UTF-8 text; save the file as CSV UTF-8');

    const reason = this.check(fields);
    if (reason) {
      // an unreadable cell may be a byte of another encoding, or hide a quoted line break
      if (reason === 'invalid_count' || reason === 'invalid_answer') {
        if (fields.some((f) => f.includes('\uFFFD'))) return this.fault(line, 1, 'expected UTF-8 text; save the file as CSV UTF-8');
        if (!(id + country + province + settlement).includes('\n')) this.lineShift += lineBreaks(fields);
      }
      this.excluded[reason].push(id);
      return;
    }
    this.valid++;
    let tally = sameSettlement ? last.tally : undefined;
    if (!tally) {
      const key = `${country}\t${province}\t${settlement}`;
      tally = this.settlements.get(key);
      if (!tally) {
        tally = { country, province, settlement, n: 0, relatives: 0, migratedInside: 0, migratedAbroad: 0, migratedBoth: 0, recent: CELLS.map(() => 0), earlier: CELLS.map(() => 0), affected: [0, 0, 0, 0, 0, 0], otherVictims: 0 };
        this.settlements.set(key, tally);
      }
      this.last = { country, province, settlement, tally };
    }
    this.tally(fields, tally);
  }

  private lastDate = '';

  private isDate(text: string): boolean {
    if (text === this.lastDate) return true;
    let ok = this.dates.get(text);
    if (ok === undefined) {
      ok = isDate(text);
      this.dates.set(text, ok);
    }
    if (ok) this.lastDate = text;
    return ok;
  }

  /** The row's victims by block, filled by check() for tally(): labor women, men, all × 4 blocks; sexual × 4. */
  private readonly labor = new Float64Array(12);
  private readonly sexual = new Float64Array(4);

  /** The first reason to leave the questionnaire out, or undefined when it is valid. */
  private check(fields: readonly string[]): ExclusionReason | undefined {
    const parsed = this.parsed;
    for (const i of this.countIndex) {
      const value = readCount(fields[i]!);
      if (value !== value) return 'invalid_count'; // NaN
      parsed[i] = value;
    }
    const relatives = readCount(fields[this.iRelatives]!);
    if (relatives !== relatives) return 'invalid_count';
    parsed[this.iRelatives] = relatives;
    if (readYesNo(fields[this.iInside]!) === undefined || readYesNo(fields[this.iAbroad]!) === undefined) return 'invalid_answer';
    if (!this.isDate(fields[this.iDate]!)) return 'invalid_answer';
    if (relatives < 1) return 'relatives_missing'; // BLANK is −1
    if (relatives > 30 && this.relativesRule === 'exclude') return 'more_than_30_relatives';
    let victims = 0;
    const labor = this.labor;
    for (let b = 0; b < 4; b++) {
      const block = this.laborIndex[b]!;
      const w = parsed[block.women]!;
      const m = parsed[block.men]!;
      const women = w > 0 ? w : 0;
      const men = m > 0 ? m : 0;
      const total = parsed[block.total]!;
      if (total !== BLANK && women + men > total) return 'women_and_men_exceed_total';
      const all = total === BLANK ? women + men : total;
      labor[b * 3] = women;
      labor[b * 3 + 1] = men;
      labor[b * 3 + 2] = all;
      victims += all;
    }
    const sexual = this.sexual;
    for (let k = 0; k < 4; k++) {
      const v = parsed[this.sexualIndex[k]!.column]!;
      sexual[k] = v > 0 ? v : 0;
      victims += sexual[k]!;
    }
    // against the relatives as reported, also under the "cap" rule (which caps only the family size)
    if (victims > relatives) return 'more_victims_than_relatives';
    return undefined;
  }

  /** Adds a valid questionnaire, from the values check() left in this.labor and this.sexual. */
  private tally(fields: readonly string[], s: SettlementTally): void {
    const relatives = this.parsed[this.iRelatives]!;
    s.n++;
    s.relatives += relatives < 30 ? relatives : 30;
    const inside = readYesNo(fields[this.iInside]!)!;
    const abroad = readYesNo(fields[this.iAbroad]!)!;
    if (inside) s.migratedInside++;
    if (abroad) s.migratedAbroad++;
    if (inside && abroad) s.migratedBoth++;
    const labor = this.labor;
    const sexual = this.sexual;
    // both periods together, for the families affected
    let laborInside = 0;
    let laborAbroad = 0;
    for (let b = 0; b < 4; b++) {
      const all = labor[b * 3 + 2]!;
      if (all === 0) continue;
      const block = this.laborIndex[b]!;
      const women = labor[b * 3]!;
      const men = labor[b * 3 + 1]!;
      const into = block.recent ? s.recent : s.earlier;
      add(into, block.cell, women);
      add(into, block.cell + 1, men);
      add(into, block.cell + 2, all - women - men);
      if (block.cell === 0) laborInside += all;
      else laborAbroad += all;
    }
    let sexualInside = 0;
    let sexualAbroad = 0;
    for (let k = 0; k < 4; k++) {
      const value = sexual[k]!;
      if (value === 0) continue;
      const block = this.sexualIndex[k]!;
      add(block.recent ? s.recent : s.earlier, block.cell, value);
      if (block.cell === 6) sexualInside += value;
      else sexualAbroad += value;
    }
    if (laborInside > 0) add(s.affected, 0, 1);
    if (laborAbroad > 0) add(s.affected, 1, 1);
    if (laborInside > 0 && laborAbroad > 0) add(s.affected, 2, 1);
    if (sexualInside > 0) add(s.affected, 3, 1);
    if (sexualAbroad > 0) add(s.affected, 4, 1);
    if (sexualInside > 0 && sexualAbroad > 0) add(s.affected, 5, 1);
    if (this.iOther >= 0) {
      const other = this.parsed[this.iOther]!;
      if (other > 0) s.otherVictims += other;
    }
  }

  /** The ids that may repeat an earlier one: the reader looks up where each was first used, for finish(). */
  repeatedIds(): ReadonlySet<string> {
    return new Set(this.suspects.map((s) => s.id));
  }

  /**
   * The tallies; throws every file-level fault found.
   * @param firstLines for each id of repeatedIds(), the first line where that very id stands;
   *   a suspect standing on its own first line only shared a hash, and is no repeat
   */
  finish(firstLines: ReadonlyMap<string, number> = new Map()): QuestionnaireTallies {
    for (const { id, line } of this.suspects) {
      const first = firstLines.get(id);
      if (first === undefined || first < line) this.faults.push(new DataError(this.file, line, this.iId + 1, `id: "${id}" is already used on line ${first ?? '(an earlier line)'}`));
    }
    this.faults.sort((a, b) => a.line - b.line);
    if (this.faults.length > 0) throw new DataErrors(this.faults);
    return { read: this.read, valid: this.valid, excluded: this.excluded, settlements: [...this.settlements.values()] };
  }
}
