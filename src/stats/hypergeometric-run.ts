import { logHypergeometricDensity } from './loader-densities.js';
import { firstTrue, logAddExp, sumOutward } from './log-space.js';

/**
 * The whole support of one hypergeometric distribution with its log-densities: the number of
 * white balls among `drawn` balls taken from `white` white and `black` black ones.
 */
export interface HypergeometricRun {
  /** Smallest possible count, max(0, drawn − black). */
  readonly low: number;
  /** Largest possible count, min(drawn, white). */
  readonly high: number;
  /** The mode (a largest density), low ≤ mode ≤ high. */
  readonly mode: number;
  /** logDensity[x − low] = log P(X = x). */
  readonly logDensity: Float64Array;
}

/**
 * All log-densities of a hypergeometric distribution (R's dhyper(low:high, white, black, drawn,
 * log = TRUE)). The mode's density comes from Loader's saddle point (as R's dhyper); the others
 * from the density ratio walked outward in log space, so that a support of 10^4 values costs
 * 10^4 logarithms, not 10^4 saddle points, and no term underflows. Walking outward from the
 * largest term keeps the rounding of the (few-ulp) ratios from growing beyond ~1e-13.
 */
export function hypergeometricRun(white: number, black: number, drawn: number): HypergeometricRun {
  const low = Math.max(0, drawn - black);
  const high = Math.min(drawn, white);
  const mode = Math.min(high, Math.max(low, Math.floor(((drawn + 1) * (white + 1)) / (white + black + 2))));
  const logDensity = new Float64Array(high - low + 1);
  logDensity[mode - low] = logHypergeometricDensity(mode, white, black, drawn);
  for (let x = mode; x < high; x++) {
    // d(x+1)/d(x) from the hypergeometric recurrence.
    const up = ((white - x) * (drawn - x)) / ((x + 1) * (black - drawn + x + 1));
    logDensity[x + 1 - low] = (logDensity[x - low] as number) + Math.log(up);
  }
  for (let x = mode; x > low; x--) {
    const down = (x * (black - drawn + x)) / ((white - x + 1) * (drawn - x + 1));
    logDensity[x - 1 - low] = (logDensity[x - low] as number) + Math.log(down);
  }
  return { low, high, mode, logDensity };
}

/**
 * Answers "how much probability lies on the values with log-density ≤ t?" for many t in
 * O(log support) each. The density rises up to the mode and falls after it, so those values
 * form a left tail [low, a] and a right tail [b, high]; their sums are read from cumulative
 * log-sums built once. The last sum of two tails is kept: thresholds asked in order (as
 * fisherExactRx2 does) cut the support at the same two places for long stretches.
 */
export class HypergeometricTails {
  private readonly run: HypergeometricRun;
  /** leftSum[i] = log Σ_{x=low}^{low+i} d(x), for low + i ≤ mode. */
  private readonly leftSum: Float64Array;
  /** rightSum[i] = log Σ_{x=low+i}^{high} d(x), for low + i > mode. */
  private readonly rightSum: Float64Array;
  private lastLeftEnd = -1;
  private lastRightStart = -1;
  private lastLogMass = Number.NaN;

  constructor(run: HypergeometricRun) {
    this.run = run;
    const size = run.logDensity.length;
    const modeIndex = run.mode - run.low;
    this.leftSum = new Float64Array(modeIndex + 1);
    let sum = -Infinity;
    for (let i = 0; i <= modeIndex; i++) {
      sum = logAddExp(sum, run.logDensity[i] as number);
      this.leftSum[i] = sum;
    }
    this.rightSum = new Float64Array(size + 1).fill(-Infinity);
    sum = -Infinity;
    for (let i = size - 1; i > modeIndex; i--) {
      sum = logAddExp(sum, run.logDensity[i] as number);
      this.rightSum[i] = sum;
    }
  }

  /** log Σ { d(x) : log d(x) ≤ threshold }, −Infinity when no value qualifies. */
  logMassAtMost(threshold: number): number {
    const density = this.run.logDensity;
    const modeIndex = this.run.mode - this.run.low;
    // Left part (non-decreasing): the qualifying values are a prefix [0, a).
    let lo = 0;
    let hi = modeIndex + 1;
    while (lo < hi) {
      const middle = (lo + hi) >>> 1;
      if ((density[middle] as number) <= threshold) lo = middle + 1;
      else hi = middle;
    }
    const leftEnd = lo;
    // Right part (non-increasing): the qualifying values are a suffix [b, size).
    lo = modeIndex + 1;
    hi = density.length;
    while (lo < hi) {
      const middle = (lo + hi) >>> 1;
      if ((density[middle] as number) <= threshold) hi = middle;
      else lo = middle + 1;
    }
    if (leftEnd !== this.lastLeftEnd || lo !== this.lastRightStart) {
      this.lastLeftEnd = leftEnd;
      this.lastRightStart = lo;
      const left = leftEnd > 0 ? (this.leftSum[leftEnd - 1] as number) : -Infinity;
      this.lastLogMass = logAddExp(left, this.rightSum[lo] as number);
    }
    return this.lastLogMass;
  }
}

/**
 * log Σ { d(x) : log d(x) ≤ threshold } for one hypergeometric distribution, without building
 * its whole support: the two tails' inner ends are found by bisection on Loader's densities and
 * each tail is summed outward until the rest is negligible (as in fisherExactTest2x2). Costs
 * O(log support) densities plus a short walk, so it suits distributions asked only once or twice.
 */
export function logHypergeometricMassAtMost(white: number, black: number, drawn: number, threshold: number): number {
  const low = Math.max(0, drawn - black);
  const high = Math.min(drawn, white);
  const mode = Math.min(high, Math.max(low, Math.floor(((drawn + 1) * (white + 1)) / (white + black + 2))));
  const logDensity = (x: number): number => logHypergeometricDensity(x, white, black, drawn);
  const inTail = (x: number): boolean => logDensity(x) <= threshold;
  const up = (x: number): number => ((white - x) * (drawn - x)) / ((x + 1) * (black - drawn + x + 1));
  const down = (x: number): number => (x * (black - drawn + x)) / ((white - x + 1) * (drawn - x + 1));
  let logMass = -Infinity;
  const leftEnd = firstTrue(low, mode, (x) => !inTail(x)) - 1;
  if (leftEnd >= low) logMass = logAddExp(logMass, logDensity(leftEnd) + Math.log(sumOutward(leftEnd, low, down)));
  const rightStart = firstTrue(mode + 1, high, inTail);
  if (rightStart <= high) logMass = logAddExp(logMass, logDensity(rightStart) + Math.log(sumOutward(rightStart, high, up)));
  return logMass;
}
