/**
 * What the charts draw, against figures taken from the report's text and tables or worked out by
 * hand from them (the arithmetic is written beside each value). The SVGs themselves are compared
 * with stored snapshots in snapshots.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { editionData2009 } from '../../tests/editionData2009.ts';
import { columnUnit } from '../model/columnUnits.ts';
import { labelLines } from './barList.ts';
import type { EditionData } from '../generated/editionData.ts';
import type { ChartRow } from './chartModel.ts';
import { CHARTS } from './index.ts';
import { chartCsv, chartHtml, chartSvg, WIDTHS } from './renderChart.ts';
import { chartSvgFile } from './svgFile.ts';

const rowsOf = (name: string) => CHARTS[name]!.rows(editionData2009).filter((r) => r.value !== '');
/** a chart's rows as "label value", headings as "# heading", in the order drawn */
const drawnAsText = (name: string) =>
  CHARTS[name]!.rows(editionData2009).map((r) => (r.value === '' ? `# ${r.label}` : `${r.label} ${r.value}`));

/**
 * Every province chart, written out from the report's country chapters (the section is given
 * above each); a province the text does not name is not drawn. "(highest)"/"(lowest)" follow
 * the text's "highest/most/largest" and "lowest/least".
 */
const PRINTED: Record<string, string[]> = {
  // 2.1.1: Almaty (with its city), Yuzhno-Kazakhstan and Karaganda, the biggest oblasts, hold 45% of respondents
  'KZ-sample': ['Almaty (with Almaty city), Yuzhno-Kazakhstan and Karaganda together 45'],
  // 2.1.2: family size 4.9 (Zhambyl) up to 12.7 (Akmola), mean 8.6
  'KZ-family-size': ['Akmola (highest) 12.7', 'Zhambyl (lowest) 4.9', 'Average over provinces 8.6'],
  // 2.1.4: Severo-Kazakhstan 62%, Mangistau (61%), Almaty (55%), Aktobe "only 13%", average 38%; 2.1.5:
  //   Zapadno-Kazakhstan 45%, Zhambyl 3%, average 19%
  'KZ-migration': [
    '# Inside the country',
    'Severo-Kazakhstan (highest) 62',
    'Mangistau 61',
    'Almaty, now Almaty and Zhetisu regions 55',
    'Aktobe (lowest) 13',
    'Average over provinces 38',
    '# Abroad',
    'Zapadno-Kazakhstan (highest) 45',
    'Zhambyl (lowest) 3',
    'Average over provinces 19',
  ],
  // 2.1.6: internal labor Yuzhno-Kazakhstan 27%, Almaty 26%, Karaganda 15%; sexual inside 45%, 24%,
  //   Vostochno-Kazakhstan 9%; sexual abroad 65%, 15%, Karaganda 6%
  // (for labor abroad the text gives only "approximately two thirds" and "85%" jointly: no province figure)
  'KZ-victims': [
    '# Labor exploitation inside the country',
    'Yuzhno-Kazakhstan, now Turkistan region (highest) 27',
    'Almaty, now Almaty and Zhetisu regions 26',
    'Karaganda, now Karaganda and Ulytau regions 15',
    '# Sexual exploitation inside the country',
    'Yuzhno-Kazakhstan, now Turkistan region (highest) 45',
    'Almaty, now Almaty and Zhetisu regions 24',
    'Vostochno-Kazakhstan, now East Kazakhstan and Abai regions 9',
    '# Sexual exploitation abroad',
    'Yuzhno-Kazakhstan, now Turkistan region (highest) 65',
    'Almaty, now Almaty and Zhetisu regions 15',
    'Karaganda, now Karaganda and Ulytau regions 6',
  ],
  // 2.1.6: "per one thousand families … 7.4 (Aktobe) … 135.8 (Yuzhno-Kazakhstan) … 71.9 … 1.1 (Vostochno-Kazakhstan)
  //   … 111.6 (Yuzhno-Kazakhstan) … 24.9 … 4.3 and 3.4 … 76 inside and 28 outside"
  'KZ-risk': [
    '# All exploitation inside the country',
    'Average over provinces 76',
    '# All exploitation abroad',
    'Average over provinces 28',
    '# Labor exploitation inside the country',
    'Yuzhno-Kazakhstan, now Turkistan region (highest) 135.8',
    'Aktobe (lowest) 7.4',
    'Average over provinces 71.9',
    '# Labor exploitation abroad',
    'Yuzhno-Kazakhstan, now Turkistan region (highest) 111.6',
    'Vostochno-Kazakhstan, now East Kazakhstan and Abai regions (lowest) 1.1',
    'Average over provinces 24.9',
    '# Sexual exploitation inside the country',
    'Average over provinces 4.3',
    '# Sexual exploitation abroad',
    'Average over provinces 3.4',
  ],
  // 2.2.1: those oblasts with Bishkek give 73% of respondents; Osh, Jalal-Abad and Batken in the south about half
  'KG-sample': ['Osh, Jalal-Abad, Batken and Bishkek together 73', 'Osh, Jalal-Abad and Batken together 50'],
  // 2.2.2: family size 5.75 (Issyk-Kul) up to 16.64 (Talas), mean 13.0
  'KG-family-size': ['Talas (highest) 16.64', 'Issyk-Kul (lowest) 5.75', 'Average over provinces 13'],
  // 2.2.4: Batken 66%, Chui "only 18%"; 2.2.5: Batken 90%, "lowest … Naryn and Issyk-Kul … 32% and 37%"
  'KG-migration': [
    '# Inside the country',
    'Batken (highest) 66',
    'Chui (lowest) 18',
    '# Abroad',
    'Batken (highest) 90',
    'Issyk-Kul 37',
    'Naryn (lowest) 32',
  ],
  // 2.2.6: "29% internally and 33% abroad – were from Bishkek"; "55% … inside … Osh oblast and 45% … abroad in
  //   Jalal-Abad"
  'KG-victims': [
    '# Labor exploitation inside the country',
    'Bishkek (highest) 29',
    '# Labor exploitation abroad',
    'Bishkek (highest) 33',
    '# Sexual exploitation inside the country',
    'Osh 55',
    '# Sexual exploitation abroad',
    'Jalal-Abad 45',
  ],
  // 2.2.6: "10.0 (Chui) … 62.6 (Naryn) … 32.7 … 31.2 in the Talas … 145.5 in Jalal-Abad … 107.0 … 2.7 inside and 7.8
  //   outside … 35.4 inside and 114.8 outside"
  'KG-risk': [
    '# All exploitation inside the country',
    'Average over provinces 35.4',
    '# All exploitation abroad',
    'Average over provinces 114.8',
    '# Labor exploitation inside the country',
    'Naryn (highest) 62.6',
    'Chui (lowest) 10',
    'Average over provinces 32.7',
    '# Labor exploitation abroad',
    'Jalal-Abad (highest) 145.5',
    'Talas (lowest) 31.2',
    'Average over provinces 107',
    '# Sexual exploitation inside the country',
    'Average over provinces 2.7',
    '# Sexual exploitation abroad',
    'Average over provinces 7.8',
  ],
  // 2.3.1: Sogdiy gives 53% of respondents
  'TJ-sample': ['Sogdiy 53'],
  // 2.3.2: family size 23.2 (RRS and Dushanbe) as the low end, 18.7 (Khatlon) as the high end, mean 13.5 (the low end
  // is
  //   the larger, as printed)
  'TJ-family-size': ['Khatlon (highest) 18.7', 'RRS and Dushanbe (lowest) 23.2', 'Average over provinces 13.5'],
  // 2.3.4: RRS and Dushanbe 38%, Khatlon 24%, Sogdiy 14%, average 16%; 2.3.5: Gorno-Badakhshan 96%, RRS "lowest …
  //   62%", average 79%
  'TJ-migration': [
    '# Inside the country',
    'RRS and Dushanbe (highest) 38',
    'Khatlon 24',
    'Sogdiy 14',
    'Average over provinces 16',
    '# Abroad',
    'Gorno-Badakhshan (highest) 96',
    'RRS and Dushanbe (lowest) 62',
    'Average over provinces 79',
  ],
  // 2.3.6: labor inside Sogdiy 63%, Khatlon 21%, Dushanbe and RRS 13%; abroad Sogdiy 66%, Gorno-Badakhshan 15%,
  //   Khatlon 13%; sexual inside 63%, 38%; abroad 59%, 39%
  'TJ-victims': [
    '# Labor exploitation inside the country',
    'Sogdiy (highest) 63',
    'Khatlon 21',
    'RRS and Dushanbe 13',
    '# Labor exploitation abroad',
    'Sogdiy (highest) 66',
    'Gorno-Badakhshan 15',
    'Khatlon 13',
    '# Sexual exploitation inside the country',
    'Sogdiy (highest) 63',
    'Khatlon 38',
    '# Sexual exploitation abroad',
    'Sogdiy (highest) 59',
    'Khatlon 39',
  ],
  // 2.3.6: "between 0 (Dushanbe oblast) and 40 (Sogdiy) … average of 34 … 56.7 in the Dushanbe … 256.7 in
  //   Gorno-Badakhshan … 160.9 … 2.2 and 3.9 … 36 inside and 165 outside"
  'TJ-risk': [
    '# All exploitation inside the country',
    'Average over provinces 36',
    '# All exploitation abroad',
    'Average over provinces 165',
    '# Labor exploitation inside the country',
    'Sogdiy (highest) 40',
    'RRS and Dushanbe (lowest) 0',
    'Average over provinces 34',
    '# Labor exploitation abroad',
    'Gorno-Badakhshan (highest) 256.7',
    'RRS and Dushanbe (lowest) 56.7',
    'Average over provinces 160.9',
    '# Sexual exploitation inside the country',
    'Average over provinces 2.2',
    '# Sexual exploitation abroad',
    'Average over provinces 3.9',
  ],
  // 2.4.1: Akhalskiy velayat gives the most respondents, 35%
  'TM-sample': ['Akhalskiy (highest) 35'],
  // 2.4.2: family size 8.8 (Mariyskiy) up to 19.6 (Lebapskiy), mean 13.0
  'TM-family-size': ['Lebapskiy (highest) 19.6', 'Mariyskiy (lowest) 8.8', 'Average over provinces 13'],
  // 2.4.4: Akhalskiy 42%, Dashoguzskiy 3%, Mariyskiy 3%, "Balkayanskiy" (Balkanskiy) "only 2%", average 11%; 2.4.5:
  //   Lebapskiy 56%, Dashoguzskiy 3%, average 22%
  'TM-migration': [
    '# Inside the country',
    'Akhalskiy (highest) 42',
    'Dashoguzskiy 3',
    'Mariyskiy 3',
    'Balkanskiy (lowest) 2',
    'Average over provinces 11',
    '# Abroad',
    'Lebapskiy (highest) 56',
    'Dashoguzskiy (lowest) 3',
    'Average over provinces 22',
  ],
  // 2.4.6: labor inside Akhalskiy 91%; abroad Lebapskiy 52%, Akhalskiy 43%; sexual inside 81%, Lebapskiy 10%,
  //   Balkanskiy 5%; abroad 78%, 9%, "Maryisky" (Mariyskiy) 5%
  'TM-victims': [
    '# Labor exploitation inside the country',
    'Akhalskiy (highest) 91',
    '# Labor exploitation abroad',
    'Lebapskiy (highest) 52',
    'Akhalskiy 43',
    '# Sexual exploitation inside the country',
    'Akhalskiy (highest) 81',
    'Lebapskiy 10',
    'Balkanskiy 5',
    '# Sexual exploitation abroad',
    'Akhalskiy (highest) 78',
    'Lebapskiy 9',
    'Mariyskiy 5',
  ],
  // 2.4.6 (Figure 2-4e): "5 in the Balkanskiy … 186 in the Akhalskiy … average of 71 … 6.9 in the Dashoguzskiy …
  //   236.3 in the Lebapskiy … 97.5 … 5.8 and 12.6 … 77 inside and 110"
  'TM-risk': [
    '# All exploitation inside the country',
    'Average over provinces 77',
    '# All exploitation abroad',
    'Average over provinces 110',
    '# Labor exploitation inside the country',
    'Akhalskiy (highest) 186',
    'Balkanskiy (lowest) 5',
    'Average over provinces 71',
    '# Labor exploitation abroad',
    'Lebapskiy (highest) 236.3',
    'Dashoguzskiy (lowest) 6.9',
    'Average over provinces 97.5',
    '# Sexual exploitation inside the country',
    'Average over provinces 5.8',
    '# Sexual exploitation abroad',
    'Average over provinces 12.6',
  ],
  // 2.5.1: Tashkent oblast gives 16% of respondents
  'UZ-sample': ['Tashkent 16'],
  // 2.5.2: "18.9 pre- and 15.7 post-adjustment" (the cap at 30 relatives); no province is named
  'UZ-family-size': ['Average over provinces 15.7'],
  // 2.5.4: Gulistan 80%, Dzhizak (79%), Kashkadar'ya (45%), Namangan "only 9%", average 36%; 2.5.5: Khorezm 98%,
  //   Gulistan 91%, "7 out of 10" on average
  'UZ-migration': [
    '# Inside the country',
    'Gulistan (Sirdaryo region) (highest) 80',
    'Dzhizak 79',
    "Kashkadar'ya 45",
    'Namangan (lowest) 9',
    'Average over provinces 36',
    '# Abroad',
    'Khorezm (highest) 98',
    'Gulistan (Sirdaryo region) 91',
    'Average over provinces 70',
  ],
  // 2.5.6: labor inside Tashkent 19%, Gulistan 15%, Kashkadar'ya 14%; abroad Tashkent 18%, Khorezm 12%, Kashkadar'ya
  //   11%; sexual inside 44%, Gulistan 26%, Dzhizak 7%; abroad 54%, Kashkadar'ya 17%, Khorezm 11%
  'UZ-victims': [
    '# Labor exploitation inside the country',
    'Tashkent (highest) 19',
    'Gulistan (Sirdaryo region) 15',
    "Kashkadar'ya 14",
    '# Labor exploitation abroad',
    'Tashkent (highest) 18',
    'Khorezm 12',
    "Kashkadar'ya 11",
    '# Sexual exploitation inside the country',
    'Tashkent (highest) 44',
    'Gulistan (Sirdaryo region) 26',
    'Dzhizak 7',
    '# Sexual exploitation abroad',
    'Tashkent (highest) 54',
    "Kashkadar'ya 17",
    'Khorezm 11',
  ],
  // 2.5.6: "Bukhara oblast with 17 … Gulistan oblast with 466 … 108 … Termez oblast with 92 … Gulistan oblast with
  //   590 … 252 … 27 inside … 31 outside … 135 inside and 283 outside"
  'UZ-risk': [
    '# All exploitation inside the country',
    'Average over provinces 135',
    '# All exploitation abroad',
    'Average over provinces 283',
    '# Labor exploitation inside the country',
    'Gulistan (Sirdaryo region) (highest) 466',
    'Bukhara (lowest) 17',
    'Average over provinces 108',
    '# Labor exploitation abroad',
    'Gulistan (Sirdaryo region) (highest) 590',
    'Termez (Surxondaryo region) (lowest) 92',
    'Average over provinces 252',
    '# Sexual exploitation inside the country',
    'Average over provinces 27',
    '# Sexual exploitation abroad',
    'Average over provinces 31',
  ],
};

