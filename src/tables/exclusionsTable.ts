import { formatValue } from '../model/format.ts';
import type { EditionData } from '../generated/editionData.ts';
import { cell, type TableModel } from './tableModel.ts';

/** Questionnaires read, valid and excluded by reason, with the ids of those excluded. */
export function exclusionsTable(data: EditionData): TableModel {
  const { read, valid, excluded, provincesWithoutQuestionnaires } = data.exclusions;
  const ids = (list: string[]) =>
    list.length === 0
      ? ''
      : list.length <= 12
        ? list.join(', ')
        : `${list.slice(0, 12).join(', ')} and ${list.length - 12} more (see the CSV)`;
  return {
    name: 'exclusions',
    title: `Questionnaires received, excluded and kept, ${data.edition}`,
    note:
      (provincesWithoutQuestionnaires.length > 0
        ? `No valid questionnaire in ${provincesWithoutQuestionnaires.join(', ')}: these provinces carry no weight. `
        : '') + 'A questionnaire is excluded for the first reason that applies, in the order listed.',
    columns: [
      { key: 'reason', label: 'Questionnaires', numeric: false },
      { key: 'count', label: 'Number', numeric: true },
      { key: 'ids', label: 'Identifiers', numeric: false },
    ],
    groups: [
      {
        rows: [
          { header: cell('Received', 'read'), cells: [cell(formatValue(read, 'count'), read), cell('', '')] },
          ...excluded
            .filter((e) => e.count > 0)
            .map((e) => ({
              header: cell(`Excluded: ${e.description}`, e.reason),
              cells: [cell(formatValue(e.count, 'count'), e.count), cell(ids(e.ids), e.ids.join(' '))],
            })),
          { header: cell('Kept (valid)', 'valid'), cells: [cell(formatValue(valid, 'count'), valid), cell('', '')] },
        ],
      },
    ],
  };
}
