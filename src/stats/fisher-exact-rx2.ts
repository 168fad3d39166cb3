import { HypergeometricTails, hypergeometricRun } from './hypergeometric-run.js';
import { logBinomialDensity, logHypergeometricDensity } from './loader-densities.js';
import { logAddExp } from './log-space.js';
import { floorLogPValue } from './p-value-floor.js';
import type { NoTestReason, StatWarning, TestResult } from './types.js';
import { assertCount } from './validate.js';

const METHOD = "Fisher's Exact Test for Count Data";

/** R's fuzz factor (relErr in fisher.test): tables this close to the observed one are "as extreme". */
const LOG_RELATIVE_ERROR = Math.log1p(1e-7);

/**
 * Past path values closer than this (on the log scale) are merged into one entry: they reach the
 * same node with the same future, so they are decided together. Only the decision uses the
 * merged value; the probability mass of every merged path is kept exactly.
 */
const MERGE_QUANTUM = 1e-10;

/** Above this many remaining rows the exact shortest-path bound (2^rows subset sums) is skipped. */
const MAX_ROWS_FOR_VERTEX_BOUND = 15;

/**
 * Tables whose exact test would take more than this many steps of the network get no test
 * (`too-complex`): about a second of work on a laptop. R's fisher.test stops with a workspace
 * error long before that on such tables.
 */
export const FISHER_RX2_MAX_WORK = 10_000_000;

/** At most this many merged paths are kept between two rows (about 100 MB). */
const MAX_LIVE_PATHS = 1_000_000;

/**
 * Fisher's exact test for an r×2 table (rows = categories, columns = the two groups or
 * outcomes), two-sided.
 *
 * Conditioning on both margins, the table has the multivariate hypergeometric probability
 * P(x) = Π C(n_i, x_i) / C(N, c), and the p-value is the sum of P over all tables with the same
 * margins and P ≤ P(observed)·(1 + 1e-7). Reference: R's fisher.test(matrix, workspace = …)
 * $p.value (Mehta & Patel's network algorithm, FEXACT).
 *
 * Method: a network algorithm of our own for two columns (Mehta & Patel 1983). Rows are
 * processed one by one (smallest first); a node is (rows done, cases of the smaller column still
 * to place), a path's value the log-probability of its rows so far, factored as a product of
 * hypergeometric steps (Loader's densities, so huge counts keep their digits). At each node the
 * most and least probable completions are known exactly: the most probable by unit exchanges
 * (log C(n, x) is concave, so a local optimum is global), the least probable at a vertex of the
 * margins' polytope (every row empty or full but one), found from subset sums of the row sizes.
 * A path whose most probable completion is at most as probable as the observed table adds its
 * whole subtree (its conditional probabilities sum to 1, Vandermonde's identity); one whose least
 * probable completion is more probable is dropped; equal past values at a node are merged. The
 * last two rows are a single hypergeometric, whose two tails are read from cumulative sums. All
 * sums are kept in log space, so p-values below 1e-300 keep their digits until they leave the
 * double range (then `p-underflow` with the smallest double).
 *
 * Why hand-written: no maintained npm package computes exact r×c (or r×2) tests (the packages
 * found do 2×2 only); R's FEXACT is 2,000 lines of Fortran-style C for the general r×c case.
 * Tables too large for an exact answer in about a second (thousands of cases spread over many
 * rows with a clear association) get no test, reason `too-complex`; R fails on them too.
 *
 * Degenerate tables (as chiSquareTestRx2): rows with no cases are dropped first (`rows-dropped`);
 * no cases → `no-cases`; fewer than two rows with cases → `too-few-rows`; an empty column →
 * `empty-margin` (R reports p = 1 there: only one table is possible).
 */
