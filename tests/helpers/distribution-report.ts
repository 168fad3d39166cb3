/**
 * A hand-made report with steps beyond yes/no (issue 15), for the suppression and renderer
 * tests: an ordered categorical step "Riskbedömning" (overall and three districts, four
 * categories, a trend test, "Hög" flagged, generalized CMH for the criterion need) and a
 * measure "Handläggningstid" in days (overall and the districts, Kista flagged, Welch and
 * van Elteren). Bromma has 2 girls at "Hög" and Skärholmen 3 girls with a handling time:
 * counts that suppression hides. The statistics are fixed, plausible placeholders: the
 * renderers show them, they do not compute them.
 */
import type {
  CategoryComparison,
  CategoryResult,
  DistributionAdjusted,
  MeasureResult,
  MeasureSummary,
  Report,
  SexCounts,
} from '../../src/model/report.js';

export const CATEGORIES = ['Låg', 'Medel', 'Hög', 'Mycket hög'] as const;
export const DISTRICTS = ['Bromma', 'Kista', 'Skärholmen'] as const;

/** Counts per district, per category: [female, male]. */
const DISTRICT_COUNTS: Record<(typeof DISTRICTS)[number], ReadonlyArray<readonly [number, number]>> = {
  Bromma: [[40, 30], [25, 28], [2, 15], [8, 10]],
  Kista: [[35, 20], [30, 26], [12, 22], [6, 14]],
  Skärholmen: [[28, 18], [22, 24], [10, 19], [7, 12]],
};

const counts = (yes: number, n: number): SexCounts => ({ n, yes, share: n > 0 ? yes / n : null });
const NONE: SexCounts = { n: 0, yes: 0, share: null };

/** Per category: p, q and whether it is flagged, overall row first, then the districts (fixed placeholders). */
const CATEGORY_TESTS: Record<string, ReadonlyArray<readonly [p: number, q: number]>> = {
  overall: [[0.0011, 0.0042], [0.41, 0.52], [0.00021, 0.0013], [0.021, 0.048]],
  Bromma: [[0.18, 0.29], [0.63, 0.71], [0.0027, 0.011], [0.79, 0.83]],
  Kista: [[0.019, 0.046], [0.88, 0.9], [0.031, 0.062], [0.041, 0.071]],
  Skärholmen: [[0.073, 0.12], [0.69, 0.74], [0.052, 0.087], [0.27, 0.38]],
};

function needCmh(p: number, q: number, statistic: number, df: number): DistributionAdjusted {
  return { criterion: 'need', for: ['Kontaktorsak'], test: 'cmh', statistic, df, p, q, strata: { used: 4, dropped: 1 }, reason: null, warnings: ['strata-dropped'] };
}

function categoryRow(by: string | null, group: string | null, table: ReadonlyArray<readonly [number, number]>, tests: ReadonlyArray<readonly [number, number]>, omnibus: { statistic: number; p: number; q: number; trendP: number; trendQ: number }): CategoryResult {
  const femaleN = table.reduce((sum, [female]) => sum + female, 0);
  const maleN = table.reduce((sum, [, male]) => sum + male, 0);
  const categories = CATEGORIES.map((value, index): CategoryComparison => {
    const [femaleYes, maleYes] = table[index]!;
    const female = counts(femaleYes, femaleN);
    const male = counts(maleYes, maleN);
    const diffPp = ((female.share ?? 0) - (male.share ?? 0)) * 100;
    const [p, q] = tests[index]!;
    const flag = by === null && value === 'Hög';
    return {
      value, female, male, other: NONE, diffPp, ci95: [diffPp - 6.4, diffPp + 6.1], test: Math.min(femaleYes, maleYes) < 5 ? 'fisher' : 'chi2', statistic: Math.min(femaleYes, maleYes) < 5 ? null : 4.2 + index,
      p, q, flag, reason: null, warnings: [],
      adjusted: [{
        criterion: 'need', for: ['Kontaktorsak'], test: 'cmh', statistic: 9.1, p: 0.0031, q: 0.0094,
        oddsRatio: { estimate: 0.42, ci95: [0.25, 0.7] }, riskDiffPp: { estimate: -10.8, ci95: [-17.2, -4.4] }, homogeneityP: 0.44,
        strata: { used: 4, dropped: 1 }, reason: null, homogeneityQ: 0.61, strataRange: null, warnings: ['strata-dropped'],
      }],
      verdict: flag ? 'candidate' : 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [],
    };
  });
  return {
    step: 'Riskbedömning', by, group, female: { n: femaleN }, male: { n: maleN }, other: { n: 0 }, ordered: true,
    test: 'chi2', statistic: omnibus.statistic, df: CATEGORIES.length - 1, p: omnibus.p, q: omnibus.q, reason: null, warnings: [],
    trend: { test: 'wilcoxon', statistic: 21034.5, p: omnibus.trendP, q: omnibus.trendQ, reason: null, higher: 'female' },
    categories,
    adjusted: [needCmh(omnibus.p * 3, omnibus.q * 3, omnibus.statistic * 0.7, CATEGORIES.length - 1)],
    flag: categories.some((category) => category.flag),
  };
}

