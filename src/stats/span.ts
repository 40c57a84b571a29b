/**
 * A value recomputed from printed inputs, with the range it could take given their rounding:
 * a printed "8.6" stands for anything from 8.55 to 8.65, and every formula carries that range.
 * This is what lets the reconciliation tell a rounding difference from a slip in the source.
 * Only monotone operations on non-negative quantities appear in the report, so interval
 * arithmetic on the end points is exact.
 */
export interface Span {
  value: number;
  lo: number;
  hi: number;
}

/** A figure known exactly (a count, a definition). */
export function exact(value: number): Span {
  return { value, lo: value, hi: value };
}

/** A printed figure: the true value lies within ± halfUnit of it. */
export function printed(value: number, halfUnit: number): Span {
  return { value, lo: value - halfUnit, hi: value + halfUnit };
}

export function sum(spans: readonly Span[]): Span {
  return spans.reduce(
    (total, s) => ({ value: total.value + s.value, lo: total.lo + s.lo, hi: total.hi + s.hi }),
    exact(0),
  );
}

/** a × b for a, b ≥ 0. */
export function times(a: Span, b: Span): Span {
  return { value: a.value * b.value, lo: a.lo * b.lo, hi: a.hi * b.hi };
}

/** a ÷ b for a ≥ 0, b > 0. */
export function over(a: Span, b: Span): Span {
  return { value: a.value / b.value, lo: a.lo / b.hi, hi: a.hi / b.lo };
}

/**
 * part ÷ (part + rest), for a part and the rest of a whole that come from separate inputs:
 * the share is highest when the part is at its highest and the rest at its lowest. Dividing by
 * the whole as a span of its own would count the part's rounding twice.
 * @example share(printed(4.3, 0.05), printed(72, 0.1)).value // => 0.05636
 */
export function share(part: Span, rest: Span): Span {
  return {
    value: part.value / (part.value + rest.value),
    lo: part.lo / (part.lo + rest.hi),
    hi: part.hi / (part.hi + rest.lo),
  };
}

/** a × k for a constant k ≥ 0. */
export function scale(a: Span, k: number): Span {
  return { value: a.value * k, lo: a.lo * k, hi: a.hi * k };
}

/** f(a) for a non-decreasing f. */
export function mapMonotone(a: Span, f: (x: number) => number): Span {
  return { value: f(a.value), lo: f(a.lo), hi: f(a.hi) };
}

/** The plain mean of spans. */
export function mean(spans: readonly Span[]): Span {
  return scale(sum(spans), 1 / spans.length);
}
