/**
 * The delete-one-cluster jackknife on a case worked by hand: two strata, of 2 clusters (values
 * 1, 3) and 3 clusters (values 2, 4, 9). Stratum means 2 and 5; s² = 2 and 13.
 */
import { describe, expect, it } from 'vitest';
import { jackknife, jackknifeVariance, jackknifeWeights } from './jackknife.ts';

const Y = [
  [1, 3],
  [2, 4, 9],
];
/** Σ_i w_i y_i ÷ n_h: the stratum mean in the full sample, the mean of the others (× n/(n − 1)) in a replicate */
const expansionMean = (w: readonly number[], y: readonly number[]) =>
  w.reduce((sum, wi, i) => sum + wi * y[i]!, 0) / y.length;
/** N_1 = 10, N_2 = 20: a stratified total, Σ_h N_h ȳ_h */
const total = (w: readonly (readonly number[])[]) =>
  10 * expansionMean(w[0]!, Y[0]!) + 20 * expansionMean(w[1]!, Y[1]!);
/** W = 0.5, 0.5: a stratified ratio mean, Σ_h W_h Σ w y ÷ Σ w (free of the weights' scale) */
const ratioMean = (w: readonly (readonly number[])[]) =>
  Y.reduce(
    (sum, y, h) => sum + (0.5 * w[h]!.reduce((t, wi, i) => t + wi * y[i]!, 0)) / w[h]!.reduce((t, wi) => t + wi, 0),
    0,
  );

describe('jackknifeVariance', () => {
  it('sums (n_h − 1)/n_h times the squared deviations of each stratum', () => {
    // stratified mean 0.5 × 2 + 0.5 × 5 = 3.5; deleting 1 or 3 gives 4 and 3, deleting 2, 4 or 9 gives
    // 0.5 × 2 + 0.5 × 6.5 = 4.25, 3.75, 2.5: 1/2 × (0.25 + 0.25) + 2/3 × (0.5625 + 0.0625 + 1) = 0.25 + 1.0833
    expect(
      jackknifeVariance(3.5, [
        [4, 3],
        [4.25, 3.75, 2.5],
      ]),
    ).toBeCloseTo(4 / 3, 12);
  });

  it('refuses a stratum of one cluster', () => {
    expect(() => jackknifeVariance(1, [[1, 2], [3]])).toThrow('invalid stratum 1; not 2 or more clusters: 1');
  });
});

describe('jackknifeWeights', () => {
  it('deletes one cluster and gives the rest of its stratum n_h/(n_h − 1)', () => {
    expect(jackknifeWeights([2, 3], 1, 0)).toEqual([
      [1, 1],
      [0, 1.5, 1.5],
    ]);
    expect(jackknifeWeights([2, 3], 0, 1)).toEqual([
      [2, 0],
      [1, 1, 1],
    ]);
  });
});

describe('jackknife', () => {
  it('gives the textbook Σ N_h² s_h²/n_h for a stratified total, replicate by replicate', () => {
    const result = jackknife([2, 3], total);
    // Ŷ = 10 × 2 + 20 × 5 = 120; deleting y = 1 leaves 3 × 2/2 → 10 × 3 + 100 = 130, and so on
    expect(result.estimate).toBe(120);
    expect(result.replicates[0]).toEqual([130, 110]);
    // stratum 2 without 2, 4, 9: means 6.5, 5.5, 3 → 20 + 130, 20 + 110, 20 + 60
    expect(result.replicates[1]!.map((v) => +v.toFixed(9))).toEqual([150, 130, 80]);
    // 1/2 × (10² + 10²) + 2/3 × (30² + 10² + 40²) = 100 + 1,733.33 = 100 × 2/2 + 400 × 13/3
    expect(result.variance).toBeCloseTo(5500 / 3, 9);
  });

  it('gives Σ W_h² s_h²/n_h for a stratified ratio mean', () => {
    const result = jackknife([2, 3], ratioMean);
    // 0.25 × 2/2 + 0.25 × 13/3 = 4/3
    expect(result.estimate).toBeCloseTo(3.5, 12);
    expect(result.variance).toBeCloseTo(4 / 3, 12);
  });

  it('is 0 when the clusters of each stratum are alike, and refuses a stratum of one cluster', () => {
    const alike = (w: readonly (readonly number[])[]) =>
      10 * expansionMean(w[0]!, [5, 5]) + 20 * expansionMean(w[1]!, [2, 2, 2]);
    expect(jackknife([2, 3], alike).variance).toBeCloseTo(0, 20);
    expect(() => jackknife([2, 1], total)).toThrow('invalid stratum 1; not 2 or more clusters: 1');
  });
});
