/**
 * The exact null distribution of the Wilcoxon–Mann–Whitney statistic W for samples of m and n
 * untied values, as R's `dwilcox`/`pwilcox`/`qwilcox` (src/nmath/wilcox.c): the number of
 * arrangements with W = k counted by R's recurrence c(k; m, n) = c(k − n; m − 1, n) + c(k; m, n − 1),
 * a sum of positive terms only (no cancellation). Used for m, n < 50, where the counts (up to
 * C(98, 49) ≈ 2.5·10²⁸) are fine as doubles relative to their total.
 */

const cache = new Map<string, Float64Array>();
const CACHE_LIMIT = 256;

/** counts[k] = number of arrangements with W = k, k = 0..m·n. */
export function wilcoxonCounts(m: number, n: number): Float64Array {
  const key = `${m},${n}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  // previous[j] holds c(·; i − 1, j) for j = 0..n; current[j] holds c(·; i, j).
  let previous: Float64Array[] = [];
  for (let j = 0; j <= n; j++) previous.push(Float64Array.of(1));
  for (let i = 1; i <= m; i++) {
    const current: Float64Array[] = [Float64Array.of(1)];
    for (let j = 1; j <= n; j++) {
      const counts = new Float64Array(i * j + 1);
      const fewerX = previous[j]!; // c(·; i − 1, j), length (i − 1)·j + 1, shifted by j
      const fewerY = current[j - 1]!; // c(·; i, j − 1), length i·(j − 1) + 1
      for (let k = 0; k < fewerY.length; k++) counts[k] = fewerY[k]!;
      for (let k = 0; k < fewerX.length; k++) counts[k + j] = counts[k + j]! + fewerX[k]!;
      current.push(counts);
    }
    previous = current;
  }
  const result = previous[n]!;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/** Total number of arrangements, C(m + n, m), as the sum of the counts. */
function totalOf(counts: Float64Array): number {
  let total = 0;
  for (let k = 0; k < counts.length; k++) total += counts[k]!;
  return total;
}

/**
 * Two-sided exact p-value of W as R's wilcox.test: twice the tail on W's side of m·n/2
 * (P(W ≥ w) by symmetry P(W ≤ m·n − w)), capped at 1.
 */
export function wilcoxonExactPValue(w: number, m: number, n: number): number {
  const counts = wilcoxonCounts(m, n);
  const total = totalOf(counts);
  const last = m * n;
  // R: W > mn/2 → pwilcox(W − 1, upper) = P(W' ≥ W) = P(W' ≤ mn − W) by symmetry.
  const lowerEnd = w > last / 2 ? last - w : w;
  let tail = 0;
  for (let k = 0; k <= lowerEnd; k++) tail += counts[k]! / total;
  return Math.min(1, 2 * tail);
}

/**
 * The smallest q with P(W ≤ q) ≥ p, for p ≤ 1/2, as R's `qwilcox(p, m, n)` (which compares with
 * p − 10·DBL_EPSILON while adding up count/total term by term).
 */
export function wilcoxonQuantile(p: number, m: number, n: number): number {
  const counts = wilcoxonCounts(m, n);
  const total = totalOf(counts);
  const target = p - 10 * Number.EPSILON;
  let cumulative = 0;
  for (let q = 0; q < counts.length; q++) {
    cumulative += counts[q]! / total;
    if (cumulative >= target) return q;
  }
  return counts.length - 1;
}
