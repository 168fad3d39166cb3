/**
 * The words of the tables of steps beyond yes/no (issue 15): categorical steps (a count
 * and share per category and sex, the whole distribution's test, the trend of ordered
 * categories) and numeric ones (median, quartiles, mean, the shift female − male), in
 * Swedish and English. Part of the catalogue's `label` topic (label-texts.ts spreads them
 * in), kept in a file of their own beside the yes/no table words.
 */
import type { NoArgs } from '../messages/message.js';
import type { Texts } from './texts.js';

/** A value a text shows: a formatted number or a word. */
type Shown = string | number;

/** Every key of these tables and the values its text shows. */
export interface DistributionLabelArgs {
  /** The first column's head of a categorical step's table: the group, and under it its categories. */
  'dist.groupCategory': NoArgs;
  /** A categorical row's line for the whole distribution's test (chi² or Fisher over every category). */
  'dist.wholeDistribution': NoArgs;
  /** The line of ordered categories' trend test. */
  'dist.trend': NoArgs;
  /** On an ordered step's trend line, when its q is below alpha: which sex's cases lie higher on the scale (`sex` in plural, lower case). */
  'dist.trendHigher': { readonly sex: Shown };
  /** A sex's n on a group's line: "n = 225". */
  'dist.nEquals': { readonly n: Shown };
  /** A test with its degrees of freedom: "chi², fg 3". */
  'dist.testDf': { readonly test: Shown; readonly df: Shown };
  wilcoxon: NoArgs;
  'van-elteren': NoArgs;
  'cmh-generalized': NoArgs;
  welch: NoArgs;
  /** Column heads of a numeric step's table. */
  'dist.median': NoArgs;
  'dist.quartiles': NoArgs;
  'dist.medianQuartiles': NoArgs;
  'dist.mean': NoArgs;
  'dist.q1': NoArgs;
  'dist.q3': NoArgs;
  'dist.sd': NoArgs;
  'dist.meanSd': NoArgs;
  /** The Hodges–Lehmann shift female − male, in the measure's unit when it has one. */
  'dist.shift': { readonly unit: Shown };
  'dist.shiftNoUnit': NoArgs;
  'dist.welchDiff': NoArgs;
  'dist.welchP': NoArgs;
  /** A step's heading line over its table: the measure's unit. */
  'dist.unit': { readonly unit: Shown };
  /** The line under a categorical table that says what the cells hold. */
  'dist.categoryCellsNote': { readonly female: Shown; readonly male: Shown };
  /** The line under a numeric table: what is compared and when it is flagged. */
  'dist.measureNote': { readonly minShift: Shown; readonly female: Shown; readonly male: Shown };
  /** A stratified test of a row, under the table: "Totalt, justerat för behov (Kontaktorsak): generaliserad CMH 13,1, fg 3, p = 0,001, q = 0,006". */
  'dist.adjustedLine': { readonly place: Shown; readonly criterion: Shown; readonly variables: Shown; readonly test: Shown; readonly figures: Shown };
  /** A criterion that could not be examined, and why. */
  'dist.adjustedNone': { readonly place: Shown; readonly criterion: Shown; readonly variables: Shown; readonly reason: Shown };
  /** Why a criterion could not be examined within a row: every case lies in one of its strata. */
  'dist.singleStratum': NoArgs;
  /** The sheet name suffixes and the about line of an xlsx. */
  'dist.category': NoArgs;
  'dist.count': NoArgs;
  /** Headers of the CSV for people (--excel) and the xlsx: the new columns. */
  'csv.kind': NoArgs;
  'csv.category': NoArgs;
  'csv.ordered': NoArgs;
  'csv.trendP': NoArgs;
  'csv.trendQ': NoArgs;
  'csv.unit': NoArgs;
  'csv.sexFigure': { readonly sex: Shown; readonly figure: Shown };
  'csv.shift': NoArgs;
  'csv.exact': NoArgs;
  'csv.welch': { readonly figure: Shown };
  'csv.minShift': NoArgs;
  'csv.adjustedStatistic': NoArgs;
}

