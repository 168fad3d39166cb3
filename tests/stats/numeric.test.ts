/**
 * The numeric statistics of issue 15 on hand-checked cases and edge cases; the broad agreement
 * with R is in numeric-reference.test.ts. Expected values below were printed by R 4.2.2.
 */
import { describe, expect, it } from 'vitest';
import { PairwiseDifferences } from '../../src/stats/pairwise-differences.js';
import { vanElteren } from '../../src/stats/van-elteren.js';
import { describeSample } from '../../src/stats/weighted-sample.js';
import { welchTTest } from '../../src/stats/welch-t-test.js';
import { wilcoxonCounts, wilcoxonExactPValue, wilcoxonQuantile } from '../../src/stats/wilcoxon-distribution.js';
import { wilcoxonRankSum } from '../../src/stats/wilcoxon-rank-sum.js';
import { EMPTY, sampleOf, weighted } from './numeric-helpers.js';
import { allCloseTo, closeTo } from './tolerance.js';

describe('describeSample', () => {
  it('quartiles of type 7, mean and sd as R', () => {
    // quantile(c(1.1, 2.5, 3.7, 8.2, 9.9)); mean; sd
    const summary = describeSample(sampleOf([1.1, 2.5, 3.7, 8.2, 9.9]));
    expect(summary).toMatchObject({ n: 5, median: 3.7, q1: 2.5, q3: 8.2 });
    closeTo(summary.mean, 5.08, 'mean');
    closeTo(summary.sd, 3.7870833104118531, 'sd');
  });

  it('interpolates between order statistics from the counts', () => {
    // quantile(c(1, 2, 2, 3, 5, 7, 7, 7, 9, 10)) → 25 %: 2.25, 50 %: 6, 75 %: 7
    const summary = describeSample(weighted([1, 2, 3, 5, 7, 9, 10], [1, 2, 1, 1, 3, 1, 1]));
    expect(summary).toMatchObject({ n: 10, q1: 2.25, median: 6, q3: 7 });
  });

  it('works from the counts alone (two billion cases)', () => {
    expect(describeSample(weighted([1, 2], [1e9, 1e9]))).toMatchObject({ n: 2e9, median: 1.5, q1: 1, q3: 2, mean: 1.5 });
  });

  it('empty and single-case samples', () => {
    expect(describeSample(EMPTY)).toEqual({ n: 0, median: null, q1: null, q3: null, mean: null, sd: null });
    expect(describeSample(weighted([4.5], [1]))).toEqual({ n: 1, median: 4.5, q1: 4.5, q3: 4.5, mean: 4.5, sd: null });
    expect(describeSample(weighted([4.5], [3])).sd).toBe(0);
  });

  it('keeps the digits of a small spread on a large offset', () => {
    const summary = describeSample(weighted([1e9 + 1, 1e9 + 2, 1e9 + 3], [1000, 1000, 1000]));
    closeTo(summary.mean, 1e9 + 2, 'mean');
    closeTo(summary.sd, Math.sqrt(2000 / 2999), 'sd');
  });
});

describe('exact Wilcoxon distribution', () => {
  it('counts sum to C(m + n, m) and are symmetric', () => {
    const counts = wilcoxonCounts(4, 6);
    expect(counts.length).toBe(25);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(210);
    for (let k = 0; k < counts.length; k++) expect(counts[k]).toBe(counts[24 - k]);
  });

  it('p and quantile as R', () => {
    // 2 * pwilcox(3, 5, 7) = 0.01767676767676768; qwilcox(0.025, 5, 7) = 6; qwilcox(0.025, 2, 2) = 0
    closeTo(wilcoxonExactPValue(3, 5, 7), 0.01767676767676768, 'p');
    closeTo(wilcoxonExactPValue(32, 5, 7), 0.01767676767676768, 'p upper');
    expect(wilcoxonExactPValue(17.5, 5, 7)).toBe(1);
    expect(wilcoxonQuantile(0.025, 5, 7)).toBe(6);
    expect(wilcoxonQuantile(0.025, 2, 2)).toBe(0);
  });
});

