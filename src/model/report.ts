/**
 * The report model: what an analysis found, as plain data. The JSON output is this
 * object as it is (schemaVersion 1; keys are only ever added, never renamed or removed);
 * every other format is rendered from it.
 */
import type { Correction, NoTestReason, StatWarning } from '../stats/types.js';
import type { InputExclusion, StepExclusion } from '../tally/tally.js';
import type { FileFormat } from '../ingest/file-info.js';
import type { Criterion } from '../config/criteria.js';
import type { ReportWarning } from '../messages/report-warning-codes.js';
import type { ReportMeta } from '../config/types.js';

export type { ReportMeta } from '../config/types.js';

export type { ReportWarning, ReportWarningCode } from '../messages/report-warning-codes.js';

/**
 * Why a result is qualified: a statistical warning, or one of the step's data
 * (`excluded-rows`: over the data-quality gate's limits, run with --allow-excluded;
 * `outcome-constant`: the outcome is yes in every row or in none; `hidden-in-source`:
 * the row's table rests on cells hidden in the source, more than
 * quality.maxExcludedShare of its cells). The last three keep the row's numbers but take
 * its flag and verdict away. `partly-hidden`: the row's table has cells hidden in the
 * source, fewer than that: it keeps its flag, but is less certain.
 */
export type ResultWarning = StatWarning | 'excluded-rows' | 'outcome-constant' | 'hidden-in-source' | 'partly-hidden';

export const SCHEMA_VERSION = 1;

/** How the sexes are named in tables: Flickor/Pojkar, Kvinnor/Män, or both. */
export type SexTerms = 'children' | 'adults' | 'neutral';

export interface FileSummary extends FileFormat {
  readonly path: string;
  readonly rows: number;
  readonly blankLines: number;
}

export interface ExclusionCount<Reason extends string> {
  readonly reason: Reason;
  readonly rows: number;
}

export interface StepSummary {
  readonly name: string;
  /** Rows the step takes (all rows, or those meeting its `among`). */
  readonly rows: number;
  /** Of those, rows counted in the step's tables. */
  readonly used: number;
  /** Cases counted (differs from `used` when rows carry a count). */
  readonly cases: number;
  /** Persons counted (each once per table), when the unit is persons. */
  readonly persons?: number;
  /** Rows the step does not take (its `among` is false). */
  readonly notSelected: number;
  readonly excluded: readonly ExclusionCount<StepExclusion>[];
}

export interface SexCounts {
  readonly n: number;
  readonly yes: number;
  /** yes / n, or null when n is 0. */
  readonly share: number | null;
}

export interface EstimateWithInterval {
  readonly estimate: number;
  readonly ci95: readonly [number, number];
}

export interface RatioEstimate extends EstimateWithInterval {
  /** True when 0.5 was added to every cell because a cell was zero (Haldane). */
  readonly haldane: boolean;
}

/** The criteria that may explain a difference: the configuration's list (config/criteria.ts). */
export { CRITERIA, type Criterion } from '../config/criteria.js';

/**
 * The verdict of a row (README, "Unwarranted differences: criteria and verdicts"). Each
 * criterion gives an outcome (criterionOutcome in src/analysis/criteria.ts); they combine
 * in this order, the first that applies wins:
 * - `none`: not flagged;
 * - `explained`: flagged, and at least one criterion explains it: its adjusted q ≥ alpha and
 *   the Mantel–Haenszel risk difference's interval lies within ±minDiffPp or excludes the
 *   crude difference (`explainedBy`);
 * - `inconclusive`: flagged, no criterion explains it, but under at least one the adjusted q ≥
 *   alpha while the interval is wide and still holds the crude difference (`inconclusiveFor`);
 * - `insufficient`: flagged, and a criterion had no informative stratum (`insufficientFor`);
 * - `candidate`: flagged, and the difference persists (q < alpha) under every criterion that
 *   could be examined (also when none is configured, or none could be examined within the
 *   group: reason `single-stratum`).
 */
