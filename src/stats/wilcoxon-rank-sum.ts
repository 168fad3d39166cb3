import { brentRoot } from './brent-root.js';
import { normalQuantile, twoSidedNormalPValue } from './distributions.js';
import { PairwiseDifferences } from './pairwise-differences.js';
import { floorPValue } from './p-value-floor.js';
import { type RankSumParts, rankSumParts, rankSumVariance } from './rank-sum.js';
import type { NoTestReason, TestResult } from './types.js';
import { wilcoxonExactPValue, wilcoxonQuantile } from './wilcoxon-distribution.js';
import { type WeightedSample, sampleSize } from './weighted-sample.js';

/** Wilcoxon's rank-sum test of x against y with the Hodges–Lehmann shift x − y. */
export interface WilcoxonResult extends TestResult {
  /** True when p, estimate and interval are exact (both samples < 50 cases, no ties); null without a test. */
  readonly exact: boolean | null;
  /** Hodges–Lehmann shift x − y (R's "difference in location"). */
  readonly estimate: number | null;
  /** Its 95 % confidence interval. */
  readonly ci95: readonly [number, number] | null;
}

/** Below this many cases in both samples, and without ties, R computes the exact distribution. */
export const EXACT_WILCOXON_BELOW = 50;

const EXACT_METHOD = 'Wilcoxon rank sum exact test';
const NORMAL_METHOD = 'Wilcoxon rank sum test with continuity correction';
const UPPER_Z = normalQuantile(0.975);
const LOWER_Z = normalQuantile(0.025);
/** R's wilcox.test default tol.root for its uniroot calls. */
const ROOT_TOLERANCE = 1e-4;

function noTest(reason: NoTestReason): WilcoxonResult {
  return { test: null, method: null, statistic: null, parameter: null, pValue: null, reason, warnings: [], exact: null, estimate: null, ci95: null };
}

/**
 * Wilcoxon's rank-sum (Mann–Whitney) test of x against y, two-sided, as R's
 * `wilcox.test(x, y, correct = TRUE, conf.int = TRUE)`, on weighted samples (no expansion):
 * - W = sum of x's midranks in the pooled sample − nx(nx + 1)/2 (R's statistic).
 * - Exact when nx < 50, ny < 50 and no value occurs twice in the pooled sample: p from the
 *   exact null distribution (R's pwilcox, counted by a recurrence); the Hodges–Lehmann estimate
 *   is the median of the nx·ny differences x − y and the interval their order statistics
 *   (qu, nx·ny − qu + 1) with qu = qwilcox(0.025, nx, ny) (at least 1), as R. (With very
 *   few cases 95 % cannot be reached: qu = 1 gives the widest interval there is, whose level
 *   is lower; R warns "Requested conf.level not achievable" and returns the same interval.)
 * - Otherwise the normal approximation: z = (W − nx·ny/2 − ½·sign) / σ with the tie-corrected
 *   σ² = nx·ny/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1))). R finds the estimate and the interval as
 *   roots (uniroot, tol 1e-4) of the same standardized statistic computed for x − d against y,
 *   a step function of d that jumps only at the differences x − y; here each root is that jump
 *   exactly: the interval ends are the differences where z(d) (with the continuity correction)
 *   crosses ±1.96, the estimate where z(d) (without it, as R) crosses 0 — the median of the
 *   differences. Agreement with R is therefore to about 1e-4. Where z is 0 on a whole gap
 *   between the two middle differences, R returns whichever point of the gap its uniroot steps
 *   on first; the same Brent iterations are run here, so that point is reported too.
 * Reasons: `no-cases` when a sample is empty; `constant-values` when every value in both
 * samples is the same (R gives NaN). Each sample constant but different: the estimate is that
 * difference and the interval collapses onto it (R stops with an error there).
 * References: Wilcoxon (1945), Mann & Whitney (1947), Hodges & Lehmann (1963), Bauer (1972);
 * R's stats:::wilcox.test.default.
 */
