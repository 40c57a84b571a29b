import { describe, expect, it } from 'vitest';
import { reliabilityClass } from './reliability.ts';

describe('reliabilityClass', () => {
  it("follows Statistics Canada's bands: up to 16.5%, to 33.3%, above; and at least 10 cases", () => {
    expect(reliabilityClass(0.165, 37)).toBe('reliable');
    expect(reliabilityClass(0.1651, 37)).toBe('caution');
    expect(reliabilityClass(0.333, 10)).toBe('caution');
    expect(reliabilityClass(0.3331, 10)).toBe('unreliable');
    // a small CV does not save an estimate that rests on 9 cases
    expect(reliabilityClass(0.05, 9)).toBe('unreliable');
  });

  it('classes a Poisson count by its cases alone: CV = 1/√k (10 cases: 31.6%, 37 cases: 16.4%)', () => {
    const poisson = (k: number) => reliabilityClass(1 / Math.sqrt(k), k);
    expect([9, 10, 36, 37].map(poisson)).toEqual(['unreliable', 'caution', 'caution', 'reliable']);
  });

  it('calls an estimate with no CV (no cases, or an estimate of 0) unreliable', () => {
    expect(reliabilityClass(Number.NaN, 0)).toBe('unreliable');
    expect(reliabilityClass(Number.POSITIVE_INFINITY, 12)).toBe('unreliable');
  });
});
