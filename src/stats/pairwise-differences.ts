import type { WeightedSample } from './weighted-sample.js';

/*
 * The nx·ny pairwise differences x − y of two weighted samples, never materialised (with 10⁵
 * cases each there would be 10¹⁰): they are counted below a bound by two pointers over the
 * distinct values, and an order statistic is found by bisection on the bound until the few
 * combinations left in the bracket can be listed and sorted. A difference is always computed as the double x − y, as R's
 * outer(x, y, "-") does, so an order statistic is exactly the value R would sort.
 */

/** Few enough (x, y) combinations in the bisection bracket to list and sort them. */
const WINDOW_TO_LIST = 4096;

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
   * For each x (by index) the first y index j with x − y ≤ bound, into `first`; returns the
   * number of pairs (weighted) with x − y ≤ bound. The index only moves forward as x grows.
   */
  private firstAtMost(bound: number, first: Int32Array): number {
    const { x, y, yTail } = this;
    const yLength = y.values.length;
    let count = 0;
    let j = 0;
    for (let i = 0; i < x.values.length; i++) {
      const xValue = x.values[i]!;
      while (j < yLength && xValue - y.values[j]! > bound) j++;
      first[i] = j;
      count += x.counts[i]! * yTail[j]!;
    }
    return count;
  }

  /**
   * The rank-th smallest difference (1-based, clamped to 1..size), as sort(outer(x, y, "-"))[rank].
   * Bisection on the value keeps count(low) < rank ≤ count(high) and tracks, per x, which y
   * give a difference in (low, high]; once those (x, y) combinations are few (WINDOW_TO_LIST)
   * they are listed, sorted and counted off.
   * When many combinations share one difference value the bracket cannot get that small: the
   * bisection then ends on adjacent doubles and the smallest difference above low is taken.
   */
  kth(rank: number): number {
    const target = Math.min(Math.max(rank, 1), this.size);
    const xLength = this.x.values.length;
    let lowFirst = new Int32Array(xLength);
    let highFirst = new Int32Array(xLength);
    let spare = new Int32Array(xLength);
    let low = this.smallest;
    let countLow = this.firstAtMost(low, lowFirst);
    if (countLow >= target) return low;
    let high = this.largest;
    this.firstAtMost(high, highFirst);
    for (let step = 0; step < 200; step++) {
      let window = 0;
      for (let i = 0; i < xLength; i++) window += lowFirst[i]! - highFirst[i]!;
      if (window <= WINDOW_TO_LIST) return this.selectInWindow(lowFirst, highFirst, window, target - countLow);
      const middle = low + (high - low) / 2;
      if (!(middle > low && middle < high)) break;
      const countMiddle = this.firstAtMost(middle, spare);
      if (countMiddle >= target) {
        high = middle;
        [highFirst, spare] = [spare, highFirst];
      } else {
        low = middle;
        countLow = countMiddle;
        [lowFirst, spare] = [spare, lowFirst];
      }
    }
    for (;;) {
      const candidate = smallestAbove(this.x, this.y, low);
      if (!(candidate < Infinity) || this.countAtMost(candidate) >= target) return candidate;
      low = candidate;
    }
  }

  /**
   * The `need`-th smallest (weighted) difference among the combinations x_i − y_j with
   * highFirst[i] ≤ j < lowFirst[i], i.e. the differences in (low, high].
   */
  private selectInWindow(lowFirst: Int32Array, highFirst: Int32Array, window: number, need: number): number {
    const { x, y } = this;
    const differences = new Float64Array(window);
    const weights = new Float64Array(window);
    let next = 0;
    for (let i = 0; i < lowFirst.length; i++) {
      const xValue = x.values[i]!;
      const xCount = x.counts[i]!;
      for (let j = highFirst[i]!; j < lowFirst[i]!; j++) {
        differences[next] = xValue - y.values[j]!;
        weights[next++] = xCount * y.counts[j]!;
      }
    }
    const order = Uint32Array.from({ length: window }, (_, index) => index).sort((a, b) => differences[a]! - differences[b]!);
    let cumulative = 0;
    for (const index of order) {
      cumulative += weights[index]!;
      if (cumulative >= need) return differences[index]!;
    }
    return differences[order[window - 1]!]!;
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
