import { chiSquareResult } from './distributions.js';
import type { NoTestReason, StatWarning, TestResult } from './types.js';
import { assertCount, isCount } from './validate.js';

/** The generalized CMH test with the strata actually used. */
export type GeneralizedCmhResult = TestResult & { readonly strataUsed: number; readonly strataDropped: number };

/**
 * The generalized Cochran–Mantel–Haenszel test of conditional independence in an r×2×K array
 * (rows = categories, columns = the two sexes or outcomes, one r×2 table per stratum): are the
 * categories associated with the column within strata? df = r − 1, no continuity correction.
 *
 * Reference: R's mantelhaen.test(array) on an r×2×K array (for r = 2, the statistic of
 * mantelhaen.test(array, correct = FALSE)). With u = Σ_k (x_k − E x_k) over the first r − 1
 * rows of the first column and V = Σ_k c1 c2 / (n² (n − 1)) · (n diag(r) − r rᵀ) its
 * hypergeometric covariance, the statistic is uᵀ V⁻¹ u (Landis, Heyman & Koch 1978). Each
 * deviation is formed as the exact (x_i1 c2 − x_i2 c1) / n. The quadratic form does not depend
 * on which row is left out, so we leave out the last row kept, as R does.
 *
 * Strata with fewer than 2 cases (R stops: "sample size in each stratum must be > 1"), an empty
 * column or fewer than two categories with cases add exactly zero to u and V; they are dropped
 * first (`strata-dropped`, counted in strataDropped). Categories empty in every remaining
 * stratum would make V singular (R's solve stops); they are dropped too (`rows-dropped`).
 * No stratum left → `too-few-strata`. When the categories fall into groups that never share a
 * stratum, V is still singular: `singular-covariance`.
 *
 * V is solved by a small hand-written Cholesky factorisation: it is symmetric positive definite
 * once the degenerate cases are gone, and a matrix library for one (r−1)×(r−1) solve is not
 * worth a dependency.
 */
export function generalizedCmh(strata: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): GeneralizedCmhResult {
  const rowCount = strata[0]?.length ?? 0;
  strata.forEach((stratum, k) => {
    if (stratum.length !== rowCount) {
      throw new Error(`stats: every stratum must have ${rowCount} rows, strata[${k}] has ${stratum.length}`);
    }
    // The cell's name is made only when it fails: a run checks tens of thousands of cells.
    stratum.forEach(([first, second], i) => {
      if (!isCount(first)) assertCount(first, `strata[${k}][${i}][0]`);
      if (!isCount(second)) assertCount(second, `strata[${k}][${i}][1]`);
    });
  });
  const kept = strata.filter(isInformative);
  const strataDropped = strata.length - kept.length;
  const warnings: StatWarning[] = strataDropped > 0 ? ['strata-dropped'] : [];
  // Degenerate: no stratum says anything about an association.
  if (kept.length === 0) return noTest('too-few-strata', warnings, 0, strataDropped);

  const categories: number[] = [];
  for (let i = 0; i < rowCount; i++) {
    if (kept.some((stratum) => rowTotal(stratum, i) > 0)) categories.push(i);
  }
  if (categories.length < rowCount) warnings.push('rows-dropped');
  // Degenerate: categories that never meet in a stratum cannot be compared (V is singular).
  if (!categoriesConnected(kept, categories)) {
    return noTest('singular-covariance', warnings, kept.length, strataDropped);
  }

  const size = categories.length - 1;
  const deviation = new Float64Array(size);
  const covariance = Array.from({ length: size }, () => new Float64Array(size));
  for (const stratum of kept) {
    let first = 0;
    let second = 0;
    for (const [a, b] of stratum) {
      first += a;
      second += b;
    }
    const total = first + second;
    const scale = (((first * second) / total) * (1 / total)) / (total - 1);
    for (let i = 0; i < size; i++) {
      const [a, b] = stratum[categories[i] as number] as readonly [number, number];
      const rowI = a + b;
      deviation[i] = (deviation[i] as number) + (a * second - b * first) / total;
      const covarianceRow = covariance[i] as Float64Array;
      for (let j = 0; j <= i; j++) {
        const [c, d] = stratum[categories[j] as number] as readonly [number, number];
        const rowJ = c + d;
        const term = ((i === j ? total * rowI : 0) - rowI * rowJ) * scale;
        covarianceRow[j] = (covarianceRow[j] as number) + term;
      }
    }
  }
  const statistic = quadraticFormInverse(covariance, deviation);
  // Degenerate: rounding left V not positive definite (it is, mathematically, by now).
  if (statistic === null) return noTest('singular-covariance', warnings, kept.length, strataDropped);
  const method = size === 1 ? 'Mantel-Haenszel chi-squared test without continuity correction' : 'Cochran-Mantel-Haenszel test';
  return {
    ...chiSquareResult('cmh-generalized', method, Math.max(0, statistic), size, warnings),
    strataUsed: kept.length,
    strataDropped,
  };
}

