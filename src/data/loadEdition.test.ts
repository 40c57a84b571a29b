import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dir2009, loaded2009 } from '../../tests/edition2009.ts';
import { DataErrors } from './dataError.ts';
import { loadEdition } from './loadEdition.ts';

/** The 2009 files with some of them replaced. */
function load2009With(replace: Record<string, string>) {
  return loadEdition('data/2009', (name) =>
    name in replace ? Buffer.from(replace[name]!) : readFileSync(`${dir2009}/${name}`),
  );
}
function faults(replace: Record<string, string>): string[] {
  try {
    load2009With(replace);
  } catch (error) {
    if (error instanceof DataErrors) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}
const file = (name: string) => readFileSync(`${dir2009}/${name}`, 'utf8');

describe('loadEdition', () => {
  it('reads the 2009 round: five countries, six rates each, every survey count and printed figure', () => {
    const { input, context } = loaded2009;
    expect(input.countries.map((c) => c.country)).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ']);
    expect(input.countries.map((c) => c.rates.length)).toEqual([6, 6, 6, 6, 6]);
    expect(input.countries.reduce((n, c) => n + c.sampleSize, 0)).toBe(11_348);
    expect(input.survey).toHaveLength(95);
    expect(input.published).toHaveLength(470);
    expect(context.migrantConditionsRussia).toHaveLength(10);
    // the printed family size of Uzbekistan, 17.20, keeps its two decimals
    expect(input.countries[4]!.familySize).toEqual({ value: 17.2, lo: 17.195, hi: 17.205 });
  });

  it('names a missing rate with the row it expected', () => {
    const rates = file('rates.csv')
      .split('\n')
      .filter((line) => !line.startsWith('TJ,abroad,labor,men'))
      .join('\n');
    expect(faults({ 'rates.csv': rates })).toEqual([
      'data/2009/rates.csv:31:1: missing row: expected a rate for TJ,abroad,labor,men',
    ]);
  });

  it('refuses a rate for sexually exploited men, which the survey cannot know', () => {
    expect(faults({ 'rates.csv': `${file('rates.csv')}KZ,inside,sexual,men,1.0,test\n` })).toEqual([
      'data/2009/rates.csv:32:4: sex: expected women for sexual exploitation (the questionnaire does not ' +
        'record the sex of these victims), found "men"',
    ]);
  });

  it("gives today's name only for a province the report names", () => {
    expect(
      loaded2009.context.placeNames.map((p) => `${p.province} → ${p.today} (${p.change} ${p.year ?? ''})`),
    ).toEqual([
      'Yuzhno-Kazakhstan → Turkistan region (renamed 2018)',
      'Almaty → Almaty and Zhetisu regions (divided 2022)',
      'Vostochno-Kazakhstan → East Kazakhstan and Abai regions (divided 2022)',
      'Karaganda → Karaganda and Ulytau regions (divided 2022)',
      'Gulistan → Sirdaryo region (named_after_capital )',
      'Termez → Surxondaryo region (named_after_capital )',
    ]);
    expect(
      faults({ 'place_names.csv': `${file('place_names.csv')}KZ,South Kazakhstan,Turkistan region,renamed,2018,x\n` }),
    ).toEqual([
      'data/2009/place_names.csv:8:2: province: expected a province that province_figures.csv names for KZ, found ' +
        '"South Kazakhstan"',
    ]);
  });

  it('gives every province the report names its Russian name, and today’s in Russian where it has changed', () => {
    const ru = new Map(loaded2009.context.placeNamesRu.map((p) => [`${p.country},${p.province}`, p]));
    const named = new Set(
      loaded2009.context.provinceFigures.filter((p) => p.province !== '').map((p) => `${p.country},${p.province}`),
    );
    expect([...ru.keys()].sort()).toEqual([...named].sort());
    expect(ru.get('KG,Osh')!.name_ru).toBe('Ошская область');
    expect(ru.get('TM,Lebapskiy')!.name_ru).toBe('Лебапский велаят');
    expect(ru.get('KZ,Yuzhno-Kazakhstan')).toMatchObject({
      name_ru: 'Южно-Казахстанская область',
      today_ru: 'Туркестанская область',
    });
    expect(ru.get('KZ,Akmola')!.today_ru).toBe('');
  });

  describe('place_names_ru.csv', () => {
    const lines = file('place_names_ru.csv').split('\n');
    const edited = (edit: (line: string) => string | undefined) => ({
      'place_names_ru.csv': lines.flatMap((line) => edit(line) ?? []).join('\n'),
    });

    it('refuses a province that province_figures.csv does not name', () => {
      expect(faults({ 'place_names_ru.csv': `${file('place_names_ru.csv')}KG,Chuy,Чуйская область,,\n` })).toEqual([
        'data/2009/place_names_ru.csv:40:2: province: expected a province that province_figures.csv names for KG, ' +
          'found "Chuy"',
      ]);
    });

    it('names a province of province_figures.csv left without a Russian name', () => {
      expect(faults(edited((line) => (line.startsWith('TM,Mariyskiy,') ? undefined : line)))).toEqual([
        'data/2009/place_names_ru.csv:39:1: missing row: expected the Russian name of TM,Mariyskiy',
      ]);
    });

    it('refuses an empty Russian name', () => {
      expect(faults(edited((line) => line.replace('KG,Osh,Ошская область,,', 'KG,Osh,,,')))).toEqual([
        'data/2009/place_names_ru.csv:19:3: name_ru: expected a non-empty text, found an empty cell',
      ]);
    });

    it("asks for today's name and its source in Russian where place_names.csv gives a later name", () => {
      const withoutToday = edited((line) =>
        line.startsWith('KZ,Yuzhno-Kazakhstan,') ? 'KZ,Yuzhno-Kazakhstan,Южно-Казахстанская область,,' : line,
      );
      expect(faults(withoutToday)).toEqual([
        "data/2009/place_names_ru.csv:10:4: today_ru: expected today's name in Russian, found an empty cell",
        'data/2009/place_names_ru.csv:10:5: source_ru: expected the source of the change in Russian, found an empty ' +
          'cell',
      ]);
    });

    it('refuses a later name for a province place_names.csv leaves unchanged', () => {
      const renamed = edited((line) =>
        line.replace('KZ,Akmola,Акмолинская область,,', 'KZ,Akmola,Акмолинская область,Акмолинская область,указ'),
      );
      expect(faults(renamed)).toEqual([
        'data/2009/place_names_ru.csv:2:4: today_ru: expected an empty cell, as place_names.csv gives no later name ' +
          'for KZ,Akmola, found "Акмолинская область"',
        'data/2009/place_names_ru.csv:2:5: source_ru: expected an empty cell, as place_names.csv gives no later name ' +
          'for KZ,Akmola, found "указ"',
      ]);
    });
  });

  it('refuses a country that countries.csv does not list', () => {
    const countries = file('countries.csv')
      .split('\n')
      .filter((line) => !line.startsWith('TM,'))
      .join('\n');
    const messages = faults({ 'countries.csv': countries });
    expect(messages[0]).toBe('data/2009/rates.csv:20:1: country TM is not in countries.csv');
    expect(messages.every((m) => m.includes('TM'))).toBe(true);
  });

  it('refuses more recent victims than victims over the whole period', () => {
    const counts = file('survey_counts.csv').replace(
      'KZ,victims,inside,labor,recent,467,',
      'KZ,victims,inside,labor,recent,1467,',
    );
    expect(faults({ 'survey_counts.csv': counts })).toEqual([
      'data/2009/survey_counts.csv:17:6: value: expected at most the whole-period count 1016 (line 5), found 1467',
    ]);
  });

  it('collects the faults of several files in one run', () => {
    const messages = faults({
      'countries.csv': file('countries.csv').replace('KZ,Kazakhstan,15778,8.6', 'KZ,Kazakhstan,15778,8,6'),
      'published.csv': file('published.csv').replace(
        'Table 2-1a,KZ,all,all,all,population,15778',
        'Table 2-1a,XX,all,all,all,population,15778',
      ),
    });
    expect(messages).toEqual([
      'data/2009/countries.csv:2:7: expected 6 fields separated by ",", found 7',
      'data/2009/published.csv:2:2: country: expected one of KZ, KG, TJ, TM, UZ, CA, found "XX"',
    ]);
  });

  it('locates faults in edition.json', () => {
    const json = file('edition.json').replace('"recallYears": 3', '"recallYears": "three"');
    expect(faults({ 'edition.json': json })).toEqual([
      'data/2009/edition.json:5:3: recallYears: expected number, received string',
    ]);
    expect(faults({ 'edition.json': '{\n  "edition": "2009",\n}' })[0]).toMatch(
      /^data\/2009\/edition\.json:3:1: expected JSON \(/,
    );
  });
});
