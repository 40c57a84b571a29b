import { describe, expect, it } from 'vitest';
import { editionData2009 } from '../../tests/editionData2009.ts';
import { TABLES } from './index.ts';
import { tableCsv, tableHtml, type TableModel } from './tableModel.ts';

describe('estimate tables', () => {
  const kz = TABLES['estimates-KZ']!(editionData2009);

  it("show a country's rates, victims and limits for every cell", () => {
    const inside = kz.groups[0]!;
    expect(inside.label).toBe('Inside the country');
    const both = inside.rows.find((r) => r.header.text === 'Both kinds')!;
    // 22.7 + 49.3 + 4.3 = 76.3; 15,778,000 / 8.6 × 76.3 / 1,000 = 139,984; Poisson limits 60 and 94 × 1,834.65
    expect(both.cells.map((c) => [c.text, c.detail])).toEqual([
      ['76.3', undefined],
      ['139,984', '110,079–172,457'],
    ]);
    expect(kz.note).toContain('Population 15,778,000; average family size 8.6; 1,834,651 families.');
  });

  it('download exactly what they show, limits in their own columns', () => {
    const lines = tableCsv(kz).split('\n');
    expect(lines[0]).toBe(
      'group,exploitation,sex,rate_per_1000_families,victims,victims_lower,victims_upper,reliability',
    );
    expect(lines).toContain('Inside the country,all,all,76.3,139984,110079,172457,reliable');
    // 29 recent cases of sexual exploitation inside Kazakhstan (section 2.1.6): 1/√29 = 18.6%, use with caution
    expect(lines).toContain('Inside the country,sexual,all,4.3,7889,1835,16512,caution');
    expect(lines).toHaveLength(3 * 7 + 2);
  });

  it('mark an estimate to use with caution, and say what the mark means', () => {
    const html = tableHtml(kz, 2, '/2009/tables/estimates-KZ.csv');
    expect(html).toContain(
      '7,889<sup class="flag" title="use with caution">E<span class="visually-hidden"> (use with caution)</span></sup>',
    );
    expect(html).toContain('E: use with caution (coefficient of variation from 16.6% to 33.3%).');
    expect(html).not.toContain('F: too unreliable');
  });

  it('render with a number, a scrolling region and a link to the CSV', () => {
    const html = tableHtml(kz, 2, '/2009/tables/estimates-KZ.csv');
    expect(html).toContain(
      '<figcaption id="table-estimates-KZ-caption"><span class="number">Table 2.</span> Kazakhstan: ' +
        'estimated victims of trafficking per year, 2009</figcaption>',
    );
    expect(html).toContain('<a href="/2009/tables/estimates-KZ.csv" download>Download Table 2 (CSV)</a>');
    expect(html).toContain('<th scope="row">Both kinds</th>');
  });
});

describe('the comparative and regional tables', () => {
  it('put the five countries and Central Asia side by side', () => {
    const table = TABLES.comparative!(editionData2009);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Indicator',
      'Kazakhstan',
      'Kyrgyzstan',
      'Tajikistan',
      'Turkmenistan',
      'Uzbekistan',
      'Central Asia',
    ]);
    const population = table.groups[0]!.rows[0]!;
    expect(population.cells.map((c) => c.value)).toEqual([
      15_778_000, 5_432_000, 7_349_000, 6_746_000, 27_606_000, 62_911_000,
    ]);
  });

  it("give each country's share of the region", () => {
    const table = TABLES.region!(editionData2009);
    const uzbekistan = table.groups[0]!.rows.find((r) => r.header.text === 'Uzbekistan')!;
    // 670,890 of 1,132,064 (the report printed 59.2%)
    expect(uzbekistan.cells[3]!.text).toBe('59.3%');
  });

  it('download a share in percent, as the page shows it', () => {
    const lines = tableCsv(TABLES.region!(editionData2009)).split('\n');
    expect(lines[0]!.split(',').at(-1)).toBe('share_of_region_percent');
    // 670,890 ÷ 1,132,064 × 100 = 59.263…
    expect(
      Number(
        lines
          .find((l) => l.startsWith('UZ,'))!
          .split(',')
          .at(-1),
      ),
    ).toBeCloseTo(59.2627, 3);
  });

  it('give each line of the comparative CSV its unit, since its rows count different things', () => {
    const lines = tableCsv(TABLES.comparative!(editionData2009)).split('\n');
    expect(lines[0]).toBe('group,indicator,unit,KZ,KG,TJ,TM,UZ,CA');
    expect(lines[1]).toBe(',Population,count,15778000,5432000,7349000,6746000,27606000,62911000');
    expect(lines[2]).toMatch(/^,Average family size,persons,8\.6,/);
    expect(lines).toContain(
      '"Victims per 1,000 families per year","Labor, inside the country (estimate)",rate,72,32.7,34,71.2,107.8,76.1',
    );
    expect(lines.filter((l) => l.includes('(reliability)')).every((l) => l.includes(',reliability_class,'))).toBe(true);
  });
});