function rowTotal(stratum: ReadonlyArray<readonly [number, number]>, row: number): number {
  const [a, b] = stratum[row] as readonly [number, number];
  return a + b;
}

/** At least 2 cases, both columns used and at least two categories with cases. */
function isInformative(stratum: ReadonlyArray<readonly [number, number]>): boolean {
  let first = 0;
  let second = 0;
  let rowsWithCases = 0;
  for (const [a, b] of stratum) {
    first += a;
    second += b;
    if (a + b > 0) rowsWithCases++;
  }
  return first + second >= 2 && first > 0 && second > 0 && rowsWithCases >= 2;
}

/**
 * True when the categories form one group under "share a stratum". Each stratum's term of V is
 * zero exactly for vectors constant on its categories, so V (last category left out) is
 * singular exactly when some group of categories never meets the others.
 */
function categoriesConnected(
  strata: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  categories: readonly number[],
): boolean {
  const parent = new Map<number, number>(categories.map((category) => [category, category]));
  const find = (category: number): number => {
    let root = category;
    while (parent.get(root) !== root) root = parent.get(root) as number;
    return root;
  };
  for (const stratum of strata) {
    let anchor: number | null = null;
    for (const category of categories) {
      if (rowTotal(stratum, category) === 0) continue;
      if (anchor === null) anchor = find(category);
      else parent.set(find(category), anchor);
    }
  }
  const roots = new Set(categories.map(find));
  return roots.size === 1;
}

/**
 * uᵀ V⁻¹ u for a symmetric positive definite V (lower triangle given), by Cholesky V = L Lᵀ:
 * with L z = u, the form is zᵀz. Null when a pivot is not clearly positive.
 */
function quadraticFormInverse(lower: readonly Float64Array[], vector: Float64Array): number | null {
  const size = vector.length;
  const factor = Array.from({ length: size }, () => new Float64Array(size));
  for (let i = 0; i < size; i++) {
    const row = factor[i] as Float64Array;
    for (let j = 0; j <= i; j++) {
      const other = factor[j] as Float64Array;
      let sum = (lower[i] as Float64Array)[j] as number;
      for (let m = 0; m < j; m++) sum -= (row[m] as number) * (other[m] as number);
      if (i === j) {
        const diagonal = (lower[i] as Float64Array)[i] as number;
        if (!(sum > diagonal * 1e-12)) return null;
        row[i] = Math.sqrt(sum);
      } else {
        row[j] = sum / (other[j] as number);
      }
    }
  }
  let form = 0;
  const solved = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const row = factor[i] as Float64Array;
    let sum = vector[i] as number;
    for (let m = 0; m < i; m++) sum -= (row[m] as number) * (solved[m] as number);
    const value = sum / (row[i] as number);
    solved[i] = value;
    form += value * value;
  }
  return form;
}

function noTest(
  reason: NoTestReason,
  warnings: readonly StatWarning[],
  strataUsed: number,
  strataDropped: number,
): GeneralizedCmhResult {
  return { test: null, method: null, statistic: null, parameter: null, pValue: null, reason, warnings, strataUsed, strataDropped };
}
