import { describe, expect, it } from 'vitest';
import { DataErrors } from '../data/dataError.ts';
import { QUESTIONNAIRE_COLUMNS } from '../model/questionnaire.ts';
import { QuestionnaireTally } from './tallyQuestionnaires.ts';

const header = [...QUESTIONNAIRE_COLUMNS];
const provinces = new Map([['KG', new Set(['Osh', 'Naryn'])]]);
/** A valid questionnaire, with some cells changed. */
function row(changes: Partial<Record<(typeof QUESTIONNAIRE_COLUMNS)[number], string>> = {}): string[] {
  const base: Record<string, string> = Object.fromEntries(header.map((c) => [c, '']));
  Object.assign(base, { id: 'q1', country: 'KG', province: 'Osh', settlement: 'Kara-Suu', interview_date: '2012-10-03', relatives: '10', migrated_inside: 'yes', migrated_abroad: 'no' }, changes);
  return header.map((c) => base[c]!);
}
function tally(rows: string[][], rule: 'exclude' | 'cap' = 'exclude') {
  const t = new QuestionnaireTally('q.csv', header, provinces, rule);
  rows.forEach((r, i) => t.add(r, i + 2));
  return t.finish();
}
function faults(rows: string[][], columns: string[] = header): string[] {
  try {
    const t = new QuestionnaireTally('q.csv', columns, provinces, 'exclude');
    rows.forEach((r, i) => t.add(r, i + 2));
    // the reader's second pass: where each repeated id was first used
    const firstLines = new Map<string, number>();
    rows.forEach((r, i) => {
      if (t.repeatedIds().has(r[0]!) && !firstLines.has(r[0]!)) firstLines.set(r[0]!, i + 2);
    });
    t.finish(firstLines);
  } catch (error) {
    if (error instanceof DataErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

describe('questionnaire checks', () => {
  it('excludes a faulty questionnaire with the first reason that applies, and keeps its id', () => {
    const result = tally([
      row({ id: 'blank-relatives', relatives: '' }),
      row({ id: 'no-relatives', relatives: '0' }),
      row({ id: 'many-relatives', relatives: '31' }),
      row({ id: 'too-many-victims', relatives: '3', labor_inside_total_recent: '2', sexual_abroad_earlier: '2' }),
      row({ id: 'sexes-above-total', labor_abroad_women_earlier: '2', labor_abroad_men_earlier: '1', labor_abroad_total_earlier: '2' }),
      row({ id: 'negative', labor_inside_men_recent: '-1' }),
      row({ id: 'fraction', sexual_inside_recent: '0.5' }),
      row({ id: 'text', relatives: 'ten' }),
      row({ id: 'answer', migrated_abroad: 'maybe' }),
      row({ id: 'date', interview_date: '2012-02-30' }),
      row({ id: 'fine', labor_inside_women_recent: '1', labor_inside_men_recent: '1' }),
    ]);
    expect(result.excluded).toEqual({
      invalid_count: ['negative', 'fraction', 'text'],
      invalid_answer: ['answer', 'date'],
      relatives_missing: ['blank-relatives', 'no-relatives'],
      more_than_30_relatives: ['many-relatives'],
      women_and_men_exceed_total: ['sexes-above-total'],
      more_victims_than_relatives: ['too-many-victims'],
    });
    expect([result.read, result.valid]).toEqual([11, 1]);
  });

  it('reads a blank count as 0 and a blank labor total as women + men; a larger total keeps victims of unspecified sex', () => {
    const result = tally([
      row({ id: 'a', labor_inside_women_recent: '1', labor_inside_men_recent: '2' }),
      row({ id: 'b', labor_inside_women_recent: '1', labor_inside_men_recent: '0', labor_inside_total_recent: '3', migrated_inside: '1', migrated_abroad: '1' }),
    ]);
    const [osh] = result.settlements;
    // women 1 + 1, men 2 + 0, unspecified 0 + 2 (total 3 − 1 − 0)
    expect(osh!.recent.slice(0, 3)).toEqual([2, 2, 2]);
    expect([osh!.n, osh!.relatives, osh!.migratedInside, osh!.migratedAbroad, osh!.migratedBoth]).toEqual([2, 20, 2, 1, 1]);
  });

  it('caps more than 30 relatives at 30 under the "cap" rule (Uzbekistan, section 2.5.2), and checks victims against the relatives reported', () => {
    const result = tally([row({ relatives: '45' }), row({ id: 'q2', relatives: '45', labor_abroad_total_recent: '31' }), row({ id: 'q3', relatives: '45', labor_abroad_total_recent: '46' })], 'cap');
    expect(result.valid).toBe(2);
    expect(result.settlements[0]!.relatives).toBe(60);
    expect(result.excluded.more_victims_than_relatives).toEqual(['q3']);
  });
});

describe('faults of the file', () => {
  it('stop at an unknown country or province, a duplicated id, a blank settlement, with line and column', () => {
    expect(
      faults([row(), row({ id: 'q2', country: 'KZ' }), row({ id: 'q3', province: 'Talas' }), row(), row({ id: 'q5', settlement: '' }), row({ id: 'q6' }).slice(0, 5)]),
    ).toEqual([
      'q.csv:3:2: country: expected a country of provinces.csv (KG), found "KZ"',
      'q.csv:4:3: province: expected a province of KG in provinces.csv, found "Talas"',
      'q.csv:5:1: id: "q1" is already used on line 2',
      'q.csv:6:4: settlement: expected the name of the settlement, found an empty cell',
      'q.csv:7:6: expected 25 fields, found 5',
    ]);
  });

  it('count the line breaks of quoted cells, so that later faults name their true line', () => {
    // row 3 holds a settlement written over two lines; the faulty row after it is on line 5, not 4
    expect(faults([row(), row({ id: 'q2', settlement: 'Kara\nSuu' }), row({ id: 'q3', country: 'XX' })])).toEqual([
      'q.csv:5:2: country: expected a country of provinces.csv (KG), found "XX"',
    ]);
  });

  it('refuse a byte of another encoding in any cell, not only in names', () => {
    expect(faults([row({ labor_inside_men_recent: '\uFFFD' })])).toEqual(['q.csv:2:1: expected UTF-8 text; save the file as CSV UTF-8']);
  });

  it('stop at a missing or unknown column', () => {
    const columns = header.filter((c) => c !== 'relatives').map((c) => (c === 'settlement' ? 'village' : c));
    expect(faults([], columns)).toEqual([
      `q.csv:1:4: unknown column "village"; expected the columns ${QUESTIONNAIRE_COLUMNS.join(', ')}`,
      'q.csv:1:25: missing columns settlement, relatives',
    ]);
  });

  it('accept a file without the optional other_victims column', () => {
    const columns = header.filter((c) => c !== 'other_victims');
    const t = new QuestionnaireTally('q.csv', columns, provinces, 'exclude');
    t.add(row().slice(0, columns.length), 2);
    expect(t.finish().valid).toBe(1);
  });
});