export function fisherExactRx2(
  rows: ReadonlyArray<readonly [number, number]>,
  options?: { readonly maxWork?: number },
): TestResult {
  rows.forEach(([first, second], index) => {
    assertCount(first, `rows[${index}][0]`);
    assertCount(second, `rows[${index}][1]`);
  });
  const kept = rows.filter(([first, second]) => first + second > 0);
  const warnings: StatWarning[] = kept.length < rows.length ? ['rows-dropped'] : [];
  let firstTotal = 0;
  let secondTotal = 0;
  for (const [first, second] of kept) {
    firstTotal += first;
    secondTotal += second;
  }
  // Degenerate: nothing counted in any row.
  if (firstTotal + secondTotal === 0) return noTest('no-cases', warnings);
  // Degenerate: a single category cannot be compared with anything.
  if (kept.length < 2) return noTest('too-few-rows', warnings);
  // Degenerate: one column is empty, so only the observed table has these margins.
  if (firstTotal === 0 || secondTotal === 0) return noTest('empty-margin', warnings);

  // The test is symmetric in the columns; placing the smaller column keeps the nodes few.
  const useFirst = firstTotal <= secondTotal;
  const ordered = kept
    .map(([first, second]) => ({ size: first + second, placed: useFirst ? first : second }))
    .sort((a, b) => a.size - b.size);
  const logP = logTailProbability(
    ordered.map((row) => row.size),
    ordered.map((row) => row.placed),
    useFirst ? firstTotal : secondTotal,
    options?.maxWork ?? FISHER_RX2_MAX_WORK,
  );
  // Too many paths straddle the observed probability to finish in reasonable time.
  if (logP === null) return noTest('too-complex', warnings);
  const floored = floorLogPValue(logP);
  return {
    test: 'fisher-rx2',
    method: METHOD,
    statistic: null,
    parameter: null,
    pValue: floored.pValue,
    reason: null,
    warnings: [...warnings, ...floored.warnings],
  };
}

/** A merged set of partial paths at a node: the value used to decide, and their total mass. */
interface Past {
  readonly logPath: number;
  logMass: number;
}

/**
 * log Σ P(x) over the tables with P(x) ≤ P(observed)(1 + 1e-7), or null when the work budget
 * runs out. `sizes` ascending, `observed` the placed column's counts, `total` its total.
 */
function logTailProbability(
  sizes: readonly number[],
  observed: readonly number[],
  total: number,
  maxWork: number,
): number | null {
  const rowCount = sizes.length;
  const remaining = new Array<number>(rowCount + 1).fill(0);
  for (let k = rowCount - 1; k >= 0; k--) remaining[k] = (remaining[k + 1] as number) + (sizes[k] as number);

  // The observed table's log-probability, factored exactly as the paths are.
  let logObserved = 0;
  let left = total;
  for (let k = 0; k < rowCount - 1; k++) {
    const size = sizes[k] as number;
    const x = observed[k] as number;
    logObserved += logHypergeometricDensity(x, left, (remaining[k] as number) - left, size);
    left -= x;
  }
  const threshold = logObserved + LOG_RELATIVE_ERROR;
  // The bounds are computed from binomial coefficients, less exactly than the paths; a subtree
  // is decided wholesale only when its bound clears the threshold by this margin.
  const margin = 1e-8 + 1e-12 * Math.abs(threshold);
  const bounds = new CompletionBounds(sizes, remaining);

  let logP = -Infinity;
  let work = 0;
  let live = 0;
  let level = new Map<number, Map<number, Past>>([[total, new Map([[0, { logPath: 0, logMass: 0 }]])]]);
  for (let k = 0; k < rowCount - 2; k++) {
    const next = new Map<number, Map<number, Past>>();
    live = 0;
    const size = sizes[k] as number;
    for (const [placeLeft, pasts] of level) {
      const run = hypergeometricRun(placeLeft, (remaining[k] as number) - placeLeft, size);
      work += pasts.size * run.logDensity.length;
      if (work > maxWork) return null;
      for (let x = run.low; x <= run.high; x++) {
        const step = run.logDensity[x - run.low] as number;
        const child = placeLeft - x;
        const most = bounds.mostProbable(k + 1, child);
        const least = bounds.leastProbable(k + 1, child);
        let children = next.get(child);
        for (const past of pasts.values()) {
          const logPath = past.logPath + step;
          // Every completion is at most as probable as the observed table: take the subtree.
          if (logPath + most <= threshold - margin) {
            logP = logAddExp(logP, past.logMass + step);
            continue;
          }
          // Every completion is more probable than the observed table: none counts.
          if (logPath + least > threshold + margin) continue;
          if (children === undefined) {
            children = new Map();
            next.set(child, children);
          }
          const key = Math.round(logPath / MERGE_QUANTUM);
          const same = children.get(key);
          if (same === undefined) {
            children.set(key, { logPath, logMass: past.logMass + step });
            if (++live > MAX_LIVE_PATHS) return null;
          } else same.logMass = logAddExp(same.logMass, past.logMass + step);
        }
      }
    }
    level = next;
  }

  // The last two rows: the first of them is hypergeometric given what is left to place.
  const k = rowCount - 2;
  for (const [placeLeft, pasts] of level) {
    const tails = new HypergeometricTails(hypergeometricRun(placeLeft, (remaining[k] as number) - placeLeft, sizes[k] as number));
    work += pasts.size;
    if (work > maxWork) return null;
    for (const past of pasts.values()) {
      logP = logAddExp(logP, past.logMass + tails.logMassAtMost(threshold - past.logPath));
    }
  }
  return logP;
}

