import { describe, expect, it } from 'vitest';
import { editionData2009 } from '../../tests/editionData2009.ts';
import type { EditionData } from '../generated/editionData.ts';
import { CHARTS } from './index.ts';
import { chartCsv, chartHtml } from './renderChart.ts';

/** 2009 with Kazakhstan's estimate inside the country marked: caution, and Kyrgyzstan's abroad: too unreliable. */
const marked: EditionData = {
  ...editionData2009,
  estimates: editionData2009.estimates.map((r) => {
    const cell = r.location + r.exploitation + r.sex;
    if (r.reliability && cell === 'insideallall' && r.country === 'KZ') return { ...r, reliability: 'caution' };
    if (r.reliability && cell === 'abroadallall' && r.country === 'KG') return { ...r, reliability: 'unreliable' };
    return r;
  }),
};

describe('charts of estimates that are not reliable', () => {
  const chart = CHARTS['region-victims']!;

  it('draw them otherwise, mark their values E and F, and explain the marks in the key', () => {
    const html = chartHtml(chart, marked, 1, '/x.csv');
    expect(html).toContain('fill-opacity="0.35"');
    expect(html).toContain('stroke-dasharray="3,2"');
    expect(html).toContain('139,984 E');
    expect(html).toContain('47,969 F');
    expect(html).toContain('Pale bar, E: use with caution');
    expect(html).toContain('Dashed outline, F: too unreliable to publish alone');
    // the plain 2009 chart has no such marks
    expect(chartHtml(chart, editionData2009, 1, '/x.csv')).not.toContain('Pale bar');
  });

  it('explain the marks in Russian, and name each class in the data table', () => {
    const html = chartHtml(chart, marked, 1, '/x.csv', { locale: 'ru' });
    expect(html).toContain('139&#160;984 E');
    expect(html).toContain('Бледный столбик, E: использовать с осторожностью');
    expect(html).toContain('Пунктирный контур, F: слишком ненадёжна для отдельной публикации');
    expect(html).toContain('<th scope="col">Надёжность</th>');
    expect(html).toContain('<td>с осторожностью</td>');
    // the English table keeps the code the download has
    expect(chartHtml(chart, marked, 1, '/x.csv')).toContain('<td>caution</td>');
  });

  it('carry the class in their data', () => {
    const lines = chartCsv(chart, marked).split('\n');
    expect(lines[0]).toBe('label,group,victims_per_year,lower_victims_per_year,upper_victims_per_year,reliability');
    expect(lines).toContain('Kazakhstan,Inside the country,139984,110079,172457,caution');
    expect(lines).toContain('Kyrgyzstan,Abroad,47969,39278,56827,unreliable');
  });
});
