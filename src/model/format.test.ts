import { describe, expect, it } from 'vitest';
import { formatValue } from './format.ts';

describe('formatValue', () => {
  it('prints each unit as the report does', () => {
    expect(formatValue(139_983.88, 'count')).toBe('139,984');
    expect(formatValue(8.6, 'persons')).toBe('8.6');
    expect(formatValue(76.3, 'rate')).toBe('76.3');
    expect(formatValue(0.0937, 'share')).toBe('9.4%');
    expect(formatValue(0.2093, 'change')).toBe('+20.9%');
    expect(formatValue(-0.149, 'change')).toBe('−14.9%');
    expect(formatValue(0.0000926, 'small_share')).toBe('0.009%');
  });
});
