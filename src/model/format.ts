import type { Unit } from './indicators.ts';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A value as the site prints it: whole people with thousands separators, rates and family
 * sizes to one decimal as in the report, shares as percentages.
 * @example formatValue(139983.9, 'count') // => "139,984"
 * @example formatValue(0.0937, 'share') // => "9.4%"
 */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'count':
      return whole.format(value);
    case 'persons':
    case 'rate':
      return oneDecimal.format(value);
    case 'share':
      return `${oneDecimal.format(value * 100)}%`;
    case 'change':
      return `${value >= 0 ? '+' : '−'}${oneDecimal.format(Math.abs(value) * 100)}%`;
    case 'small_share':
      return `${(value * 100).toFixed(3)}%`;
  }
}
