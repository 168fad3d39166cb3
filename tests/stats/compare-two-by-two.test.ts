import { describe, expect, it } from 'vitest';
import { compareTwoByTwo, minimumExpectedCount } from '../../src/stats/compare-two-by-two.js';

describe('minimumExpectedCount', () => {
  it('is the smallest row total times the smallest column total over n', () => {
    expect(minimumExpectedCount({ yes1: 10, no1: 30, yes2: 20, no2: 40 })).toBe(12);
    expect(minimumExpectedCount({ yes1: 0, no1: 0, yes2: 0, no2: 0 })).toBe(0);
    expect(minimumExpectedCount({ yes1: 0, no1: 0, yes2: 3, no2: 4 })).toBe(0);
  });
});

describe('compareTwoByTwo', () => {
  it('sorts out degenerate tables first', () => {
    expect(compareTwoByTwo({ yes1: 0, no1: 0, yes2: 0, no2: 0 }, { yates: true })).toMatchObject({ test: null, pValue: null, reason: 'no-cases' });
    const emptyMargin = compareTwoByTwo({ yes1: 0, no1: 0, yes2: 3, no2: 4 }, { yates: true });
    expect(emptyMargin).toMatchObject({ test: null, pValue: null, reason: 'empty-margin' });
    expect(compareTwoByTwo({ yes1: 7, no1: 0, yes2: 0, no2: 0 }, { yates: false })).toMatchObject({ reason: 'empty-margin' });
  });

  it("uses Fisher's exact test when an expected count is below 5", () => {
    const result = compareTwoByTwo({ yes1: 3, no1: 1, yes2: 1, no2: 3 }, { yates: true });
    expect(result.test).toBe('fisher');
    expect(result.expected).toEqual([2, 2, 2, 2]);
  });

  it('uses the chi-square test otherwise, with or without Yates', () => {
    const table = { yes1: 10, no1: 30, yes2: 20, no2: 40 };
    expect(compareTwoByTwo(table, { yates: true })).toMatchObject({ test: 'chi2', method: "Pearson's Chi-squared test with Yates' continuity correction" });
    expect(compareTwoByTwo(table, { yates: false })).toMatchObject({ test: 'chi2', method: "Pearson's Chi-squared test" });
  });

  it('switches exactly at an expected count of 5', () => {
    // Row totals 10 and 10, column totals 5 and 15: the smallest expected count is 2.5.
    expect(compareTwoByTwo({ yes1: 3, no1: 7, yes2: 2, no2: 8 }, { yates: true }).test).toBe('fisher');
    // Smallest expected count exactly 5 → chi-square.
    expect(compareTwoByTwo({ yes1: 6, no1: 4, yes2: 4, no2: 6 }, { yates: true }).test).toBe('chi2');
  });
});
