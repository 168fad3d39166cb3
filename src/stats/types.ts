/**
 * Shared result shapes of the statistics library. Every function in src/stats returns
 * plain, serialisable objects of these shapes; prose and formatting live in the renderers.
 */

/** A 2×2 table: group 1 (female) and group 2 (male) by outcome yes/no. */
export interface TwoByTwo {
  readonly yes1: number;
  readonly no1: number;
  readonly yes2: number;
  readonly no2: number;
}

/**
 * Why no test could be made.
 * - `no-cases`: the table (or both Poisson counts) holds no cases at all.
 * - `empty-margin`: a row or column total is zero, so the test statistic is undefined
 *   (R's chisq.test gives NaN there).
 * - `too-few-strata`: after dropping uninformative strata, fewer remain than the test needs
 *   (CMH: none; Breslow–Day–Tarone: fewer than two).
 * - `too-few-rows`: an r×2 test has fewer than two rows with cases.
 * - `undefined-common-odds-ratio`: the Mantel–Haenszel common odds ratio is 0 or infinite, so
 *   the Breslow–Day fitted tables do not exist.
 * - `constant-values`: every case of a measure has the same value (in both samples, or in every
 *   usable stratum), so a rank test's variance is zero (R's wilcox.test gives NaN).
 * - `too-complex`: an exact test (Fisher's r×2) would have to visit too many tables to finish in
 *   reasonable time (R's fisher.test fails on such tables with a workspace error).
 * - `singular-covariance`: the generalized CMH covariance matrix is singular, because the
 *   categories fall into groups that never meet in a common stratum (R's solve() stops there).
 */
export const NO_TEST_REASONS = [
  'no-cases',
  'empty-margin',
  'too-few-strata',
  'too-few-rows',
  'undefined-common-odds-ratio',
  'constant-values',
  'too-complex',
  'singular-covariance',
] as const;
export type NoTestReason = (typeof NO_TEST_REASONS)[number];

/**
 * Doubtful-but-computable results carry one of these codes; a catalogue turns them into words.
 * - `haldane-correction`: 0.5 was added to every cell because one cell was zero.
 * - `p-underflow`: the true p-value is below the smallest positive double; the reported
 *   value is that bound (Number.MIN_VALUE), not the exact p.
 * - `strata-dropped`: strata with fewer than two cases or an empty margin were left out.
 * - `small-expected`: a chi-square test was made although an expected count is below 5.
 * - `rows-dropped`: rows with no cases were left out of an r×2 test.
 */
export const STAT_WARNINGS = ['haldane-correction', 'p-underflow', 'strata-dropped', 'small-expected', 'rows-dropped'] as const;
export type StatWarning = (typeof STAT_WARNINGS)[number];

export type TestName =
  | 'chi2'
  | 'fisher'
  | 'chi2-rx2'
  | 'fisher-rx2'
  | 'cmh'
  | 'cmh-generalized'
  | 'breslow-day-tarone'
  | 'poisson-exact'
  | 'wilcoxon'
  | 'van-elteren'
  | 'welch';

/** Shaped like R's htest. */
export interface TestResult {
  /** null when no test could be made. */
  readonly test: TestName | null;
  /** R's method string, e.g. "Pearson's Chi-squared test with Yates' continuity correction". */
  readonly method: string | null;
  readonly statistic: number | null;
  /** Degrees of freedom where there is one. */
  readonly parameter: number | null;
  readonly pValue: number | null;
  readonly reason: NoTestReason | null;
  readonly warnings: readonly StatWarning[];
}

/** A point estimate with its 95 % (or requested-level) confidence interval. */
export interface Estimate {
  readonly estimate: number;
  readonly ci95: readonly [number, number];
}

export type Correction = 'bh' | 'by' | 'holm' | 'hochberg' | 'bonferroni' | 'none';
