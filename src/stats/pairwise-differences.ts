import type { WeightedSample } from './weighted-sample.js';

/*
 * The nx·ny pairwise differences x − y of two weighted samples, never materialised (with 10⁵
 * cases each there would be 10¹⁰): they are counted below a bound by two pointers over the
 * distinct values, and an order statistic is found by bisection on the bound, then snapped to
 * the difference itself. A difference is always computed as the double x − y, as R's
 * outer(x, y, "-") does, so an order statistic is exactly the value R would sort.
 */

/** Suffix sums of y's counts: tail[j] = counts[j] + … + counts[last]. */
function suffixCounts(sample: WeightedSample): Float64Array {
  const length = sample.counts.length;
  const tail = new Float64Array(length + 1);
  for (let index = length - 1; index >= 0; index--) tail[index] = tail[index + 1]! + sample.counts[index]!;
  return tail;
}

/**
 * Number of pairs (weighted by the counts) with x − y ≤ bound, in O(distinct values): for
 * ascending x the first y with x − y ≤ bound moves only forward (x − y falls as y grows).
 */
function countAtMost(x: WeightedSample, y: WeightedSample, yTail: Float64Array, bound: number): number {
  const yLength = y.values.length;
  let count = 0;
  let j = 0;
  for (let i = 0; i < x.values.length; i++) {
    const xValue = x.values[i]!;
    while (j < yLength && xValue - y.values[j]! > bound) j++;
    if (j === yLength) break;
    count += x.counts[i]! * yTail[j]!;
  }
  return count;
}

/** The smallest difference x − y strictly above `bound` (Infinity when there is none). */
function smallestAbove(x: WeightedSample, y: WeightedSample, bound: number): number {
  let best = Infinity;
  // For each x the candidate is x − y for the largest y with x − y > bound; that y only moves up.
  let j = -1;
  const yLength = y.values.length;
  for (let i = 0; i < x.values.length; i++) {
    const xValue = x.values[i]!;
    while (j + 1 < yLength && xValue - y.values[j + 1]! > bound) j++;
    if (j >= 0) {
      const difference = xValue - y.values[j]!;
      if (difference < best) best = difference;
    }
  }
  return best;
}

/** Order statistics of the pairwise differences x − y of two non-empty weighted samples. */
export class PairwiseDifferences {
  private readonly yTail: Float64Array;
  /** Number of pairs, nx·ny. */
  readonly size: number;
  /** Smallest and largest difference: min x − max y and max x − min y. */
  readonly smallest: number;
  readonly largest: number;

  constructor(
    private readonly x: WeightedSample,
    private readonly y: WeightedSample,
  ) {
    if (x.values.length === 0 || y.values.length === 0) throw new Error('stats: pairwise differences need two non-empty samples');
    this.yTail = suffixCounts(y);
    let nx = 0;
    for (let index = 0; index < x.counts.length; index++) nx += x.counts[index]!;
    this.size = nx * this.yTail[0]!;
    this.smallest = x.values[0]! - y.values[y.values.length - 1]!;
    this.largest = x.values[x.values.length - 1]! - y.values[0]!;
  }

  /** Number of pairs with x − y ≤ bound. */
  countAtMost(bound: number): number {
    return countAtMost(this.x, this.y, this.yTail, bound);
  }

  /**
   * The rank-th smallest difference (1-based, clamped to 1..size), as sort(outer(x, y, "-"))[rank]:
   * bisection keeps count(low) < rank ≤ count(high), then the smallest difference above `low`
   * is taken (and stepped over while its count is still short, which almost never happens).
   */
  kth(rank: number): number {
    const target = Math.min(Math.max(rank, 1), this.size);
    if (this.countAtMost(this.smallest) >= target) return this.smallest;
    let low = this.smallest;
    let high = this.largest;
    for (let step = 0; step < 80; step++) {
      const middle = low + (high - low) / 2;
      if (!(middle > low && middle < high)) break;
      if (this.countAtMost(middle) >= target) high = middle;
      else low = middle;
    }
    for (;;) {
      const candidate = smallestAbove(this.x, this.y, low);
      if (!(candidate < Infinity) || this.countAtMost(candidate) >= target) return candidate;
      low = candidate;
    }
  }

  /** The median of the differences (mean of the two middle ones when their number is even), as R's median. */
  median(): number {
    const half = Math.floor(this.size / 2);
    if (this.size % 2 === 1) return this.kth(half + 1);
    const lower = this.kth(half);
    const upper = this.kth(half + 1);
    return lower === upper ? lower : (lower + upper) / 2;
  }
}
