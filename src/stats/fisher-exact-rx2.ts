import { type HypergeometricRun, HypergeometricTails, hypergeometricRun, logHypergeometricMassAtMost } from './hypergeometric-run.js';
import { logBinomialDensity, logHypergeometricDensity } from './loader-densities.js';
import { logAddExp } from './log-space.js';
import { floorLogPValue } from './p-value-floor.js';
import type { NoTestReason, StatWarning, TestResult } from './types.js';
import { assertCount } from './validate.js';

const METHOD = "Fisher's Exact Test for Count Data";

/**
 * How much more probable than the observed table a table may be and still count as "as extreme"
 * (log scale). R's fisher.test uses relErr = 1 + 1e-7 for 2×2 tables and FEXACT's
 * tol = 3.45254e-7 (added to the observed log-probability, f2xact) for larger ones; we follow it
 * so that near-ties fall on the same side as in R.
 */
const LOG_TOLERANCE_TWO_ROWS = Math.log1p(1e-7);
const LOG_TOLERANCE_MORE_ROWS = 3.45254e-7;

/**
 * Past path values closer than this (on the log scale) are merged into one entry: they reach the
 * same node with the same future, so they are decided together. Only the decision uses the
 * merged value; the probability mass of every merged path is kept exactly.
 */
const MERGE_QUANTUM = 1e-10;

/** log of the smallest positive double: exp of anything lower is 0. */
const LOG_SMALLEST_DOUBLE = Math.log(Number.MIN_VALUE);

/** Above this many remaining rows the exact shortest-path bound (2^rows subset sums) is skipped. */
const MAX_ROWS_FOR_VERTEX_BOUND = 15;

/**
 * Tables whose exact test would take more than this many units of work get no test
 * (`too-complex`): at most about half a second (see DENSITY_COST for what a unit costs). R's
 * fisher.test needs minutes or stops with a workspace error on most such tables (12 rows of
 * 60 cases, 8 rows of 150).
 */
export const FISHER_RX2_MAX_WORK = 4_000_000;

/**
 * Fisher's exact test for an r×2 table (rows = categories, columns = the two groups or
 * outcomes), two-sided.
 *
 * Conditioning on both margins, the table has the multivariate hypergeometric probability
 * P(x) = Π C(n_i, x_i) / C(N, c), and the p-value is the sum of P over all tables with the same
 * margins and P ≤ P(observed)·(1 + 1e-7) (two rows; with more rows FEXACT's tolerance,
 * P ≤ P(observed)·exp(3.45254e-7)). Reference: R's fisher.test(matrix, workspace = …)
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
 * probable completion is more probable is dropped; equal past values at a node are merged (their
 * masses kept exactly). A node's paths are kept sorted with cumulative sums, so the paths taken
 * or dropped for a count are a prefix or suffix added in one step. From five rows on, the search
 * meets in the middle: the futures of the later rows are listed once per node, sorted, and each
 * past reads its share by bisection. The last two rows are a single hypergeometric, whose two
 * tails are read from cumulative sums. Work is counted in units (DENSITY_COST); the units of the
 * last phase depend only on the paths, not on their masses, so they are all counted before the
 * last level's masses are made or anything is summed, and a search that runs out (most that do
 * run out there) stops before that costly part. All sums are kept in log space, so p-values
 * below 1e-300 keep their digits until they leave the double range (then `p-underflow` with the
 * smallest double). Our p agrees with itself to ~1e-13 whatever the merging and split; on tables with
 * hundreds of cases R's FEXACT merges path values within its tolerance and is good to ~1e-8.
 *
 * Why hand-written: no maintained npm package computes exact r×c (or r×2) tests (the packages
 * found do 2×2 only); R's FEXACT is 2,000 lines of Fortran-style C for the general r×c case.
 * Tables too large for an exact answer in about half a second (thousands of cases spread over many
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

/**
 * The live partial paths at one node, sorted by value: logPath[i] decides (merged paths keep the
 * first value), logMass[i] is the exact total probability of the paths merged into entry i, and
 * cumulative[i] = log Σ_{j ≤ i} exp(logMass[j]), so that any prefix is added in one step.
 */
