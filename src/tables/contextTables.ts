import type { EditionData } from '../generated/editionData.ts';
import { words } from '../i18n/dictionary.ts';
import { formatNumber, formatValue } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { cell, type TableModel } from './tableModel.ts';

/** Conditions of legal and illegal CIS migrants in Russia (section 3.2.1, from an EU-IOM-ILO study). */
export function russiaMigrantConditionsTable(data: EditionData, locale: Locale = 'en'): TableModel {
  const w = words(locale).tables;
  // as printed: whole percents, hours and dollars
  const show = (value: number, unit: string) =>
    unit === 'percent' ? formatValue(value / 100, 'share', locale) : formatNumber(value, locale);
  return {
    name: 'russia-migrant-conditions',
    printed: 'all',
    title: w.migrantsTitle,
    note: w.migrantsNote,
    columns: [
      { key: 'characteristic', label: w.condition, numeric: false },
      { key: 'legal', label: w.legalMigrants, numeric: true },
      { key: 'illegal', label: w.illegalMigrants, numeric: true },
    ],
    groups: [
      {
        rows: data.context.migrantConditionsRussia.map((row) => ({
          header: cell(w.characteristic(row.characteristic), row.characteristic),
          cells: [cell(show(row.legal, row.unit), row.legal), cell(show(row.illegal, row.unit), row.illegal)],
          unit: row.unit,
        })),
      },
    ],
  };
}
