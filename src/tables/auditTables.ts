/**
 * The audit of the printed figures (reconciliation.json) as two tables: a summary that counts
 * each class where the figures were printed, and every comparison, grouped the same way with
 * the discrepancies at the head of each group.
 */
import type { EditionData } from '../generated/editionData.ts';
import { words, type Words } from '../i18n/dictionary.ts';
import { countryName, exploitationLabel, indicatorLabel, locationPhrase, sexLabel } from '../i18n/terms.ts';
import type { Area, Exploitation, Location, Sex } from '../model/dimensions.ts';
import { formatNumber } from '../model/format.ts';
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import type { Locale } from '../model/locale.ts';
import { cell, type TableModel } from './tableModel.ts';

type AuditRow = EditionData['audit'][number];
type TableWords = Words['tables'];

/**
 * Where a figure was printed, as a reader looks for it: a table of the report, or the text of one
 * of its chapters (sections "3.2.3", "2.1.6 General", … all belong to their chapter).
 * @example printedIn('Table 2-6a') // => "Table 2-6a"; printedIn('3.2.2 Sexual exploitation') // => "Chapter 3 text"
 */
export function printedIn(source: string): string {
  const chapter = /^(\d+)\./.exec(source);
  return chapter ? `Chapter ${chapter[1]} text` : source;
}

/** A place of printedIn in a language: "Chapter 3 text", «Текст главы 3»; "Table 2-6a", «Табл. 2-6a». */
function placeWords(place: string, w: TableWords): string {
  const chapter = /^Chapter (\d+) text$/.exec(place);
  return chapter ? w.chapterText(chapter[1]!) : w.printedPlace(place);
}

/** A printed figure's name, from its key (area.location.exploitation.sex.indicator), in a language. */
function figureWords(row: AuditRow, locale: Locale, w: TableWords): string {
  const [area, location, exploitation, sex, indicator] = row.key.split('.') as [
    Area,
    Location | 'all',
    Exploitation | 'all',
    Sex | 'all',
    Indicator,
  ];
  return w.figureName(
    {
      area: countryName(area, locale),
      indicator: indicatorLabel(indicator, locale),
      ...(location === 'all' ? {} : { location: locationPhrase(location, locale) }),
      ...(exploitation === 'all' ? {} : { kind: exploitationLabel(exploitation, locale) }),
      ...(sex === 'all' ? {} : { sex: sexLabel(sex, locale).toLowerCase() }),
    },
    row.figure,
  );
}

/** The places figures were printed, tables first, each in the report's order. */
function byPlace(rows: readonly AuditRow[]): [string, AuditRow[]][] {
  const places = new Map<string, AuditRow[]>();
  for (const row of rows) places.set(printedIn(row.source), [...(places.get(printedIn(row.source)) ?? []), row]);
  const rank = (place: string) => `${place.startsWith('Table') ? 0 : 1}${place}`;
  return [...places].sort(([a], [b]) => rank(a).localeCompare(rank(b), 'en', { numeric: true }));
}

const againstPrinted = (row: AuditRow) => row.compared_with !== 'recomputed';

const SUMMARY_COLUMNS = [
  ['reproduced', (w) => w.auditClass('reproduced'), (r: AuditRow) => r.class === 'reproduced'],
  ['within_rounding', (w) => w.auditClass('within_rounding'), (r: AuditRow) => r.class === 'within_rounding'],
  ['recomputed_discrepancy', (w) => w.recomputedDiscrepancy, (r) => r.class === 'discrepancy' && !againstPrinted(r)],
  ['agrees', (w) => w.agreesWithPrint, (r: AuditRow) => r.class === 'agrees'],
  ['printed_discrepancy', (w) => w.printedDiscrepancy, (r) => r.class === 'discrepancy' && againstPrinted(r)],
] as const satisfies readonly (readonly [string, (w: TableWords) => string, (r: AuditRow) => boolean])[];

/** How many checks of each class, for each place the report printed figures. */
export function auditSummaryTable(data: EditionData, locale: Locale = 'en'): TableModel {
  const w = words(locale).tables;
  const row = (label: string, rows: readonly AuditRow[]) => ({
    header: cell(label),
    cells: [
      cell(formatNumber(rows.length, locale), rows.length),
      ...SUMMARY_COLUMNS.map(([, , test]) => {
        const n = rows.filter(test).length;
        return cell(formatNumber(n, locale), n);
      }),
    ],
  });
  return {
    name: 'audit-summary',
    printed: 'partly',
    title: w.summaryTitle,
    note: w.summaryNote,
    columns: [
      { key: 'printed_in', label: w.printedIn, numeric: false },
      { key: 'checks', label: w.checks, numeric: true },
      ...SUMMARY_COLUMNS.map(([key, label]) => ({ key, label: label(w), numeric: true })),
    ],
    groups: [
      { rows: byPlace(data.audit).map(([place, rows]) => row(placeWords(place, w), rows)) },
      { label: w.wholeReport, rows: [row(w.allPlaces, data.audit)] },
    ],
  };
}

/**
 * Every printed figure beside its recomputed value, and the printed figures beside each other,
 * grouped by where they were printed, discrepancies first in each group.
 */
export function auditTable(data: EditionData, locale: Locale = 'en'): TableModel {
  const w = words(locale).tables;
  // whole from a thousand up, else to four significant digits (a share of 0.0001803 keeps them all)
  const number = (value: number) =>
    Math.abs(value) >= 1000
      ? formatNumber(Math.round(value), locale)
      : (+value.toPrecision(4)).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-US', { maximumSignificantDigits: 4 });
  const row = (r: AuditRow) => {
    const compared = r.recomputed ?? r.other_printed ?? 0;
    return {
      header: cell(figureWords(r, locale, w), r.figure),
      // printed and recomputed figures are in their indicator's unit, the last part of the key
      unit: INDICATORS[r.key.split('.').at(-1) as Indicator].unit,
      cells: [
        cell(w.printedPlace(r.source), r.source),
        cell(number(r.published), r.published),
        againstPrinted(r) ? cell(w.anotherPrint, 'another print') : cell(w.recomputation, 'recomputation'),
        cell(number(compared), compared),
        cell(w.auditClass(r.class), r.class),
        // the reconciliation writes its notes in English: marked so on a page in another language
        { ...cell(w.auditNote(r.note), r.note), ...(locale !== 'en' && r.note ? { lang: 'en' } : {}) },
      ],
    };
  };
  // within a place: discrepancies, then the comparisons between prints, then the recomputations, each in file order
  const order = (r: AuditRow) => (r.class === 'discrepancy' ? 0 : againstPrinted(r) ? 1 : 2);
  return {
    name: 'audit',
    printed: 'partly',
    title: w.auditTitle(data.audit.length),
    note: w.auditNoteText,
    columns: [
      { key: 'figure', label: w.figure, numeric: false },
      { key: 'source', label: w.printedIn, numeric: false },
      { key: 'published', label: w.printed, numeric: true },
      { key: 'compared_with', label: w.checkedAgainst, numeric: false },
      { key: 'compared', label: w.valueCheckedAgainst, numeric: true },
      { key: 'class', label: w.class, numeric: false },
      { key: 'note', label: w.note, numeric: false },
    ],
    groups: byPlace(data.audit).map(([place, rows]) => ({
      label: w.placeChecks(placeWords(place, w), rows.length, rows.filter((r) => r.class === 'discrepancy').length),
      rows: [...rows].sort((a, b) => order(a) - order(b)).map(row),
    })),
  };
}
