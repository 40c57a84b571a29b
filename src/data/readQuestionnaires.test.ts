import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_COLUMNS } from '../model/questionnaire.ts';
import { SettlementTallies } from '../survey/settlementTallies.ts';
import { DataErrors } from './dataError.ts';
import { readQuestionnaires } from './readQuestionnaires.ts';

const header = [...QUESTIONNAIRE_COLUMNS];
const provinces = new Map([['KG', new Set(['Osh', 'Naryn'])]]);
/** A valid questionnaire, with some cells changed. */
function row(changes: Partial<Record<(typeof QUESTIONNAIRE_COLUMNS)[number], string>> = {}): string[] {
  const base: Record<string, string> = Object.fromEntries(header.map((c) => [c, '']));
  Object.assign(
    base,
    {
      id: 'q1',
      country: 'KG',
      province: 'Osh',
      settlement: 'Kara-Suu',
      interview_date: '2012-10-03',
      relatives: '10',
      migrated_inside: 'yes',
      migrated_abroad: 'no',
    },
    changes,
  );
  return header.map((c) => base[c]!);
}
/** Writes the rows as q.csv in a folder of its own (papaparse quotes what needs quoting). */
function file(rows: string[][], columns: string[] = header): string {
  const path = join(mkdtempSync(join(tmpdir(), 'questionnaires-')), 'q.csv');
  writeFileSync(path, `${Papa.unparse([columns, ...rows], { newline: '\n' })}\n`);
  return path;
}
/** The fieldwork of October 2012, as a round.json gives it. */
const rules = (relativesRule: 'exclude' | 'cap' = 'exclude') => ({
  relativesRule,
  fieldwork: { start: '2012-10', end: '2012-10-31' },
});
async function tally(rows: string[][], rule: 'exclude' | 'cap' = 'exclude', columns: string[] = header) {
  const sink = new SettlementTallies();
  const { read, datedOutsideFieldwork } = await readQuestionnaires(file(rows, columns), provinces, rules(rule), sink);
  return { ...sink.result(read), datedOutsideFieldwork };
}
async function faults(rows: string[][], columns: string[] = header): Promise<string[]> {
  const path = file(rows, columns);
  try {
    await readQuestionnaires(path, provinces, rules(), new SettlementTallies());
  } catch (error) {
    if (error instanceof DataErrors) return error.errors.map((e) => e.message.replace(path, 'q.csv'));
    throw error;
  }
  return [];
}

describe('questionnaire checks', () => {
  it('excludes a faulty questionnaire with the first reason that applies, and keeps its id', async () => {
    const result = await tally([
      row({ id: 'blank-relatives', relatives: '' }),
      row({ id: 'no-relatives', relatives: '0' }),
      row({ id: 'many-relatives', relatives: '31' }),
      row({ id: 'too-many-victims', relatives: '3', labor_inside_total_recent: '2', sexual_abroad_earlier: '2' }),
      row({
        id: 'sexes-above-total',
        labor_abroad_women_earlier: '2',
        labor_abroad_men_earlier: '1',
        labor_abroad_total_earlier: '2',
      }),
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
      implausible_relatives: [],
      more_than_30_relatives: ['many-relatives'],
      women_and_men_exceed_total: ['sexes-above-total'],
      more_victims_than_relatives: ['too-many-victims'],
    });
    expect([result.read, result.valid]).toEqual([11, 1]);
  });

  it(
    'reads a blank count as 0 and a blank labor total as women + men; a larger total keeps victims of ' +
      'unspecified sex',
    async () => {
      const result = await tally([
        row({ id: 'a', labor_inside_women_recent: '1', labor_inside_men_recent: '2' }),
        row({
          id: 'b',
          labor_inside_women_recent: '1',
          labor_inside_men_recent: '0',
          labor_inside_total_recent: '3',
          migrated_inside: '1',
          migrated_abroad: '1',
        }),
      ]);
      const [osh] = result.settlements;
      // women 1 + 1, men 2 + 0, unspecified 0 + 2 (total 3 − 1 − 0)
      expect(osh!.recent.slice(0, 3)).toEqual([2, 2, 2]);
      expect([osh!.n, osh!.relatives, osh!.migratedInside, osh!.migratedAbroad, osh!.migratedBoth]).toEqual([
        2, 20, 2, 1, 1,
      ]);
    },
  );

  it(
    'caps more than 30 relatives at 30 under the "cap" rule (Uzbekistan, section 2.5.2), and checks victims ' +
      'against the 30 relatives counted',
    async () => {
      const result = await tally(
        [
          row({ relatives: '45' }),
          row({ id: 'q2', relatives: '45', labor_abroad_total_recent: '30' }),
          row({ id: 'q3', relatives: '45', labor_abroad_total_recent: '31' }),
          row({ id: 'q4', relatives: '45', labor_abroad_total_recent: '40' }),
        ],
        'cap',
      );
      expect(result.valid).toBe(2);
      expect(result.settlements[0]!.relatives).toBe(60);
      // 31 and 40 victims cannot be among the 30 relatives counted
      expect(result.excluded.more_victims_than_relatives).toEqual(['q3', 'q4']);
    },
  );

  it('excludes an absurd number of relatives under either rule, with its reason', async () => {
    const absurd = [
      row({ id: 'billion', relatives: '1000000000', labor_inside_total_recent: '1000000000' }),
      row({ id: 'hundred-and-one', relatives: '101' }),
      row({ id: 'hundred', relatives: '100' }),
    ];
    expect((await tally(absurd, 'cap')).excluded.implausible_relatives).toEqual(['billion', 'hundred-and-one']);
    expect((await tally(absurd, 'exclude')).excluded.implausible_relatives).toEqual(['billion', 'hundred-and-one']);
    expect((await tally(absurd, 'exclude')).excluded.more_than_30_relatives).toEqual(['hundred']);
  });

  it('reads dates written day.month.year, refuses impossible ones, reports those outside the fieldwork', async () => {
    const result = await tally([
      row({ id: 'iso', interview_date: '2012-10-03' }),
      row({ id: 'dotted', interview_date: '03.10.2012' }),
      row({ id: 'short', interview_date: '3.10.2012' }),
      row({ id: 'september', interview_date: '30.09.2012' }),
      row({ id: 'november', interview_date: '2012-11-01' }),
      row({ id: 'no-such-day', interview_date: '31.09.2012' }),
      row({ id: 'slashes', interview_date: '03/10/2012' }),
    ]);
    expect(result.valid).toBe(5);
    expect(result.excluded.invalid_answer).toEqual(['no-such-day', 'slashes']);
    expect(result.datedOutsideFieldwork).toEqual(['september', 'november']);
  });
});