describe('province charts', () => {
  it('draw only the provinces the report names, and the average', () => {
    // section 2.1.2: Zhambyl 4.9, Akmola 12.7, average 8.6
    expect(rowsOf('KZ-family-size').map((r) => [r.label, r.value])).toEqual([
      ['Akmola (highest)', 12.7],
      ['Zhambyl (lowest)', 4.9],
      ['Average over provinces', 8.6],
    ]);
    // section 2.5.2 gives only the average after the cap at 30 relatives
    expect(rowsOf('UZ-family-size').map((r) => [r.label, r.value])).toEqual([['Average over provinces', 15.7]]);
  });

  it('draw exactly the figures the country chapters print; an unreported province is never drawn', () => {
    const provinceCharts = Object.keys(CHARTS).filter((name) => /^(KZ|KG|TJ|TM|UZ)-/.test(name));
    expect(provinceCharts.sort()).toEqual(Object.keys(PRINTED).sort());
    for (const [name, printed] of Object.entries(PRINTED)) expect(drawnAsText(name), name).toEqual(printed);
    // Kazakhstan: no province figure for labor exploitation abroad is printed, so that group is absent
    expect(rowsOf('KZ-victims').map((r) => r.group)).not.toContain('Labor exploitation abroad');
  });

  it("say which section of the country's chapter each figure comes from", () => {
    const chapter = { KZ: '2.1.', KG: '2.2.', TJ: '2.3.', TM: '2.4.', UZ: '2.5.' };
    for (const [country, section] of Object.entries(chapter)) {
      for (const name of Object.keys(PRINTED).filter((n) => n.startsWith(`${country}-`))) {
        for (const row of rowsOf(name))
          expect(String(row.source), `${name} ${row.label}`).toMatch(
            new RegExp(`^${section.replaceAll('.', '\\.')}\\d`),
          );
      }
    }
  });

  it('group the risk per 1,000 families by location: Yuzhno-Kazakhstan highest at 135.8 inside', () => {
    // section 2.1.6: labor inside, 7.4 in Aktobe up to 135.8 in Yuzhno-Kazakhstan, mean 71.9
    const inside = rowsOf('KZ-risk').filter((r) => r.group === 'Labor exploitation inside the country');
    expect(inside.map((r) => [r.label, r.value])).toEqual([
      ['Yuzhno-Kazakhstan, now Turkistan region (highest)', 135.8],
      ['Aktobe (lowest)', 7.4],
      ['Average over provinces', 71.9],
    ]);
  });
});