interface Pasts {
  readonly logPath: Float64Array;
  /** Filled by PastsBuilder.fillMasses once the search is known to finish within its work. */
  logMass: Float64Array;
  cumulative: Float64Array;
}

/**
 * Collects the paths arriving at one node during a forward step. They arrive as sorted runs
 * (one per parent node and count: a parent's sorted paths shifted by one step), so they are
 * sorted by merging runs pairwise, O(n log runs) without comparator calls. A run is only noted
 * when it arrives; nothing is copied until the node is sorted, and the masses (the costly,
 * log-space part) are only made in `fillMasses`, once the whole search is known to finish within
 * its work, so a search that runs out has not paid for them.
 */
class PastsBuilder {
  private readonly runs: Pasts[] = [];
  private readonly runFrom: number[] = [];
  private readonly runTo: number[] = [];
  private readonly runStep: number[] = [];
  private length = 0;
  /** The paths in sorted order and, for each, its place in arrival order (once sorted). */
  private sortedPaths: Float64Array | null = null;
  private arrival: Int32Array | null = null;
  private node: Pasts | null = null;

  /** Notes paths [from, to) of a parent, each moved by `step`. */
  addRun(pasts: Pasts, from: number, to: number, step: number): void {
    this.runs.push(pasts);
    this.runFrom.push(from);
    this.runTo.push(to);
    this.runStep.push(step);
    this.length += to - from;
  }

  /**
   * The node's paths, sorted, values closer than MERGE_QUANTUM merged into one entry (the first
   * value decides); their masses are filled in later by fillMasses. Made once.
   */
  pasts(): Pasts {
    if (this.node !== null) return this.node;
    const paths = this.sort();
    const merged = new Float64Array(paths.length);
    let count = 0;
    let groupStart = -Infinity;
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i] as number;
      if (!(path - groupStart < MERGE_QUANTUM)) {
        groupStart = path;
        merged[count++] = path;
      }
    }
    this.node = { logPath: merged.subarray(0, count), logMass: new Float64Array(0), cumulative: new Float64Array(0) };
    return this.node;
  }

  /**
   * Fills in the masses of the node's entries (the exact sum over the paths merged into each),
   * once its parents' masses are known. The cumulative sums are only needed when the node's
   * paths are stepped forward again (`withCumulative`).
   */
  fillMasses(withCumulative: boolean): void {
    const node = this.pasts();
    const paths = this.sort();
    const arrival = this.arrival as Int32Array;
    const length = this.length;
    // The masses in arrival order, moved by their run's step (as the paths).
    const masses = new Float64Array(length);
    let out = 0;
    for (let r = 0; r < this.runs.length; r++) {
      const logMass = (this.runs[r] as Pasts).logMass;
      const step = this.runStep[r] as number;
      const to = this.runTo[r] as number;
      for (let i = this.runFrom[r] as number; i < to; i++) masses[out++] = (logMass[i] as number) + step;
    }
    const logMass = new Float64Array(node.logPath.length);
    let count = 0;
    let groupStart = -Infinity;
    for (let i = 0; i < length; i++) {
      const path = paths[i] as number;
      const mass = masses[arrival[i] as number] as number;
      if (path - groupStart < MERGE_QUANTUM) {
        logMass[count - 1] = logAddExp(logMass[count - 1] as number, mass);
      } else {
        groupStart = path;
        logMass[count] = mass;
        count++;
      }
    }
    node.logMass = logMass;
    if (withCumulative) {
      const cumulative = new Float64Array(count);
      let sum = -Infinity;
      for (let i = 0; i < count; i++) {
        sum = logAddExp(sum, logMass[i] as number);
        cumulative[i] = sum;
      }
      node.cumulative = cumulative;
    }
  }

  /** The paths sorted (stable: equal values keep their arrival order), once. */
  private sort(): Float64Array {
    if (this.sortedPaths !== null) return this.sortedPaths;
    const length = this.length;
    let paths = new Float64Array(length);
    let arrival = new Int32Array(length);
    let bounds: number[] = [];
    let out = 0;
    for (let r = 0; r < this.runs.length; r++) {
      bounds.push(out);
      const logPath = (this.runs[r] as Pasts).logPath;
      const step = this.runStep[r] as number;
      const to = this.runTo[r] as number;
      for (let i = this.runFrom[r] as number; i < to; i++) {
        paths[out] = (logPath[i] as number) + step;
        arrival[out] = out;
        out++;
      }
    }
    bounds.push(length);
    let otherPaths = new Float64Array(length);
    let otherArrival = new Int32Array(length);
    while (bounds.length > 2) {
      const merged: number[] = [0];
      for (let r = 0; r + 1 < bounds.length; r += 2) {
        const start = bounds[r] as number;
        const middle = bounds[r + 1] as number;
        const end = r + 2 < bounds.length ? (bounds[r + 2] as number) : middle;
        let i = start;
        let j = middle;
        let at = start;
        while (i < middle && j < end) {
          if ((paths[i] as number) <= (paths[j] as number)) {
            otherPaths[at] = paths[i] as number;
            otherArrival[at++] = arrival[i++] as number;
          } else {
            otherPaths[at] = paths[j] as number;
            otherArrival[at++] = arrival[j++] as number;
          }
        }
        while (i < middle) {
          otherPaths[at] = paths[i] as number;
          otherArrival[at++] = arrival[i++] as number;
        }
        while (j < end) {
          otherPaths[at] = paths[j] as number;
          otherArrival[at++] = arrival[j++] as number;
        }
        merged.push(end);
      }
      [paths, otherPaths] = [otherPaths, paths];
      [arrival, otherArrival] = [otherArrival, arrival];
      bounds = merged;
    }
    this.sortedPaths = paths;
    this.arrival = arrival;
    return paths;
  }
}