describe('pairwise differences', () => {
  it('order statistics equal those of the sorted outer differences', () => {
    const x = weighted([-1.5, 0, 0.1, 2, 7], [2, 1, 3, 1, 4]);
    const y = weighted([-3, 0.1, 0.3, 5], [1, 5, 2, 2]);
    const all: number[] = [];
    for (let i = 0; i < x.values.length; i++) {
      for (let j = 0; j < y.values.length; j++) {
        for (let c = 0; c < x.counts[i]! * y.counts[j]!; c++) all.push(x.values[i]! - y.values[j]!);
      }
    }
    all.sort((a, b) => a - b);
    const differences = new PairwiseDifferences(x, y);
    expect(differences.size).toBe(all.length);
    for (let rank = 1; rank <= all.length; rank++) expect(differences.kth(rank)).toBe(all[rank - 1]);
  });
});

describe('wilcoxonRankSum', () => {
  it('exact case as R', () => {
    // wilcox.test(c(1.1, 2.5, 3.7, 8.2, 9.9), c(0.3, 4.4, 5.1, 6.6), conf.int = TRUE)
    const result = wilcoxonRankSum(sampleOf([1.1, 2.5, 3.7, 8.2, 9.9]), sampleOf([0.3, 4.4, 5.1, 6.6]));
    expect(result).toMatchObject({ test: 'wilcoxon', exact: true, statistic: 11, method: 'Wilcoxon rank sum exact test' });
    closeTo(result.pValue, 0.90476190476190466, 'p');
    closeTo(result.estimate, 1.1999999999999997, 'estimate');
    allCloseTo(result.ci95, [-4.0999999999999996, 7.8999999999999995], 'ci');
  });

  it('normal case with ties as R (roots to 1e-4)', () => {
    // wilcox.test(c(1, 2, 2, 3, 5, 7, 7, 7, 9), c(2, 3, 3, 4, 8, 10, 11), conf.int = TRUE)
    const result = wilcoxonRankSum(sampleOf([1, 2, 2, 3, 5, 7, 7, 7, 9]), sampleOf([2, 3, 3, 4, 8, 10, 11]));
    expect(result).toMatchObject({ test: 'wilcoxon', exact: false, statistic: 24 });
    closeTo(result.pValue, 0.4547109577209264, 'p');
    expect(result.estimate).toBeCloseTo(-1.0000309258351452, 3);
    expect(result.ci95![0]).toBeCloseTo(-5.0000259655841912, 3);
    expect(result.ci95![1]).toBeCloseTo(3.999961926743989, 3);
  });

  it("on a gap between the two middle differences the estimate is R's uniroot point, which depends on the order", () => {
    // R: wilcox.test(c(0, -2, 1), c(1, 0), conf.int = TRUE)$estimate = -0.66666666666666674,
    // wilcox.test(c(1, 0), c(0, -2, 1), conf.int = TRUE)$estimate = 0.58333333333333337; the median of the differences is -0.5.
    const x = sampleOf([0, -2, 1]);
    const y = sampleOf([1, 0]);
    expect(wilcoxonRankSum(x, y).estimate).toBeCloseTo(-0.66666666666666674, 12);
    expect(wilcoxonRankSum(y, x).estimate).toBeCloseTo(0.58333333333333337, 12);
    expect(wilcoxonRankSum(x, y).ci95).toEqual([-3, 1]);
    expect(wilcoxonRankSum(y, x).ci95).toEqual([-1, 3]);
  });

  it('no cases, constant values, constant samples', () => {
    expect(wilcoxonRankSum(EMPTY, sampleOf([1, 2]))).toMatchObject({ test: null, pValue: null, reason: 'no-cases', estimate: null });
    expect(wilcoxonRankSum(sampleOf([3, 3]), sampleOf([3]))).toMatchObject({ test: null, pValue: null, reason: 'constant-values' });
    // Each sample constant but apart: R's p (0.024744672046398956), its interval stops with an error.
    const apart = wilcoxonRankSum(sampleOf([5, 5, 5]), sampleOf([7, 7, 7, 7]));
    closeTo(apart.pValue, 0.024744672046398956, 'p');
    expect(apart).toMatchObject({ statistic: 0, estimate: -2, ci95: [-2, -2] });
  });

  it('the boundary of the exact test: 49 cases each exact, 50 not', () => {
    const x49 = sampleOf(Array.from({ length: 49 }, (_, index) => index + 0.5));
    const y49 = sampleOf(Array.from({ length: 49 }, (_, index) => index * 1.02 + 0.25));
    expect(wilcoxonRankSum(x49, y49).exact).toBe(true);
    const x50 = sampleOf(Array.from({ length: 50 }, (_, index) => index + 0.5));
    expect(wilcoxonRankSum(x50, y49).exact).toBe(false);
  });

  it('a p below the smallest double is reported as that bound with p-underflow', () => {
    const result = wilcoxonRankSum(weighted([1, 2], [25_000, 25_000]), weighted([3, 4], [25_000, 25_000]));
    expect(result).toMatchObject({ statistic: 0, pValue: Number.MIN_VALUE, warnings: ['p-underflow'], estimate: -2 });
  });

  it('large samples stay fast and exact from the counts', () => {
    const values = Array.from({ length: 2000 }, (_, index) => index / 10);
    const x = weighted(values, values.map((_, index) => 1 + (index % 7) * 10));
    const y = weighted(values.map((v) => v + 0.05), values.map((_, index) => 1 + (index % 5) * 10));
    const result = wilcoxonRankSum(x, y);
    expect(result.exact).toBe(false);
    expect(result.pValue).toBeGreaterThan(0);
    expect(result.ci95![0]).toBeLessThanOrEqual(result.estimate!);
    expect(result.estimate!).toBeLessThanOrEqual(result.ci95![1]);
  });
});

