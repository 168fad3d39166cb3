import type { WeightedSample } from './weighted-sample.js';

/*
 * The nx·ny pairwise differences x − y of two weighted samples, never materialised (with 10⁵
 * cases each there would be 10¹⁰): they are counted below a bound by two pointers over the
 * distinct values, and an order statistic is found by bisection on the bound until the few
 * combinations left in the bracket can be listed and the one sought selected among them. A difference is always computed as the double x − y, as R's
 * outer(x, y, "-") does, so an order statistic is exactly the value R would sort.
 */

/**
 * Few enough (x, y) combinations in the bisection bracket to list and select from. Measured on
 * 100 pairs of samples like bench.yml's (439 whole days, 50 to 200,000 cases): 4,096 took 10 ms a
 * pass, 1,024 5.4 ms (the selection is O(bracket), a bisection step O(distinct values)).
 */
const WINDOW_TO_LIST = 1024;

/**
 * The last bracket's differences and weights, listed by selectInWindow: one pair of arrays
 * for the module (the statistics run on one thread, and a selection never calls another),
 * since making them per call or per pair of samples cost more than the selection.
 */
const WINDOW_SCRATCH = { differences: new Float64Array(WINDOW_TO_LIST), weights: new Float64Array(WINDOW_TO_LIST) };

/** Below this many entries the selection sorts them by insertion. */
const INSERTION_SORT_BELOW = 16;

/**
 * The smallest value v among the first `length` entries such that the weights of the
 * entries ≤ v add up to at least `need` (the largest value when they never do): the
 * need-th smallest of a weighted list, found by quickselect with a three-way partition
 * (expected O(length)). Reorders the entries. The result is a value of the list, so it is
 * the same whichever order the entries come in — the same as sorting them and counting off.
 */
export function weightedSelect(values: Float64Array, weights: Float64Array, length: number, need: number): number {
  let low = 0;
  let high = length;
  let left = need;
  while (high - low >= INSERTION_SORT_BELOW) {
    const pivot = medianOfThree(values[low]!, values[(low + high) >> 1]!, values[high - 1]!);
    // Three-way partition (Dijkstra): [low, less) < pivot, [less, at) = pivot, (greater, high) > pivot.
    let less = low;
    let at = low;
    let greater = high - 1;
    let lessWeight = 0;
    let equalWeight = 0;
    while (at <= greater) {
      const value = values[at]!;
      if (value < pivot) {
        lessWeight += weights[at]!;
        swap(values, weights, at++, less++);
      } else if (value > pivot) {
        swap(values, weights, at, greater--);
      } else {
        equalWeight += weights[at++]!;
      }
    }
    if (left <= lessWeight) {
      high = less;
    } else if (left <= lessWeight + equalWeight) {
      return pivot;
    } else {
      left -= lessWeight + equalWeight;
      low = greater + 1;
      // Nothing above the pivot: the weights never reach `need` (rounding); the largest value is the pivot.
      if (low >= high) return pivot;
    }
  }
  for (let index = low + 1; index < high; index++) {
    const value = values[index]!;
    const weight = weights[index]!;
    let to = index - 1;
    for (; to >= low && values[to]! > value; to--) {
      values[to + 1] = values[to]!;
      weights[to + 1] = weights[to]!;
    }
    values[to + 1] = value;
    weights[to + 1] = weight;
  }
  let cumulative = 0;
  for (let index = low; index < high; index++) {
    cumulative += weights[index]!;
    if (cumulative >= left) return values[index]!;
  }
  return values[high - 1]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

function swap(values: Float64Array, weights: Float64Array, a: number, b: number): void {
  const value = values[a]!;
  values[a] = values[b]!;
  values[b] = value;
  const weight = weights[a]!;
  weights[a] = weights[b]!;
  weights[b] = weight;
}

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
   * they are listed and the one sought is selected (weightedSelect).
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
   * highFirst[i] ≤ j < lowFirst[i], i.e. the differences in (low, high]: listed into
   * scratch arrays kept between calls, then selected (weightedSelect), not sorted.
   */
  private selectInWindow(lowFirst: Int32Array, highFirst: Int32Array, window: number, need: number): number {
    const { x, y } = this;
    const { differences, weights } = WINDOW_SCRATCH;
    let next = 0;
    for (let i = 0; i < lowFirst.length; i++) {
      const xValue = x.values[i]!;
      const xCount = x.counts[i]!;
      for (let j = highFirst[i]!; j < lowFirst[i]!; j++) {
        differences[next] = xValue - y.values[j]!;
        weights[next++] = xCount * y.counts[j]!;
      }
    }
    return weightedSelect(differences, weights, window, need);
  }

  /** The median of the differences (mean of the two middle ones when their number is even), as R's median. */
  median(): number {
    const half = Math.floor(this.size / 2);
    if (this.size % 2 === 1) return this.kth(half + 1);
    const [lower, upper] = this.kthAndNext(half);
    return lower === upper ? lower : (lower + upper) / 2;
  }

  /**
   * The rank-th and (rank + 1)-th smallest differences (1 ≤ rank < size): the second is the
   * first again when more than `rank` pairs lie at or below it, else the smallest difference
   * above it — two passes over the distinct values instead of a second selection.
   */
  kthAndNext(rank: number): readonly [number, number] {
    const lower = this.kth(rank);
    if (this.countAtMost(lower) >= rank + 1) return [lower, lower];
    return [lower, smallestAbove(this.x, this.y, lower)];
  }
}