/** One forward step: the nodes it reached (in the order first reached) and what it counted whole. */
interface ForwardStep {
  readonly builders: Map<number, PastsBuilder>;
  readonly included: IncludedPrefixes;
}

/**
 * The prefixes of pasts a forward step counts whole, each moved by its step, noted during the
 * step and summed (in the same order) once the masses are known.
 */
class IncludedPrefixes {
  private readonly pasts: Pasts[] = [];
  private readonly lengths: number[] = [];
  private readonly steps: number[] = [];

  add(pasts: Pasts, length: number, step: number): void {
    this.pasts.push(pasts);
    this.lengths.push(length);
    this.steps.push(step);
  }

  /** log Σ of the noted prefixes' masses (−Infinity when none). */
  logMass(): number {
    let sum = -Infinity;
    for (let i = 0; i < this.pasts.length; i++) {
      const cumulative = (this.pasts[i] as Pasts).cumulative;
      sum = logAddExp(sum, (cumulative[(this.lengths[i] as number) - 1] as number) + (this.steps[i] as number));
    }
    return sum;
  }
}

function singlePast(): Pasts {
  return { logPath: Float64Array.of(0), logMass: Float64Array.of(0), cumulative: Float64Array.of(0) };
}

/** Thrown (and caught in logTailProbability) when the work budget runs out. */
class WorkExhausted extends Error {}

/**
 * One unit of work is one step of a loop over counts or paths; a saddle-point density (Loader)
 * costs about this many units. Measured (Node 20, once V8 has optimised the search): about
 * 100 ns a unit when the search finishes, far less when it runs out, since the work of the last
 * phase is counted before it is done (a 6-row table of 552 cases that runs out of 100,000 units:
 * about 2 ms). The units stay as they are: which tables get the exact test depends on them.
 */
const DENSITY_COST = 8;

/** Counts units of work and stops the search when there are too many. */
class WorkBudget {
  private used = 0;
  constructor(private readonly limit: number) {}
  spend(steps: number): void {
    this.used += steps;
    if (this.used > this.limit) throw new WorkExhausted();
  }
}

