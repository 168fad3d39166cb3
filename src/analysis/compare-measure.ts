/**
 * The comparison of female and male cases on a numeric outcome (a step with `measure:`)
 * in one row: each sex's summary (n, median and quartiles as R's quantile type 7, mean,
 * standard deviation), Wilcoxon's rank-sum test with the Hodges–Lehmann shift (as
 * gtsummary and tableone test continuous variables), Welch's t-test as a secondary
 * result; and, per criterion, van Elteren's stratified Wilcoxon test. q-values, flags and
 * verdicts are made over the run (analyze.ts).
 */
import { describeSample } from '../stats/weighted-sample.js';
import { wilcoxonRankSum } from '../stats/wilcoxon-rank-sum.js';
import { welchTTest } from '../stats/welch-t-test.js';
import { vanElteren } from '../stats/van-elteren.js';
import type { CriterionConfig } from '../config/types.js';
import type { DistributionAdjusted, MeasureResult, MeasureSummary } from '../model/report.js';
import type { MeasureTable } from '../tally/tally.js';

/** A numeric row before the run-wide adjustment: q, flag and verdict come later. */
export type UnadjustedMeasureResult = Omit<MeasureResult, 'q' | 'flag' | 'verdict' | 'explainedBy' | 'insufficientFor' | 'inconclusiveFor'>;

/** One stratum of a criterion for a numeric step: its values joined (the label) and its table. */
export interface MeasureStratum {
  readonly label: string;
  readonly table: MeasureTable;
}

function summaryOf(sample: MeasureTable['female']): MeasureSummary {
  const { n, median, q1, q3, mean, sd } = describeSample(sample);
  return { n, median, q1, q3, mean, sd };
}

/**
 * Compares one row's table of a numeric step. `minShift` is the smallest Hodges–Lehmann
 * shift that is flagged (the step's `measure.minShift`, else thresholds.minShift).
 */
export function compareMeasure(step: string, by: string | null, group: string | null, unit: string | null, table: MeasureTable, minShift: number): UnadjustedMeasureResult {
  const test = wilcoxonRankSum(table.female, table.male);
  const welch = welchTTest(table.female, table.male);
  return {
    step,
    by,
    group,
    unit,
    female: summaryOf(table.female),
    male: summaryOf(table.male),
    other: summaryOf(table.other),
    test: test.test === 'wilcoxon' ? 'wilcoxon' : null,
    exact: test.exact,
    statistic: test.statistic,
    p: test.pValue,
    reason: test.reason,
    warnings: [...test.warnings],
    estimate: test.estimate,
    ci95: test.ci95,
    welch: welch ? { statistic: welch.statistic, df: welch.df, p: welch.pValue, estimate: welch.estimate, ci95: welch.ci95 } : null,
    minShift,
    adjusted: [],
  };
}

const casesOf = (table: MeasureTable): number => table.female.n + table.male.n;

/**
 * Van Elteren's stratified Wilcoxon test within the strata of one criterion (df null: its
 * statistic is a standard normal z). When every female and male case lies in one stratum
 * the criterion cannot be examined within the row: no test, reason `single-stratum`.
 */
export function measureWithinStrata(criterion: CriterionConfig, strata: readonly MeasureStratum[]): DistributionAdjusted {
  const head = { criterion: criterion.criterion, for: criterion.variables };
  if (strata.filter((stratum) => casesOf(stratum.table) > 0).length === 1) {
    const used = strata.filter((stratum) => stratum.table.female.n > 0 && stratum.table.male.n > 0).length;
    return { ...head, test: null, statistic: null, df: null, p: null, q: null, strata: { used, dropped: strata.length - used }, reason: 'single-stratum', warnings: [] };
  }
  const test = vanElteren(strata.map((stratum) => ({ x: stratum.table.female, y: stratum.table.male })));
  return {
    ...head,
    test: test.test === null ? null : 'van-elteren',
    statistic: test.statistic,
    // Its statistic is the standard normal z: no degrees of freedom.
    df: null,
    p: test.pValue,
    q: null,
    strata: { used: test.strataUsed, dropped: test.strataDropped },
    reason: test.reason,
    warnings: [...test.warnings],
  };
}

/** A row with one van Elteren test per criterion of its step; `strataOf(criterion index)` gives the criterion's strata within the row. */
export function withMeasureCriteria(row: UnadjustedMeasureResult, criteria: readonly CriterionConfig[], strataOf: (criterion: number) => readonly MeasureStratum[]): UnadjustedMeasureResult {
  return { ...row, adjusted: criteria.map((criterion, index) => measureWithinStrata(criterion, strataOf(index))) };
}