/*
 * Hand computations for the regional charts, from Tables 2-1a … 2-5a (population, family size,
 * rates per 1,000 families by sex and kind) and sections 2.x.6 (survey counts). Families =
 * population ÷ family size, victims = families × rate ÷ 1,000 (section 1.3), as the project
 * recomputes them; the report's own tables carry slips (Table 2-1a prints 1,841.5 thousand
 * families for Kazakhstan, but 15,778,000 ÷ 8.6 = 1,834,651).
 *
 *   families       KZ 15,778,000 ÷ 8.6 = 1,834,651.2    KG 5,432,000 ÷ 13.0 = 417,846.2
 *                  TJ 7,349,000 ÷ 13.5 = 544,370.4      TM 6,746,000 ÷ 13.0 = 518,923.1
 *                  UZ 27,606,000 ÷ 17.2 = 1,605,000     Central Asia 4,920,790.8
 *   rate inside    (women + men labor + sexual) KZ 22.7 + 49.3 + 4.3 = 76.3   KG 35.4   TJ 36.2   TM 77.0
 *                  UZ 34.4 + 73.4 + 26.9 = 134.7
 *   rate abroad    KZ 9.0 + 15.9 + 3.4 = 28.3 (Table 2-1a prints 28.4)   KG 114.8   TJ 164.8
 *                  TM 110.1 (Table 2-4a prints 110.0)   UZ 62.9 + 189.2 + 31.2 = 283.3
 *   victims inside KZ 1,834,651.2 × 76.3 ÷ 1,000 = 139,983.9   KG 14,791.8   TJ 19,706.2   TM 39,957.1
 *                  UZ 216,193.5   sum 430,632.4
 *   victims in all KZ 191,905   KG 62,760   TJ 109,418   TM 97,091   UZ 670,890
 *                  sum 1,132,064 (section 3.2.3 prints 1,132,486)
 *   Poisson 95% limits of a rate, confirmed in Python:
 *                  scipy.stats.poisson.ppf([0.025, 0.975], 76.3) -> [60, 94]; (…, 28.3) -> [18, 39]
 */