/**
 * log Σ P(x) over the tables with P(x) ≤ P(observed) (within the tolerance), or null when the work budget
 * runs out. `sizes` ascending, `observed` the placed column's counts, `total` its total.
 */
function logTailProbability(
  sizes: readonly number[],
  observed: readonly number[],
  total: number,
  maxWork: number,
): number | null {
  try {
    return new TailSearch(sizes, observed, total, new WorkBudget(maxWork)).run();
  } catch (error) {
    if (error instanceof WorkExhausted) return null;
    throw error;
  }
}

/**
 * The network search. Rows before `split` are walked forward, keeping every live path (merged
 * by value) per node; at `split` each node's futures (the rows from `split` on) are enumerated
 * once, sorted by value, and every past at the node reads its share from their cumulative sums
 * (meeting in the middle: the cost is pasts + futures, not pasts × futures). With four rows or
 * fewer there is no middle: the last two rows are one hypergeometric, summed in closed form.
 */
class TailSearch {
  private readonly rowCount: number;
  /** remaining[k] = Σ sizes[k…]. */
  private readonly remaining: number[];
  private readonly threshold: number;
  private readonly margin: number;
  private readonly bounds: CompletionBounds;
  /** runs[k].get(left): row k's hypergeometric run with `left` cases to place (meet's cache). */
  private readonly runs: Map<number, HypergeometricRun>[] = [];

  constructor(
    private readonly sizes: readonly number[],
    observed: readonly number[],
    private readonly total: number,
    private readonly budget: WorkBudget,
  ) {
    const rowCount = sizes.length;
    this.rowCount = rowCount;
    const remaining = new Array<number>(rowCount + 1).fill(0);
    for (let k = rowCount - 1; k >= 0; k--) remaining[k] = (remaining[k + 1] as number) + (sizes[k] as number);
    this.remaining = remaining;
    // The observed table's log-probability, factored exactly as the paths are.
    let logObserved = 0;
    let left = total;
    for (let k = 0; k < rowCount - 1; k++) {
      const x = observed[k] as number;
      logObserved += logHypergeometricDensity(x, left, (remaining[k] as number) - left, sizes[k] as number);
      left -= x;
    }
    this.threshold = logObserved + (rowCount === 2 ? LOG_TOLERANCE_TWO_ROWS : LOG_TOLERANCE_MORE_ROWS);
    // The bounds are computed from binomial coefficients, less exactly than the paths; a subtree
    // is decided wholesale only when its bound clears the threshold by this margin.
    this.margin = 1e-8 + 1e-12 * Math.abs(this.threshold);
    this.bounds = new CompletionBounds(sizes, remaining, budget);
  }

