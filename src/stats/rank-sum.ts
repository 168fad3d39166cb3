import type { WeightedSample } from './weighted-sample.js';

/** What the rank-sum tests need from the pooled ranking of two weighted samples. */
export interface RankSumParts {
  /** Cases in x and in y. */
  readonly nx: number;
  readonly ny: number;
  /**
   * Mann–Whitney count: pairs with x > y plus half the pairs with x = y; equal to the sum of
   * x's midranks in the pooled sample minus nx(nx + 1)/2 (R's W).
   */
  readonly u: number;
  /** Σ (t³ − t) over the groups of equal values in the pooled sample (the tie correction). */
  readonly tieSum: number;
  /** True when some value occurs more than once in the pooled sample. */
  readonly ties: boolean;
  /** Number of distinct values in the pooled sample. */
  readonly distinct: number;
}

/**
 * Ranks x − shift and y together by one merge of the two ascending value lists (O(distinct
 * values), no expansion): the Mann–Whitney count and the tie groups, exactly as R's
 * `rank(c(x - shift, y))` sees them (the subtraction is done as R does, value by value, so a
 * shift that makes an x equal a y in floating point ties them here too).
 */
export function rankSumParts(x: WeightedSample, y: WeightedSample, shift = 0): RankSumParts {
  const xLength = x.values.length;
  const yLength = y.values.length;
  let nx = 0;
  let ny = 0;
  let u = 0;
  let tieSum = 0;
  let ties = false;
  let distinct = 0;
  let i = 0;
  let j = 0;
  // yBelow: cases of y strictly below the current pooled value.
  let yBelow = 0;
  while (i < xLength || j < yLength) {
    const xValue = i < xLength ? x.values[i]! - shift : Infinity;
    const yValue = j < yLength ? y.values[j]! : Infinity;
    const value = i < xLength && (j >= yLength || xValue <= yValue) ? xValue : yValue;
    // One group of equal pooled values: x's (after the shift, several may round together) and y's.
    let xCount = 0;
    while (i < xLength && x.values[i]! - shift === value) xCount += x.counts[i++]!;
    let yCount = 0;
    while (j < yLength && y.values[j]! === value) yCount += y.counts[j++]!;
    const total = xCount + yCount;
    u += xCount * (yBelow + yCount / 2);
    if (total > 1) {
      ties = true;
      tieSum += total * total * total - total;
    }
    nx += xCount;
    ny += yCount;
    yBelow += yCount;
    distinct++;
  }
  return { nx, ny, u, tieSum, ties, distinct };
}

/**
 * The null variance of the rank sum (or of the Mann–Whitney count) with the tie correction:
 * nx·ny/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1))), N = nx + ny, in R's wilcox.test's form.
 */
export function rankSumVariance(parts: RankSumParts): number {
  const { nx, ny, tieSum } = parts;
  const total = nx + ny;
  if (total < 2) return 0;
  return Math.max(0, ((nx * ny) / 12) * (total + 1 - tieSum / (total * (total - 1))));
}
