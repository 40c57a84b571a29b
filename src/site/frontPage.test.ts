import { describe, expect, it } from 'vitest';
import { editionData2009 } from '../../tests/editionData2009.ts';
import type { Chapter } from './chapters.ts';
import { headline } from './frontPage.ts';

const chapter = (title: string, slug: string) => ({ meta: { title }, slug }) as Chapter;

describe('the front page of an edition', () => {
  it('gives the finding at a headline precision, its range and each country with its chapter', () => {
    const top = headline(editionData2009, [chapter('Kazakhstan', 'kazakhstan')]);
    // 1,132,064 victims a year, limits 942,683–1,330,104 (sums of the countries' limits)
    expect([top.victims, top.where, top.limits]).toEqual([
      '1.1 million',
      'the five countries of Central Asia',
      '0.94–1.33 million',
    ]);
    expect(top.countries[0]).toEqual({
      country: 'KZ',
      name: 'Kazakhstan',
      victims: '191,905',
      limits: '143,103–244,009',
      href: 'kazakhstan/',
    });
    expect(top.countries.map((c) => c.href)).toEqual(['kazakhstan/', undefined, undefined, undefined, undefined]);
  });

  it('gives the same values in Russian, in Russian form, the countries after «из»', () => {
    const nbsp = '\u00a0';
    const top = headline(editionData2009, [chapter('Казахстан', 'kazakhstan')], 'ru');
    expect([top.victims, top.where, top.limits]).toEqual([
      `1,1${nbsp}млн`,
      'пяти стран Центральной Азии',
      `0,94–1,33${nbsp}млн`,
    ]);
    expect(top.countries[0]).toEqual({
      country: 'KZ',
      name: 'Казахстан',
      victims: `191${nbsp}905`,
      limits: `143${nbsp}103–244${nbsp}009`,
      href: 'kazakhstan/',
    });
  });
});