  run(): number {
    // p is at most (number of tables) × the threshold probability: when even that is below the
    // smallest double (huge tables with a huge association), p underflows whatever the search.
    let logTableCount = 0;
    for (const size of this.sizes.slice(0, -1)) logTableCount += Math.log(Math.min(size, this.total) + 1);
    if (this.threshold + logTableCount < LOG_SMALLEST_DOUBLE) return -Infinity;
    const split = this.rowCount <= 4 ? this.rowCount - 2 : this.middleRow();
    const endsWithLastTwoRows = split === this.rowCount - 2;
    // First the paths alone, level by level, spending all the work; the masses (log-space sums,
    // the costly part) only once the search is known to finish: a search that runs out of work
    // (most do so in the last steps) has not paid for them.
    const start = new Map<number, Pasts>([[this.total, singlePast()]]);
    let level = start;
    const steps: ForwardStep[] = [];
    for (let k = 0; k < split; k++) {
      const step = this.forward(k, level);
      steps.push(step);
      // The last level's nodes are sorted one by one as its work is spent, below.
      if (k < split - 1) level = new Map([...step.builders].map(([child, builder]) => [child, builder.pasts()]));
    }
    const last = steps.length > 0 ? (steps[steps.length - 1] as ForwardStep).builders : null;
    const finalNodes: [number, () => Pasts][] =
      last === null ? [...start].map(([placeLeft, pasts]) => [placeLeft, () => pasts]) : [...last].map(([child, builder]) => [child, () => builder.pasts()]);
    if (endsWithLastTwoRows) {
      // Each node keeps at least one path, and the last two rows' work grows with their number:
      // the least work is spent at once, and often already exceeds the budget before any sorting.
      const leastWork = finalNodes.map(([placeLeft]) => this.lastTwoRowsWork(placeLeft, 1));
      this.budget.spend(leastWork.reduce((sum, work) => sum + work, 0));
      finalNodes.forEach(([placeLeft, pastsAt], i) => this.budget.spend(this.lastTwoRowsWork(placeLeft, pastsAt().logPath.length) - (leastWork[i] as number)));
    } else {
      for (const [placeLeft, pastsAt] of finalNodes) this.meetWork(split, placeLeft, pastsAt().logPath);
    }

    // The work suffices: the masses, level by level, and the subtrees each step counted whole.
    let logP = -Infinity;
    steps.forEach(({ builders, included }, k) => {
      logP = logAddExp(logP, included.logMass());
      // Only a level that is stepped forward again needs cumulative sums.
      for (const builder of builders.values()) builder.fillMasses(k < split - 1);
    });
    for (const [placeLeft, pastsAt] of finalNodes) {
      const pasts = pastsAt();
      logP = logAddExp(logP, endsWithLastTwoRows ? this.lastTwoRows(placeLeft, pasts) : this.meet(split, placeLeft, pasts));
    }
    return logP;
  }

  /**
   * Where forward walking stops: the rows are ascending, and the split balances the number of
   * values the rows before and after it can take (log-volumes), keeping two rows after it.
   */
  private middleRow(): number {
    const volume = this.sizes.map((size) => Math.log(Math.min(size, this.total) + 1));
    const half = volume.reduce((sum, value) => sum + value, 0) / 2;
    let forward = 0;
    let split = 0;
    while (split < this.rowCount - 2 && forward + (volume[split] as number) / 2 < half) {
      forward += volume[split] as number;
      split++;
    }
    return Math.max(1, split);
  }

  /**
   * One forward step from the nodes after k rows to those after k + 1 rows. The paths at a node
   * are sorted, so for each count x in row k the paths whose subtree counts entirely form a
   * prefix (its mass read from the cumulative sums, returned in `included`) and those whose
   * subtree never counts a suffix; only the paths in between are carried to the child node.
   */
  private forward(k: number, level: Map<number, Pasts>): ForwardStep {
    const { threshold, margin, bounds } = this;
    const builders = new Map<number, PastsBuilder>();
    const included = new IncludedPrefixes();
    for (const [placeLeft, pasts] of level) {
      const run = hypergeometricRun(placeLeft, (this.remaining[k] as number) - placeLeft, this.sizes[k] as number);
      this.budget.spend(run.logDensity.length);
      const { logPath } = pasts;
      for (let x = run.low; x <= run.high; x++) {
        const step = run.logDensity[x - run.low] as number;
        const child = placeLeft - x;
        // Paths [0, included) have every completion at most as probable as the observed table.
        const counted = upperIndex(logPath, threshold - margin - step - bounds.mostProbable(k + 1, child));
        if (counted > 0) included.add(pasts, counted, step);
        if (counted === logPath.length) continue;
        // Paths [kept, …) have every completion more probable than the observed table.
        const kept = upperIndex(logPath, threshold + margin - step - bounds.leastProbable(k + 1, child));
        if (kept <= counted) continue;
        this.budget.spend(kept - counted);
        let builder = builders.get(child);
        if (builder === undefined) {
          builder = new PastsBuilder();
          builders.set(child, builder);
        }
        builder.addRun(pasts, counted, kept, step);
      }
    }
    return { builders, included };
  }

  /** The units of work lastTwoRows spends at a node: cumulative sums once or a bisection per past. */
  private lastTwoRowsWork(placeLeft: number, count: number): number {
    const support = this.lastTwoRowsSupport(placeLeft);
    const bisection = DENSITY_COST * (2 * Math.ceil(Math.log2(support + 1)) + 4);
    return count * bisection < 2 * support ? count * bisection : 2 * support + count;
  }