const SV: Texts<DistributionLabelArgs> = {
  'dist.groupCategory': () => 'Grupp / kategori',
  'dist.wholeDistribution': () => 'hela fördelningen',
  'dist.trend': () => 'trend (ordnade kategorier)',
  'dist.trendHigher': (a) => `${a.sex} högre på skalan`,
  'dist.nEquals': (a) => `n = ${a.n}`,
  'dist.testDf': (a) => `${a.test}, fg ${a.df}`,
  wilcoxon: () => 'Wilcoxon',
  'van-elteren': () => 'van Elteren',
  'cmh-generalized': () => 'generaliserad CMH',
  welch: () => 'Welch',
  'dist.median': () => 'Median',
  'dist.quartiles': () => 'kvartiler',
  'dist.medianQuartiles': () => 'median (q1–q3)',
  'dist.mean': () => 'Medelvärde',
  'dist.q1': () => 'q1',
  'dist.q3': () => 'q3',
  'dist.sd': () => 'sd',
  'dist.meanSd': () => 'medel (sd)',
  'dist.shift': (a) => `Skillnad (${a.unit})`,
  'dist.shiftNoUnit': () => 'Skillnad',
  'dist.welchDiff': () => 'Welch medelskillnad',
  'dist.welchP': () => 'Welch p',
  'dist.unit': (a) => `Enhet: ${a.unit}`,
  'dist.categoryCellsNote': (a) => `Cellerna: antal av n (andel) för ${a.female} och ${a.male}; skillnaden i procentenheter gäller varje kategori mot de övriga.`,
  'dist.measureNote': (a) =>
    `Skillnaden är Hodges–Lehmanns skattning ${a.female} − ${a.male}, räknad par för par: medianen av skillnaderna mellan alla par av en ur varje grupp, inte skillnaden mellan medianerna; med 95 % KI och p från Wilcoxons rangsummetest. Flaggas när q < alfa${a.minShift === '' ? '' : `, skillnaden är minst ${a.minShift}`} och varje kön har tillräckligt många ärenden.`,
  'dist.adjustedLine': (a) => `${a.place}, justerat för ${a.criterion} (${a.variables}): ${a.test} ${a.figures}`,
  'dist.adjustedNone': (a) => `${a.place}, justerat för ${a.criterion} (${a.variables}): inget test (${a.reason})`,
  'dist.singleStratum': () => 'alla ärenden i ett stratum',
  'dist.category': () => 'Kategori',
  'dist.count': () => 'antal',
  'csv.kind': () => 'Radtyp',
  'csv.category': () => 'Kategori',
  'csv.ordered': () => 'Ordnade kategorier',
  'csv.trendP': () => 'Trend p',
  'csv.trendQ': () => 'Trend q',
  'csv.unit': () => 'Enhet',
  'csv.sexFigure': (a) => `${a.sex} ${a.figure}`,
  'csv.shift': () => 'Skillnad (Hodges–Lehmann)',
  'csv.exact': () => 'Exakt p',
  'csv.welch': (a) => `Welch ${a.figure}`,
  'csv.minShift': () => 'Minsta skillnad som flaggas',
  'csv.adjustedStatistic': () => 'teststorhet',
};

const EN: Texts<DistributionLabelArgs> = {
  'dist.groupCategory': () => 'Group / category',
  'dist.wholeDistribution': () => 'whole distribution',
  'dist.trend': () => 'trend (ordered categories)',
  'dist.trendHigher': (a) => `${a.sex} higher on the scale`,
  'dist.nEquals': (a) => `n = ${a.n}`,
  'dist.testDf': (a) => `${a.test}, df ${a.df}`,
  wilcoxon: () => 'Wilcoxon',
  'van-elteren': () => 'van Elteren',
  'cmh-generalized': () => 'generalized CMH',
  welch: () => 'Welch',
  'dist.median': () => 'Median',
  'dist.quartiles': () => 'quartiles',
  'dist.medianQuartiles': () => 'median (Q1–Q3)',
  'dist.mean': () => 'Mean',
  'dist.q1': () => 'Q1',
  'dist.q3': () => 'Q3',
  'dist.sd': () => 'SD',
  'dist.meanSd': () => 'mean (SD)',
  'dist.shift': (a) => `Shift (${a.unit})`,
  'dist.shiftNoUnit': () => 'Shift',
  'dist.welchDiff': () => 'Welch mean difference',
  'dist.welchP': () => 'Welch p',
  'dist.unit': (a) => `Unit: ${a.unit}`,
  'dist.categoryCellsNote': (a) => `Cells: count of n (share) for ${a.female} and ${a.male}; the difference in percentage points is each category against the others.`,
  'dist.measureNote': (a) =>
    `The shift is the Hodges–Lehmann estimate ${a.female} − ${a.male}: the median of the differences over all pairs of one from each group, not the difference between the medians; with its 95% CI and p from Wilcoxon's rank-sum test. Flagged when q < alpha${a.minShift === '' ? '' : `, the shift is at least ${a.minShift}`} and each sex has enough cases.`,
  'dist.adjustedLine': (a) => `${a.place}, adjusted for ${a.criterion} (${a.variables}): ${a.test} ${a.figures}`,
  'dist.adjustedNone': (a) => `${a.place}, adjusted for ${a.criterion} (${a.variables}): no test (${a.reason})`,
  'dist.singleStratum': () => 'every case in one stratum',
  'dist.category': () => 'Category',
  'dist.count': () => 'count',
  'csv.kind': () => 'Row kind',
  'csv.category': () => 'Category',
  'csv.ordered': () => 'Ordered categories',
  'csv.trendP': () => 'Trend p',
  'csv.trendQ': () => 'Trend q',
  'csv.unit': () => 'Unit',
  'csv.sexFigure': (a) => `${a.sex} ${a.figure}`,
  'csv.shift': () => 'Shift (Hodges–Lehmann)',
  'csv.exact': () => 'Exact p',
  'csv.welch': (a) => `Welch ${a.figure}`,
  'csv.minShift': () => 'Smallest shift flagged',
  'csv.adjustedStatistic': () => 'statistic',
};

/** The tables' words, by language. */
export const DISTRIBUTION_TEXTS = { sv: SV, en: EN } as const;
