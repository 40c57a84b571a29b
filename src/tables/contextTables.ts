import type { EditionData } from '../generated/editionData.ts';
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