  private lastTwoRowsSupport(placeLeft: number): number {
    const k = this.rowCount - 2;
    const black = (this.remaining[k] as number) - placeLeft;
    const drawn = this.sizes[k] as number;
    return Math.min(drawn, placeLeft) - Math.max(0, drawn - black) + 1;
  }

  /** The last two rows: the first of them is hypergeometric given what is left to place (work spent by run). */
  private lastTwoRows(placeLeft: number, pasts: Pasts): number {
    const k = this.rowCount - 2;
    const white = placeLeft;
    const black = (this.remaining[k] as number) - placeLeft;
    const drawn = this.sizes[k] as number;
    const support = this.lastTwoRowsSupport(placeLeft);
    const count = pasts.logPath.length;
    let logP = -Infinity;
    // A few pasts: bisection per past; many: cumulative sums over the whole support, once.
    const bisection = DENSITY_COST * (2 * Math.ceil(Math.log2(support + 1)) + 4);
    if (count * bisection < 2 * support) {
      for (let i = 0; i < count; i++) {
        const tail = logHypergeometricMassAtMost(white, black, drawn, this.threshold - (pasts.logPath[i] as number));
        logP = logAddExp(logP, (pasts.logMass[i] as number) + tail);
      }
      return logP;
    }
    const tails = new HypergeometricTails(hypergeometricRun(white, black, drawn));
    for (let i = 0; i < count; i++) {
      logP = logAddExp(logP, (pasts.logMass[i] as number) + tails.logMassAtMost(this.threshold - (pasts.logPath[i] as number)));
    }
    return logP;
  }

  /**
   * Meeting in the middle at the node (split rows done, placeLeft to place): every future of
   * the rows from `split` on that some past here could count individually is listed; futures
   * that every past counts are summed at once, those no past counts are dropped (the same path
   * bounds as forward, against the most and least probable past). `meetWork` has already spent
   * this node's work.
   */
  private meet(split: number, placeLeft: number, pasts: Pasts): number {
    const count = pasts.logPath.length;
    const sink: FutureSink = { logAlways: -Infinity, futures: [] };
    this.enumerateFutures(split, placeLeft, 0, this.cutoffs(pasts.logPath), sink);
    const sorted = Float64Array.from(sink.futures).sort();
    const cumulative = new Float64Array(sorted.length);
    let sum = -Infinity;
    for (let i = 0; i < sorted.length; i++) {
      sum = logAddExp(sum, sorted[i] as number);
      cumulative[i] = sum;
    }
    let logP = -Infinity;
    for (let i = 0; i < count; i++) {
      const counted = upperIndex(sorted, this.threshold - (pasts.logPath[i] as number));
      const listed = counted > 0 ? (cumulative[counted - 1] as number) : -Infinity;
      logP = logAddExp(logP, (pasts.logMass[i] as number) + logAddExp(sink.logAlways, listed));
    }
    return logP;
  }

  /**
   * Spends the work of `meet` at one node, walking its futures without keeping them: a search
   * that runs out of work in the middle stops before sorting and summing any of them.
   */
  private meetWork(split: number, placeLeft: number, logPath: Float64Array): void {
    this.enumerateFutures(split, placeLeft, 0, this.cutoffs(logPath), null);
    this.budget.spend(logPath.length);
  }

  /** A future ≤ the first counts for every past at the node, one > the second for none. */
  private cutoffs(logPath: Float64Array): readonly [number, number] {
    return [this.threshold - (logPath[logPath.length - 1] as number), this.threshold - (logPath[0] as number)];
  }