describe('welchTTest', () => {
  it('as R', () => {
    // t.test(c(1.1, 2.5, 3.7, 8.2, 9.9), c(0.3, 4.4, 5.1, 6.6))
    const result = welchTTest(sampleOf([1.1, 2.5, 3.7, 8.2, 9.9]), sampleOf([0.3, 4.4, 5.1, 6.6]))!;
    closeTo(result.statistic, 0.45284069670022931, 't');
    closeTo(result.df, 6.9522038991359478, 'df');
    closeTo(result.pValue, 0.66445709913361273, 'p');
    closeTo(result.estimate, 0.98, 'estimate');
    allCloseTo(result.ci95, [-4.1444627771239597, 6.1044627771239606], 'ci');
  });

  it('null where R stops', () => {
    expect(welchTTest(sampleOf([1]), sampleOf([1, 2, 3]))).toBeNull();
    expect(welchTTest(sampleOf([5, 5, 5]), sampleOf([7, 7]))).toBeNull();
    expect(welchTTest(EMPTY, EMPTY)).toBeNull();
  });
});

describe('vanElteren', () => {
  it('one stratum: z of the uncorrected normal Wilcoxon test', () => {
    const x = sampleOf([1, 2, 2, 3, 5, 7, 7, 7, 9]);
    const y = sampleOf([2, 3, 3, 4, 8, 10, 11]);
    const result = vanElteren([{ x, y }]);
    // wilcox.test(..., correct = FALSE)$p.value = 0.4231414049427269 (same z whatever the weight)
    expect(result).toMatchObject({ test: 'van-elteren', strataUsed: 1, strataDropped: 0, warnings: [] });
    closeTo(result.pValue, 0.4231414049427269, 'p');
  });

  it('drops strata without both samples; reasons', () => {
    const x = sampleOf([1, 2]);
    expect(vanElteren([])).toMatchObject({ pValue: null, reason: 'too-few-strata', strataUsed: 0 });
    expect(vanElteren([{ x, y: EMPTY }])).toMatchObject({ reason: 'too-few-strata', strataDropped: 1, warnings: ['strata-dropped'] });
    expect(vanElteren([{ x: sampleOf([4, 4]), y: sampleOf([4]) }, { x: EMPTY, y: x }])).toMatchObject({ reason: 'constant-values', strataUsed: 1, strataDropped: 1 });
    const result = vanElteren([{ x, y: sampleOf([3, 4]) }, { x: EMPTY, y: sampleOf([1]) }]);
    expect(result).toMatchObject({ test: 'van-elteren', strataUsed: 1, strataDropped: 1, warnings: ['strata-dropped'] });
  });
});
