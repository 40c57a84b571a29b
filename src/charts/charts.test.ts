import { describe, expect, it } from 'vitest';
import { editionData2009 } from '../../tests/editionData2009.ts';
import { CHARTS } from './index.ts';
import { chartCsv, chartHtml } from './renderChart.ts';

const rowsOf = (name: string) => CHARTS[name]!.rows(editionData2009).filter((r) => r.value !== '');

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

  it('draw exactly the printed province figures, so an unreported province is never drawn, as zero or otherwise', () => {
    const figures = editionData2009.context.provinceFigures;
    const measures = { sample: 'respondents_share', 'family-size': 'family_size', migration: 'migration_share', victims: 'victims_share', risk: 'rate_per_1000_families' } as const;
    for (const country of ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const) {
      for (const [suffix, measure] of Object.entries(measures)) {
        const drawn = rowsOf(`${country}-${suffix}`).map((r) => `${r.statistic} ${r.value} ${r.source}`).sort();
        const printed = figures.filter((f) => f.country === country && f.measure === measure).map((f) => `${f.statistic} ${f.value} ${f.source}`).sort();
        expect(drawn, `${country}-${suffix}`).toEqual(printed);
      }
    }
    // Kazakhstan: no province figure for labor exploitation abroad is printed, so that group is absent
    expect(rowsOf('KZ-victims').map((r) => r.group)).not.toContain('Labor exploitation abroad');
  });

  it('group the risk per 1,000 families by location: Yuzhno-Kazakhstan highest at 135.8 inside', () => {
    const inside = rowsOf('KZ-risk').filter((r) => r.group === 'Labor exploitation inside the country');
    expect(inside.map((r) => [r.label, r.value])).toEqual([
      ['Yuzhno-Kazakhstan (highest)', 135.8],
      ['Aktobe (lowest)', 7.4],
      ['Average over provinces', 71.9],
    ]);
  });
});

describe('regional charts', () => {
  it('draw each country with its 95% limits', () => {
    const kazakhstan = rowsOf('region-victims').find((r) => r.key === 'inside:KZ')!;
    expect([kazakhstan.value, kazakhstan.lower, kazakhstan.upper]).toEqual([139_984, 110_079, 172_457]);
  });

  it('draw rates with their limits: Kazakhstan inside 76.3 per 1,000 families, Poisson quantiles 60 and 94', () => {
    const kazakhstan = rowsOf('rates-by-country').find((r) => r.key === 'families:inside:KZ')!;
    expect([kazakhstan.value, kazakhstan.lower, kazakhstan.upper]).toEqual([76.3, 60, 94]);
    // per 1,000 population: divided by the family size 8.6 (76.3 / 8.6 = 8.8721; 60 / 8.6; 94 / 8.6)
    const perPerson = rowsOf('rates-by-country').find((r) => r.key === 'population:inside:KZ')!;
    expect([perPerson.value, perPerson.lower, perPerson.upper]).toEqual([8.8721, 6.98, 10.93]);
  });

  it("draw the report's plain mean beside the pooled share of sexual exploitation", () => {
    const all = rowsOf('labor-sexual').filter((r) => r.group === 'Inside and abroad');
    const byLabel = Object.fromEntries(all.map((r) => [r.label, Number(r.value).toFixed(3)]));
    expect(byLabel['Uzbekistan']).toBe('0.139');
    expect(byLabel['Central Asia, pooled']).toBe('0.110');
    expect(byLabel['Mean of the five countries (as in the report)']).toBe('0.082');
  });

  it('draw the survey counts of the two periods: 2,051 recent against 1,696 earlier labor victims inside', () => {
    const region = rowsOf('recent-earlier').find((r) => r.key === 'Labor exploitation inside the country:CA')!;
    expect([region.recent, region.earlier]).toEqual([2051, 1696]);
  });

  it('show Kazakhstan as the only country with more victims inside than abroad', () => {
    const above = rowsOf('inside-abroad').filter((r) => Number(r.value) > 0.5).map((r) => r.label);
    expect(above).toEqual(['Kazakhstan']);
  });
});

describe('rendering', () => {
  it('gives every chart a numbered caption, an image with an accessible name, its data table and CSV', () => {
    for (const chart of Object.values(CHARTS)) {
      const html = chartHtml(chart, editionData2009, 7, `/2009/figures/${chart.name}.csv`);
      expect(html, chart.name).toContain(`<figcaption id="figure-${chart.name}-caption"><span class="number">Figure 7.</span>`);
      expect(html.match(/<svg[^>]*role="img"[^>]*aria-label="Figure 7\. /g)?.length, chart.name).toBeGreaterThanOrEqual(2);
      expect(html, chart.name).toContain('<details class="chart-data"><summary>The data behind Figure 7</summary>');
      expect(chartCsv(chart, editionData2009).split('\n').length, chart.name).toBeGreaterThan(2);
    }
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