  /**
   * Walks the futures of rows k… with `left` cases to place, pruned by the path bounds. With a
   * sink it gathers them (no work spent); without one it only spends the work, the same units.
   */
  private enumerateFutures(
    k: number,
    left: number,
    logFuture: number,
    cutoffs: readonly [number, number],
    sink: FutureSink | null,
  ): void {
    const [countedByAll, countedByNone] = cutoffs;
    // The last row takes what is left: a complete future.
    if (k === this.rowCount - 1) {
      if (sink === null) this.budget.spend(1);
      else if (logFuture <= countedByAll) sink.logAlways = logAddExp(sink.logAlways, logFuture);
      else if (logFuture <= countedByNone) sink.futures.push(logFuture);
      return;
    }
    const run = this.runAt(k, left);
    if (sink === null) this.budget.spend(run.logDensity.length);
    const { margin, bounds } = this;
    // Before the last row every child is a complete future: handled here, as the call above
    // would (most calls are such leaves), and their units spent together.
    const beforeLastRow = k + 1 === this.rowCount - 1;
    let leaves = 0;
    for (let x = run.low; x <= run.high; x++) {
      const value = logFuture + (run.logDensity[x - run.low] as number);
      const child = left - x;
      if (value + bounds.mostProbable(k + 1, child) <= countedByAll - margin) {
        if (sink !== null) sink.logAlways = logAddExp(sink.logAlways, value);
        continue;
      }
      if (value + bounds.leastProbable(k + 1, child) > countedByNone + margin) continue;
      if (!beforeLastRow) this.enumerateFutures(k + 1, child, value, cutoffs, sink);
      else if (sink === null) leaves++;
      else if (value <= countedByAll) sink.logAlways = logAddExp(sink.logAlways, value);
      else if (value <= countedByNone) sink.futures.push(value);
    }
    if (sink === null) this.budget.spend(leaves);
  }

  /** Row k's hypergeometric run with `left` cases to place, made once (the futures revisit it). */
  private runAt(k: number, left: number): HypergeometricRun {
    let cache = this.runs[k];
    if (cache === undefined) {
      cache = new Map();
      this.runs[k] = cache;
    }
    let run = cache.get(left);
    if (run === undefined) {
      run = hypergeometricRun(left, (this.remaining[k] as number) - left, this.sizes[k] as number);
      cache.set(left, run);
    }
    return run;
  }
}

/** The futures of one meet: the log-sum of those every past counts, and the others listed. */
interface FutureSink {
  logAlways: number;
  readonly futures: number[];
}

