/**
 * Numeric samples as the tally keeps them: each distinct value once, ascending, with how many
 * cases have it. Memory grows with the distinct values, not with the cases, so nothing in
 * src/stats may expand a sample to one value per case; every statistic works on the pairs.
 */

/**
 * A weighted sample: `values` distinct and ascending, `counts[i]` (a positive whole number)
 * the number of cases with `values[i]`. Structurally compatible with the tally's WeightedValues.
 */
export interface WeightedSample {
  readonly values: ArrayLike<number>;
  readonly counts: ArrayLike<number>;
}

/** The per-sex summary of a measure: n, quartiles (R type 7), mean and standard deviation. */
export interface SampleSummary {
  readonly n: number;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly mean: number | null;
  readonly sd: number | null;
}

/** Sum of the counts: the number of cases in the sample. */
export function sampleSize(sample: WeightedSample): number {
  let n = 0;
  for (let index = 0; index < sample.counts.length; index++) n += sample.counts[index]!;
  return n;
}

/**
 * The `rank`-th smallest case value (1-based, 1 ≤ rank ≤ n) of a weighted sample, found by
 * walking the cumulative counts (no expansion).
 */
export function orderStatistic(sample: WeightedSample, rank: number): number {
  let cumulative = 0;
  const last = sample.values.length - 1;
  for (let index = 0; index < last; index++) {
    cumulative += sample.counts[index]!;
    if (cumulative >= rank) return sample.values[index]!;
  }
  return sample.values[last]!;
}

/**
 * Sample quantile of type 7 (R's default `quantile(x, probability, type = 7)`, Hyndman & Fan
 * 1996): with h = 1 + (n − 1)·p, the value (1 − f)·x₍⌊h⌋₎ + f·x₍⌈h⌉₎ where f = h − ⌊h⌋, written
 * exactly as R does so that equal neighbours return the value itself. Null for an empty sample.
 */
export function sampleQuantile(sample: WeightedSample, probability: number): number | null {
  const n = sampleSize(sample);
  if (n === 0) return null;
  const index = 1 + Math.max(n - 1, 0) * probability;
  const lower = Math.floor(index);
  const upper = Math.ceil(index);
  const low = orderStatistic(sample, lower);
  if (!(index > lower)) return low;
  const high = orderStatistic(sample, upper);
  if (high === low) return low;
  const fraction = index - lower;
  return (1 - fraction) * low + fraction * high;
}

/**
 * Mean of a weighted sample by two passes (R's mean: the plain mean, then the mean of the
 * deviations from it added back), so that large offsets do not eat the digits. Null when empty.
 */
export function sampleMean(sample: WeightedSample): number | null {
  const n = sampleSize(sample);
  if (n === 0) return null;
  let sum = 0;
  for (let index = 0; index < sample.values.length; index++) sum += sample.counts[index]! * sample.values[index]!;
  const first = sum / n;
  if (!Number.isFinite(first)) return first;
  let correction = 0;
  for (let index = 0; index < sample.values.length; index++) correction += sample.counts[index]! * (sample.values[index]! - first);
  return first + correction / n;
}

/**
 * Sample variance with divisor n − 1 (R's `var`), from the squared deviations about the
 * two-pass mean (the textbook Σx² − n·x̄² form cancels catastrophically). Null when n < 2.
 */
export function sampleVariance(sample: WeightedSample): number | null {
  const n = sampleSize(sample);
  if (n < 2) return null;
  const mean = sampleMean(sample)!;
  let squares = 0;
  let deviations = 0;
  for (let index = 0; index < sample.values.length; index++) {
    const deviation = sample.values[index]! - mean;
    squares += sample.counts[index]! * deviation * deviation;
    deviations += sample.counts[index]! * deviation;
  }
  // The corrected two-pass formula (Chan, Golub & LeVeque 1983): removes the rounding left in the mean.
  return Math.max(0, (squares - (deviations * deviations) / n) / (n - 1));
}

/**
 * Describes a measure's sample for one sex: n, median, first and third quartiles (R's
 * `quantile(type = 7)`), mean and standard deviation (R's `sd`, divisor n − 1). Every field but
 * n is null for an empty sample; sd is null when n < 2 (R gives NA).
 */
export function describeSample(sample: WeightedSample): SampleSummary {
  const n = sampleSize(sample);
  const variance = sampleVariance(sample);
  return {
    n,
    median: sampleQuantile(sample, 0.5),
    q1: sampleQuantile(sample, 0.25),
    q3: sampleQuantile(sample, 0.75),
    mean: sampleMean(sample),
    sd: variance === null ? null : Math.sqrt(variance),
  };
}