/** The categorical step's rows: overall, then each district. */
export function categoryRows(): CategoryResult[] {
  const overall = CATEGORIES.map((_, index) => DISTRICTS.reduce<[number, number]>((sum, district) => [sum[0] + DISTRICT_COUNTS[district][index]![0], sum[1] + DISTRICT_COUNTS[district][index]![1]], [0, 0]));
  return [
    categoryRow(null, null, overall, CATEGORY_TESTS.overall!, { statistic: 18.73, p: 0.00031, q: 0.0019, trendP: 0.000052, trendQ: 0.00048 }),
    ...DISTRICTS.map((district, index) =>
      categoryRow('Stadsdel', district, DISTRICT_COUNTS[district], CATEGORY_TESTS[district]!, { statistic: [12.4, 7.9, 5.1][index]!, p: [0.0061, 0.048, 0.16][index]!, q: [0.021, 0.081, 0.22][index]!, trendP: [0.0093, 0.012, 0.051][index]!, trendQ: [0.027, 0.033, 0.085][index]! }),
    ),
  ];
}

const summary = (n: number, median: number, q1: number, q3: number, mean: number, sd: number): MeasureSummary => ({ n, median, q1, q3, mean, sd });
const EMPTY_SUMMARY: MeasureSummary = { n: 0, median: null, q1: null, q3: null, mean: null, sd: null };

function measureRow(by: string | null, group: string | null, female: MeasureSummary, male: MeasureSummary, test: { W: number; p: number; q: number; estimate: number; ci95: [number, number]; flag: boolean }): MeasureResult {
  const flag = test.flag;
  return {
    step: 'Handläggningstid', by, group, unit: 'dagar', female, male, other: EMPTY_SUMMARY,
    test: 'wilcoxon', exact: false, statistic: test.W, p: test.p, q: test.q, reason: null, warnings: [],
    estimate: test.estimate, ci95: test.ci95,
    welch: { statistic: test.estimate / 4.1, df: female.n + male.n - 12.6, p: test.p * 1.3, estimate: test.estimate * 1.1, ci95: [test.ci95[0] - 1.5, test.ci95[1] + 1.5] },
    minShift: 7, flag,
    adjusted: [{ criterion: 'need', for: ['Kontaktorsak'], test: 'van-elteren', statistic: test.estimate / 5, df: null, p: test.p * 2, q: Math.min(1, test.q * 2), strata: { used: 5, dropped: 0 }, reason: null, warnings: [] }],
    verdict: flag ? 'candidate' : 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [],
  };
}

/** The measure step's rows: overall, then each district. */
export function measureRows(): MeasureResult[] {
  return [
    measureRow(null, null, summary(123, 98, 61, 131.5, 101.4, 48.2), summary(131, 104, 70, 142, 109.8, 51.7), { W: 7412, p: 0.083, q: 0.16, estimate: -7, ci95: [-16, 1], flag: false }),
    measureRow('Stadsdel', 'Bromma', summary(52, 91, 58, 120, 94.3, 45.1), summary(49, 95.5, 66, 128, 99.2, 44.9), { W: 1180.5, p: 0.41, q: 0.52, estimate: -4, ci95: [-19, 9], flag: false }),
    measureRow('Stadsdel', 'Kista', summary(68, 104.5, 66.5, 140, 107.9, 49.8), summary(61, 121, 84, 161, 124.6, 52.3), { W: 1566, p: 0.0042, q: 0.017, estimate: -16, ci95: [-28, -5], flag: true }),
    measureRow('Stadsdel', 'Skärholmen', summary(3, 87, 80.5, 99, 89.3, 13.6), summary(21, 101, 77, 125, 103.2, 39.8), { W: 24, p: 0.52, q: 0.61, estimate: -12, ci95: [-44, 21], flag: false }),
  ];
}

/** The whole report: the two steps, criteria configured, the sexes named as children. */
export function distributionReport(): Report {
  const categories = categoryRows();
  const measures = measureRows();
  const overall = categories[0]!;
  const casesCategories = overall.female.n + overall.male.n + overall.other.n;
  const casesMeasures = measures[0]!.female.n + measures[0]!.male.n;
  return {
    schemaVersion: 1, generator: 'jamstat test', input: { files: [], rows: 1200, excluded: [] },
    settings: {
      alpha: 0.05, minDiffPp: 5, minN: 20, correction: 'bh', yates: true, familySize: 40, adjustedFamilySize: 20, homogeneityFamilySize: 16, unit: 'case',
      criteria: { Riskbedömning: [{ criterion: 'need', for: ['Kontaktorsak'] }], Handläggningstid: [{ criterion: 'need', for: ['Kontaktorsak'] }] },
      sexSource: 'column', countColumn: null, by: ['Stadsdel'],
    },
    sexTerms: 'children',
    steps: [
      { name: 'Riskbedömning', rows: casesCategories + 9, used: casesCategories, cases: casesCategories, notSelected: 1200 - casesCategories - 9, excluded: [{ reason: 'missing-outcome', rows: 9 }] },
      { name: 'Handläggningstid', rows: casesCategories + 9, used: casesMeasures, cases: casesMeasures, notSelected: 1200 - casesCategories - 9, excluded: [{ reason: 'missing-outcome', rows: casesCategories + 9 - casesMeasures }] },
    ],
    results: [], rates: [], warnings: [],
    categoryResults: categories,
    measureResults: measures,
  };
}