/** log C(n, x), through Loader's binomial density at p = ½ (no lgamma cancellation). */
function logChoose(n: number, x: number): number {
  if (x === 0 || x === n) return 0;
  return logBinomialDensity(x, n, 0.5, 0.5) + n * Math.LN2;
}

/**
 * The log conditional probabilities of the most and least probable ways to complete a table:
 * rows k… (sizes given) must hold `placeLeft` cases of the placed column. Cached per node.
 */
class CompletionBounds {
  private readonly most: Map<number, number>[] = [];
  private readonly least: Map<number, number>[] = [];
  /** subsetSums[k][p]: sorted distinct sums of sizes of rows k… other than p (null: too many rows). */
  private readonly subsetSums: (ReadonlyArray<Float64Array> | null)[] = [];

  constructor(
    private readonly sizes: readonly number[],
    private readonly remaining: readonly number[],
  ) {
    for (let k = 0; k <= sizes.length; k++) {
      this.most.push(new Map());
      this.least.push(new Map());
    }
  }

  mostProbable(k: number, placeLeft: number): number {
    const cache = this.most[k] as Map<number, number>;
    let value = cache.get(placeLeft);
    if (value === undefined) {
      value = this.computeMostProbable(k, placeLeft);
      cache.set(placeLeft, value);
    }
    return value;
  }

  leastProbable(k: number, placeLeft: number): number {
    const cache = this.least[k] as Map<number, number>;
    let value = cache.get(placeLeft);
    if (value === undefined) {
      value = this.computeLeastProbable(k, placeLeft);
      cache.set(placeLeft, value);
    }
    return value;
  }

