/**
 * A hand-made published report with the steps beyond yes/no (issue 15), for the HTML,
 * Word and summary tests while the analysis that fills these rows is built: one yes/no
 * step, a categorical step "Kontaktorsak" (overall and three districts, four categories,
 * one category a candidate, another explained, one group with suppressed categories), an
 * ordered step "Riskbedömning" with its trend, and a measure "Handläggningstid" in days
 * (overall and districts, the overall row a candidate, one district suppressed). The
 * statistics are plausible placeholders, not computed.
 */
import type {
  DistributionAdjusted,
  PublishedCategoryComparison,
  PublishedCategoryResult,
  PublishedMeasureResult,
  PublishedMeasureSummary,
  PublishedReport,
  PublishedResult,
  PublishedSexCounts,
} from '../../src/model/report.js';

const BY = 'Stadsdelsområde';

const sexCounts = (yes: number | null, n: number | null): PublishedSexCounts => ({ n, yes, share: yes === null || n === null || n === 0 ? null : yes / n });

const NOT_FLAGGED = { flag: false, verdict: 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [] } as const;

/** One category of a row: its counts per sex and its comparison (placeholders unless given). */
function category(value: string, female: number | null, male: number | null, femaleN: number, maleN: number, extra: Partial<PublishedCategoryComparison> = {}): PublishedCategoryComparison {
  const hidden = female === null || male === null;
  const f = sexCounts(female, femaleN);
  const m = sexCounts(male, maleN);
  const diffPp = hidden ? null : (f.share! - m.share!) * 100;
  return {
    value,
    female: hidden ? { ...f, share: null } : f,
    male: hidden ? { ...m, share: null } : m,
    other: { n: 0, yes: 0, share: null },
    diffPp,
    ci95: diffPp === null ? null : [diffPp - 4.1, diffPp + 4.3],
    test: hidden ? null : 'chi2',
    statistic: hidden ? null : 1.2,
    p: hidden ? null : 0.27,
    q: hidden ? null : 0.41,
    reason: null,
    warnings: [],
    adjusted: [],
    suppressed: hidden,
    ...NOT_FLAGGED,
    ...extra,
  };
}

const cmh = (p: number, q: number): DistributionAdjusted => ({
  criterion: 'need',
  for: ['Riskbedömning'],
  test: 'cmh',
  statistic: 14.2,
  df: 3,
  p,
  q,
  strata: { used: 3, dropped: 0 },
  reason: null,
  warnings: [],
});

const VALUES = ['Beteendeproblematik', 'Missbruk', 'Psykisk ohälsa', 'Övrigt'] as const;

/** A Kontaktorsak row from the counts per category of each sex (null: hidden). */
function contactRow(group: string | null, female: readonly (number | null)[], male: readonly (number | null)[], femaleN: number, maleN: number, extras: Partial<Record<(typeof VALUES)[number], Partial<PublishedCategoryComparison>>> = {}): PublishedCategoryResult {
  const categories = VALUES.map((value, index) => category(value, female[index]!, male[index]!, femaleN, maleN, extras[value]));
  return {
    step: 'Kontaktorsak',
    by: group === null ? null : BY,
    group,
    female: { n: femaleN },
    male: { n: maleN },
    other: { n: 0 },
    ordered: false,
    test: 'chi2',
    statistic: 71.3,
    df: 3,
    p: 2.2e-15,
    q: 1.1e-14,
    reason: null,
    warnings: [],
    trend: null,
    categories,
    adjusted: [cmh(group === null ? 0.0004 : 0.31, group === null ? 0.0012 : 0.44)],
    flag: categories.some((entry) => entry.flag),
    suppressed: categories.some((entry) => entry.suppressed),
  };
}