export function wilcoxonRankSum(x: WeightedSample, y: WeightedSample): WilcoxonResult {
  if (sampleSize(x) === 0 || sampleSize(y) === 0) return noTest('no-cases');
  const parts = rankSumParts(x, y);
  if (parts.distinct === 1) return noTest('constant-values');
  const { nx, ny, u: statistic } = parts;
  const differences = new PairwiseDifferences(x, y);
  if (nx < EXACT_WILCOXON_BELOW && ny < EXACT_WILCOXON_BELOW && !parts.ties) {
    const floored = floorPValue(wilcoxonExactPValue(statistic, nx, ny));
    const lowerRank = Math.max(1, wilcoxonQuantile(0.025, nx, ny));
    return {
      test: 'wilcoxon',
      method: EXACT_METHOD,
      statistic,
      parameter: null,
      pValue: floored.pValue,
      reason: null,
      warnings: floored.warnings,
      exact: true,
      estimate: differences.median(),
      ci95: [differences.kth(lowerRank), differences.kth(nx * ny - lowerRank + 1)],
    };
  }
  const sigma = Math.sqrt(rankSumVariance(parts));
  if (!(sigma > 0)) return noTest('constant-values');
  const centred = statistic - (nx * ny) / 2;
  const floored = floorPValue(twoSidedNormalPValue((centred - Math.sign(centred) * 0.5) / sigma));
  const { estimate, ci95 } = normalShiftEstimate(x, y, parts, differences);
  return {
    test: 'wilcoxon',
    method: NORMAL_METHOD,
    statistic,
    parameter: null,
    pValue: floored.pValue,
    reason: null,
    warnings: floored.warnings,
    exact: false,
    estimate,
    ci95,
  };
}

/** R's standardized statistic for x − shift against y (its W(d) in wilcox.test), at one point. */
function standardizedAt(x: WeightedSample, y: WeightedSample, shift: number, correct: boolean): number {
  const parts = rankSumParts(x, y, shift);
  const centred = parts.u - (parts.nx * parts.ny) / 2;
  const correction = correct ? Math.sign(centred) * 0.5 : 0;
  return (centred - correction) / Math.sqrt(rankSumVariance(parts));
}

/**
 * The normal-case Hodges–Lehmann estimate and interval: the exact roots of R's step function
 * (see wilcoxonRankSum). Between two consecutive differences the function is constant, with
 * u = the number of differences above d and σ₀ from the within-sample ties only; it falls as d
 * grows, so the root for a level zq is the `need`-th largest difference, `need` being the
 * smallest u whose plateau value reaches zq. R's own end checks are kept: when z at the smallest
 * (largest) difference is already on the far side of zq it returns that end.
 */
function normalShiftEstimate(
  x: WeightedSample,
  y: WeightedSample,
  parts: RankSumParts,
  differences: PairwiseDifferences,
): { estimate: number; ci95: readonly [number, number] } {
  const { smallest, largest, size } = differences;
  if (smallest === largest) return { estimate: smallest, ci95: [smallest, smallest] };
  const withinTies = withinSampleTieSum(x) + withinSampleTieSum(y);
  const plateauSigma = Math.sqrt(rankSumVariance({ ...parts, tieSum: withinTies }));
  const atSmallest = standardizedAt(x, y, smallest, true);
  const atLargest = standardizedAt(x, y, largest, true);
  const plateau = (above: number): number => {
    const centred = above - size / 2;
    return (centred - Math.sign(centred) * 0.5) / plateauSigma;
  };
  const root = (level: number): number => {
    if (!(atSmallest - level > 0)) return smallest;
    if (!(atLargest - level < 0)) return largest;
    // First guess from the closed form, then step to the exact smallest u reaching the level.
    let need = Math.ceil(size / 2 + Math.sign(level) * 0.5 + level * plateauSigma);
    need = Math.min(Math.max(need, 0), size);
    while (need > 0 && plateau(need - 1) >= level) need--;
    while (need < size && plateau(need) < level) need++;
    return differences.kth(size - Math.max(need, 1) + 1);
  };
  return { estimate: shiftEstimate(x, y, differences), ci95: [root(UPPER_Z), root(LOWER_Z)] };
}

/**
 * The normal-case estimate: where z(d) without continuity correction crosses 0, i.e. where the
 * number of differences above d passes nx·ny/2 — the median of the differences. When that
 * number is even and the two middle differences differ, z is exactly 0 on the whole gap between
 * them and any point of it is R's root; R returns the first point of the gap that its uniroot
 * (Brent's method from the smallest to the largest difference, tol 1e-4) steps on, so the same
 * iterations are run here on the same function to report the same point.
 */
function shiftEstimate(x: WeightedSample, y: WeightedSample, differences: PairwiseDifferences): number {
  const { size, smallest, largest } = differences;
  if (size % 2 === 1) return differences.kth((size + 1) / 2);
  const [below, above] = differences.kthAndNext(size / 2);
  if (below === above) return below;
  const z = (shift: number): number => standardizedAt(x, y, shift, false);
  return brentRoot(z, smallest, largest, z(smallest), z(largest), ROOT_TOLERANCE);
}

/** Σ (t³ − t) over the values of one sample: the ties that stay whatever the shift. */
function withinSampleTieSum(sample: WeightedSample): number {
  let sum = 0;
  for (let index = 0; index < sample.counts.length; index++) {
    const count = sample.counts[index]!;
    sum += count * count * count - count;
  }
  return sum;
}
