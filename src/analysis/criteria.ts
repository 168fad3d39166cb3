/**
 * The criteria for unwarranted differences: for a result row and each criterion of its
 * step, the female–male comparison within the strata of the criterion's variables
 * (Cochran–Mantel–Haenszel test, Mantel–Haenszel odds ratio and risk difference,
 * Breslow–Day–Tarone homogeneity), what each criterion says about a flagged difference,
 * and the verdict those give the row (README, "Unwarranted differences: criteria and verdicts").
 */
import { cochranMantelHaenszel } from '../stats/cochran-mantel-haenszel.js';
import { mantelHaenszelRiskDifference } from '../stats/mantel-haenszel-risk-difference.js';
import { breslowDayTarone } from '../stats/breslow-day.js';
import { informativeStrata, isInformativeStratum } from '../stats/informative-strata.js';
import type { CriterionConfig } from '../config/types.js';
import type { AdjustedComparison, AdjustedWarning, Criterion, DistributionAdjusted, StratumDifference, Verdict } from '../model/report.js';
import type { TwoByTwo } from '../stats/types.js';
import type { TableCounts } from '../tally/tally.js';

/** The female–male 2×2 table of a tally table (other is left out). */
export function twoByTwoOf(counts: TableCounts): TwoByTwo {
  return { yes1: counts.female.yes, no1: counts.female.no, yes2: counts.male.yes, no2: counts.male.no };
}

/** One stratum of a criterion: its values joined (the label) and its counts. */
export interface Stratum {
  readonly label: string;
  readonly counts: TableCounts;
}

/**
 * The strata with the highest and the lowest female − male difference, among the used
 * strata where each sex has at least `minN` cases: small strata would name noise (and a
 * share of a handful of cases comes close to revealing them). Ties go to the first stratum
 * in the strata's order (by value). One pass, no list of differences: it runs for every
 * criterion of every row and category.
 */
function strataRangeOf(labels: readonly string[], tables: readonly TwoByTwo[], minN: number): AdjustedComparison['strataRange'] {
  let candidates = 0;
  let highestAt = -1;
  let lowestAt = -1;
  let highestPp = 0;
  let lowestPp = 0;
  for (let index = 0; index < tables.length; index++) {
    const table = tables[index]!;
    const female = table.yes1 + table.no1;
    const male = table.yes2 + table.no2;
    if (!isInformativeStratum(table) || female < minN || male < minN) continue;
    const diffPp = (table.yes1 / female - table.yes2 / male) * 100;
    if (candidates === 0 || diffPp > highestPp) {
      highestAt = index;
      highestPp = diffPp;
    }
    if (candidates === 0 || diffPp < lowestPp) {
      lowestAt = index;
      lowestPp = diffPp;
    }
    candidates++;
  }
  if (candidates < 2) return null;
  const highest: StratumDifference = { stratum: labels[highestAt]!, diffPp: highestPp };
  const lowest: StratumDifference = highestAt === lowestAt ? highest : { stratum: labels[lowestAt]!, diffPp: lowestPp };
  return { highest, lowest };
}

/**
 * The stratified comparison under one criterion; q, homogeneityQ and the warning
 * `heterogeneous-strata` are filled in over the run (analyze.ts). When every female and
 * male case lies in one stratum, the criterion cannot be examined within the row: no
 * test, reason `single-stratum`.
 */
export function compareWithinStrata(criterion: CriterionConfig, strata: readonly Stratum[], minN: number): AdjustedComparison {
  return compareWithinStrataTables(
    criterion,
    strata.map((stratum) => stratum.label),
    strata.map((stratum) => twoByTwoOf(stratum.counts)),
    minN,
  );
}

/**
 * compareWithinStrata on the strata's female–male 2×2 tables, `labels[i]` naming
 * `tables[i]`: for a caller that has the tables without TableCounts (each category of a
 * categorical step against the rest, strata × categories of them per row).
 */
export function compareWithinStrataTables(criterion: CriterionConfig, labels: readonly string[], tables: readonly TwoByTwo[], minN: number): AdjustedComparison {
  let withCases = 0;
  for (let index = 0; index < tables.length; index++) {
    const table = tables[index]!;
    if (table.yes1 + table.no1 + table.yes2 + table.no2 > 0) withCases++;
  }
  if (withCases === 1) {
    const used = informativeStrata(tables).kept.length;
    return {
      criterion: criterion.criterion,
      for: criterion.variables,
      test: null,
      statistic: null,
      p: null,
      q: null,
      oddsRatio: null,
      riskDiffPp: null,
      homogeneityP: null,
      strata: { used, dropped: tables.length - used },
      reason: 'single-stratum',
      homogeneityQ: null,
      strataRange: null,
      warnings: [],
    };
  }
  const test = cochranMantelHaenszel(tables);
  const riskDifference = mantelHaenszelRiskDifference(tables);
  const homogeneity = breslowDayTarone(tables);
  const warnings = new Set<AdjustedWarning>([...test.warnings, ...homogeneity.warnings]);
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
    homogeneityQ: null,
    strataRange: strataRangeOf(labels, tables, minN),
    warnings: [...warnings].sort(),
  };
}

/**
 * A stratified comparison with its q over the run's CMH tests and its homogeneity q over
 * the run's Breslow–Day–Tarone tests (a family of its own: another question, and joining
 * it would change every CMH q), warned `heterogeneous-strata` when that q < alpha.
 */
