import { COUNTRIES } from '../model/dimensions.ts';
import { comparativeTable } from './comparativeTable.ts';
import { auditSummaryTable, auditTable } from './auditTables.ts';
import { russiaMigrantConditionsTable } from './contextTables.ts';
import type { EditionData } from '../generated/editionData.ts';
import type { Locale } from '../model/locale.ts';
import { estimatesTable } from './estimatesTable.ts';
import { exclusionsTable } from './exclusionsTable.ts';
import { regionTable } from './regionTable.ts';
import type { TableModel } from './tableModel.ts';

/**
 * Every table an editor can place with ::table{name="…"}, by name, in a language (English by default). The CSV
 * download is built from the English table, whatever the page's language.
 */
export const TABLES: Record<string, (data: EditionData, locale?: Locale) => TableModel> = {
  ...Object.fromEntries(
    COUNTRIES.map((country) => [
      `estimates-${country}`,
      (data: EditionData, locale?: Locale) => estimatesTable(data, country, locale),
    ]),
  ),
  comparative: comparativeTable,
  region: regionTable,
  'russia-migrant-conditions': russiaMigrantConditionsTable,
  'audit-summary': auditSummaryTable,
  audit: auditTable,
  exclusions: exclusionsTable,
};