describe('faults of the file', () => {
  it('stop at an unknown country or province, a duplicated id, a blank settlement, with line and column', async () => {
    expect(
      await faults([
        row(),
        row({ id: 'q2', country: 'KZ' }),
        row({ id: 'q3', province: 'Talas' }),
        row(),
        row({ id: 'q5', settlement: '' }),
        row({ id: 'q6' }).slice(0, 5),
      ]),
    ).toEqual([
      'q.csv:3:2: country: expected a country of provinces.csv (KG), found "KZ"',
      'q.csv:4:3: province: expected a province of KG in provinces.csv, found "Talas"',
      'q.csv:5:1: id: "q1" is already used on line 2',
      'q.csv:6:4: settlement: expected the name of the settlement, found an empty cell',
      'q.csv:7:6: expected 25 fields, found 5',
    ]);
  });

  it('count the line breaks of quoted cells, so that later faults name their true line', async () => {
    // row 3 holds a settlement written over two lines; the faulty row after it is on line 5, not 4
    expect(await faults([row(), row({ id: 'q2', settlement: 'Kara\nSuu' }), row({ id: 'q3', country: 'XX' })])).toEqual(
      ['q.csv:5:2: country: expected a country of provinces.csv (KG), found "XX"'],
    );
  });

  it('refuse a byte of another encoding in any cell, not only in names', async () => {
    expect(await faults([row({ labor_inside_men_recent: '\uFFFD' })])).toEqual([
      'q.csv:2:1: expected UTF-8 text; save the file as CSV UTF-8',
    ]);
  });

  it('stop at a missing or unknown column', async () => {
    const columns = header.filter((c) => c !== 'relatives').map((c) => (c === 'settlement' ? 'village' : c));
    expect(await faults([], columns)).toEqual([
      `q.csv:1:4: unknown column "village"; expected the columns ${QUESTIONNAIRE_COLUMNS.join(', ')}`,
      'q.csv:1:25: missing columns settlement, relatives',
    ]);
  });

  it('accept a file without the optional other_victims column', async () => {
    const columns = header.filter((c) => c !== 'other_victims');
    expect((await tally([row().slice(0, columns.length)], 'exclude', columns)).valid).toBe(1);
  });
});

describe('faults papaparse finds', () => {
  it('stop at an unclosed quote instead of dropping the rest of the file', async () => {
    const rows = [row(), row({ id: 'q2' }), row({ id: 'q3' })];
    const path = file(rows);
    const { readFileSync } = await import('node:fs');
    // line 3 opens a quote that is never closed: the rows after it would be swallowed into one cell
    writeFileSync(path, readFileSync(path, 'utf8').replace('q2,KG,Osh,Kara-Suu', 'q2,KG,Osh,"Kara-Suu'));
    let messages: string[] = [];
    try {
      await readQuestionnaires(path, provinces, rules(), new SettlementTallies());
    } catch (error) {
      if (!(error instanceof DataErrors)) throw error;
      messages = error.errors.map((e) => e.message.replace(path, 'q.csv'));
    }
    expect(messages).toEqual([
      'q.csv:3:1: unreadable CSV: a quoted cell is never closed (a " without its partner); the rest of the ' +
        'file cannot be read',
    ]);
  });

  it('name a repeated or capitalised column and a trailing delimiter, not "expected a header row"', async () => {
    expect(await faults([], [...header, 'id'])).toEqual(['q.csv:1:26: column "id" appears twice']);
    expect(
      (
        await faults(
          [],
          header.map((c) => (c === 'relatives' ? 'Relatives' : c)),
        )
      )[0],
    ).toBe(
      'q.csv:1:6: unknown column "Relatives"; did you mean "relatives"? ' +
        `expected the columns ${QUESTIONNAIRE_COLUMNS.join(', ')}`,
    );
    expect(await faults([], [...header, ''])).toEqual([
      'q.csv:1:26: expected a column name, found an empty one (a delimiter at the end of the line?)',
    ]);
  });
});
