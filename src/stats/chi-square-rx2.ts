import { chiSquareResult } from './distributions.js';
import type { NoTestReason, StatWarning, TestResult } from './types.js';
import { assertCount } from './validate.js';

const METHOD = "Pearson's Chi-squared test";

/**
 * Pearson's chi-square test of independence for an r×2 table (rows = categories such as age
 * bands, columns = outcome yes/no), df = r − 1, without continuity correction.
 *
 * Reference: R's chisq.test(rbind(c(yes, no), …)). Each row deviates from its expectation by
 * D_i / n with the exact integer D_i = yes_i·no − no_i·yes (column totals yes, no), so the
 * statistic is Σ D_i² / (r_i · yes · no), formed without R's cancelling differences.
 * Rows with no cases carry no information but would make R's expected counts 0 and the
 * statistic NaN; we leave them out first and say so (`rows-dropped`).
 * Degenerate: no cases → `no-cases`; fewer than two non-empty rows → `too-few-rows`; an empty
 * outcome column → `empty-margin`. Warning `small-expected` when an expected count is below 5.
 */
export function chiSquareTestRx2(rows: ReadonlyArray<readonly [yes: number, no: number]>): TestResult {
  rows.forEach(([yes, no], index) => {
    assertCount(yes, `rows[${index}].yes`);
    assertCount(no, `rows[${index}].no`);
  });
  const kept = rows.filter(([yes, no]) => yes + no > 0);
  const warnings: StatWarning[] = kept.length < rows.length ? ['rows-dropped'] : [];
  let yesTotal = 0;
  let noTotal = 0;
  for (const [yes, no] of kept) {
    yesTotal += yes;
    noTotal += no;
  }
  const total = yesTotal + noTotal;
  // Degenerate: nothing counted in any row.
  if (total === 0) return noTest('no-cases', warnings);
  // Degenerate: a single category cannot be compared with anything.
  if (kept.length < 2) return noTest('too-few-rows', warnings);
  // Degenerate: every case has the same outcome, so the expected counts of a column are 0.
  if (yesTotal === 0 || noTotal === 0) return noTest('empty-margin', warnings);

  let sum = 0;
  let smallestExpected = Infinity;
  for (const [yes, no] of kept) {
    const rowTotal = yes + no;
    const deviation = yes * noTotal - no * yesTotal;
    sum += (deviation / rowTotal) * deviation;
    smallestExpected = Math.min(smallestExpected, (rowTotal * Math.min(yesTotal, noTotal)) / total);
  }
  const statistic = sum / yesTotal / noTotal;
  if (smallestExpected < 5) warnings.push('small-expected');
  const parameter = kept.length - 1;
  return chiSquareResult('chi2-rx2', METHOD, statistic, parameter, warnings);
}

function noTest(reason: NoTestReason, warnings: readonly StatWarning[]): TestResult {
  return { test: null, method: null, statistic: null, parameter: null, pValue: null, reason, warnings };
}
