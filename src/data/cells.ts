/**
 * Parsers for one CSV cell each. A parser returns the typed value, or a description of
 * what was expected, which the reader turns into a located DataError.
 */
import { z } from 'zod';

export type CellResult<T> = { ok: true; value: T } | { ok: false; expected: string };
export interface CellParser<T> {
  readonly parse: (raw: string, decimalComma: boolean) => CellResult<T>;
  /** the parsed value's type, for checking the value once it has been written to JSON */
  readonly schema: z.ZodType<T>;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const CYRILLIC = /[\u0400-\u04FF]/;

function toNumber(raw: string, decimalComma: boolean): CellResult<number> {
  // in a ;-separated export "15.778" is fifteen thousand: a dot there is a thousands separator
  if (decimalComma && /^\d{1,3}(\.\d{3})+$/.test(raw)) {
    return { ok: false, expected: 'a number without thousands separators (this file uses decimal commas)' };
  }
  const text = decimalComma ? raw.replace(',', '.') : raw;
  if (DECIMAL.test(text)) return { ok: true, value: Number(text) };
  // "2,234" is most likely a thousands separator, "8,6" a decimal comma
  if (/^\d{1,3}([ ,\u00a0]\d{3})+(\.\d+)?$/.test(raw)) {
    return { ok: false, expected: 'a number without thousands separators' };
  }
  if (!decimalComma && /^-?\d+,\d+$/.test(raw)) {
    return {
      ok: false,
      expected: `a number with a decimal point (write ${raw.replace(',', '.')}), not a decimal comma`,
    };
  }
  return { ok: false, expected: 'a number' };
}

/** A whole number ≥ 0, such as a count of respondents or victims. */
export const count: CellParser<number> = {
  parse(raw, decimalComma) {
    const result = toNumber(raw, decimalComma);
    // keep a specific hint (decimal comma, thousands separator); otherwise say what a count is
    if (!result.ok) return result.expected === 'a number' ? { ok: false, expected: 'a whole number ≥ 0' } : result;
    if (!Number.isInteger(result.value) || result.value < 0) return { ok: false, expected: 'a whole number ≥ 0' };
    return result;
  },
  schema: z.number().int().nonnegative(),
};

/** A number > 0, such as a population or a family size. */
export const positive: CellParser<number> = {
  parse(raw, decimalComma) {
    const result = toNumber(raw, decimalComma);
    if (!result.ok) return result;
    return result.value > 0 ? result : { ok: false, expected: 'a number > 0' };
  },
  schema: z.number().positive(),
};

/** A number ≥ 0, such as a rate per 1,000 families. */
export const nonNegative: CellParser<number> = {
  parse(raw, decimalComma) {
    const result = toNumber(raw, decimalComma);
    if (!result.ok) return result;
    return result.value >= 0 ? result : { ok: false, expected: 'a number ≥ 0' };
  },
  schema: z.number().nonnegative(),
};

/** A number, or an empty cell read as `undefined`. */
export function optional<T>(parser: CellParser<T>): CellParser<T | undefined> {
  return {
    parse: (raw, decimalComma) => (raw === '' ? { ok: true, value: undefined } : parser.parse(raw, decimalComma)),
    schema: parser.schema.optional(),
  };
}

/** One of a fixed list of codes. Names Cyrillic look-alikes (К, М, Т, Ζ), a common export fault. */
export function oneOf<const T extends string>(values: readonly T[]): CellParser<T> {
  const list = values.join(', ');
  return {
    parse(raw) {
      if ((values as readonly string[]).includes(raw)) return { ok: true, value: raw as T };
      const hint = CYRILLIC.test(raw) ? ' (the value contains Cyrillic letters)' : '';
      return { ok: false, expected: `one of ${list}${hint}` };
    },
    schema: z.custom<T>((value) => (values as readonly unknown[]).includes(value), `expected one of ${list}`),
  };
}

/** Any text, Cyrillic included; `required` refuses an empty cell. */
export function text(options: { required: boolean }): CellParser<string> {
  return {
    parse: (raw) =>
      options.required && raw.trim() === '' ? { ok: false, expected: 'a non-empty text' } : { ok: true, value: raw },
    schema: options.required ? z.string().min(1) : z.string(),
  };
}

/**
 * Half a unit of the last digit printed, e.g. "8.6" → 0.05, "15778" → 0.5.
 * The true value behind a printed figure lies within ± this amount.
 */
export function halfUnitOfLastDigit(printed: string): number {
  const decimals = printed.includes('.') || printed.includes(',') ? printed.split(/[.,]/)[1]!.length : 0;
  return 0.5 * 10 ** -decimals;
}
