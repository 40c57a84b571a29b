import { describe, expect, it } from 'vitest';
import { agreeing, cardinalWord, countryName, fieldworkWords, indicatorLabel, ordinalWord } from './terms.ts';

describe('Russian words the data writes', () => {
  it('decline country names', () => {
    expect(countryName('UZ', 'ru', 'prep')).toBe('Узбекистане');
    expect(countryName('KG', 'ru', 'gen')).toBe('Кыргызстана');
    expect(countryName('CA', 'ru', 'acc')).toBe('Центральную Азию');
    expect(countryName('TJ', 'en', 'prep')).toBe('Tajikistan');
  });

  it('give a place as a neuter ordinal, «третье» soft', () => {
    expect(ordinalWord(4, 'ru')).toBe('четвёртое');
    expect(ordinalWord(4, 'ru', 'prep')).toBe('четвёртом');
    expect(ordinalWord(3, 'ru', 'gen')).toBe('третьего');
    expect(ordinalWord(1, 'ru', 'ins')).toBe('первым');
    expect(ordinalWord(4, 'en')).toBe('fourth');
  });

  it('give the number of countries as a feminine cardinal', () => {
    expect(cardinalWord(5, 'ru', 'gen')).toBe('пяти');
    expect(cardinalWord(5, 'ru', 'ins')).toBe('пятью');
    expect(cardinalWord(2, 'ru')).toBe('две');
    expect(cardinalWord(4, 'ru', 'prep')).toBe('четырёх');
    expect(cardinalWord(8, 'ru', 'gen')).toBe('восьми');
    expect(cardinalWord(5, 'en')).toBe('five');
  });

  it('write the fieldwork months in the case asked for', () => {
    const fieldwork = { start: '2009-09', end: '2009-11' };
    expect(fieldworkWords(fieldwork, 'en')).toBe('September to November 2009');
    expect(fieldworkWords(fieldwork, 'ru')).toBe('сентябрь–ноябрь 2009 года');
    expect(fieldworkWords(fieldwork, 'ru', 'prep')).toBe('сентябре–ноябре 2009 года');
    expect(fieldworkWords({ start: '2030-12', end: '2031-02' }, 'ru', 'gen')).toBe(
      'декабря 2030 года–февраля 2031 года',
    );
    expect(fieldworkWords({ start: '2031-03', end: '2031-03' }, 'en')).toBe('March 2031');
  });

  it('make a noun agree with a number', () => {
    const forms = ['жертва', 'жертвы', 'жертв'] as const;
    expect([1, 21, 3, 24, 5, 11, 12, 111, 1_132_064, 2.5].map((n) => agreeing(n, forms))).toEqual([
      'жертва',
      'жертва',
      'жертвы',
      'жертвы',
      'жертв',
      'жертв',
      'жертв',
      'жертв',
      'жертвы',
      'жертвы',
    ]);
  });
});

describe('Russian words for counts and indicators', () => {
  it('put a noun after a number in the form the number takes', () => {
    const checks = ['проверка', 'проверки', 'проверок'] as const;
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 111, 309].map((n) => `${n} ${agreeing(n, checks)}`)).toEqual([
      '1 проверка',
      '2 проверки',
      '4 проверки',
      '5 проверок',
      '11 проверок',
      '12 проверок',
      '14 проверок',
      '21 проверка',
      '22 проверки',
      '25 проверок',
      '111 проверок',
      '309 проверок',
    ]);
  });

  it('name an indicator inside a figure’s name, as the reconciliation does in English', () => {
    expect(indicatorLabel('rate_per_1000_families', 'en')).toBe('rate per 1000 families');
    expect(indicatorLabel('rate_per_1000_families', 'ru')).toBe('жертв в год на 1000 семей');
  });
});
