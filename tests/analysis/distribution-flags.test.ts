/**
 * The flag and verdict rules of categorical and numeric rows (design of issue 15): a
 * category is flagged like a yes/no row, a measure on q, the shift and the sexes' sizes;
 * a step-level warning or a table resting on hidden cells takes every flag away; the
 * p-values are taken into their families in one fixed order.
 */
import { describe, expect, it } from 'vitest';
import { finishCategoryRow, finishMeasureRow, type Family, type FlagContext, type TakeQ } from '../../src/analysis/distribution-flags.js';
import { distributionVerdictOf } from '../../src/analysis/criteria.js';
import type { UnadjustedCategoryComparison, UnadjustedCategoryResult } from '../../src/analysis/compare-categories.js';
import type { UnadjustedMeasureResult } from '../../src/analysis/compare-measure.js';
import type { AdjustedComparison, DistributionAdjusted, ResultWarning } from '../../src/model/report.js';

const CONTEXT: FlagContext = { alpha: 0.05, minDiffPp: 5, minN: 20, unflagged: new Map() };
/** q = p: the families are not corrected here, only the rules are tested. */
const SAME: TakeQ = (_family, p) => p;

function category(overrides: Partial<UnadjustedCategoryComparison>): UnadjustedCategoryComparison {
  return {
    value: 'A',
    female: { n: 50, yes: 30, share: 0.6 },
    male: { n: 50, yes: 10, share: 0.2 },
    other: { n: 0, yes: 0, share: null },
    diffPp: 40,
    ci95: [20, 55],
    test: 'chi2',
    statistic: 15,
    p: 0.001,
    reason: null,
    warnings: [],
    adjusted: [],
    ...overrides,
  };
}

function categoryRow(categories: UnadjustedCategoryComparison[], overrides: Partial<UnadjustedCategoryResult> = {}): UnadjustedCategoryResult {
  return {
    step: 'Kontaktorsak',
    by: null,
    group: null,
    female: { n: 50 },
    male: { n: 50 },
    other: { n: 0 },
    ordered: false,
    test: 'chi2',
    statistic: 20,
    df: 2,
    p: 0.0001,
    reason: null,
    warnings: [],
    trend: null,
    categories,
    adjusted: [],
    ...overrides,
  };
}

function cmh(overrides: Partial<AdjustedComparison>): AdjustedComparison {
  return {
    criterion: 'need', for: ['Risk'], test: 'cmh', statistic: 9, p: 0.002, q: null, oddsRatio: null,
    riskDiffPp: { estimate: 30, ci95: [15, 45] }, homogeneityP: 0.5, strata: { used: 3, dropped: 0 }, reason: null,
    homogeneityQ: null, strataRange: null, warnings: [],
    ...overrides,
  };
}

function distribution(overrides: Partial<DistributionAdjusted>): DistributionAdjusted {
  return { criterion: 'need', for: ['Risk'], test: 'van-elteren', statistic: 3, df: null, p: 0.003, q: null, strata: { used: 3, dropped: 0 }, reason: null, warnings: [], ...overrides };
}

function measureRow(overrides: Partial<UnadjustedMeasureResult> = {}): UnadjustedMeasureResult {
  const summary = { n: 40, median: 30, q1: 20, q3: 40, mean: 31, sd: 10 };
  return {
    step: 'Handläggningstid', by: null, group: null, unit: 'dagar', female: summary, male: { ...summary, median: 20 }, other: { n: 0, median: null, q1: null, q3: null, mean: null, sd: null },
    test: 'wilcoxon', exact: false, statistic: 1000, p: 0.001, reason: null, warnings: [], estimate: 10, ci95: [5, 15], welch: null, minShift: 7, adjusted: [],
    ...overrides,
  };
}

