/**
 * Helpers for sums of probabilities that are kept on the log scale, so that terms far below
 * the smallest double still add up correctly.
 */

/** log(exp(a) + exp(b)) without overflow or needless underflow. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const larger = Math.max(a, b);
  return larger + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/**
 * Sums a unimodal, log-concave run of probabilities outward from its largest term.
 *
 * `start` is the index nearest the mode (the largest term of the run), `end` the far end
 * (inclusive; may lie below `start`). `ratio(index)` must give term(index ± 1) / term(index)
 * for the next index in the walking direction. Returns the sum relative to term(start)
 * (so the result is ≥ 1). Because the distribution is log-concave the ratios only shrink as
 * we walk outward, so once the geometric bound on everything that is left falls below
 * 2^-60 of the sum we can stop: a table of 10^7 cases needs a few thousand terms, not 10^7.
 */
export function sumOutward(start: number, end: number, ratio: (index: number) => number): number {
  const step = end >= start ? 1 : -1;
  let sum = 1;
  let term = 1;
  for (let index = start; index !== end; index += step) {
    const next = ratio(index);
    term *= next;
    sum += term;
    if (next < 1 && (term * next) / (1 - next) <= sum * 2 ** -60) break;
    if (term === 0) break;
  }
  return sum;
}

/**
 * The first index in [low, high] where a monotone predicate turns true (false…false true…true),
 * or high + 1 when it never does. Used to find where a tail of a discrete distribution begins.
 */
export function firstTrue(low: number, high: number, predicate: (index: number) => boolean): number {
  let lo = low;
  let hi = high + 1;
  while (lo < hi) {
    const middle = lo + Math.floor((hi - lo) / 2);
    if (predicate(middle)) hi = middle;
    else lo = middle + 1;
  }
  return lo;
}