  /** Maximises Σ log C(n_i, x_i) subject to Σ x_i = placeLeft: a concave, separable problem. */
  private computeMostProbable(k: number, placeLeft: number): number {
    const sizes = this.sizes.slice(k);
    const total = this.remaining[k] as number;
    if (sizes.length <= 1) return 0;
    // Start from the proportional split, then fill and exchange single cases while that helps.
    const x = sizes.map((size) => Math.floor((placeLeft * size) / total));
    let missing = placeLeft - x.reduce((sum, value) => sum + value, 0);
    const gain = (i: number): number => {
      const size = sizes[i] as number;
      const value = x[i] as number;
      return value < size ? (size - value) / (value + 1) : -1;
    };
    const loss = (i: number): number => {
      const size = sizes[i] as number;
      const value = x[i] as number;
      return value > 0 ? (size - value + 1) / value : Infinity;
    };
    while (missing > 0) {
      let best = 0;
      for (let i = 1; i < sizes.length; i++) if (gain(i) > gain(best)) best = i;
      x[best] = (x[best] as number) + 1;
      missing--;
    }
    for (;;) {
      let up = 0;
      let down = 0;
      for (let i = 1; i < sizes.length; i++) {
        if (gain(i) > gain(up)) up = i;
        if (loss(i) < loss(down)) down = i;
      }
      // C(n_up, x+1)/C(n_up, x) > C(n_down, x)/C(n_down, x−1): moving one case gains.
      if (up === down || !(gain(up) > loss(down) * (1 + 1e-12))) break;
      x[up] = (x[up] as number) + 1;
      x[down] = (x[down] as number) - 1;
    }
    let sum = 0;
    sizes.forEach((size, i) => {
      sum += logChoose(size, x[i] as number);
    });
    return sum - logChoose(total, placeLeft);
  }

  /**
   * Minimises Σ log C(n_i, x_i): a concave function is least at a vertex of the polytope, where
   * every row is empty or full (log C = 0) except one partial row p holding y cases; over the
   * feasible y the least value is at the smallest or largest one.
   */
  private computeLeastProbable(k: number, placeLeft: number): number {
    const total = this.remaining[k] as number;
    if (this.sizes.length - k <= 1) return 0;
    const sums = this.subsetSumsFrom(k);
    // Too many rows for subset sums: the bound Σ log C ≥ 0 still holds.
    if (sums === null) return -logChoose(total, placeLeft);
    let least = Infinity;
    for (let p = k; p < this.sizes.length; p++) {
      const size = this.sizes[p] as number;
      const others = sums[p - k] as Float64Array;
      // Largest sum ≤ placeLeft (fewest cases in row p) and smallest sum ≥ placeLeft − size.
      const fewest = placeLeft - (others[upperIndex(others, placeLeft) - 1] ?? Infinity);
      const most = placeLeft - (others[lowerIndex(others, placeLeft - size)] ?? -Infinity);
      if (fewest >= 0 && fewest <= size) least = Math.min(least, logChoose(size, fewest));
      if (most >= 0 && most <= size) least = Math.min(least, logChoose(size, most));
    }
    return least - logChoose(total, placeLeft);
  }

  private subsetSumsFrom(k: number): ReadonlyArray<Float64Array> | null {
    if (this.subsetSums[k] !== undefined) return this.subsetSums[k] as ReadonlyArray<Float64Array> | null;
    const rows = this.sizes.slice(k);
    let result: Float64Array[] | null = null;
    if (rows.length - 1 <= MAX_ROWS_FOR_VERTEX_BOUND) {
      result = rows.map((_, p) => {
        let sums = new Set<number>([0]);
        rows.forEach((size, i) => {
          if (i === p) return;
          const grown = new Set(sums);
          for (const sum of sums) grown.add(sum + size);
          sums = grown;
        });
        return Float64Array.from(sums).sort();
      });
    }
    this.subsetSums[k] = result;
    return result;
  }
}

/** The first index whose value is > target (values ascending). */
function upperIndex(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const middle = (lo + hi) >>> 1;
    if ((values[middle] as number) <= target) lo = middle + 1;
    else hi = middle;
  }
  return lo;
}

/** The first index whose value is ≥ target (values ascending). */
function lowerIndex(values: Float64Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const middle = (lo + hi) >>> 1;
    if ((values[middle] as number) < target) lo = middle + 1;
    else hi = middle;
  }
  return lo;
}

function noTest(reason: NoTestReason, warnings: readonly StatWarning[]): TestResult {
  return { test: null, method: null, statistic: null, parameter: null, pValue: null, reason, warnings };
}