describe('the audit tables', () => {
  it("give each line of the CSV the unit of the figure's indicator", () => {
    const lines = tableCsv(TABLES.audit!(editionData2009)).split('\n');
    expect(lines[0]).toBe('group,figure,unit,source,published,compared_with,compared,class,note');
    // Table 2-6a's victims are counts; the shares of section 3.2 are fractions
    expect(lines.filter((l) => l.includes(',count,Table 2-6a,')).length).toBeGreaterThan(0);
    expect(lines.filter((l) => /,share,/.test(l)).length).toBeGreaterThan(0);
  });

  it('list every check once, grouped by where the figure was printed, discrepancies first', () => {
    const table = TABLES.audit!(editionData2009);
    expect(table.groups.flatMap((g) => g.rows)).toHaveLength(664);
    const chapter3 = table.groups.find((g) => g.label?.startsWith('Chapter 3 text'))!;
    const inside = chapter3.rows.find(
      (r) => r.header.text === 'Central Asia, victims, inside the country' && r.cells[1]!.value === 413_096,
    )!;
    expect(inside.cells.map((c) => c.text)).toEqual([
      '3.2.2 Internal exploitation',
      '413,096',
      'recomputation',
      '430,632',
      'Discrepancy',
      "the countries' printed figures add up to 431,098",
    ]);
    for (const group of table.groups) {
      const classes = group.rows.map((r) => r.cells[4]!.value);
      const firstOther = classes.findIndex((c) => c !== 'discrepancy');
      expect(classes.slice(firstOther === -1 ? classes.length : firstOther)).not.toContain('discrepancy');
    }
    expect(table.groups.map((g) => g.label)).toEqual([
      'Table 2-1a: 39 checks, 2 discrepancies',
      'Table 2-2a: 38 checks, 0 discrepancies',
      'Table 2-3a: 39 checks, 1 discrepancy',
      'Table 2-4a: 39 checks, 1 discrepancy',
      'Table 2-5a: 40 checks, 3 discrepancies',
      'Table 2-6a: 309 checks, 5 discrepancies',
      'Chapter 1 text: 4 checks, 0 discrepancies',
      'Chapter 2 text: 70 checks, 10 discrepancies',
      'Chapter 3 text: 86 checks, 32 discrepancies',
    ]);
  });

  it('count the classes by place, and over the whole report as the reconciliation holds them', () => {
    const summary = TABLES['audit-summary']!(editionData2009);
    const all = summary.groups[1]!.rows[0]!;
    // counted from reconciliation.csv with Python: 664 checks, 243 reproduced, 194 within rounding, 33
    // discrepancies with the recomputation, 163 + 10 agreements and 9 + 12 discrepancies between prints
    expect([all.header.text, ...all.cells.map((c) => c.value)]).toEqual(['All places', 664, 243, 194, 33, 173, 21]);
    const places = summary.groups[0]!.rows;
    expect(places.reduce((sum, r) => sum + (r.cells[0]!.value as number), 0)).toBe(664);
  });
});

