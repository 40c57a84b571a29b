/**
 * Survey rounds that cannot publish a wrong number: each way a new round's files went wrong when a
 * survey team tried the pipeline, and the located fault (or the word) that the build now gives.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataErrors } from '../src/data/dataError.ts';
import { computeEditions } from '../scripts/estimate.ts';
import { copyOfProject, run } from './projectCopy.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixture = join(root, 'tests/fixtures/small-round/small');

/** data/ with the small round (KG, 14 questionnaires) as data/small, changed by `change`. */
function dataWith(change: (dir: string) => void = () => {}): string {
  const data = mkdtempSync(join(tmpdir(), 'round-faults-'));
  cpSync(fixture, join(data, 'small'), { recursive: true });
  change(join(data, 'small'));
  return data;
}
const rewrite = (file: string, edit: (text: string) => string) => writeFileSync(file, edit(readFileSync(file, 'utf8')));

/** The faults computeEditions throws, with paths relative to data/. */
async function faults(data: string): Promise<string[]> {
  try {
    await computeEditions(data);
  } catch (error) {
    if (error instanceof DataErrors)
      return error.errors.map((e) => `${relative(data, e.file)}:${e.line}:${e.column}: ${e.problem}`);
    throw error;
  }
  return [];
}

describe('populations', () => {
  it('refuse a country population written in thousands, saying which unit is expected', async () => {
    const data = dataWith((dir) => rewrite(join(dir, 'countries.csv'), (t) => t.replace('KG,5500000', 'KG,5500')));
    expect(await faults(data)).toEqual([
      'small/countries.csv:2:2: population: expected persons, from 100,000 to 500,000,000, found 5500; ' +
        'if it is in thousands, write 5500000',
    ]);
  });

  it('refuse a province of a billion, and a country smaller than its provinces', async () => {
    const data = dataWith((dir) => {
      rewrite(join(dir, 'provinces.csv'), (t) => t.replace('KG,Naryn,300000', 'KG,Naryn,1000000000'));
      rewrite(join(dir, 'countries.csv'), (t) => t.replace('KG,5500000', 'KG,1500000'));
    });
    expect(await faults(data)).toEqual([
      'small/provinces.csv:3:3: population: expected persons, from 1,000 to 100,000,000, found 1000000000',
    ]);
    const smaller = dataWith((dir) =>
      rewrite(join(dir, 'countries.csv'), (t) => t.replace('KG,5500000', 'KG,1500000')),
    );
    expect(await faults(smaller)).toEqual([
      "small/countries.csv:2:2: population: expected persons, about the 1,750,000 of KG's provinces in provinces.csv " +
        'or more, found 1,500,000',
    ]);
  });
});

describe('interview dates', () => {
  it('read day.month.year like year-month-day, and report questionnaires dated outside the fieldwork', async () => {
    const iso = await computeEditions(dataWith());
    const dotted = await computeEditions(
      dataWith((dir) =>
        rewrite(join(dir, 'questionnaires.csv'), (t) => t.replace(/,2012-(\d\d)-(\d\d),/g, ',$2.$1.2012,')),
      ),
    );
    expect(dotted[0]!.files['estimates.csv']).toBe(iso[0]!.files['estimates.csv']);
    const late = await computeEditions(
      dataWith((dir) =>
        rewrite(join(dir, 'questionnaires.csv'), (t) =>
          t.replace('q01,KG,Osh,Kara-Suu,2012-10-02', 'q01,KG,Osh,Kara-Suu,2012-12-02'),
        ),
      ),
    );
    expect(JSON.parse(late[0]!.files['exclusions.json']!).datedOutsideFieldwork).toEqual(['q01']);
  });
});

describe('folders of data/', () => {
  it('leave out a backup copy with a word, and build the rounds beside it', async () => {
    const data = dataWith();
    cpSync(join(data, 'small'), join(data, 'small copy'), { recursive: true });
    cpSync(join(data, 'small'), join(data, 'small.bak'), { recursive: true });
    const said: string[] = [];
    const outputs = await computeEditions(data, (message) => said.push(message.replace(`${data}/`, '')));
    expect(outputs.map((o) => o.edition)).toEqual(['small']);
    expect(said).toContain(
      'estimate: warning: small copy left out: not an edition name (letters, digits and "-" only), so not a ' +
        'survey round',
    );
    expect(said).toContain('estimate: small: 14 questionnaires read, 8 valid, 6 excluded');
  });

  it('stop at a round without round.json, and at an edition that is not its folder, where it says so', async () => {
    const data = dataWith((dir) =>
      rewrite(join(dir, 'round.json'), (t) => t.replace('"edition": "small"', '"edition": "smal"')),
    );
    mkdirSync(join(data, '2031'));
    cpSync(join(fixture, 'questionnaires.csv'), join(data, '2031/questionnaires.csv'));
    expect(await faults(data)).toEqual([
      '2031/round.json:1:1: file is missing: every folder of data/ is a survey round, with a round.json ' +
        '(or an edition.json for a report\'s printed figures); "npm run round:new" writes one',
      'small/round.json:2:3: edition: expected "small" (the folder\'s name), found "smal"',
    ]);
  });

  it('stop at a scaffold that was never filled in, instead of publishing NaN', async () => {
    const data = dataWith((dir) => {
      writeFileSync(join(dir, 'countries.csv'), 'country,population\n');
      writeFileSync(join(dir, 'provinces.csv'), 'country,province,population\n');
    });
    expect(await faults(data)).toEqual([
      'small/countries.csv:2:1: expected at least one country, found none',
      'small/provinces.csv:2:1: expected at least one province, found none',
    ]);
    const header = readFileSync(join(fixture, 'questionnaires.csv'), 'utf8').split('\n')[0];
    const empty = dataWith((dir) => writeFileSync(join(dir, 'questionnaires.csv'), `${header}\n`));
    expect(await faults(empty)).toEqual([
      'small/questionnaires.csv:2:1: expected at least one questionnaire after the header, found none',
    ]);
  });
});

