import { describe, expect, it } from 'vitest';
import { chiSquareTest2x2 } from '../../src/stats/chi-square-2x2.js';
import { closeTo } from './tolerance.js';

describe('chiSquareTest2x2', () => {
  it("matches R's chisq.test with and without Yates' correction", () => {
    // chisq.test(matrix(c(12, 3, 5, 20), 2)) and correct = FALSE
    const table = { yes1: 12, no1: 5, yes2: 3, no2: 20 };
    const yates = chiSquareTest2x2(table, { yates: true });
    closeTo(yates.pValue, 7.0933709923571306e-4, 'p');
    expect(yates.method).toBe("Pearson's Chi-squared test with Yates' continuity correction");
    expect(yates.parameter).toBe(1);
    const plain = chiSquareTest2x2(table, { yates: false });
    closeTo(plain.statistic, 13.81074168797954, 'statistic');
    expect(plain.method).toBe("Pearson's Chi-squared test");
    expect(plain.warnings).toEqual([]);
    expect(chiSquareTest2x2({ yes1: 3, no1: 7, yes2: 8, no2: 2 }, { yates: true }).warnings).toEqual(['small-expected']);
  });

  it('returns expected counts in the order yes1, no1, yes2, no2', () => {
    const result = chiSquareTest2x2({ yes1: 10, no1: 30, yes2: 20, no2: 40 }, { yates: false });
    expect(result.expected).toEqual([12, 28, 18, 42]);
    expect(result.warnings).toEqual([]);
  });

  it("applies R's rule YATES = min(0.5, |x − E|), naming Yates only when it is > 0", () => {
    // |ad − bc| / n = 0: nothing to correct, so R's method string omits Yates.
    const balanced = chiSquareTest2x2({ yes1: 5, no1: 5, yes2: 5, no2: 5 }, { yates: true });
    expect(balanced.statistic).toBe(0);
    expect(balanced.pValue).toBe(1);
    expect(balanced.method).toBe("Pearson's Chi-squared test");
    // |x − E| = 0.25 < 0.5: the correction removes the whole deviation.
    const small = chiSquareTest2x2({ yes1: 3, no1: 4, yes2: 3, no2: 5 }, { yates: true });
    expect(small.statistic).toBe(0);
    expect(small.method).toContain('Yates');
  });

  it('gives no test, never NaN, for an empty table or margin', () => {
    expect(chiSquareTest2x2({ yes1: 0, no1: 0, yes2: 0, no2: 0 }, { yates: true })).toMatchObject({
      test: null,
      statistic: null,
      pValue: null,
      reason: 'no-cases',
      expected: [0, 0, 0, 0],
    });
    expect(chiSquareTest2x2({ yes1: 4, no1: 0, yes2: 6, no2: 0 }, { yates: false })).toMatchObject({
      pValue: null,
      reason: 'empty-margin',
      expected: [4, 0, 6, 0],
    });
  });

  it('reports p-values below 1e-300 and bounds the ones beyond the double range', () => {
    // χ² = 1030 on [[515, 0], [0, 515]]: R's p is 3.9997310701645433e-225 (Yates).
    closeTo(chiSquareTest2x2({ yes1: 515, no1: 0, yes2: 0, no2: 515 }, { yates: true }).pValue, 3.9997310701645433e-225, 'p');
    // χ² = 2·10^6: p ≈ 10^-434294, far below the smallest double.
    const huge = chiSquareTest2x2({ yes1: 1e6, no1: 0, yes2: 0, no2: 1e6 }, { yates: false });
    expect(huge.statistic).toBe(2e6);
    expect(huge.pValue).toBe(Number.MIN_VALUE);
    expect(huge.warnings).toEqual(['p-underflow']);
  });

  it('is exact for 10^7-case tables (integer determinant, no cancelling differences)', () => {
    // chisq.test(matrix(c(2500000, 2498000, 2500000, 2502000), 2))$p.value
    const result = chiSquareTest2x2({ yes1: 2_500_000, no1: 2_500_000, yes2: 2_498_000, no2: 2_502_000 }, { yates: true });
    closeTo(result.pValue, 0.20613000845314131, 'p');
  });
});