describe("today's names of provinces", () => {
  it("are given beside the report's, with what changed, when and the source, under the chart", () => {
    const risk = CHARTS['KZ-risk']!;
    expect(risk.rows(editionData2009).map((r) => r.label)).toContain(
      'Yuzhno-Kazakhstan, now Turkistan region (highest)',
    );
    expect(risk.gaps!(editionData2009)).toContain(
      "Names are the report's; today's are given beside them. Yuzhno-Kazakhstan was renamed Turkistan region in " +
        '2018 (Decree of the President of Kazakhstan of 19 June 2018: ',
    );
    // a province the chart does not draw is not mentioned: Karaganda is not among the risk figures
    expect(risk.gaps!(editionData2009)).not.toContain('Karaganda');
    expect(CHARTS['UZ-risk']!.gaps!(editionData2009)).toContain("Gulistan is the report's name for Sirdaryo region");
  });
});

describe('regional charts', () => {
  it('draw each country with its 95% limits', () => {
    // Kazakhstan inside: 1,834,651.2 × 76.3 ÷ 1,000 = 139,983.9; limits 1,834,651.2 × 60 ÷ 1,000 = 110,079.1 and × 94
    //   ÷ 1,000 = 172,457.2
    // (Table 2-1a prints 140,454, 108,650 and 171,261, from its 1,841.5 thousand families)
    const kazakhstan = rowsOf('region-victims').find((r) => r.key === 'inside:KZ')!;
    expect([kazakhstan.value, kazakhstan.lower, kazakhstan.upper]).toEqual([139_984, 110_079, 172_457]);
    // inside and abroad: the limits of the two locations summed, as the report summed them;
    // abroad 1,834,651.2 × 18 ÷ 1,000 = 33,023.7 and × 39 ÷ 1,000 = 71,551.4; so 110,079.1 + 33,023.7 = 143,102.8 and
    //   172,457.2 + 71,551.4 = 244,008.6
    const both = rowsOf('region-victims').find((r) => r.key === 'all:KZ')!;
    expect([both.value, both.lower, both.upper]).toEqual([191_905, 143_103, 244_009]);
    // Uzbekistan inside: 1,605,000 × 134.7 ÷ 1,000 = 216,193.5; Poisson quantiles of 134.7 are 112 and 158 (scipy), ×
    //   1,605 = 179,760 and 253,590
    const uzbekistan = rowsOf('region-victims').find((r) => r.key === 'inside:UZ')!;
    expect([uzbekistan.value, uzbekistan.lower, uzbekistan.upper]).toEqual([216_194, 179_760, 253_590]);
  });

  it('draw rates with their limits: Kazakhstan inside 76.3 per 1,000 families, Poisson quantiles 60 and 94', () => {
    // Table 2-1a: 22.7 + 49.3 + 4.3 = 76.3; scipy.stats.poisson.ppf([0.025, 0.975], 76.3) -> [60, 94]
    const kazakhstan = rowsOf('rates-by-country').find((r) => r.key === 'families:inside:KZ')!;
    expect([kazakhstan.value, kazakhstan.lower, kazakhstan.upper]).toEqual([76.3, 60, 94]);
    // per 1,000 population: 76.3 ÷ 8.6 = 8.8721; limits 110,079.1 ÷ 15,778 = 6.977 → 6.98 and 172,457.2 ÷ 15,778 =
    //   10.930 → 10.93
    const perPerson = rowsOf('rates-by-country').find((r) => r.key === 'population:inside:KZ')!;
    expect([perPerson.value, perPerson.lower, perPerson.upper]).toEqual([8.8721, 6.98, 10.93]);
    // abroad 9.0 + 15.9 + 3.4 = 28.3, where Table 2-1a prints 28.4
    expect(rowsOf('rates-by-country').find((r) => r.key === 'families:abroad:KZ')!.value).toBe(28.3);
    // Central Asia pooled: 430,632.4 victims inside ÷ 4,920,790.8 families × 1,000 = 87.513 (not the mean of the five
    //   rates, 71.92)
    expect(Number(rowsOf('rates-by-country').find((r) => r.key === 'families:inside:CA')!.value)).toBeCloseTo(
      87.513,
      2,
    );
  });

  it("give each country's share of the region's victims", () => {
    // Kazakhstan inside: 139,983.9 ÷ 430,632.4 = 0.32507
    expect(Number(rowsOf('region-shares').find((r) => r.key === 'inside:KZ')!.value)).toBeCloseTo(0.32507, 4);
  });

  it("draw the report's plain mean beside the pooled share of sexual exploitation", () => {
    // Uzbekistan, Table 2-5a: sexual 26.9 + 31.2 = 58.1 of 134.7 + 283.3 = 418.0 per 1,000 families; 58.1 ÷ 418.0 =
    //   0.1390
    // pooled: sexual victims 1,834,651.2 × 7.7 + 417,846.2 × 10.5 + 544,370.4 × 6.1 + 518,923.1 × 18.4 + 1,605,000 ×
    //   58.1, ÷ 1,000, = 124,633.6;
    //   124,633.6 ÷ 1,132,064 = 0.1101
    // mean: (7.7 ÷ 104.6 + 10.5 ÷ 150.2 + 6.1 ÷ 201.0 + 18.4 ÷ 187.1 + 58.1 ÷ 418.0) ÷ 5 = (0.0736 + 0.0699 + 0.0303
    //   + 0.0983 + 0.1390) ÷ 5 = 0.0822,
    //   the "average of 8.2%" of section 3.2.1
    const byKey = Object.fromEntries(rowsOf('labor-sexual').map((r) => [r.key, r]));
    expect(Number(byKey['all:UZ']!.value).toFixed(3)).toBe('0.139');
    expect([byKey['all:CA']!.label, Number(byKey['all:CA']!.value).toFixed(3)]).toEqual([
      'Central Asia, pooled',
      '0.110',
    ]);
    expect([byKey['all:CA:mean']!.label, Number(byKey['all:CA:mean']!.value).toFixed(3)]).toEqual([
      'Mean of the five countries (as in the report)',
      '0.082',
    ]);
  });

  it('draw the share of women among labor victims from the rates by sex', () => {
    // Kazakhstan inside, Table 2-1a: women 22.7 ÷ (22.7 + 49.3) = 0.3153, men 49.3 ÷ 72.0 = 0.6847 (section 2.1.6
    //   counts 31% women in the survey)
    const kazakhstan = rowsOf('women-men-labor').find((r) => r.key === 'inside:KZ')!;
    expect(Number(kazakhstan.value)).toBeCloseTo(0.3153, 4);
    expect(Number(kazakhstan.men)).toBeCloseTo(0.6847, 4);
  });

  it('draw the survey counts of the two periods: 2,051 recent against 1,696 earlier labor victims inside', () => {
    // sections 2.1.6–2.5.6, labor inside: recent 467 + 165 + 200 + 557 + 662 = 2,051 of 1,016 + 314 + 399 + 847 +
    //   1,171 = 3,747;
    // earlier 3,747 − 2,051 = 1,696; share 2,051 ÷ 3,747 = 0.5474
    const region = rowsOf('recent-earlier').find((r) => r.key === 'Labor exploitation inside the country:CA')!;
    expect([region.recent, region.earlier]).toEqual([2051, 1696]);
    expect(Number(region.value)).toBeCloseTo(0.5474, 4);
    // Kazakhstan, section 2.1.6: 467 of 1,016 reported victims (46%)
    const kazakhstan = rowsOf('recent-earlier').find((r) => r.key === 'Labor exploitation inside the country:KZ')!;
    expect([kazakhstan.recent, kazakhstan.earlier, Number(kazakhstan.value).toFixed(2)]).toEqual([467, 549, '0.46']);
  });

  it('show Kazakhstan as the only country with more victims inside than abroad', () => {
    // section 2.6: in no other country of the region is the risk at home above the risk abroad
    const above = rowsOf('inside-abroad')
      .filter((r) => Number(r.value) > 0.5)
      .map((r) => r.label);
    expect(above).toEqual(['Kazakhstan']);
    // 76.3 ÷ (76.3 + 28.3) = 0.7294
    expect(Number(rowsOf('inside-abroad').find((r) => r.label === 'Kazakhstan')!.value)).toBeCloseTo(0.7294, 4);
  });
});

