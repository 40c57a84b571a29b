import type { Unit } from './indicators.ts';
import type { Locale } from './locale.ts';

/**
 * Numbers as each language writes them: English "1,132,064" and "59.3%"; Russian "1 132 064" with a no-break
 * space, a decimal comma, and a no-break space before the per cent sign ("59,3 %").
 */
const NUMBERS = {
  en: {
    whole: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
    oneDecimal: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    twoDecimals: new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    percent: '%',
    million: ' million',
    thousand: undefined,
  },
  ru: {
    whole: new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 }),
    oneDecimal: new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    twoDecimals: new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    percent: '\u00a0%',
    million: '\u00a0млн',
    thousand: '\u00a0тыс.',
  },
} satisfies Record<Locale, unknown>;

/**
 * A plain number in a language's form, any precision kept: for counts of checks, tick labels, data tables.
 * @example formatNumber(1234.5, 'ru') // => "1 234,5"
 */
export const formatNumber = (value: number, locale: Locale = 'en', maximumFractionDigits = 6): string =>
  value.toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-US', { maximumFractionDigits });

/**
 * A whole percent as an axis tick writes it.
 * @example formatPercentTick(0.5, 'ru') // => "50 %"
 */
export const formatPercentTick = (share: number, locale: Locale = 'en'): string =>
  `${Math.round(share * 100)}${NUMBERS[locale].percent}`;

/**
 * A value as the site prints it: whole people with thousands separators, rates and family
 * sizes to one decimal as in the report, shares as percentages.
 * @example formatValue(139983.9, 'count') // => "139,984"
 * @example formatValue(0.0937, 'share') // => "9.4%"
 */
/** Decimals kept in downloads: whole people, rates to 1/10,000, shares (as fractions) to a millionth. */
const DECIMALS: Record<Unit, number> = { count: 0, persons: 4, rate: 4, share: 6, change: 6, small_share: 9 };

/**
 * A value as the downloads carry it: numeric, in the unit's own terms, to the unit's precision.
 * @example roundForUnit(0.45963218, 'share') // => 0.459632
 */
export function roundForUnit(value: number, unit: Unit): number {
  const factor = 10 ** DECIMALS[unit];
  return Math.round(value * factor) / factor + 0;
}

/**
 * Limits, or any range, written one way on every page: both ends in the unit's format, an en dash between.
 * @example formatRange(110079.4, 172456.6, 'count') // => "110,079–172,457"
 */
export function formatRange(lower: number, upper: number, unit: Unit, locale: Locale = 'en'): string {
  return `${formatValue(lower, unit, locale)}–${formatValue(upper, unit, locale)}`;
}

export function formatValue(value: number, unit: Unit, locale: Locale = 'en'): string {
  const { whole, oneDecimal, percent: sign } = NUMBERS[locale];
  switch (unit) {
    case 'count':
      return whole.format(value);
    case 'persons':
    case 'rate':
      return oneDecimal.format(value);
    case 'share': {
      // a whole percent (as the report printed the women's shares) stays whole: 31%, not 31.0%
      const percent = value * 100;
      return Math.abs(percent - Math.round(percent)) < 1e-9
        ? `${whole.format(percent)}${sign}`
        : `${oneDecimal.format(percent)}${sign}`;
    }
    case 'change':
      return `${value >= 0 ? '+' : '−'}${oneDecimal.format(Math.abs(value) * 100)}${sign}`;
    case 'small_share':
      return `${(value * 100).toFixed(3).replace('.', locale === 'ru' ? ',' : '.')}${sign}`;
  }
}

/**
 * A library's message inside one of ours: its first letter lowered, the rest (values, codes) kept.
 * @example asClause('Invalid enum value. Expected \'KZ\'') // => "invalid enum value. Expected 'KZ'"
 */
/**
 * A table's or figure's number in its edition, with the report's own number where it had one.
 * @example blockNumber('Figure', 4, 'Figure 2-1d') // => "Figure 4 (report: Figure 2-1d)"
 */
export const blockNumber = (label: 'Table' | 'Figure', number: number, report?: string, locale: Locale = 'en') =>
  locale === 'ru'
    ? `${label === 'Table' ? 'Таблица' : 'Рисунок'} ${number}${report ? ` (в докладе: ${reportNumberRu(report)})` : ''}`
    : `${label} ${number}${report ? ` (report: ${report})` : ''}`;

/**
 * The report's own number of a table or figure, in Russian: "Figure 2-1e" is «рис. 2-1e».
 * @example reportNumberRu('Table 3-4') // => "табл. 3-4"
 */
export const reportNumberRu = (report: string) => report.replace(/^Figure /, 'рис. ').replace(/^Table /, 'табл. ');

export const asClause = (message: string) => message.charAt(0).toLowerCase() + message.slice(1);

/**
 * A count as a headline gives it: to two significant figures, in millions from a million up.
 * A survey estimate is not known to the person; the tables keep every digit.
 * @example formatAbout(1_132_064) // => "1.1 million"
 * @example formatAbout(139_984) // => "140,000"
 */
export function formatAbout(value: number, locale: Locale = 'en'): string {
  const { whole, oneDecimal, million, thousand } = NUMBERS[locale];
  if (Math.abs(value) >= 1e6) return `${oneDecimal.format(Number((value / 1e6).toPrecision(2)))}${million}`;
  const about = Number(value.toPrecision(2));
  // Russian writes a rounded count in thousands: «140 тыс.», «7,9 тыс.»
  if (thousand && Math.abs(about) >= 1e3) return `${formatNumber(about / 1e3, locale, 1)}${thousand}`;
  return whole.format(about);
}

/**
 * A range in millions, both ends to two decimals, as a headline's limits.
 * @example formatMillions(942_683, 1_330_104) // => "0.94–1.33 million"
 */
export function formatMillions(lower: number, upper: number, locale: Locale = 'en'): string {
  const { twoDecimals, million } = NUMBERS[locale];
  const millions = (v: number) => twoDecimals.format(v / 1e6);
  return `${millions(lower)}–${millions(upper)}${million}`;
}
