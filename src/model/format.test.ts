import { describe, expect, it } from 'vitest';
import { blockNumber, formatAbout, formatMillions, formatRange, formatValue } from './format.ts';

describe('formatValue', () => {
  it('prints each unit as the report does', () => {
    expect(formatValue(139_983.88, 'count')).toBe('139,984');
    expect(formatValue(8.6, 'persons')).toBe('8.6');
    expect(formatValue(76.3, 'rate')).toBe('76.3');
    expect(formatValue(0.0937, 'share')).toBe('9.4%');
    // section 2.1.6 prints the women's share of labor victims inside Kazakhstan as a whole 31%
    expect(formatValue(0.31, 'share')).toBe('31%');
    expect(formatValue(0.2093, 'change')).toBe('+20.9%');
    expect(formatValue(-0.149, 'change')).toBe('−14.9%');
    expect(formatValue(0.0000926, 'small_share')).toBe('0.009%');
  });

  it('writes a range with an en dash and no spaces, both ends in the unit', () => {
    expect(formatRange(110_079.4, 172_456.6, 'count')).toBe('110,079–172,457');
    expect(formatRange(3.04, 5.96, 'rate')).toBe('3.0–6.0');
  });
});

describe('headline numbers', () => {
  it('round a survey estimate to two significant figures, and its limits to hundredths of a million', () => {
    expect(formatAbout(1_132_064)).toBe('1.1 million');
    expect(formatAbout(670_890)).toBe('670,000');
    expect(formatAbout(139_984)).toBe('140,000');
    expect(formatAbout(7_889)).toBe('7,900');
    expect(formatMillions(942_683, 1_330_104)).toBe('0.94–1.33 million');
  });
});

describe('Russian numbers', () => {
  const nbsp = '\u00a0';
  it('group thousands with a no-break space, use a decimal comma and a no-break space before %', () => {
    expect(formatValue(1_132_064.4, 'count', 'ru')).toBe(`1${nbsp}132${nbsp}064`);
    expect(formatValue(76.25, 'rate', 'ru')).toBe('76,3');
    expect(formatValue(0.593, 'share', 'ru')).toBe(`59,3${nbsp}%`);
    expect(formatValue(0.31, 'share', 'ru')).toBe(`31${nbsp}%`);
    expect(formatValue(-0.149, 'change', 'ru')).toBe(`−14,9${nbsp}%`);
    expect(formatValue(0.0000926, 'small_share', 'ru')).toBe(`0,009${nbsp}%`);
    expect(formatRange(110_079.4, 172_456.6, 'count', 'ru')).toBe(`110${nbsp}079–172${nbsp}457`);
  });

  it('round headline counts to «млн» and «тыс.»', () => {
    expect(formatAbout(1_132_064, 'ru')).toBe(`1,1${nbsp}млн`);
    expect(formatAbout(139_984, 'ru')).toBe(`140${nbsp}тыс.`);
    expect(formatAbout(7_889, 'ru')).toBe(`7,9${nbsp}тыс.`);
    expect(formatAbout(640, 'ru')).toBe('640');
    expect(formatMillions(942_683, 1_330_104, 'ru')).toBe(`0,94–1,33${nbsp}млн`);
  });

  it("number tables and figures, with the report's own number abbreviated", () => {
    expect(blockNumber('Figure', 4, 'Figure 2-1d', 'ru')).toBe('Рисунок 4 (в докладе: рис. 2-1d)');
    expect(blockNumber('Table', 3, undefined, 'ru')).toBe('Таблица 3');
  });
});