describe('rendering', () => {
  it('gives every chart a numbered caption, an image with an accessible name, its data table and CSV', () => {
    for (const chart of Object.values(CHARTS)) {
      const html = chartHtml(chart, editionData2009, 7, `/2009/figures/${chart.name}.csv`);
      expect(html, chart.name).toContain(
        `<figcaption id="figure-${chart.name}-caption"><span class="number">Figure 7.</span>`,
      );
      expect(html.match(/<svg[^>]*role="img"[^>]*aria-label="Figure 7\. /g)?.length, chart.name).toBeGreaterThanOrEqual(
        2,
      );
      expect(html, chart.name).toContain('<details class="chart-data"><summary>The data behind Figure 7</summary>');
      expect(chartCsv(chart, editionData2009).split('\n').length, chart.name).toBeGreaterThan(2);
    }
  });

  it("carries the report's number in the caption and the image's name, and never Plot's font-variant attribute", () => {
    const html = chartHtml(CHARTS['KZ-risk']!, editionData2009, 5, 'x.csv', { report: 'Figure 2-1e' });
    expect(html).toContain('<span class="number">Figure 5 (report: Figure 2-1e).</span>');
    expect(html).toContain('aria-label="Figure 5 (report: Figure 2-1e). Kazakhstan: risk of exploitation');
    expect(html).toContain('The data behind Figure 5<');
    expect(html).not.toContain('font-variant');
  });

  it('writes the numbers of the data behind a chart with thousands separators, as the tables do', () => {
    const html = chartHtml(CHARTS['region-victims']!, editionData2009, 1, 'x.csv');
    const data = html.slice(html.indexOf('<details'));
    // Kazakhstan inside the country: 1,834,651 families × 76.3 per 1,000 = 139,984 victims a year
    expect(data).toContain('<td class="num">139,984</td>');
    expect(data).not.toContain('>139984<');
  });

  it('writes the source under the chart at every width, so that a screenshot keeps it', () => {
    const html = chartHtml(CHARTS['KZ-risk']!, editionData2009, 5, 'x.csv', { source: 'Source: K & A 2010' });
    expect(html.match(/<text [^>]*font-size="11"[^>]*>Source: K &amp; A 2010<\/text><\/svg>/g)).toHaveLength(3);
    expect(chartHtml(CHARTS['KZ-risk']!, editionData2009, 5, 'x.csv')).not.toContain('Source:');
  });

  it('draws each chart at three widths', () => {
    const html = chartHtml(CHARTS['KZ-risk']!, editionData2009, 5, 'x.csv');
    expect(
      [...html.matchAll(/<div class="chart-svg (\w+)"><svg[^>]* width="(\d+)"/g)].map((m) => `${m[1]} ${m[2]}`),
    ).toEqual(['phone 340', 'tablet 460', 'desktop 640']);
  });

  it('gives n after a share that rests on fewer than 30 reported victims: Kyrgyzstan, sexual, inside, 9 of 11', () => {
    const svg = chartSvg(CHARTS['recent-earlier']!, CHARTS['recent-earlier']!.rows(editionData2009), 640, 'F', 'D');
    const kyrgyzstan = rowsOf('recent-earlier').find((r) => r.key === 'Sexual exploitation inside the country:KG')!;
    // 9 victims in the last three years and 2 before (survey counts): 9 / 11 = 81.8%
    expect([kyrgyzstan.recent, kyrgyzstan.earlier, kyrgyzstan.cases]).toEqual([9, 2, 11]);
    expect(svg).toContain('>81.8% (n = 11)<');
    // 30 reported victims or more: no n
    expect(svg).toContain('>54.7%<');
  });

  it('wraps a long province name onto two lines instead of cutting it, and titles each panel', () => {
    const sample = chartSvg(CHARTS['KZ-sample']!, CHARTS['KZ-sample']!.rows(editionData2009), 340, 'F', 'D');
    expect(sample).not.toContain('…');
    expect(sample).toMatch(/>Almaty \(with Almaty city\), Yuzhno-<\/tspan>/);
    const rates = chartSvg(
      CHARTS['rates-by-country']!,
      CHARTS['rates-by-country']!.rows(editionData2009),
      640,
      'F',
      'D',
    );
    expect(rates).toContain('>Per 1,000 families<');
    expect(rates).toContain('>Per 1,000 population<');
  });

  it('names the unit of every number in a CSV, with the endings the codebook explains', () => {
    for (const chart of Object.values(CHARTS))
      for (const column of chart.columns().filter((c) => c.numeric))
        expect(columnUnit(column.csv ?? column.key), `${chart.name}: ${column.key}`).toBeDefined();
    expect(columnUnit('share_of_region_percent')).toBe('percent, from 0 to 100 (27 is 27%)');
    expect(columnUnit('label')).toBeUndefined();
  });

  it('gives a share in percent in the CSV and the data table, as the axis draws it', () => {
    // Kazakhstan's share of the region's victims inside the countries, drawn as a percent on the axis
    const share = Number(rowsOf('region-shares').find((r) => r.key === 'inside:KZ')!.value);
    const lines = chartCsv(CHARTS['region-shares']!, editionData2009).split('\n');
    expect(lines[0]).toBe('label,group,share_of_region_percent');
    const kz = lines.find((l) => l.startsWith('Kazakhstan,Inside the country,'))!;
    expect(Number(kz.split(',')[2])).toBeCloseTo(share * 100, 4);
    expect(Number(kz.split(',')[2])).toBeGreaterThan(1);
    const html = chartHtml(CHARTS['region-shares']!, editionData2009, 1, 'x.csv');
    expect(html).toContain(`<td class="num">${kz.split(',')[2]}</td>`);
    expect(html).toContain('>50%</text>');
  });

  it('draws the same SVG twice in a row (a build is repeatable)', () => {
    const chart = CHARTS['region-victims']!;
    expect(chartHtml(chart, editionData2009, 1, 'x.csv')).toBe(chartHtml(chart, editionData2009, 1, 'x.csv'));
  });
});

describe('what the charts say about the source', () => {
  it("point out Tajikistan's lowest family size printed above its highest (section 2.3.2)", () => {
    const gaps = CHARTS['TJ-family-size']!.gaps!(editionData2009);
    expect(gaps).toContain('As printed, the province the report calls lowest has the higher value');
    expect(CHARTS['KZ-family-size']!.gaps!(editionData2009)).not.toContain('contradict');
  });
});

describe('the charts in Russian', () => {
  /** the no-break space between thousands and before a per cent sign, as the SVG writes it */
  const NBSP = '&#160;';

  it('draw the same rows with the same numbers in every language; only the words differ', () => {
    const numbers = (rows: ChartRow[]) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => typeof v === 'number')));
    for (const chart of Object.values(CHARTS)) {
      const [en, ru] = [chart.rows(editionData2009), chart.rows(editionData2009, 'ru')];
      expect(numbers(ru), chart.name).toEqual(numbers(en));
      expect(
        ru.map((r) => r.missing),
        chart.name,
      ).toEqual(en.map((r) => r.missing));
    }
  });

  it('name the countries and write the numbers the Russian way: Uzbekistan 670 890 victims a year in all', () => {
    const chart = CHARTS['region-victims']!;
    const svg = chartSvg(chart, chart.rows(editionData2009, 'ru'), 640, 'Р', 'О', undefined, 'ru');
    expect(svg).toContain('>Узбекистан<');
    expect(svg).toContain('>Внутри страны<');
    expect(svg).toContain('>За рубежом<');
    expect(svg).toContain('>Жертв в год<');
    // Uzbekistan in all: 1,605,000 families × 418.0 per 1,000 = 670,890, with a no-break space between thousands
    expect(svg).toContain(`>670${NBSP}890<`);
    // Plot's own ticks would be English (200,000): the Russian axis writes «200 000»
    expect(svg).toContain(`>200${NBSP}000<`);
    expect(svg).not.toMatch(/>\d{1,3},\d{3}</);
  });

  it('write shares with a decimal comma and a spaced per cent sign, and n after a share on few cases', () => {
    const shares = CHARTS['region-shares']!;
    const svg = chartSvg(shares, shares.rows(editionData2009, 'ru'), 640, 'Р', 'О', undefined, 'ru');
    // 670,890 of 1,132,064 = 59.26% (the report printed 59.2%)
    expect(svg).toContain(`>59,3${NBSP}%<`);
    expect(svg).toContain(`>50${NBSP}%<`);
    const recent = CHARTS['recent-earlier']!;
    const drawn = chartSvg(recent, recent.rows(editionData2009, 'ru'), 640, 'Р', 'О', undefined, 'ru');
    // Kyrgyzstan, sexual exploitation inside: 9 of 11 reported victims in the last three years
    expect(drawn).toContain(`>81,8${NBSP}% (n = 11)<`);
    expect(drawn).toContain('>Сексуальная эксплуатация внутри страны<');
  });

  it('give the provinces their Russian names, with today’s beside them and the change under the chart', () => {
    const risk = CHARTS['KZ-risk']!;
    expect(risk.title(editionData2009, 'ru')).toBe('Казахстан: риск эксплуатации на 1000 семей в год по регионам');
    const labor = risk
      .rows(editionData2009, 'ru')
      .filter((r) => r.group === 'Трудовая эксплуатация внутри страны' && r.value !== '');
    // section 2.1.6: labor inside, 7.4 in Aktobe up to 135.8 in Yuzhno-Kazakhstan, mean 71.9
    expect(labor.map((r) => [r.label, r.value])).toEqual([
      ['Южно-Казахстанская область, ныне Туркестанская область (максимум)', 135.8],
      ['Актюбинская область (минимум)', 7.4],
      ['Среднее по регионам', 71.9],
    ]);
    // section 2.1.2 (Figure 2-1b): family size 4.9 in Zhambyl up to 12.7 in Akmola
    expect(CHARTS['KZ-family-size']!.rows(editionData2009, 'ru').map((r) => [r.label, r.value, r.source])).toEqual([
      ['Акмолинская область (максимум)', 12.7, '2.1.2 (рис. 2-1b)'],
      ['Жамбылская область (минимум)', 4.9, '2.1.2 (рис. 2-1b)'],
      ['Среднее по регионам', 8.6, '2.1.2 (рис. 2-1b)'],
    ]);
    expect(risk.gaps!(editionData2009, 'ru')).toContain(
      'Названия даны по докладу; нынешние указаны рядом. Южно-Казахстанская область: с 2018 года — Туркестанская ' +
        'область (Указ Президента Республики Казахстан от 19 июня 2018 года:',
    );
    expect(CHARTS['UZ-risk']!.gaps!(editionData2009, 'ru')).toContain(
      '«Гулистан» в докладе — это Сырдарьинская область',
    );
    expect(CHARTS['TM-family-size']!.rows(editionData2009, 'ru').map((r) => r.label)).toContain(
      'Лебапский велаят (максимум)',
    );
    expect(CHARTS['TJ-family-size']!.gaps!(editionData2009, 'ru')).toContain('цифры противоречат друг другу');
  });

  it('reserve room for every line of a wrapped label, in either language, at every width', () => {
    for (const chart of Object.values(CHARTS))
      for (const locale of ['en', 'ru'] as const)
        for (const width of Object.values(WIDTHS)) {
          const svg = chartSvg(chart, chart.rows(editionData2009, locale), width, 'F', 'D', undefined, locale);
          for (const [, text] of svg.matchAll(/<text[^>]*>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g)) {
            const lines = [...text!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
            expect(lines.length, `${chart.name} ${locale} ${width}: ${lines.join(' | ')}`).toBeLessThanOrEqual(
              labelLines(lines.join(' '), width),
            );
          }
        }
    // the longest Russian label takes three lines on a phone, and the chart makes room for all three
    expect(labelLines('Восточно-Казахстанская область, ныне Восточно-Казахстанская область и область Абай', 340)).toBe(
      3,
    );
  });

  it('caption, key, data table and links in Russian; the CSV stays the English one', () => {
    const html = chartHtml(CHARTS['region-shares']!, editionData2009, 5, 'x.csv', {
      report: 'Figure 3-1',
      locale: 'ru',
    });
    expect(html).toContain(
      '<span class="number">Рисунок 5 (в докладе: рис. 3-1).</span> Доля каждой страны в числе жертв региона',
    );
    expect(html).toContain('aria-label="Рисунок 5 (в докладе: рис. 3-1). Доля каждой страны');
    expect(html).toContain('<p class="visually-hidden">Условные обозначения:</p>');
    expect(html).toContain(
      '<li><span class="swatch" style="background:var(--country-KZ, #0072B2)"></span>Казахстан</li>',
    );
    expect(html).toContain('<summary>Данные рисунка 5</summary>');
    expect(html).toContain('<a href="x.csv" download>Скачать данные рисунка 5 (CSV)</a>');
    const data = html.slice(html.indexOf('<details'));
    expect(data).toContain('<th scope="col">Страна</th><th scope="col">Место эксплуатации</th>');
    expect(data).toContain('<th scope="col" class="num">Доля в регионе (%)</th>');
    // Uzbekistan in all, 59.2627% of the region's victims: every digit the download keeps, with a decimal comma
    expect(data).toContain(
      '<th scope="row">Узбекистан</th><td>Внутри страны и за рубежом</td><td class="num">59,2626</td>',
    );
    expect(chartCsv(CHARTS['region-shares']!, editionData2009)).toContain(
      'Uzbekistan,Inside the country and abroad,59.2626',
    );
  });

  it('say why a value is not there, beside the country and in the data table', () => {
    // 2009 with no victims abroad in Kyrgyzstan, so that it has no share of the region's victims abroad
    const planted: EditionData = {
      ...editionData2009,
      estimates: editionData2009.estimates.map((r) =>
        r.country === 'KG' && r.indicator === 'share_of_region' && r.location === 'abroad'
          ? { ...r, value: null, missing: 'no_victims', reliability: null }
          : r,
      ),
    };
    const html = chartHtml(CHARTS['region-shares']!, planted, 2, 'x.csv', { locale: 'ru' });
    expect(html).toContain('>Кыргызстан: нет жертв, поэтому нет доли<');
    expect(html).toContain('<th scope="col">Нет значения, потому что</th>');
    expect(html).toContain('<th scope="row">Кыргызстан</th><td>За рубежом</td><td class="num"></td><td>нет жертв</td>');
    // the download keeps the code
    expect(chartCsv(CHARTS['region-shares']!, planted)).toContain('Kyrgyzstan,Abroad,,no_victims');
  });

  it('write the standalone SVG file in Russian', () => {
    const file = chartSvgFile(CHARTS['rates-by-country']!, editionData2009, ['Источник: доклад'], 'ru');
    expect(file).toContain('aria-label="Жертвы на 1000 семей и на 1000 человек населения по странам"');
    expect(file).toContain('>На 1000 семей<');
    expect(file).toContain('>Источник: доклад</text>');
    // Kazakhstan inside: 76.3 per 1,000 families
    expect(file).toContain('>76,3<');
  });
});