const BEHAVIOUR_CANDIDATE: Partial<PublishedCategoryComparison> = {
  ci95: [-20.0, -11.8],
  p: 1.1e-12,
  q: 4.0e-12,
  statistic: 50.1,
  flag: true,
  verdict: 'candidate',
  adjusted: [
    {
      criterion: 'need', for: ['Riskbedömning'], test: 'cmh', statistic: 38.2, p: 6.4e-10, q: 2.1e-9,
      oddsRatio: { estimate: 0.27, ci95: [0.18, 0.41] }, riskDiffPp: { estimate: -14.9, ci95: [-19.2, -10.6] },
      homogeneityP: 0.61, homogeneityQ: 0.8, strata: { used: 3, dropped: 0 }, reason: null, strataRange: null, warnings: [],
    },
  ],
};

const MENTAL_EXPLAINED: Partial<PublishedCategoryComparison> = {
  ci95: [19.2, 38.3],
  p: 3.2e-8,
  q: 2.0e-7,
  flag: true,
  verdict: 'explained',
  explainedBy: ['need'],
  adjusted: [
    {
      criterion: 'need', for: ['Riskbedömning'], test: 'cmh', statistic: 0.4, p: 0.52, q: 0.66,
      oddsRatio: { estimate: 1.2, ci95: [0.7, 2.0] }, riskDiffPp: { estimate: 2.1, ci95: [-3.0, 4.0] },
      homogeneityP: 0.4, homogeneityQ: 0.7, strata: { used: 3, dropped: 0 }, reason: null, strataRange: null, warnings: [],
    },
  ],
};

const contactRows: PublishedCategoryResult[] = [
  contactRow(null, [36, 60, 260, 144], [139, 90, 150, 223], 500, 602, { Beteendeproblematik: BEHAVIOUR_CANDIDATE }),
  contactRow('Bromma', [12, 20, 90, 48], [50, 30, 48, 72], 170, 200, { 'Psykisk ohälsa': MENTAL_EXPLAINED }),
  contactRow('Farsta', [null, 15, 70, null], [40, 25, 45, 62], 130, 172),
  contactRow('Rinkeby-Kista', [21, 25, 100, 54], [49, 35, 57, 89], 200, 230),
];

const RISK = ['Låg', 'Medel', 'Hög'] as const;

function riskRow(group: string | null, female: readonly number[], male: readonly number[]): PublishedCategoryResult {
  const femaleN = female.reduce((sum, value) => sum + value, 0);
  const maleN = male.reduce((sum, value) => sum + value, 0);
  return {
    step: 'Riskbedömning',
    by: group === null ? null : BY,
    group,
    female: { n: femaleN },
    male: { n: maleN },
    other: { n: 0 },
    ordered: true,
    test: 'chi2',
    statistic: 4.1,
    df: 2,
    p: 0.13,
    q: 0.2,
    reason: null,
    warnings: [],
    trend: { test: 'wilcoxon', statistic: 41230, p: 0.046, q: 0.09, reason: null, higher: 'female' },
    categories: RISK.map((value, index) => category(value, female[index]!, male[index]!, femaleN, maleN)),
    adjusted: [],
    flag: false,
    suppressed: false,
  };
}

const riskRows: PublishedCategoryResult[] = [riskRow(null, [120, 90, 40], [110, 100, 62]), riskRow('Bromma', [40, 30, 12], [38, 33, 21])];

const summaryOf = (n: number | null, median: number | null, q1: number | null, q3: number | null, mean: number | null, sd: number | null): PublishedMeasureSummary => ({ n, median, q1, q3, mean, sd });
const HIDDEN_SUMMARY = summaryOf(null, null, null, null, null, null);

const vanElteren = (p: number, q: number): DistributionAdjusted => ({
  criterion: 'need', for: ['Riskbedömning'], test: 'van-elteren', statistic: 3.4, df: null, p, q, strata: { used: 3, dropped: 0 }, reason: null, warnings: [],
});