/** Rows and totals up to this many cases have their log C(n, x) remembered (8 bytes per x). */
const MAX_CACHED_CHOOSE = 100_000;

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
  /** The counts of one completion, rows k… (computeMostProbable's working space). */
  private readonly scratch: Float64Array;
  /**
   * chooseCache[slot][x] = logChoose(n, x), NaN until asked; slot i < rows is row i's size,
   * slot rows + k the cases of rows k… (remaining[k]).
   */
  private readonly chooseCache: (Float64Array | undefined)[] = [];
  /** subsetSums[k][p]: sorted distinct sums of sizes of rows k… other than p (null: too many rows). */
  private readonly subsetSums: (ReadonlyArray<Float64Array> | null)[] = [];

  constructor(
    private readonly sizes: readonly number[],
    private readonly remaining: readonly number[],
    private readonly budget: WorkBudget,
  ) {
    this.scratch = new Float64Array(sizes.length);
    for (let k = 0; k <= sizes.length; k++) {
      this.most.push(new Map());
      this.least.push(new Map());
    }
  }

  mostProbable(k: number, placeLeft: number): number {
    const cache = this.most[k] as Map<number, number>;
    let value = cache.get(placeLeft);
    if (value === undefined) {
      this.budget.spend(DENSITY_COST * (this.sizes.length - k + 1));
      value = this.computeMostProbable(k, placeLeft);
      cache.set(placeLeft, value);
    }
    return value;
  }

  leastProbable(k: number, placeLeft: number): number {
    const cache = this.least[k] as Map<number, number>;
    let value = cache.get(placeLeft);
    if (value === undefined) {
      this.budget.spend(DENSITY_COST * (this.sizes.length - k + 1));
      value = this.computeLeastProbable(k, placeLeft);
      cache.set(placeLeft, value);
    }
    return value;
  }

  /**
   * logChoose, remembered per (n, x): the bounds of neighbouring nodes ask for the same
   * coefficients over and over, and each is a saddle-point density (Loader).
   */
  private logChoose(slot: number, n: number, x: number): number {
    if (n > MAX_CACHED_CHOOSE) return logChoose(n, x);
    let row = this.chooseCache[slot];
    if (row === undefined) {
      row = new Float64Array(n + 1).fill(Number.NaN);
      this.chooseCache[slot] = row;
    }
    let value = row[x] as number;
    if (Number.isNaN(value)) {
      value = logChoose(n, x);
      row[x] = value;
    }
    return value;
  }

  /** Maximises Σ log C(n_i, x_i) subject to Σ x_i = placeLeft: a concave, separable problem. */
  private computeMostProbable(k: number, placeLeft: number): number {
    const sizes = this.sizes;
    const rows = sizes.length;
    const total = this.remaining[k] as number;
    if (rows - k <= 1) return 0;
    // Start from the proportional split, then fill and exchange single cases while that helps
    // (plain loops over a scratch array: this runs for every node, often before V8 optimises it).
    const x = this.scratch;
    let missing = placeLeft;
    for (let i = k; i < rows; i++) {
      x[i] = Math.floor((placeLeft * (sizes[i] as number)) / total);
      missing -= x[i] as number;
    }
    // gain(i) = C(n_i, x_i+1)/C(n_i, x_i) (−1 when full); loss(i) = C(n_i, x_i)/C(n_i, x_i−1) (∞ when empty).
    const gain = (i: number): number => {
      const value = x[i] as number;
      return value < (sizes[i] as number) ? ((sizes[i] as number) - value) / (value + 1) : -1;
    };
    const loss = (i: number): number => {
      const value = x[i] as number;
      return value > 0 ? ((sizes[i] as number) - value + 1) / value : Infinity;
    };
    while (missing > 0) {
      let best = k;
      let bestGain = gain(k);
      for (let i = k + 1; i < rows; i++) {
        const g = gain(i);
        if (g > bestGain) {
          best = i;
          bestGain = g;
        }
      }
      x[best] = (x[best] as number) + 1;
      missing--;
    }
    for (;;) {
      let up = k;
      let down = k;
      let upGain = gain(k);
      let downLoss = loss(k);
      for (let i = k + 1; i < rows; i++) {
        const g = gain(i);
        const l = loss(i);
        if (g > upGain) {
          up = i;
          upGain = g;
        }
        if (l < downLoss) {
          down = i;
          downLoss = l;
        }
      }
      // C(n_up, x+1)/C(n_up, x) > C(n_down, x)/C(n_down, x−1): moving one case gains.
      if (up === down || !(upGain > downLoss * (1 + 1e-12))) break;
      x[up] = (x[up] as number) + 1;
      x[down] = (x[down] as number) - 1;
    }
    let sum = 0;
    for (let i = k; i < rows; i++) sum += this.logChoose(i, sizes[i] as number, x[i] as number);
    return sum - this.logChoose(rows + k, total, placeLeft);
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
    if (sums === null) return -this.logChoose(this.sizes.length + k, total, placeLeft);
    let least = Infinity;
    for (let p = k; p < this.sizes.length; p++) {
      const size = this.sizes[p] as number;
      const others = sums[p - k] as Float64Array;
      // Largest sum ≤ placeLeft (fewest cases in row p) and smallest sum ≥ placeLeft − size.
      const fewest = placeLeft - (others[upperIndex(others, placeLeft) - 1] ?? Infinity);
      const most = placeLeft - (others[lowerIndex(others, placeLeft - size)] ?? -Infinity);
      if (fewest >= 0 && fewest <= size) least = Math.min(least, this.logChoose(p, size, fewest));
      if (most >= 0 && most <= size) least = Math.min(least, this.logChoose(p, size, most));
    }
    return least - this.logChoose(this.sizes.length + k, total, placeLeft);
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