export function withAdjustedQ(comparison: AdjustedComparison, q: number | null, homogeneityQ: number | null, alpha: number): AdjustedComparison {
  const heterogeneous = homogeneityQ !== null && homogeneityQ < alpha;
  return { ...comparison, q, homogeneityQ, warnings: heterogeneous ? [...comparison.warnings, 'heterogeneous-strata' as const].sort() : comparison.warnings };
}

/**
 * What one criterion says about a flagged difference:
 * - `not-applicable`: every case lies in one stratum (reason `single-stratum`);
 * - `insufficient`: no informative stratum, so no test;
 * - `persists`: the adjusted q < alpha;
 * - `explained`: q ≥ alpha, and the Mantel–Haenszel risk difference's 95 % interval lies
 *   within ±minDiffPp (any difference left is too small to matter) or excludes the crude
 *   difference on the side of zero (the adjustment moved it towards no difference, or past);
 * - `inconclusive`: q ≥ alpha, but the interval is wide and still holds the crude
 *   difference (or there is no interval): the strata are too small to tell.
 */
export type CriterionOutcome = 'not-applicable' | 'insufficient' | 'persists' | 'explained' | 'inconclusive';

/** The outcome of one criterion for a difference of `crudeDiffPp` (see CriterionOutcome). */
export function criterionOutcome(
  comparison: AdjustedComparison,
  crudeDiffPp: number | null,
  thresholds: { readonly alpha: number; readonly minDiffPp: number },
): CriterionOutcome {
  if (comparison.reason === 'single-stratum') return 'not-applicable';
  if (comparison.p === null) return 'insufficient';
  if (comparison.q === null || comparison.q < thresholds.alpha) return 'persists';
  const interval = comparison.riskDiffPp?.ci95;
  if (!interval) return 'inconclusive';
  const [low, high] = interval;
  const withinMargin = low >= -thresholds.minDiffPp && high <= thresholds.minDiffPp;
  // Excluded on the side of zero: an interval wholly beyond the crude difference (the
  // adjusted difference larger than the crude one) does not explain it.
  const excludesCrude = crudeDiffPp !== null && (crudeDiffPp > 0 ? high < crudeDiffPp : crudeDiffPp < 0 ? low > crudeDiffPp : false);
  return withinMargin || excludesCrude ? 'explained' : 'inconclusive';
}

/**
 * The verdict of a row: `none` unless flagged; then `explained` when some criterion
 * explains it, else `inconclusive` when some criterion is inconclusive, else
 * `insufficient` when some criterion had no informative stratum, else `candidate` (every
 * criterion that could be examined leaves the difference in place; also when no
 * criterion is configured or none could be examined within the row).
 */
export function verdictOf(
  flag: boolean,
  crudeDiffPp: number | null,
  adjusted: readonly AdjustedComparison[],
  thresholds: { readonly alpha: number; readonly minDiffPp: number },
): { verdict: Verdict; explainedBy: Criterion[]; insufficientFor: Criterion[]; inconclusiveFor: Criterion[] } {
  if (!flag) return { verdict: 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [] };
  const outcomes = adjusted.map((comparison) => ({ criterion: comparison.criterion, outcome: criterionOutcome(comparison, crudeDiffPp, thresholds) }));
  const having = (outcome: CriterionOutcome): Criterion[] => outcomes.filter((entry) => entry.outcome === outcome).map((entry) => entry.criterion);
  const explainedBy = having('explained');
  const inconclusiveFor = having('inconclusive');
  const insufficientFor = having('insufficient');
  const verdict: Verdict =
    explainedBy.length > 0 ? 'explained' : inconclusiveFor.length > 0 ? 'inconclusive' : insufficientFor.length > 0 ? 'insufficient' : 'candidate';
  return { verdict, explainedBy, insufficientFor, inconclusiveFor };
}

/**
 * The verdict of a flagged measure (a shift between the sexes' distributions) from its van
 * Elteren tests: `candidate` when q < alpha under every criterion that could be examined
 * (also when none is configured, or none could be examined within the row); otherwise
 * `inconclusive` for a criterion whose q ≥ alpha, else `insufficient` for one with no
 * usable stratum. Never `explained`: van Elteren's test has no stratified shift with an
 * interval to hold against the crude one, and a non-significant stratified test alone
 * cannot tell an explained shift from strata too small to show it.
 */
export function distributionVerdictOf(
  flag: boolean,
  adjusted: readonly DistributionAdjusted[],
  alpha: number,
): { verdict: Verdict; explainedBy: Criterion[]; insufficientFor: Criterion[]; inconclusiveFor: Criterion[] } {
  if (!flag) return { verdict: 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [] };
  const examined = adjusted.filter((comparison) => comparison.reason !== 'single-stratum');
  const insufficientFor = examined.filter((comparison) => comparison.p === null).map((comparison) => comparison.criterion);
  const inconclusiveFor = examined.filter((comparison) => comparison.p !== null && comparison.q !== null && comparison.q >= alpha).map((comparison) => comparison.criterion);
  const verdict: Verdict = inconclusiveFor.length > 0 ? 'inconclusive' : insufficientFor.length > 0 ? 'insufficient' : 'candidate';
  return { verdict, explainedBy: [], insufficientFor, inconclusiveFor };
}