function measureRow(group: string | null, female: PublishedMeasureSummary, male: PublishedMeasureSummary, extra: Partial<PublishedMeasureResult> = {}): PublishedMeasureResult {
  const hidden = female.n === null || male.n === null;
  return {
    step: 'Handläggningstid',
    by: group === null ? null : BY,
    group,
    unit: 'dagar',
    female,
    male,
    other: summaryOf(0, null, null, null, null, null),
    test: hidden ? null : 'wilcoxon',
    exact: hidden ? null : false,
    statistic: hidden ? null : 5120,
    p: hidden ? null : 0.21,
    q: hidden ? null : 0.33,
    reason: null,
    warnings: [],
    estimate: hidden ? null : 2,
    ci95: hidden ? null : [-1, 5],
    welch: hidden ? null : { statistic: 1.1, df: 140.2, p: 0.27, estimate: 2.4, ci95: [-1.9, 6.7] },
    minShift: 7,
    adjusted: [vanElteren(0.4, 0.55)],
    suppressed: hidden,
    ...NOT_FLAGGED,
    ...extra,
  };
}

const measureRows: PublishedMeasureResult[] = [
  measureRow(null, summaryOf(250, 41, 27, 60, 45.3, 24.1), summaryOf(272, 33, 21, 52, 38.9, 22.7), {
    statistic: 41002, p: 0.0003, q: 0.0011, estimate: 8, ci95: [3, 13], flag: true, verdict: 'candidate',
    welch: { statistic: 3.1, df: 515.4, p: 0.002, estimate: 6.4, ci95: [2.3, 10.5] }, adjusted: [vanElteren(0.002, 0.006)],
  }),
  measureRow('Bromma', summaryOf(82, 38.5, 25, 55, 42, 21.3), summaryOf(92, 35, 22, 50, 39.2, 20.8)),
  measureRow('Farsta', HIDDEN_SUMMARY, summaryOf(61, 30, 20, 47, 35.1, 19.9)),
  measureRow('Rinkeby-Kista', summaryOf(96, 44, 30, 63, 48.8, 25.5), summaryOf(119, 32, 20, 54, 38.3, 24.6)),
];

function yesNoRow(group: string | null, female: [number, number], male: [number, number], diffPp: number): PublishedResult {
  return {
    step: 'Utredning inleds', by: group === null ? null : BY, group, period: null,
    female: sexCounts(female[0], female[1]), male: sexCounts(male[0], male[1]), other: { n: 0, yes: 0, share: null },
    diffPp, ci95: [diffPp - 5, diffPp + 5], detectableDiffPp: 6.1, test: 'chi2', statistic: 2.1, df: 1, p: 0.15, q: 0.24, flag: false, reason: null,
    riskRatio: null, oddsRatio: null, shortfall: null, warnings: [], allCategories: null, adjusted: [], verdict: 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [], overTime: null,
    suppressed: false,
  };
}

const stepSummary = (name: string, rows: number, used: number) => ({ name, rows, used, cases: used, notSelected: 1800 - rows, excluded: [{ reason: 'missing-outcome' as const, rows: rows - used }] });

/** The hand-made published report, in `sexTerms` (children unless given). */
export function distributionPublishedReport(sexTerms: PublishedReport['sexTerms'] = 'children'): PublishedReport {
  return {
    schemaVersion: 1,
    generator: 'jamstat test',
    input: { files: [], rows: 1800, excluded: [] },
    settings: {
      alpha: 0.05, minDiffPp: 5, minN: 20, correction: 'bh', yates: false, familySize: 40, adjustedFamilySize: 12, homogeneityFamilySize: 2, unit: 'case',
      criteria: { Kontaktorsak: [{ criterion: 'need', for: ['Riskbedömning'] }], Handläggningstid: [{ criterion: 'need', for: ['Riskbedömning'] }] },
      sexSource: 'column', countColumn: null, by: [BY], suppressBelow: 5,
    },
    sexTerms,
    steps: [stepSummary('Utredning inleds', 1800, 1800), stepSummary('Kontaktorsak', 1800, 1102), stepSummary('Riskbedömning', 560, 522), stepSummary('Handläggningstid', 560, 522)],
    results: [yesNoRow(null, [300, 900], [290, 900], 1.1), yesNoRow('Bromma', [100, 300], [95, 300], 1.7)],
    rates: [],
    warnings: [],
    categoryResults: [...contactRows, ...riskRows],
    measureResults: measureRows,
  };
}