describe('the exclusions table of 2009', () => {
  it('leaves out the identifiers, which the report never listed, on the page and in the download', () => {
    const table = TABLES.exclusions!(editionData2009);
    // section 1.3.3: 11,384 received, 36 set aside, 11,348 valid
    expect(tableCsv(table)).toBe('reason,count\nread,11384\nnot_reported,36\nvalid,11348\n');
    expect(tableHtml(table, 2, '/x.csv')).not.toContain('Identifiers');
  });
});

describe('the tables in Russian', () => {
  const NBSP = '\u00a0';

  it('hold the same values as the English tables, under the same columns; only the words differ', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      const [en, ru] = [table(editionData2009), table(editionData2009, 'ru')];
      const values = (t: TableModel) => t.groups.map((g) => g.rows.map((r) => r.cells.map((c) => c.value)));
      expect(values(ru), name).toEqual(values(en));
      expect(
        ru.columns.map((c) => [c.key, c.csv]),
        name,
      ).toEqual(en.columns.map((c) => [c.key, c.csv]));
    }
  });

  it('write the region table with Russian names and numbers: 1 132 064 victims a year, Uzbekistan 59,3 %', () => {
    const table = TABLES.region!(editionData2009, 'ru');
    expect(table.title).toBe(
      'Оценка числа жертв торговли людьми в год в Центральной Азии, с 95-процентными границами, 2009',
    );
    expect(table.columns.map((c) => c.label)).toEqual([
      'Страна',
      'Внутри страны',
      'За рубежом',
      'Всего',
      'Доля в регионе',
    ]);
    const rows = table.groups[0]!.rows;
    const uzbekistan = rows.find((r) => r.header.value === 'UZ')!;
    expect(uzbekistan.header.text).toBe('Узбекистан');
    // 670,890 of 1,132,064 (the report printed 59.2%)
    expect(uzbekistan.cells[3]!.text).toBe(`59,3${NBSP}%`);
    // Central Asia in all, the same figure the English table writes 1,132,064
    const region = rows.find((r) => r.header.value === 'CA')!;
    expect(region.header.text).toBe('Центральная Азия');
    expect(region.cells[2]!.text).toBe(`1${NBSP}132${NBSP}064`);
    expect(TABLES.region!(editionData2009).groups[0]!.rows.at(-1)!.cells[2]!.text).toBe('1,132,064');
  });

  it("write a country's estimates, its limits and its note in Russian", () => {
    const kz = TABLES['estimates-KZ']!(editionData2009, 'ru');
    expect(kz.title).toBe('Казахстан: оценка числа жертв торговли людьми в год, 2009');
    const inside = kz.groups[0]!;
    expect(inside.label).toBe('Внутри страны');
    const both = inside.rows.find((r) => r.header.text === 'Оба вида')!;
    // 22.7 + 49.3 + 4.3 = 76.3 per 1,000 families; 139,984 victims, Poisson limits 110,079 and 172,457
    expect(both.cells.map((c) => [c.text, c.detail])).toEqual([
      ['76,3', undefined],
      [`139${NBSP}984`, `110${NBSP}079–172${NBSP}457`],
    ]);
    expect(kz.note).toContain(
      `Население: 15${NBSP}778${NBSP}000; средний размер семьи: 8,6; семей: 1${NBSP}834${NBSP}651.`,
    );
    expect(kz.columns.map((c) => c.label)).toEqual([
      'Эксплуатация',
      'На 1000 семей',
      'Жертв в год (95-процентные границы)',
    ]);
  });

  it('caption, marks and link in Russian; the link is to the same CSV', () => {
    const html = tableHtml(
      TABLES['estimates-KZ']!(editionData2009, 'ru'),
      2,
      '/2009/tables/estimates-KZ.csv',
      'Table 2-1a',
      'ru',
    );
    expect(html).toContain(
      '<span class="number">Таблица 2 (в докладе: табл. 2-1a).</span> Казахстан: оценка числа жертв',
    );
    // 29 recent cases of sexual exploitation inside Kazakhstan (section 2.1.6): 1/√29 = 18.6%, use with caution
    expect(html).toContain(
      `7${NBSP}889<sup class="flag" title="использовать с осторожностью">E<span class="visually-hidden"> ` +
        '(использовать с осторожностью)</span></sup>',
    );
    expect(html).toContain(`E: использовать с осторожностью (коэффициент вариации от 16,6 до 33,3${NBSP}%).`);
    expect(html).toContain('<a href="/2009/tables/estimates-KZ.csv" download>Скачать таблицу 2 (CSV)</a>');
  });

  it('name the countries and the rows of the comparative table', () => {
    const table = TABLES.comparative!(editionData2009, 'ru');
    expect(table.columns.map((c) => c.label)).toEqual([
      'Показатель',
      'Казахстан',
      'Кыргызстан',
      'Таджикистан',
      'Туркменистан',
      'Узбекистан',
      'Центральная Азия',
    ]);
    expect(table.groups[0]!.rows[0]!.cells[0]!.text).toBe(`15${NBSP}778${NBSP}000`);
    expect(table.groups[1]!.label).toBe('Жертв в год на 1000 семей');
    expect(table.groups[1]!.rows.map((r) => r.header.text)).toContain('Трудовая, внутри страны');
    expect(table.groups[4]!.rows[0]!.header.text).toBe('Внутри страны');
  });

  it('count the checks of the printed figures in Russian, each noun in the form its number takes', () => {
    const audit = TABLES.audit!(editionData2009, 'ru');
    expect(audit.groups.map((g) => g.label)).toEqual([
      'Табл. 2-1a: 39 проверок, 2 расхождения',
      'Табл. 2-2a: 38 проверок, 0 расхождений',
      'Табл. 2-3a: 39 проверок, 1 расхождение',
      'Табл. 2-4a: 39 проверок, 1 расхождение',
      'Табл. 2-5a: 40 проверок, 3 расхождения',
      'Табл. 2-6a: 309 проверок, 5 расхождений',
      'Текст главы 1: 4 проверки, 0 расхождений',
      'Текст главы 2: 70 проверок, 10 расхождений',
      'Текст главы 3: 86 проверок, 32 расхождения',
    ]);
    const inside = audit.groups
      .at(-1)!
      .rows.find(
        (r) => r.header.value === 'Central Asia, victims, inside the country' && r.cells[1]!.value === 413_096,
      )!;
    expect(inside.header.text).toBe('Центральная Азия, жертв в год, внутри страны');
    expect(inside.cells.slice(0, 5).map((c) => c.text)).toEqual([
      'Разд. 3.2.2',
      `413${NBSP}096`,
      'пересчёт',
      `430${NBSP}632`,
      'Расхождение',
    ]);
    // the reconciliation's note stays in English, marked as English for a screen reader
    expect(inside.cells.at(-1)!.lang).toBe('en');
    expect(tableHtml(audit, 1, 'a.csv', undefined, 'ru')).toContain('<td lang="en">the countries');
    const summary = TABLES['audit-summary']!(editionData2009, 'ru');
    expect(summary.groups[1]!.rows[0]!.header.text).toBe('Все места');
  });

  it('give the questionnaires and the conditions of migrants in Russia in Russian', () => {
    const exclusions = TABLES.exclusions!(editionData2009, 'ru');
    // section 1.3.3: 11,384 received, 36 set aside, 11,348 valid
    expect(exclusions.groups[0]!.rows.map((r) => [r.header.text, r.cells[0]!.text])).toEqual([
      ['Получено', `11${NBSP}384`],
      ['Исключено: неполные или неправдоподобные (доклад не разбивает их по причинам)', '36'],
      ['Оставлено (действительные)', `11${NBSP}348`],
    ]);
    const migrants = TABLES['russia-migrant-conditions']!(editionData2009, 'ru');
    const contract = migrants.groups[0]!.rows[0]!;
    // section 3.2.1: 51% of legal and 3% of illegal migrants have a written contract
    expect([contract.header.text, ...contract.cells.map((c) => c.text)]).toEqual([
      'Есть письменный договор',
      `51${NBSP}%`,
      `3${NBSP}%`,
    ]);
  });
});
