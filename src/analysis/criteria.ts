/**
 * The criteria for unwarranted differences: for a result row and each criterion of its
 * step, the female–male comparison within the strata of the criterion's variables
 * (Cochran–Mantel–Haenszel test, Mantel–Haenszel odds ratio and risk difference,
 * Breslow–Day–Tarone homogeneity), and the verdict those give a flagged row.
 */
import { cochranMantelHaenszel } from '../stats/cochran-mantel-haenszel.js';
import { mantelHaenszelRiskDifference } from '../stats/mantel-haenszel-risk-difference.js';
import { breslowDayTarone } from '../stats/breslow-day.js';
import type { CriterionConfig } from '../config/types.js';
import type { AdjustedComparison, Criterion, Verdict } from '../model/report.js';
import type { TwoByTwo } from '../stats/types.js';
import type { TableCounts } from '../tally/tally.js';

/** The female–male 2×2 table of a tally table (other is left out). */
export function twoByTwoOf(counts: TableCounts): TwoByTwo {
  return { yes1: counts.female.yes, no1: counts.female.no, yes2: counts.male.yes, no2: counts.male.no };
}

/** The stratified comparison under one criterion; q is filled in over the run. */
export function compareWithinStrata(criterion: CriterionConfig, strata: readonly TableCounts[]): AdjustedComparison {
  const tables = strata.map(twoByTwoOf);
  const test = cochranMantelHaenszel(tables);
  const riskDifference = mantelHaenszelRiskDifference(tables);
  const homogeneity = breslowDayTarone(tables);
  return {
    criterion: criterion.criterion,
    for: criterion.variables,
    test: test.test === 'cmh' ? 'cmh' : null,
    statistic: test.statistic,
    p: test.pValue,
    q: null,
    oddsRatio: test.oddsRatio ? { estimate: test.oddsRatio.estimate, ci95: test.oddsRatio.ci95 } : null,
    riskDiffPp: riskDifference ? { estimate: riskDifference.estimate * 100, ci95: [riskDifference.ci95[0] * 100, riskDifference.ci95[1] * 100] } : null,
    homogeneityP: homogeneity.pValue,
    strata: { used: test.strataUsed, dropped: test.strataDropped },
    reason: test.reason,
  };
}

/**
 * The verdict of a row: `none` unless flagged; then `explained` when some criterion's
 * adjusted q is at least alpha, else `insufficient` when some criterion had no
 * informative stratum, else `candidate` (also when no criterion is configured).
 */
export function verdictOf(
  flag: boolean,
  adjusted: readonly AdjustedComparison[],
  alpha: number,
): { verdict: Verdict; explainedBy: Criterion[]; insufficientFor: Criterion[] } {
  if (!flag) return { verdict: 'none', explainedBy: [], insufficientFor: [] };
  const explainedBy = adjusted.filter((comparison) => comparison.q !== null && comparison.q >= alpha).map((comparison) => comparison.criterion);
  const insufficientFor = adjusted.filter((comparison) => comparison.p === null).map((comparison) => comparison.criterion);
  const verdict: Verdict = explainedBy.length > 0 ? 'explained' : insufficientFor.length > 0 ? 'insufficient' : 'candidate';
  return { verdict, explainedBy, insufficientFor };
}
