import { describe, expect, it } from 'vitest';
import { fisherExactTest2x2 } from '../../src/stats/fisher-exact-2x2.js';
import { fisherExactRx2 } from '../../src/stats/fisher-exact-rx2.js';
import { pValueCloseTo } from './tolerance.js';

describe('fisherExactRx2', () => {
  it("matches R's fisher.test on small r×2 tables", () => {
    // fisher.test(rbind(c(2, 5), c(3, 1), c(0, 4), c(6, 2)))$p.value
    const result = fisherExactRx2([[2, 5], [3, 1], [0, 4], [6, 2]]);
    pValueCloseTo(result.pValue, 0.045466311854788784, 'p');
    expect(result).toMatchObject({
      test: 'fisher-rx2',
      method: "Fisher's Exact Test for Count Data",
      statistic: null,
      parameter: null,
      reason: null,
      warnings: [],
    });
    // fisher.test(rbind(c(5, 0), c(0, 5), c(5, 0)))$p.value
    pValueCloseTo(fisherExactRx2([[5, 0], [0, 5], [5, 0]]).pValue, 0.00099900099900100139, 'p');
    // fisher.test(rbind(c(20, 1), c(3, 40), c(10, 10)))$p.value
    pValueCloseTo(fisherExactRx2([[20, 1], [3, 40], [10, 10]]).pValue, 9.8712765199938794e-13, 'p');
  });

  it('agrees with the 2×2 test on two rows, also with huge counts', () => {
    // fisher.test(rbind(c(1e6, 3), c(999990, 9)))$p.value
    pValueCloseTo(fisherExactRx2([[1e6, 3], [999990, 9]]).pValue, 0.09228362549696234, 'p');
    const rows: [number, number][] = [[3, 1], [1, 3]];
    expect(fisherExactRx2(rows).pValue).toBeCloseTo(fisherExactTest2x2({ yes1: 3, no1: 1, yes2: 1, no2: 3 }).pValue as number, 14);
  });

  it('handles twelve rows with small counts', () => {
    // fisher.test(rbind(c(1,0),c(0,1),c(1,0),c(0,1),c(1,0),c(0,1),c(1,1),c(2,2),c(3,3),c(0,5),c(4,0),c(2,2)))
    const result = fisherExactRx2([[1, 0], [0, 1], [1, 0], [0, 1], [1, 0], [0, 1], [1, 1], [2, 2], [3, 3], [0, 5], [4, 0], [2, 2]]);
    pValueCloseTo(result.pValue, 0.089234010778490538, 'p');
    // fisher.test(rbind(c(0,1),c(0,2),c(3,0),c(1,1),c(2,0),c(0,3),c(1,2),c(2,1),c(0,1),c(3,1),c(1,0),c(2,2)))
    const other = fisherExactRx2([[0, 1], [0, 2], [3, 0], [1, 1], [2, 0], [0, 3], [1, 2], [2, 1], [0, 1], [3, 1], [1, 0], [2, 2]]);
    pValueCloseTo(other.pValue, 0.20984956438189389, 'p');
  });

  it('handles a million cases per row when one column is small', () => {
    // R's fisher.test stops here (FEXACT error 501: hash key too large); the reference is a
    // brute-force sum in R over all 3-row tables with the same margins, lchoose-based, with
    // FEXACT's tolerance: see the test's comment for the R code.
    // bf(rbind(c(3, 1e6), c(9, 999990), c(2, 500000))) with
    // bf <- function(x) { n <- rowSums(x); c1 <- sum(x[,1]); lp <- function(v) sum(lchoose(n, v)) - lchoose(sum(n), c1)
    //   obs <- lp(x[,1]); tot <- 0; for (a in 0:min(n[1], c1)) for (b in 0:min(n[2], c1 - a)) { cc <- c1 - a - b
    //   if (cc <= n[3]) { l <- lp(c(a, b, cc)); if (l <= obs + 3.45254e-7) tot <- tot + exp(l) } }; tot }
    pValueCloseTo(fisherExactRx2([[3, 1e6], [9, 999990], [2, 500000]]).pValue, 0.18918409571531056, 'p');
    pValueCloseTo(fisherExactRx2([[0, 1e6], [7, 1e6], [1, 1e6]]).pValue, 0.0077731114178119388, 'p');
  });

  it('reports a p below the double range as the smallest double', () => {
    // R: fisher.test(rbind(c(1e6, 0), c(0, 1e6)))$p.value is 0
    expect(fisherExactRx2([[1e6, 0], [0, 1e6]])).toMatchObject({ pValue: Number.MIN_VALUE, warnings: ['p-underflow'] });
    // Three rows of a million: answered at once, without a search.
    expect(fisherExactRx2([[1e6, 0], [0, 1e6], [5e5, 5e5]])).toMatchObject({
      test: 'fisher-rx2',
      pValue: Number.MIN_VALUE,
      warnings: ['p-underflow'],
    });
  });

  it('drops empty rows and gives the reasons of the chi-square test', () => {
    const result = fisherExactRx2([[2, 5], [0, 0], [3, 1], [0, 4], [6, 2]]);
    pValueCloseTo(result.pValue, 0.045466311854788784, 'p');
    expect(result.warnings).toEqual(['rows-dropped']);
    expect(fisherExactRx2([])).toMatchObject({ pValue: null, reason: 'no-cases' });
    expect(fisherExactRx2([[0, 0], [0, 0]])).toMatchObject({ pValue: null, reason: 'no-cases', warnings: ['rows-dropped'] });
    expect(fisherExactRx2([[3, 4], [0, 0]])).toMatchObject({ pValue: null, reason: 'too-few-rows', warnings: ['rows-dropped'] });
    expect(fisherExactRx2([[3, 4]])).toMatchObject({ pValue: null, reason: 'too-few-rows', warnings: [] });
    expect(fisherExactRx2([[3, 0], [5, 0]])).toMatchObject({ pValue: null, reason: 'empty-margin' });
    expect(fisherExactRx2([[0, 3], [0, 5], [0, 1]])).toMatchObject({ pValue: null, reason: 'empty-margin' });
  });

  it('gives 1 when every table is as probable as the observed one', () => {
    // fisher.test(rbind(c(1, 1), c(1, 1), c(1, 1)))$p.value is 1
    pValueCloseTo(fisherExactRx2([[1, 1], [1, 1], [1, 1]]).pValue, 1, 'p');
  });

  it('gives up with too-complex instead of running for minutes', () => {
    const rows: [number, number][] = [[3, 0], [2, 1], [200, 250], [150, 160], [300, 280], [250, 260], [120, 100], [80, 90], [50, 40], [30, 35], [10, 12], [5, 1]];
    expect(fisherExactRx2(rows, { maxWork: 100_000 })).toMatchObject({ test: null, pValue: null, reason: 'too-complex' });
  });

  it('spends exactly the work it did before its last phase was charged up front', () => {
    // Whether a table gets the exact test or falls back to chi-square (categoriesTest) depends on
    // the total units of work, so the search charges the same units whatever it computes first:
    // each table finishes with exactly its total and gives up one unit below it, with the same p
    // to the bit. Totals and p from the search before the change (forward to the last two rows,
    // the meet in the middle, two rows, twelve rows; the first two and the seventh are tables of
    // the 20,000-row bench that end in too-complex at 100,000 units, the second finishes).
    const cases: { rows: [number, number][]; work: number; p: number }[] = [
      { rows: [[51, 91], [95, 73], [0, 5], [50, 57], [61, 54], [4, 11]], work: 184_675, p: 0.00043854585763119993 },
      { rows: [[19, 43], [59, 38], [0, 2], [42, 32], [46, 32], [2, 11]], work: 77_876, p: 0.000056998716689965965 },
      { rows: [[12, 30], [3, 9]], work: 27, p: 1 },
      { rows: [[20, 1], [3, 40], [10, 10]], work: 1601, p: 9.871276519993623e-13 },
      { rows: [[2, 5], [3, 1], [0, 4], [6, 2]], work: 832, p: 0.045466311854789415 },
      { rows: [[1, 0], [0, 1], [1, 0], [0, 1], [1, 0], [0, 1], [1, 1], [2, 2], [3, 3], [0, 5], [4, 0], [2, 2]], work: 8875, p: 0.08923401077849169 },
      { rows: [[50, 112], [122, 102], [1, 7], [64, 50], [86, 68], [7, 28]], work: 894_363, p: 7.302331241160845e-9 },
      { rows: [[5, 9], [12, 4], [0, 6], [8, 8], [3, 11], [10, 2], [1, 5]], work: 19_481, p: 0.0004158690607807536 },
      { rows: [[4, 10], [7, 3], [2, 8], [9, 9], [1, 6]], work: 3082, p: 0.07622872791307489 },
    ];
    for (const { rows, work, p } of cases) {
      expect(fisherExactRx2(rows, { maxWork: work }).pValue, JSON.stringify(rows)).toBe(p);
      expect(fisherExactRx2(rows, { maxWork: work - 1 }).reason, JSON.stringify(rows)).toBe('too-complex');
    }
  });

  it('throws on invalid counts', () => {
    expect(() => fisherExactRx2([[1, -2]])).toThrow(/rows\[0\]\[1\]/);
    expect(() => fisherExactRx2([[1.5, 2]])).toThrow(/rows\[0\]\[0\]/);
  });
});
