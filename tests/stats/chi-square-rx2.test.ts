import { describe, expect, it } from 'vitest';
import { chiSquareTestRx2 } from '../../src/stats/chi-square-rx2.js';
import { closeTo } from './tolerance.js';

describe('chiSquareTestRx2', () => {
  it("matches R's chisq.test on an r×2 table", () => {
    // chisq.test(rbind(c(10, 20), c(30, 40), c(25, 5)))
    const result = chiSquareTestRx2([[10, 20], [30, 40], [25, 5]]);
    closeTo(result.statistic, 18.095238095238095, 'statistic');
    closeTo(result.pValue, 1.1767087239324491e-4, 'p');
    expect(result).toMatchObject({ test: 'chi2-rx2', method: "Pearson's Chi-squared test", parameter: 2, warnings: [] });
  });

  it('does not apply Yates to two rows, and warns about small expected counts', () => {
    // suppressWarnings(chisq.test(rbind(c(1, 2), c(3, 0)), correct = FALSE))
    const result = chiSquareTestRx2([[1, 2], [3, 0]]);
    closeTo(result.statistic, 3, 'statistic');
    closeTo(result.pValue, 0.083264516663550558, 'p');
    expect(result.warnings).toEqual(['small-expected']);
  });

  it('drops rows without cases and says so', () => {
    const result = chiSquareTestRx2([[10, 20], [0, 0], [30, 40], [25, 5]]);
    closeTo(result.statistic, 18.095238095238095, 'statistic');
    expect(result.parameter).toBe(2);
    expect(result.warnings).toEqual(['rows-dropped']);
  });

  it('gives no test without cases, with one row, or with an empty column', () => {
    expect(chiSquareTestRx2([])).toMatchObject({ pValue: null, reason: 'no-cases' });
    expect(chiSquareTestRx2([[0, 0], [0, 0]])).toMatchObject({ pValue: null, reason: 'no-cases' });
    expect(chiSquareTestRx2([[3, 4], [0, 0]])).toMatchObject({ pValue: null, reason: 'too-few-rows', warnings: ['rows-dropped'] });
    expect(chiSquareTestRx2([[3, 0], [5, 0]])).toMatchObject({ pValue: null, reason: 'empty-margin' });
  });

  it('throws on invalid counts', () => {
    expect(() => chiSquareTestRx2([[1, -2]])).toThrow(/rows\[0\]\.no/);
  });
});
