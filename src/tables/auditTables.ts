/**
 * The audit of the printed figures (reconciliation.json) as two tables: a summary that counts
 * each class where the figures were printed, and every comparison, grouped the same way with
 * the discrepancies at the head of each group.
 */
import type { EditionData } from '../generated/editionData.ts';
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import { cell, type TableModel } from './tableModel.ts';

type AuditRow = EditionData['audit'][number];

const CLASS_LABELS = {
  reproduced: 'Reproduced',
  within_rounding: 'Within rounding',
  agrees: 'Agrees',
  discrepancy: 'Discrepancy',
} as const;

/**
 * Where a figure was printed, as a reader looks for it: a table of the report, or the text of one
 * of its chapters (sections "3.2.3", "2.1.6 General", … all belong to their chapter).
 * @example printedIn('Table 2-6a') // => "Table 2-6a"; printedIn('3.2.2 Sexual exploitation') // => "Chapter 3 text"
 */
export function printedIn(source: string): string {
  const chapter = /^(\d+)\./.exec(source);
  return chapter ? `Chapter ${chapter[1]} text` : source;
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
  ['reproduced', 'Reproduced', (r: AuditRow) => r.class === 'reproduced'],
  ['within_rounding', 'Within rounding', (r: AuditRow) => r.class === 'within_rounding'],
  [
    'recomputed_discrepancy',
    'Discrepancy with the recomputation',
    (r) => r.class === 'discrepancy' && !againstPrinted(r),
  ],
  ['agrees', 'Agrees with another print', (r: AuditRow) => r.class === 'agrees'],
  ['printed_discrepancy', 'Discrepancy between prints', (r) => r.class === 'discrepancy' && againstPrinted(r)],
] as const satisfies readonly (readonly [string, string, (r: AuditRow) => boolean])[];

/** How many checks of each class, for each place the report printed figures. */
export function auditSummaryTable(data: EditionData): TableModel {
  const row = (label: string, rows: readonly AuditRow[]) => ({
    header: cell(label),
    cells: [
      cell(rows.length.toLocaleString('en-US'), rows.length),
      ...SUMMARY_COLUMNS.map(([, , test]) => {
        const n = rows.filter(test).length;
        return cell(n.toLocaleString('en-US'), n);
      }),
    ],
  });
  return {
    name: 'audit-summary',
    printed: 'partly',
    title: 'The checks of the printed figures at a glance: how many fell in each class, by where they were printed',
    note:
      'Each printed figure is recomputed from its printed inputs (reproduced, within rounding or a discrepancy); ' +
      'a figure printed twice, or a total printed beside its parts, is also compared with that other print ' +
      '(agrees or a discrepancy). Every comparison is listed in the table below.',
    columns: [
      { key: 'printed_in', label: 'Printed in', numeric: false },
      { key: 'checks', label: 'Checks', numeric: true },
      ...SUMMARY_COLUMNS.map(([key, label]) => ({ key, label, numeric: true })),
    ],
    groups: [
      { rows: byPlace(data.audit).map(([place, rows]) => row(place, rows)) },
      { label: 'The whole report', rows: [row('All places', data.audit)] },
    ],
  };
}

/**
 * Every printed figure beside its recomputed value, and the printed figures beside each other,
 * grouped by where they were printed, discrepancies first in each group.
 */
export function auditTable(data: EditionData): TableModel {
  const number = (value: number) =>
    Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : String(+value.toPrecision(4));
  const row = (r: AuditRow) => {
    const compared = r.recomputed ?? r.other_printed ?? 0;
    return {
      header: cell(r.figure),
      // printed and recomputed figures are in their indicator's unit, the last part of the key
      unit: INDICATORS[r.key.split('.').at(-1) as Indicator].unit,
      cells: [
        cell(r.source),
        cell(number(r.published), r.published),
        cell(againstPrinted(r) ? 'another print' : 'recomputation'),
        cell(number(compared), compared),
        cell(CLASS_LABELS[r.class], r.class),
        cell(r.note),
      ],
    };
  };
  // within a place: discrepancies, then the comparisons between prints, then the recomputations, each in file order
  const order = (r: AuditRow) => (r.class === 'discrepancy' ? 0 : againstPrinted(r) ? 1 : 2);
  return {
    name: 'audit',
    printed: 'partly',
    title: `Every check of a printed figure (${data.audit.length}), by where it was printed, discrepancies first`,
    note:
      'Shares are fractions (0.62 = 62%). Compared with: another print of the same figure, the sum of its printed ' +
      'parts, or the value recomputed from the printed inputs. Agrees: both prints can be roundings of one ' +
      'value, so two prints of the same precision agree only when they are equal. Within rounding: the printed ' +
      'figure lies in the range the recomputed value can take when each printed input moves by half a unit of ' +
      'its last digit.',
    columns: [
      { key: 'figure', label: 'Figure', numeric: false },
      { key: 'source', label: 'Printed in', numeric: false },
      { key: 'published', label: 'Printed', numeric: true },
      { key: 'compared_with', label: 'Checked against', numeric: false },
      { key: 'compared', label: 'Value checked against', numeric: true },
      { key: 'class', label: 'Class', numeric: false },
      { key: 'note', label: 'Note', numeric: false },
    ],
    groups: byPlace(data.audit).map(([place, rows]) => {
      const discrepancies = rows.filter((r) => r.class === 'discrepancy').length;
      const found = `${discrepancies} ${discrepancies === 1 ? 'discrepancy' : 'discrepancies'}`;
      return {
        label: `${place}: ${rows.length} checks, ${found}`,
        rows: [...rows].sort((a, b) => order(a) - order(b)).map(row),
      };
    }),
  };
}
