import { describe, expect, it } from 'vitest';
import { fisherExactTest2x2 } from '../../src/stats/fisher-exact-2x2.js';
import { closeTo } from './tolerance.js';

describe('fisherExactTest2x2', () => {
  it("reproduces R's fisher.test on Fisher's tea-tasting table", () => {
    // fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value
    const result = fisherExactTest2x2({ yes1: 3, no1: 1, yes2: 1, no2: 3 });
    closeTo(result.pValue, 0.48571428571428582, 'p');
    expect(result).toMatchObject({ test: 'fisher', method: "Fisher's Exact Test for Count Data", statistic: null, reason: null });
  });

  it('gives no test for an empty table or an empty margin (R would say p = 1)', () => {
    expect(fisherExactTest2x2({ yes1: 0, no1: 0, yes2: 0, no2: 0 })).toMatchObject({ pValue: null, reason: 'no-cases', test: null });
    expect(fisherExactTest2x2({ yes1: 0, no1: 0, yes2: 3, no2: 4 })).toMatchObject({ pValue: null, reason: 'empty-margin' });
    expect(fisherExactTest2x2({ yes1: 5, no1: 0, yes2: 7, no2: 0 })).toMatchObject({ pValue: null, reason: 'empty-margin' });
    // All cases in one cell: both a row and a column are empty.
    expect(fisherExactTest2x2({ yes1: 0, no1: 0, yes2: 0, no2: 9 })).toMatchObject({ pValue: null, reason: 'empty-margin' });
  });

  it('keeps the digits of p-values below 1e-300', () => {
    // Only the two extreme tables are as unlikely: p = 2 / choose(1040, 520), a subnormal.
    // lchoose(1040, 520) from R.
    const result = fisherExactTest2x2({ yes1: 520, no1: 0, yes2: 0, no2: 520 });
    closeTo(result.pValue, Math.exp(Math.log(2) - 717.17354804905244), 'p');
    expect(result.pValue).toBeLessThan(1e-300);
    expect(result.warnings).toEqual([]);
  });

  it('reports the smallest double with p-underflow when p leaves the double range', () => {
    // True p = 2 / choose(2e6, 1e6) ≈ 10^-602057; R's sum underflows to exactly 0.
    const result = fisherExactTest2x2({ yes1: 1e6, no1: 0, yes2: 0, no2: 1e6 });
    expect(result.pValue).toBe(Number.MIN_VALUE);
    expect(result.warnings).toEqual(['p-underflow']);
  });

  it('handles 10^7 cases exactly like R (its speed is measured in bench/, not here)', () => {
    // fisher.test(matrix(c(2500000, 2498000, 2500000, 2502000), 2), conf.int = FALSE)$p.value
    const table = { yes1: 2_500_000, no1: 2_500_000, yes2: 2_498_000, no2: 2_502_000 };
    closeTo(fisherExactTest2x2(table).pValue, 0.20613000619107574, 'p');
  });

  it('handles lopsided tables with 2·10^7 cases', () => {
    // fisher.test(matrix(c(9999990, 9999000, 10, 1000), 2), conf.int = FALSE)$p.value
    const result = fisherExactTest2x2({ yes1: 9_999_990, no1: 10, yes2: 9_999_000, no2: 1000 });
    closeTo(result.pValue, 5.2299680754961396e-281, 'p');
  });

  it('gives p = 1 for a table at the mode', () => {
    expect(fisherExactTest2x2({ yes1: 5, no1: 5, yes2: 5, no2: 5 }).pValue).toBe(1);
  });

  it('throws on counts that are not non-negative integers (a programmer error)', () => {
    expect(() => fisherExactTest2x2({ yes1: -1, no1: 0, yes2: 0, no2: 0 })).toThrow(/yes1/);
    expect(() => fisherExactTest2x2({ yes1: 1.5, no1: 0, yes2: 0, no2: 0 })).toThrow(/non-negative integer/);
    expect(() => fisherExactTest2x2({ yes1: 1, no1: Number.NaN, yes2: 0, no2: 0 })).toThrow(/no1/);
    expect(() => fisherExactTest2x2({ yes1: 1, no1: 0, yes2: Infinity, no2: 0 })).toThrow(/yes2/);
  });
});