describe('messages', () => {
  it('name a provinces.csv saved in Windows-1251, and one bad cell of countries.csv only once', async () => {
    const data = dataWith((dir) => {
      // "Ош" in Windows-1251: two bytes that are not UTF-8
      writeFileSync(
        join(dir, 'provinces.csv'),
        Buffer.concat([
          Buffer.from('country,province,population\nKG,'),
          Buffer.from([0xce, 0xf8]),
          Buffer.from(',1200000\n'),
        ]),
      );
    });
    expect(await faults(data)).toEqual(['small/provinces.csv:2:4: expected UTF-8 text; save the file as CSV UTF-8']);
    const bad = dataWith((dir) =>
      rewrite(join(dir, 'countries.csv'), (t) => t.replace('KG,5500000', 'Kyrgyzstan,5500000')),
    );
    expect(await faults(bad)).toEqual([
      'small/countries.csv:2:1: country: expected one of KZ, KG, TJ, TM, UZ, found "Kyrgyzstan"',
    ]);
  });

  it('give paths from the project, as the README shows them, from npm run estimate and npm run validate', async () => {
    // the round inside a copy of the project, where the commands run
    const copy = copyOfProject('paths-');
    cpSync(fixture, join(copy, 'data/small'), { recursive: true });
    rewrite(join(copy, 'data/small/questionnaires.csv'), (t) => t.replace('q04,KG,Osh,', 'q04,KG,Ош,'));
    const fault = 'data/small/questionnaires.csv:5:3: province: expected a province of KG in provinces.csv, found "Ош"';
    const estimate = await run('npx', ['tsx', 'scripts/estimate.ts'], copy);
    expect(estimate.stderr.split('\n')).toContain(fault);
    const validate = await run('npx', ['tsx', 'scripts/validate.ts', 'small'], copy);
    expect(validate.stderr.split('\n')).toContain(fault);
    // a round outside the project keeps its whole path: "../../" would only confuse
    const outside = dataWith((dir) =>
      rewrite(join(dir, 'questionnaires.csv'), (t) => t.replace('q04,KG,Osh,', 'q04,KG,Ош,')),
    );
    expect((await run('npx', ['tsx', 'scripts/validate.ts', 'small', outside], copy)).stderr).toContain(
      `${outside}/small/questionnaires.csv:5:3: province:`,
    );
  }, 120_000);
});

describe('design-based limits of a round with few settlements', () => {
  it('pool a province with one settlement with its neighbour, and say so', async () => {
    const data = dataWith((dir) =>
      rewrite(join(dir, 'questionnaires.csv'), (t) => t.replaceAll(',Naryn,Kochkor,', ',Naryn,At-Bashy,')),
    );
    const [small] = await computeEditions(data);
    const exclusions = JSON.parse(small!.files['exclusions.json']!);
    expect(exclusions.pooledForVariance).toEqual([{ country: 'KG', provinces: ['Osh', 'Naryn'], single: ['Naryn'] }]);
    expect(small!.files['estimates.csv']).toMatch(/small,KG,inside,all,all,victims_lower_bootstrap,\d+,,/);
  });

  it('give a country whose questionnaires come from one settlement no design-based limits, and why', async () => {
    const data = dataWith((dir) =>
      rewrite(join(dir, 'questionnaires.csv'), (t) => t.replace(/,(Osh|Naryn),[A-Za-z-]+,/g, ',Osh,Kara-Suu,')),
    );
    const [small] = await computeEditions(data);
    const csv = small!.files['estimates.csv']!;
    expect(csv).toContain('small,KG,inside,all,all,victims_lower_bootstrap,,single_settlement,\n');
    expect(csv).toContain('small,CA,inside,all,all,victims_upper_bootstrap,,single_settlement,\n');
    // the class then rests on the Poisson CV of the reported cases
    expect(csv).toMatch(/small,KG,all,all,all,victims_cv,0\.\d+,,\n/);
  });
});

describe('the Russian names of a round’s provinces (place_names_ru.csv)', () => {
  it('reach the charts through the edition’s context', async () => {
    const [small] = await computeEditions(dataWith());
    const context = JSON.parse(small!.files['context.json']!) as { placeNamesRu: { name_ru: string }[] };
    expect(context.placeNamesRu.map((p) => p.name_ru)).toEqual([
      'Ошская область',
      'Нарынская область',
      'Таласская область',
    ]);
  });

  it('refuse a province provinces.csv does not list, and name one left without its Russian name', async () => {
    const data = dataWith((dir) =>
      rewrite(join(dir, 'place_names_ru.csv'), (t) =>
        t.replace('KG,Talas,Таласская область,,\n', 'KG,Chui,Чуйская область,,\n'),
      ),
    );
    expect(await faults(data)).toEqual([
      'small/place_names_ru.csv:4:2: province: expected a province that provinces.csv names for KG, found "Chui"',
      'small/place_names_ru.csv:5:1: missing row: expected the Russian name of KG,Talas',
    ]);
  });
});
