import { formatValue } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { words } from '../i18n/dictionary.ts';
import type { EditionData } from '../generated/editionData.ts';
import { cell, type TableModel } from './tableModel.ts';

/** Questionnaires read, valid and excluded by reason, with the ids of those excluded. */
export function exclusionsTable(data: EditionData, locale: Locale = 'en'): TableModel {
  const w = words(locale).tables;
  const { read, valid, excluded, provincesWithoutQuestionnaires } = data.exclusions;
  const ids = (list: string[]) =>
    list.length === 0
      ? ''
      : list.length <= 12
        ? list.join(', ')
        : w.andMore(list.slice(0, 12).join(', '), list.length - 12);
  const count = (n: number) => cell(formatValue(n, 'count', locale), n);
  return {
    name: 'exclusions',
    title: w.exclusionsTitle(data.edition),
    note:
      (provincesWithoutQuestionnaires.length > 0 ? w.noQuestionnaire(provincesWithoutQuestionnaires) : '') +
      w.firstReason,
    columns: [
      { key: 'reason', label: w.questionnaires, numeric: false },
      { key: 'count', label: w.number, numeric: true },
      { key: 'ids', label: w.identifiers, numeric: false },
    ],
    groups: [
      {
        rows: [
          { header: cell(w.received, 'read'), cells: [count(read), cell('', '')] },
          ...excluded
            .filter((e) => e.count > 0)
            .map((e) => ({
              header: cell(w.excluded(e.reason, e.description), e.reason),
              cells: [count(e.count), cell(ids(e.ids), e.ids.join(' '))],
            })),
          { header: cell(w.kept, 'valid'), cells: [count(valid), cell('', '')] },
        ],
      },
    ],
  };
}
