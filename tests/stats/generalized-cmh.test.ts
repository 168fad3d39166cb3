import { describe, expect, it } from 'vitest';
import { cochranMantelHaenszel } from '../../src/stats/cochran-mantel-haenszel.js';
import { generalizedCmh } from '../../src/stats/generalized-cmh.js';
import { closeTo, pValueCloseTo } from './tolerance.js';

type Stratum = [number, number][];

describe('generalizedCmh', () => {
  it("matches R's mantelhaen.test on a 3×2×3 array", () => {
    // mantelhaen.test(array(c(10,3,7,5,8,7, 4,6,5,9,2,5, 12,1,0,3,1,6), c(3,2,3)))
    const strata: Stratum[] = [
      [[10, 5], [3, 8], [7, 7]],
      [[4, 9], [6, 2], [5, 5]],
      [[12, 3], [1, 1], [0, 6]],
    ];
    const result = generalizedCmh(strata);
    closeTo(result.statistic, 2.7504328763263395, 'statistic');
    pValueCloseTo(result.pValue, 0.25278487758882262, 'p');
    expect(result).toMatchObject({
      test: 'cmh-generalized',
      method: 'Cochran-Mantel-Haenszel test',
      parameter: 2,
      warnings: [],
      strataUsed: 3,
      strataDropped: 0,
    });
  });

  it('equals the uncorrected 2×2×K CMH for two rows', () => {
    // mantelhaen.test(array(c(10,3,5,8, 4,6,9,2), c(2,2,2)), correct = FALSE)
    const result = generalizedCmh([[[10, 5], [3, 8]], [[4, 9], [6, 2]]]);
    closeTo(result.statistic, 0.032508752356403603, 'statistic');
    pValueCloseTo(result.pValue, 0.85691561373884639, 'p');
    const twoByTwo = cochranMantelHaenszel(
      [{ yes1: 10, no1: 5, yes2: 3, no2: 8 }, { yes1: 4, no1: 9, yes2: 6, no2: 2 }],
      { correct: false },
    );
    closeTo(result.statistic, twoByTwo.statistic, 'same as cochranMantelHaenszel');
  });

  it('handles huge counts', () => {
    // mantelhaen.test(array(c(1e6,2e5,3e5,9e5,4e5,3e5, 10,20,30,40,50,60), c(3,2,2)))
    const result = generalizedCmh([[[1e6, 9e5], [2e5, 4e5], [3e5, 3e5]], [[10, 40], [20, 50], [30, 60]]]);
    closeTo(result.statistic, 68769.830512126748, 'statistic');
    expect(result).toMatchObject({ pValue: Number.MIN_VALUE, warnings: ['p-underflow'] });
  });

  it('on one stratum is Pearson chi-square times (n − 1) / n', () => {
    // chisq.test(rbind(c(10, 5), c(3, 8), c(7, 7)))$statistic * 39 / 40
    const result = generalizedCmh([[[10, 5], [3, 8], [7, 7]]]);
    closeTo(result.statistic, 3.8409090909090908, 'statistic');
    expect(result).toMatchObject({ parameter: 2, strataUsed: 1, strataDropped: 0 });
  });

  it('handles twelve categories with small counts', () => {
    const strata: Stratum[] = [0, 1, 2].map((k) => Array.from({ length: 12 }, (_, i): [number, number] => [(i + k) % 3, (i * 5 + k) % 4]));
    const result = generalizedCmh(strata);
    expect(result.parameter).toBe(11);
    expect(result.pValue).toBeGreaterThan(0);
    expect(result.pValue).toBeLessThanOrEqual(1);
  });

  it('drops strata with fewer than two cases, an empty column or one category', () => {
    const strata: Stratum[] = [
      [[10, 5], [3, 8], [7, 7]],
      [[1, 0], [0, 0], [0, 0]],
      [[4, 0], [6, 0], [5, 0]],
      [[0, 0], [6, 2], [0, 0]],
      [[4, 9], [6, 2], [5, 5]],
      [[12, 3], [1, 1], [0, 6]],
    ];
    const result = generalizedCmh(strata);
    closeTo(result.statistic, 2.7504328763263395, 'statistic');
    expect(result).toMatchObject({ strataUsed: 3, strataDropped: 3, warnings: ['strata-dropped'] });
  });

  it('drops categories empty in every stratum used', () => {
    const strata: Stratum[] = [
      [[10, 5], [0, 0], [3, 8]],
      [[4, 9], [0, 0], [6, 2]],
    ];
    const result = generalizedCmh(strata);
    closeTo(result.statistic, 0.032508752356403603, 'statistic');
    expect(result).toMatchObject({ parameter: 1, warnings: ['rows-dropped'] });
  });

  it('gives a reason instead of NaN when no test is possible', () => {
    expect(generalizedCmh([])).toMatchObject({ pValue: null, reason: 'too-few-strata', strataUsed: 0, strataDropped: 0 });
    expect(generalizedCmh([[[1, 0], [0, 0]]])).toMatchObject({ pValue: null, reason: 'too-few-strata', strataDropped: 1 });
    // Categories A, B meet only in stratum 1 and C, D only in stratum 2: V is singular.
    const disjoint: Stratum[] = [
      [[3, 4], [5, 2], [0, 0], [0, 0]],
      [[0, 0], [0, 0], [6, 1], [2, 7]],
    ];
    expect(generalizedCmh(disjoint)).toMatchObject({ test: null, pValue: null, reason: 'singular-covariance', strataUsed: 2 });
  });

  it('throws on ragged strata and invalid counts', () => {
    expect(() => generalizedCmh([[[1, 2], [3, 4]], [[1, 2]]])).toThrow(/strata\[1\] has 1/);
    expect(() => generalizedCmh([[[1, -2], [3, 4]]])).toThrow(/strata\[0\]\[0\]\[1\]/);
  });
});
