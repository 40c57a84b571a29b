import type { EditionData } from '../generated/editionData.ts';
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import { cell, type TableModel } from './tableModel.ts';

const CHARACTERISTICS: Record<string, string> = {
  written_contract: 'Have a written contract',
  working_hours: 'Working hours per week',
  monthly_salary: 'Monthly pay (US dollars)',
  health_insurance: 'Have health insurance',
  can_be_fired_any_time: 'Can be dismissed at any time',
  passport_taken_by_employer: 'Passport kept by the employer',
  forced_unpaid_overtime: 'Made to work overtime without pay',
  forced_unpaid_partial_work: 'Made to do part of the work without pay',
  restricted_movement: 'Freedom of movement restricted',
  complete_isolation: 'Kept in complete isolation',
};

/** Conditions of legal and illegal CIS migrants in Russia (section 3.2.1, from an EU-IOM-ILO study). */
export function russiaMigrantConditionsTable(data: EditionData): TableModel {
  const show = (value: number, unit: string) => (unit === 'percent' ? `${value}%` : String(value));
  return {
    name: 'russia-migrant-conditions',
    printed: 'all',
    title: 'Working conditions of legal and illegal migrants from CIS countries in Russia',
    note:
      'Percentages of migrants surveyed, except hours and pay. Source: the report, section 3.2.1, citing an ' +
      'EU-IOM-ILO study of 2008.',
    columns: [
      { key: 'characteristic', label: 'Condition', numeric: false },
      { key: 'legal', label: 'Legal migrants', numeric: true },
      { key: 'illegal', label: 'Illegal migrants', numeric: true },
    ],
    groups: [
      {
        rows: data.context.migrantConditionsRussia.map((row) => ({
          header: cell(
            CHARACTERISTICS[row.characteristic] ?? row.characteristic.replaceAll('_', ' '),
            row.characteristic,
          ),
          cells: [cell(show(row.legal, row.unit), row.legal), cell(show(row.illegal, row.unit), row.illegal)],
          unit: row.unit,
        })),
      },
    ],
  };
}

const CLASS_LABELS = {
  reproduced: 'Reproduced',
  within_rounding: 'Within rounding',
  agrees: 'Agrees',
  discrepancy: 'Discrepancy',
} as const;

/**
 * Every printed figure beside its recomputed value, and the printed figures beside each other,
 * each with its class: the comparisons between prints first, their discrepancies at the top.
 */
export function auditTable(data: EditionData): TableModel {
  const number = (value: number) =>
    Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : String(+value.toPrecision(4));
  const row = (r: EditionData['audit'][number]) => {
    const compared = r.recomputed ?? r.other_printed ?? 0;
    return {
      header: cell(r.figure),
      // printed and recomputed figures are in their indicator's unit, the last part of the key
      unit: INDICATORS[r.key.split('.').at(-1) as Indicator].unit,
      cells: [
        cell(r.source),
        cell(number(r.published), r.published),
        cell(number(compared), compared),
        cell(CLASS_LABELS[r.class], r.class),
        cell(r.note),
      ],
    };
  };
  const recomputed = data.audit.filter((r) => r.compared_with === 'recomputed');
  const printed = data.audit.filter((r) => r.compared_with !== 'recomputed');
  // discrepancies first, each class in the order of published.csv
  const byClass = [...printed].sort((a, b) => +(a.class !== 'discrepancy') - +(b.class !== 'discrepancy'));
  return {
    name: 'audit',
    printed: 'partly',
    title:
      `Every figure printed in the report, set against another print of it or the sum of its printed parts ` +
      `(${printed.length} comparisons), and recomputed from its printed inputs (${recomputed.length} figures)`,
    note:
      'Shares are fractions (0.62 = 62%). Compared with: the other print or the sum of the parts in the first ' +
      'group, the recomputed value in the second. Agrees: both prints can be roundings of one value, so two ' +
      'prints of the same precision agree only when they are equal. Within rounding: the printed figure lies in ' +
      'the range the recomputed value can take when each printed input moves by half a unit of its last digit.',
    columns: [
      { key: 'figure', label: 'Figure', numeric: false },
      { key: 'source', label: 'Printed in', numeric: false },
      { key: 'published', label: 'Printed', numeric: true },
      { key: 'compared', label: 'Compared with', numeric: true },
      { key: 'class', label: 'Class', numeric: false },
      { key: 'note', label: 'Note', numeric: false },
    ],
    groups: [
      { label: 'Printed against printed, discrepancies first', rows: byClass.map(row) },
      { label: 'Printed against recomputed', rows: recomputed.map(row) },
    ],
  };
}