export const VERDICTS = ['none', 'candidate', 'explained', 'insufficient', 'inconclusive'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Why a criterion has no stratified test: the statistics' reasons, or `single-stratum`: every
 * female and male case of the row lies in one stratum of the criterion (the row is department
 * A and the criterion is department), so the criterion cannot be examined within the row.
 */
export type AdjustedReason = NoTestReason | 'single-stratum';

/**
 * A stratified comparison's warnings: the statistics' own, and `heterogeneous-strata` when the
 * Breslow–Day–Tarone test of the criterion's strata is significant in its family
 * (homogeneityQ < alpha): the difference differs between strata.
 */
export type AdjustedWarning = StatWarning | 'heterogeneous-strata';

/** One stratum's female − male difference in percentage points. */
export interface StratumDifference {
  /** The stratum's values of the criterion's variables, joined by " × ". */
  readonly stratum: string;
  readonly diffPp: number;
}

/** The female–male comparison within the strata of one criterion's variables. */
export interface AdjustedComparison {
  readonly criterion: Criterion;
  /** The variables whose combinations form the strata. */
  readonly for: readonly string[];
  readonly test: 'cmh' | null;
  readonly statistic: number | null;
  readonly p: number | null;
  /** p adjusted over every stratified test of the run. */
  readonly q: number | null;
  /** Mantel–Haenszel common odds ratio, Robins–Breslow–Greenland interval. */
  readonly oddsRatio: EstimateWithInterval | null;
  /** Mantel–Haenszel risk difference in percentage points (Sato's variance). */
  readonly riskDiffPp: EstimateWithInterval | null;
  /** Breslow–Day–Tarone p: does the sex difference differ between strata? */
  readonly homogeneityP: number | null;
  readonly strata: { readonly used: number; readonly dropped: number };
  readonly reason: AdjustedReason | null;
  /** homogeneityP adjusted over every Breslow–Day–Tarone test of the criteria of the run (a family of its own). */
  readonly homogeneityQ: number | null;
  /**
   * The strata with the largest (highest) and the smallest (lowest, most negative) female − male
   * difference, among the used strata where each sex has at least minN cases; null when fewer
   * than two such strata.
   */
  readonly strataRange: { readonly highest: StratumDifference; readonly lowest: StratumDifference } | null;
  readonly warnings: readonly AdjustedWarning[];
}

/** How a group's difference moved over the periods (when `period:` is configured). */
export interface OverTime {
  readonly periods: readonly string[];
  /** Breslow–Day–Tarone across periods: is the odds ratio the same in every period? */
  readonly homogeneity: { readonly statistic: number | null; readonly df: number | null; readonly p: number | null; readonly reason: NoTestReason | null };
  /** The last period's difference minus the one before, z-test of two independent differences. */
  readonly change: {
    readonly from: string;
    readonly to: string;
    readonly diffPp: number;
    readonly ci95: readonly [number, number];
    readonly statistic: number;
    readonly p: number;
    readonly q: number | null;
  } | null;
}

/** Cases per 1,000 of the population, by sex, for one group (when `population:` is configured). */
export interface RateResult {
  readonly step: string;
  readonly by: string | null;
  readonly group: string | null;
  readonly female: { readonly cases: number; readonly population: number; readonly per1000: number | null };
  readonly male: { readonly cases: number; readonly population: number; readonly per1000: number | null };
  /** Female rate / male rate with the exact interval (R's poisson.test). */
  readonly rateRatio: EstimateWithInterval | null;
  readonly test: 'poisson-exact' | null;
  readonly p: number | null;
  readonly q: number | null;
  readonly flag: boolean;
  readonly reason: NoTestReason | null;
}

export interface Result {
  readonly step: string;
  /** The `by` variable (or intersection "A*B"), or null for the step's overall row. */
  readonly by: string | null;
  readonly group: string | null;
  /** The period of a per-period row, or null. */
  readonly period: string | null;
  readonly female: SexCounts;
  readonly male: SexCounts;
  readonly other: SexCounts;
  /** Female share − male share, in percentage points. */
  readonly diffPp: number | null;
  /** Newcombe's hybrid score interval for diffPp, in percentage points. */
  readonly ci95: readonly [number, number] | null;
  /**
   * The smallest difference (percentage points) a test at the run's alpha would find with
   * 80 % power at these counts (normal approximation, pooled share; stats/detectable-difference.ts);
   * null when the counts cannot show any difference (see `reason`).
   */
  readonly detectableDiffPp: number | null;
  readonly test: 'chi2' | 'fisher' | null;
  readonly statistic: number | null;
  readonly df: number | null;
  readonly p: number | null;
  /** p adjusted over all tests of the run (settings.correction). */
  readonly q: number | null;
  readonly flag: boolean;
  readonly reason: NoTestReason | null;
  readonly riskRatio: RatioEstimate | null;
  readonly oddsRatio: RatioEstimate | null;
  /** How many more male (female) "yes" there would be at the female (male) share. */
  readonly shortfall: { readonly male: number; readonly female: number } | null;
  readonly warnings: readonly ResultWarning[];
  /** Chi-square over female/male/other, when `other` has cases. */
  readonly allCategories: { readonly statistic: number | null; readonly df: number | null; readonly p: number | null; readonly reason: NoTestReason | null } | null;
  /** One stratified comparison per criterion configured for the step. */
  readonly adjusted: readonly AdjustedComparison[];
  readonly verdict: Verdict;
  readonly explainedBy: readonly Criterion[];
  readonly insufficientFor: readonly Criterion[];
  /** The criteria whose adjusted test is not significant but whose interval is too wide to tell. */
  readonly inconclusiveFor: readonly Criterion[];
  readonly overTime: OverTime | null;
}

/*
 * Steps beyond yes/no (issue 15): a step with `categories:` compares the distribution of
 * a categorical outcome by sex, a step with `measure:` a numeric one. Their rows are in
 * `Report.categoryResults` and `Report.measureResults` (present only when the run has such
 * steps), never in `results`, whose rows stay yes/no.
 */

/** The verdict fields of a flaggable row (see Verdict). */
export interface VerdictFields {
  readonly verdict: Verdict;
  readonly explainedBy: readonly Criterion[];
  readonly insufficientFor: readonly Criterion[];
  readonly inconclusiveFor: readonly Criterion[];
}

/**
 * One category of a categorical step's row, as the 2×2 table of that category against the
 * rest: `female.yes` is the girls/women in the category, `female.n` all girls/women of the row.
 */
export interface CategoryComparison extends VerdictFields {
  readonly value: string;
  readonly female: SexCounts;
  readonly male: SexCounts;
  readonly other: SexCounts;
  /** Female share − male share in this category, percentage points, with Newcombe's interval. */
  readonly diffPp: number | null;
  readonly ci95: readonly [number, number] | null;
  /** The yes/no steps' test choice on the 2×2: chi-square (Yates per settings.yates) or Fisher. */
  readonly test: 'chi2' | 'fisher' | null;
  readonly statistic: number | null;
  readonly p: number | null;
  /** p adjusted in the run's family. */
  readonly q: number | null;
  readonly flag: boolean;
  readonly reason: NoTestReason | null;
  readonly warnings: readonly ResultWarning[];
  /** This category against the rest within each criterion's strata (CMH, as a yes/no row's): the verdict's basis. */
  readonly adjusted: readonly AdjustedComparison[];
}

/** A stratified test of a whole distribution for one criterion: generalized CMH (categories) or van Elteren (measures). */
export interface DistributionAdjusted {
  readonly criterion: Criterion;
  readonly for: readonly string[];
  readonly test: 'cmh' | 'van-elteren' | null;
  readonly statistic: number | null;
  /** Degrees of freedom (generalized CMH: categories − 1); null for van Elteren, whose statistic is the standard normal z. */
  readonly df: number | null;
  readonly p: number | null;
  /** p adjusted over every stratified test of the run. */
  readonly q: number | null;
  readonly strata: { readonly used: number; readonly dropped: number };
  readonly reason: AdjustedReason | null;
  readonly warnings: readonly StatWarning[];
}

/** A row (overall or one group of a `by` variable) of a step with `categories:`. */
export interface CategoryResult {
  readonly step: string;
  readonly by: string | null;
  readonly group: string | null;
  /** Cases of each sex in the row (every category). */
  readonly female: { readonly n: number };
  readonly male: { readonly n: number };
  readonly other: { readonly n: number };
  /** True when the categories have an order (`ordered:`): `trend` is then tested. */
  readonly ordered: boolean;
  /** Pearson's chi-square on the categories × (female, male) table, or Fisher's exact test when an expected count is below 5. */
  readonly test: 'chi2' | 'fisher' | null;
  readonly statistic: number | null;
  readonly df: number | null;
  readonly p: number | null;
  readonly q: number | null;
  readonly reason: NoTestReason | null;
  readonly warnings: readonly ResultWarning[];
  /**
   * Ordered categories: Wilcoxon's rank-sum test on the category order (female vs male),
   * and which sex's cases lie higher on the scale (W above or below its null mean
   * n_female·n_male/2; null when neither, or without a test).
   */
  readonly trend: {
    readonly test: 'wilcoxon' | null;
    readonly statistic: number | null;
    readonly p: number | null;
    readonly q: number | null;
    readonly reason: NoTestReason | null;
    readonly higher: 'female' | 'male' | null;
  } | null;
  /** In display order: the configured order, else Swedish collation; a pooled `other` category last. */
  readonly categories: readonly CategoryComparison[];
  /** One generalized CMH test per criterion configured for the step. */
  readonly adjusted: readonly DistributionAdjusted[];
  /** True when any category is flagged. */
  readonly flag: boolean;
}

/** A numeric outcome's summary for one sex (R's quantile type 7); null fields when n is too small. */
export interface MeasureSummary {
  readonly n: number;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly mean: number | null;
  readonly sd: number | null;
}

/** Welch's two-sample t-test, female − male (R's t.test, var.equal = FALSE). */
export interface WelchResult {
  readonly statistic: number;
  readonly df: number;
  readonly p: number;
  readonly estimate: number;
  readonly ci95: readonly [number, number];
}

/**
 * A row (overall or one group of a `by` variable) of a step with `measure:`. Its verdict
 * comes from its van Elteren tests (src/analysis/criteria.ts distributionVerdictOf):
 * `candidate` when q < alpha under every criterion that could be examined, else
 * `inconclusive` or `insufficient`; never `explained` (no stratified shift with an interval).
 */
export interface MeasureResult extends VerdictFields {
  readonly step: string;
  readonly by: string | null;
  readonly group: string | null;
  /** The measure's unit (`measure.unit`), e.g. "dagar"; null when not given. */
  readonly unit: string | null;
  readonly female: MeasureSummary;
  readonly male: MeasureSummary;
  readonly other: MeasureSummary;
  /** Wilcoxon's rank-sum test, female vs male (R's wilcox.test(female, male, correct = TRUE)). */
  readonly test: 'wilcoxon' | null;
  /** True when the p-value is exact (both samples < 50 values, no ties). */
  readonly exact: boolean | null;
  /** W as R reports it. */
  readonly statistic: number | null;
  readonly p: number | null;
  readonly q: number | null;
  readonly reason: NoTestReason | null;
  readonly warnings: readonly ResultWarning[];
  /** Hodges–Lehmann shift female − male, with its 95 % interval. */
  readonly estimate: number | null;
  readonly ci95: readonly [number, number] | null;
  readonly welch: WelchResult | null;
  /** The smallest shift (in the measure's unit) that is flagged (thresholds.minShift or the step's). */
  readonly minShift: number;
  readonly flag: boolean;
  /** One van Elteren test per criterion configured for the step. */
  readonly adjusted: readonly DistributionAdjusted[];
}

export interface Settings {
  readonly alpha: number;
  readonly minDiffPp: number;
  readonly minN: number;
  readonly correction: Correction;
  /**
   * The smallest Hodges–Lehmann shift of a measure that is flagged, in its unit
   * (thresholds.minShift; a step's measure.minShift overrides it). Every analysis sets it;
   * optional only so that reports made by hand (tests) need not.
   */
  readonly minShift?: number;
  readonly yates: boolean;
  /** Number of tests the correction was applied over. */
  readonly familySize: number;
  /** Number of stratified (adjusted) tests corrected together. */
  readonly adjustedFamilySize: number;
  /** Number of Breslow–Day–Tarone tests of the criteria's strata corrected together. */
  readonly homogeneityFamilySize: number;
  /** What was counted: cases (rows), or persons (each once per step and group). */
  readonly unit: 'case' | 'person';
  /** The person column and the rule (any, first, last) when persons are counted. */
  readonly unitId?: string;
  readonly unitRule?: 'any' | 'first' | 'last';
  /** The period rows' date column and unit, when configured. */
  readonly period?: { readonly column: string; readonly per: 'month' | 'quarter' | 'year' };
  /** Per step, the criteria and the variables that form their strata. */
  readonly criteria: Readonly<Record<string, readonly { readonly criterion: Criterion; readonly for: readonly string[] }[]>>;
  readonly sexSource: 'column' | 'personnummer' | 'columns';
  readonly countColumn: string | null;
  readonly by: readonly string[];
}

export interface Report {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly generator: string;
  readonly input: {
    readonly files: readonly FileSummary[];
    readonly rows: number;
    readonly excluded: readonly ExclusionCount<InputExclusion>[];
  };
  readonly settings: Settings;
  readonly sexTerms: SexTerms;
  readonly steps: readonly StepSummary[];
  readonly results: readonly Result[];
  /** Rates per 1,000 (empty unless `population:` is configured). */
  readonly rates: readonly RateResult[];
  /** Notices about the data or the configuration, shown above the tables of every output. */
  readonly warnings: readonly ReportWarning[];
  /** The title block from the configuration (`report:`) or flags; absent when none was given. */
  readonly report?: ReportMeta;
  /** Rows of the steps with `categories:`; absent when the run has none. */
  readonly categoryResults?: readonly CategoryResult[];
  /** Rows of the steps with `measure:`; absent when the run has none. */
  readonly measureResults?: readonly MeasureResult[];
}

/*
 * The published report: the report after statistical disclosure control
 * (src/report/suppress.ts). Hidden values are null; every renderer takes this shape.
 */

/** A sex's counts as published: n and yes are null when hidden. */
export interface PublishedSexCounts {
  readonly n: number | null;
  readonly yes: number | null;
  readonly share: number | null;
}

export interface PublishedResult extends Omit<Result, 'female' | 'male' | 'other'> {
  readonly female: PublishedSexCounts;
  readonly male: PublishedSexCounts;
  readonly other: PublishedSexCounts;
  /** True when a count of this row is hidden; its derived figures are then null too. */
  readonly suppressed: boolean;
}

/** One sex's rate as published: cases and the rate are null when hidden. */
export interface PublishedRate {
  readonly cases: number | null;
  readonly population: number;
  readonly per1000: number | null;
}

export interface PublishedRateResult extends Omit<RateResult, 'female' | 'male'> {
  readonly female: PublishedRate;
  readonly male: PublishedRate;
  readonly suppressed: boolean;
}

/** A step's row accounting as published: null when it would reveal a hidden count. */
export interface PublishedStepSummary extends Omit<StepSummary, 'rows' | 'used' | 'cases' | 'persons' | 'notSelected' | 'excluded'> {
  readonly rows: number | null;
  readonly used: number | null;
  readonly cases: number | null;
  readonly persons?: number | null;
  readonly notSelected: number | null;
  readonly excluded: readonly { readonly reason: StepExclusion; readonly rows: number | null }[];
}

export interface PublishedSettings extends Settings {
  /** Counts from 1 to suppressBelow − 1 are hidden; null when nothing is hidden (not for publication). */
  readonly suppressBelow: number | null;
}

/** A category of a categorical row as published: hidden counts are null, and so is what they would give away. */
export interface PublishedCategoryComparison extends Omit<CategoryComparison, 'female' | 'male' | 'other'> {
  readonly female: PublishedSexCounts;
  readonly male: PublishedSexCounts;
  readonly other: PublishedSexCounts;
  readonly suppressed: boolean;
}

/** A categorical row as published. */
export interface PublishedCategoryResult extends Omit<CategoryResult, 'female' | 'male' | 'other' | 'categories'> {
  readonly female: { readonly n: number | null };
  readonly male: { readonly n: number | null };
  readonly other: { readonly n: number | null };
  readonly categories: readonly PublishedCategoryComparison[];
  /** True when any count of this row is hidden. */
  readonly suppressed: boolean;
}

/** A sex's numeric summary as published: every field null when hidden (fewer than suppress.below values). */
export interface PublishedMeasureSummary {
  readonly n: number | null;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly mean: number | null;
  readonly sd: number | null;
}

/** A numeric row as published. */
export interface PublishedMeasureResult extends Omit<MeasureResult, 'female' | 'male' | 'other'> {
  readonly female: PublishedMeasureSummary;
  readonly male: PublishedMeasureSummary;
  readonly other: PublishedMeasureSummary;
  readonly suppressed: boolean;
}

export interface PublishedReport extends Omit<Report, 'settings' | 'steps' | 'results' | 'rates' | 'categoryResults' | 'measureResults'> {
  readonly settings: PublishedSettings;
  readonly steps: readonly PublishedStepSummary[];
  readonly results: readonly PublishedResult[];
  readonly rates: readonly PublishedRateResult[];
  readonly categoryResults?: readonly PublishedCategoryResult[];
  readonly measureResults?: readonly PublishedMeasureResult[];
}
