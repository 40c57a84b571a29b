/**
 * The delete-one-cluster jackknife of a stratified cluster sample (JKn): Wolter, Introduction to
 * Variance Estimation (2nd ed., 2007), chapter 4; Rust and Rao, Statistical Methods in Medical
 * Research 5 (1996): 283–310. Replicate (h, j) deletes cluster j of stratum h and gives the other
 * clusters of that stratum the weight n_h/(n_h − 1); every other stratum keeps weight 1. Then
 * v = Σ_h (n_h − 1)/n_h Σ_j (θ_(hj) − θ)². For a stratified total or mean this is exactly the
 * textbook Σ_h N_h² s_h²/n_h (or Σ_h W_h² s_h²/n_h); for ratios it is the linearisation variance
 * in large samples.
 */

export interface Jackknife {
  /** the estimator with every weight 1 */
  estimate: number;
  /** v, in the squared unit of the estimate */
  variance: number;
  /** θ_(hj): replicates[h][j] deletes cluster j of stratum h */
  replicates: number[][];
}

/**
 * The JKn variance from the replicates: Σ_h (n_h − 1)/n_h Σ_j (θ_(hj) − θ)², where n_h is the
 * number of replicates (clusters) of stratum h.
 * @param estimate θ, the full-sample estimate
 * @param replicates θ_(hj), one array per stratum
 * @throws RangeError when a stratum has fewer than 2 clusters
 * @example jackknifeVariance(3.5, [[4, 3], [4.25, 3.75, 2.5]]) // => 1.3333333333333333 (4/3)
 */
export function jackknifeVariance(estimate: number, replicates: readonly (readonly number[])[]): number {
  let variance = 0;
  replicates.forEach((stratum, h) => {
    const n = stratum.length;
    if (n < 2) throw new RangeError(`invalid stratum ${h}; not 2 or more clusters: ${n}`);
    variance += ((n - 1) / n) * stratum.reduce((sum, theta) => sum + (theta - estimate) ** 2, 0);
  });
  return variance;
}

/**
 * The cluster weights of replicate (h, j): 0 for cluster j of stratum h, n_h/(n_h − 1) for the
 * other clusters of stratum h, 1 elsewhere.
 * @param sizes n_h, the number of clusters of each stratum
 * @throws RangeError when a stratum has fewer than 2 clusters, or a size is not a whole number
 * @example jackknifeWeights([2, 3], 1, 0) // => [[1, 1], [0, 1.5, 1.5]]
 */
export function jackknifeWeights(sizes: readonly number[], h: number, j: number): number[][] {
  sizes.forEach((n, g) => {
    if (!Number.isInteger(n) || n < 2) throw new RangeError(`invalid stratum ${g}; not 2 or more clusters: ${n}`);
  });
  return sizes.map((n, g) => Array.from({ length: n }, (_, i) => (g !== h ? 1 : i === j ? 0 : n / (n - 1))));
}

/**
 * Runs the delete-one-cluster jackknife of an estimator given as a function of cluster weights.
 * @param sizes n_h, the number of clusters of each stratum
 * @param estimator θ(w): the estimate when cluster i of stratum h carries weight w[h][i] (all 1 in the full sample)
 * @throws RangeError when a stratum has fewer than 2 clusters, or a size is not a whole number
 * @example jackknife([2, 3], (w) => 10 * mean(w[0], [1, 3]) + 20 * mean(w[1], [2, 4, 9])).variance
 * // => 1833.3333333333333 (100 × 2/2 + 400 × 13/3, the textbook Σ N_h² s_h²/n_h), where mean(w, y) = Σ w y ÷ n_h
 */
export function jackknife(
  sizes: readonly number[],
  estimator: (weights: readonly (readonly number[])[]) => number,
): Jackknife {
  const estimate = estimator(sizes.map((n) => Array<number>(n).fill(1)));
  const replicates = sizes.map((n, h) => Array.from({ length: n }, (_, j) => estimator(jackknifeWeights(sizes, h, j))));
  return { estimate, variance: jackknifeVariance(estimate, replicates), replicates };
}