describe('flags of a categorical row', () => {
  it('flags a category like a yes/no row, and the row when a category is flagged', () => {
    const finished = finishCategoryRow(categoryRow([category({}), category({ value: 'B', p: 0.2, diffPp: -3 })]), CONTEXT, SAME);
    expect(finished.categories.map((entry) => entry.flag)).toEqual([true, false]);
    expect(finished).toMatchObject({ flag: true, q: 0.0001 });
    expect(finished.categories[0]).toMatchObject({ verdict: 'candidate', q: 0.001 });
    expect(finished.categories[1]).toMatchObject({ verdict: 'none' });
  });

  it('needs q < alpha, |diffPp| ≥ minDiffPp and minN cases of each sex', () => {
    const flagOf = (overrides: Partial<UnadjustedCategoryComparison>) => finishCategoryRow(categoryRow([category(overrides)]), CONTEXT, SAME).categories[0]!.flag;
    expect(flagOf({ p: 0.05 })).toBe(false);
    expect(flagOf({ diffPp: 4.9 })).toBe(false);
    expect(flagOf({ diffPp: -5 })).toBe(true);
    expect(flagOf({ male: { n: 19, yes: 1, share: 1 / 19 } })).toBe(false);
    expect(flagOf({ p: null, test: null, reason: 'empty-margin' })).toBe(false);
  });

  it('flags nothing in a step with a step-level warning, or in a table resting on hidden cells', () => {
    const unflagged = new Map<string, ResultWarning>([['Kontaktorsak', 'excluded-rows']]);
    const gated = finishCategoryRow(categoryRow([category({})]), { ...CONTEXT, unflagged }, SAME);
    expect(gated).toMatchObject({ flag: false, warnings: ['excluded-rows'] });
    expect(gated.categories[0]).toMatchObject({ flag: false, verdict: 'none', warnings: ['excluded-rows'] });
    const hidden = finishCategoryRow(categoryRow([category({})], { warnings: ['hidden-in-source'] }), CONTEXT, SAME);
    expect(hidden.flag).toBe(false);
    expect(hidden.categories[0]!.warnings).toEqual(['hidden-in-source']);
    const partly = finishCategoryRow(categoryRow([category({})], { warnings: ['partly-hidden'] }), CONTEXT, SAME);
    expect(partly.flag).toBe(true);
  });

  it('gives a flagged category the verdict of its own stratified comparisons', () => {
    const explained = cmh({ p: 0.4, riskDiffPp: { estimate: 1, ci95: [-3, 4] } });
    const finished = finishCategoryRow(categoryRow([category({ adjusted: [explained] })]), CONTEXT, SAME);
    expect(finished.categories[0]).toMatchObject({ verdict: 'explained', explainedBy: ['need'] });
    const persists = finishCategoryRow(categoryRow([category({ adjusted: [cmh({})] })]), CONTEXT, SAME);
    expect(persists.categories[0]).toMatchObject({ verdict: 'candidate' });
  });

  it('takes its p-values into the families in one order: raw (row, trend, categories), adjusted (distribution, then each category\'s), homogeneity', () => {
    const taken: [Family, number | null][] = [];
    const record: TakeQ = (family, p) => {
      taken.push([family, p]);
      return p;
    };
    const row = categoryRow([category({ p: 0.01, adjusted: [cmh({ p: 0.02, homogeneityP: 0.3 })] }), category({ value: 'B', p: 0.03, adjusted: [cmh({ p: 0.04, homogeneityP: 0.6 })] })], {
      trend: { test: 'wilcoxon', statistic: 5, p: 0.5, reason: null, higher: 'male' },
      adjusted: [{ criterion: 'need', for: ['Risk'], test: 'cmh', statistic: 4, df: 1, p: 0.07, q: null, strata: { used: 2, dropped: 0 }, reason: null, warnings: [] }],
    });
    const finished = finishCategoryRow(row, CONTEXT, record);
    expect(taken).toEqual([
      ['raw', 0.0001], ['raw', 0.5], ['raw', 0.01], ['raw', 0.03],
      ['adjusted', 0.07], ['adjusted', 0.02], ['homogeneity', 0.3], ['adjusted', 0.04], ['homogeneity', 0.6],
    ]);
    expect(finished.trend!.q).toBe(0.5);
    expect(finished.adjusted[0]!.q).toBe(0.07);
    expect(finished.categories[1]!.adjusted[0]).toMatchObject({ q: 0.04, homogeneityQ: 0.6 });
  });
});

describe('flags and verdicts of a numeric row', () => {
  it('flags a shift with q < alpha, |shift| ≥ minShift and minN values of each sex', () => {
    const flagOf = (overrides: Partial<UnadjustedMeasureResult>) => finishMeasureRow(measureRow(overrides), CONTEXT, SAME).flag;
    expect(flagOf({})).toBe(true);
    expect(flagOf({ estimate: -7 })).toBe(true);
    expect(flagOf({ estimate: 6.9 })).toBe(false);
    expect(flagOf({ p: 0.06 })).toBe(false);
    expect(flagOf({ male: { n: 19, median: 1, q1: 1, q3: 1, mean: 1, sd: 0 } })).toBe(false);
    expect(flagOf({ estimate: null })).toBe(false);
    expect(flagOf({ warnings: ['hidden-in-source'] })).toBe(false);
    expect(finishMeasureRow(measureRow(), { ...CONTEXT, unflagged: new Map([['Handläggningstid', 'outcome-constant']]) }, SAME)).toMatchObject({
      flag: false,
      verdict: 'none',
      warnings: ['outcome-constant'],
    });
  });

  it('is a candidate when the shift persists under every criterion that could be examined', () => {
    expect(finishMeasureRow(measureRow({ adjusted: [distribution({}), distribution({ criterion: 'consent', test: null, p: null, reason: 'single-stratum' })] }), CONTEXT, SAME)).toMatchObject({
      verdict: 'candidate',
      explainedBy: [],
    });
    expect(finishMeasureRow(measureRow(), CONTEXT, SAME).verdict).toBe('candidate');
  });

  it('is inconclusive, never explained, when a stratified test is not significant; insufficient without a usable stratum', () => {
    const notSignificant = distribution({ p: 0.4 });
    const untested = distribution({ criterion: 'consent', test: null, p: null, reason: 'too-few-strata' });
    expect(finishMeasureRow(measureRow({ adjusted: [notSignificant, untested] }), CONTEXT, SAME)).toMatchObject({ verdict: 'inconclusive', inconclusiveFor: ['need'], insufficientFor: ['consent'], explainedBy: [] });
    expect(finishMeasureRow(measureRow({ adjusted: [distribution({}), untested] }), CONTEXT, SAME)).toMatchObject({ verdict: 'insufficient', insufficientFor: ['consent'] });
    expect(distributionVerdictOf(false, [notSignificant], 0.05).verdict).toBe('none');
  });

  it('takes the Wilcoxon p into the raw family and each van Elteren p into the adjusted one', () => {
    const taken: [Family, number | null][] = [];
    finishMeasureRow(measureRow({ adjusted: [distribution({ p: 0.2 })] }), CONTEXT, (family, p) => {
      taken.push([family, p]);
      return p;
    });
    expect(taken).toEqual([['raw', 0.001], ['adjusted', 0.2]]);
  });
});
