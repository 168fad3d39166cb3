/**
 * The run-wide part of the rows of categorical and numeric steps: their p-values join the
 * run's families (analyze.ts adjusts each family once, over every step kind), their
 * q-values come back, and each row gets its flags and verdicts.
 *
 * One function per row kind walks the row's p-values in a fixed order; it is called twice,
 * first to gather the p-values (every q unknown), then, with the families adjusted, to
 * hand each its q in the same order. The order cannot drift between the two passes.
 */
import type { CategoryComparison, CategoryResult, MeasureResult, ResultWarning } from '../model/report.js';
import type { UnadjustedCategoryResult } from './compare-categories.js';
import type { UnadjustedMeasureResult } from './compare-measure.js';
import { distributionVerdictOf, verdictOf, withAdjustedQ } from './criteria.js';

/**
 * The run's families: `raw` the unstratified tests (rows, categories, trends, measures),
 * `adjusted` the stratified tests under the criteria, `homogeneity` the Breslow–Day–Tarone
 * tests of the criteria's strata.
 */
export type Family = 'raw' | 'adjusted' | 'homogeneity';

/** Hands one p-value of a family over and returns its q (null while the p-values are gathered, or for a null p). */
export type TakeQ = (family: Family, p: number | null) => number | null;

/** What a flag and a verdict depend on beyond the row. */
export interface FlagContext {
  readonly alpha: number;
  readonly minDiffPp: number;
  readonly minN: number;
  /** Steps whose data cannot carry a conclusion (over the data-quality gate, constant outcome): the warning their rows carry. */
  readonly unflagged: ReadonlyMap<string, ResultWarning>;
}

/** The row's warnings with the step's (if any): such a row keeps its numbers but has no flag. */
function withStepWarning(warnings: readonly ResultWarning[], stepWarning: ResultWarning | undefined): ResultWarning[] {
  return stepWarning === undefined ? [...warnings] : [...warnings, stepWarning];
}

/** Whether a row may be flagged at all: no step-level warning, and its table does not rest on hidden cells. */
function mayFlag(warnings: readonly ResultWarning[], stepWarning: ResultWarning | undefined): boolean {
  return stepWarning === undefined && !warnings.includes('hidden-in-source');
}

/**
 * A categorical row with its q-values, flags and verdicts. Each category is flagged like a
 * yes/no row (q < alpha, |diffPp| ≥ minDiffPp, each sex at least minN cases in the row) and
 * gets its verdict from its own stratified comparisons; the row is flagged when a category is.
 * The distribution's test and the trend are tested and adjusted but flag nothing themselves.
 */
export function finishCategoryRow(row: UnadjustedCategoryResult, context: FlagContext, take: TakeQ): CategoryResult {
  const { alpha, minDiffPp, minN } = context;
  const stepWarning = context.unflagged.get(row.step);
  const q = take('raw', row.p);
  const trend = row.trend === null ? null : { test: row.trend.test, statistic: row.trend.statistic, p: row.trend.p, q: take('raw', row.trend.p), reason: row.trend.reason, higher: row.trend.higher };
  const categoryQs = row.categories.map((category) => take('raw', category.p));
  const adjusted = row.adjusted.map((comparison) => ({ ...comparison, q: take('adjusted', comparison.p) }));
  const categories = row.categories.map((category, index): CategoryComparison => {
    const categoryAdjusted = category.adjusted.map((comparison) => {
      const comparisonQ = take('adjusted', comparison.p);
      return withAdjustedQ(comparison, comparisonQ, take('homogeneity', comparison.homogeneityP), alpha);
    });
    const categoryQ = categoryQs[index]!;
    const warnings = withStepWarning([...category.warnings, ...row.warnings.filter((warning) => warning === 'hidden-in-source' || warning === 'partly-hidden')], stepWarning);
    const flag =
      mayFlag(warnings, stepWarning) &&
      categoryQ !== null &&
      categoryQ < alpha &&
      category.diffPp !== null &&
      Math.abs(category.diffPp) >= minDiffPp &&
      category.female.n >= minN &&
      category.male.n >= minN;
    const { value, female, male, other, diffPp, ci95, test, statistic, p, reason } = category;
    // Keys in the order of the model's type, q beside p: the JSON is read by people too.
    return { value, female, male, other, diffPp, ci95, test, statistic, p, q: categoryQ, flag, reason, warnings, adjusted: categoryAdjusted, ...verdictOf(flag, diffPp, categoryAdjusted, { alpha, minDiffPp }) };
  });
  const { step, by, group, female, male, other, ordered, test, statistic, df, p, reason } = row;
  const warnings = withStepWarning(row.warnings, stepWarning);
  return { step, by, group, female, male, other, ordered, test, statistic, df, p, q, reason, warnings, trend, categories, adjusted, flag: categories.some((category) => category.flag) };
}

/**
 * A numeric row with its q-values, flag and verdict: flagged when q < alpha, the
 * Hodges–Lehmann shift is at least minShift in size and each sex has at least minN
 * values; its verdict from its van Elteren tests (criteria.ts distributionVerdictOf).
 */
export function finishMeasureRow(row: UnadjustedMeasureResult, context: FlagContext, take: TakeQ): MeasureResult {
  const { alpha, minN } = context;
  const stepWarning = context.unflagged.get(row.step);
  const q = take('raw', row.p);
  const adjusted = row.adjusted.map((comparison) => ({ ...comparison, q: take('adjusted', comparison.p) }));
  const warnings = withStepWarning(row.warnings, stepWarning);
  const flag =
    mayFlag(warnings, stepWarning) &&
    q !== null &&
    q < alpha &&
    row.estimate !== null &&
    Math.abs(row.estimate) >= row.minShift &&
    row.female.n >= minN &&
    row.male.n >= minN;
  const { step, by, group, unit, female, male, other, test, exact, statistic, p, reason, estimate, ci95, welch, minShift } = row;
  return { step, by, group, unit, female, male, other, test, exact, statistic, p, q, reason, warnings, estimate, ci95, welch, minShift, flag, adjusted, ...distributionVerdictOf(flag, adjusted, alpha) };
}
