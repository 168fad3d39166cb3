import { describe, expect, it } from 'vitest';
import { categoriesTest, smallestExpectedCount } from '../../src/stats/categories-test.js';
import { chiSquareTestRx2 } from '../../src/stats/chi-square-rx2.js';
import { fisherExactRx2 } from '../../src/stats/fisher-exact-rx2.js';

describe('categoriesTest', () => {
  it('uses the chi-square test when every expected count is at least 5', () => {
    const rows: [number, number][] = [[10, 20], [30, 40], [25, 5]];
    expect(categoriesTest(rows)).toEqual(chiSquareTestRx2(rows));
    expect(categoriesTest(rows).test).toBe('chi2-rx2');
  });

  it("uses Fisher's exact test when an expected count is below 5", () => {
    const rows: [number, number][] = [[2, 5], [3, 1], [0, 4], [6, 2]];
    expect(smallestExpectedCount(rows)).toBeLessThan(5);
    expect(categoriesTest(rows)).toEqual(fisherExactRx2(rows));
    expect(categoriesTest(rows).test).toBe('fisher-rx2');
  });

  it('judges expected counts over the rows with cases only', () => {
    // The empty row would have expected count 0; it is dropped, so chi-square stays.
    const rows: [number, number][] = [[10, 20], [0, 0], [30, 40], [25, 5]];
    expect(categoriesTest(rows)).toMatchObject({ test: 'chi2-rx2', warnings: ['rows-dropped'] });
  });

  it('uses chi-square on huge tables and Fisher when a huge table has a rare column', () => {
    expect(categoriesTest([[1e6, 2e6], [3e6, 1e6], [5e5, 5e5]]).test).toBe('chi2-rx2');
    const rare = categoriesTest([[3, 1e6], [9, 999990], [2, 500000]]);
    expect(rare.test).toBe('fisher-rx2');
    expect(rare.pValue).toBeCloseTo(0.18918409571531056, 12);
  });

  it('gives the same reasons as the chi-square test for degenerate tables', () => {
    expect(categoriesTest([])).toMatchObject({ reason: 'no-cases' });
    expect(categoriesTest([[3, 4], [0, 0]])).toMatchObject({ reason: 'too-few-rows', warnings: ['rows-dropped'] });
    expect(categoriesTest([[3, 0], [5, 0]])).toMatchObject({ reason: 'empty-margin' });
    expect(categoriesTest([[7, 2]])).toMatchObject({ reason: 'too-few-rows', warnings: [] });
  });

  it('falls back to chi-square (with small-expected) when the exact test is too complex', () => {
    const rows: [number, number][] = [[3, 0], [2, 1], [200, 250], [150, 160], [300, 280], [250, 260], [120, 100], [80, 90], [50, 40], [30, 35], [10, 12], [5, 1]];
    const result = categoriesTest(rows);
    expect(result).toMatchObject({ test: 'chi2-rx2', warnings: ['small-expected'] });
    expect(result.pValue).toBe(chiSquareTestRx2(rows).pValue);
  });
});
