/**
 * Invariants of the numeric statistics, checked with fast-check (seed convention in
 * tests/helpers/fast-check-seed.ts: random locally, fixed in CI, FC_SEED to replay).
 */
import '../helpers/fast-check-seed.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vanElteren } from '../../src/stats/van-elteren.js';
import { describeSample, type WeightedSample } from '../../src/stats/weighted-sample.js';
import { welchTTest } from '../../src/stats/welch-t-test.js';
import { wilcoxonQuantile } from '../../src/stats/wilcoxon-distribution.js';
import { type WilcoxonResult, wilcoxonRankSum } from '../../src/stats/wilcoxon-rank-sum.js';
import { sampleOf } from './numeric-helpers.js';
import { closeTo, isClose } from './tolerance.js';

const RUNS = Number(process.env['STATS_PROPERTY_RUNS'] ?? 200);

/**
 * Case values on quarter steps (exact in binary, so a difference x − y and its mirror y − x
 * are exact negatives): few distinct values (many ties), or a wide range (few ties), with
 * zeros and negatives.
 */
const value = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  fc.integer({ min: -400, max: 400 }).map((quarters) => quarters / 4),
  fc.constant(0),
);
const cases = fc.array(value, { minLength: 0, maxLength: 60 });
const nonEmptyCases = fc.array(value, { minLength: 1, maxLength: 60 });

/** The same sample with its cases in the order given (the tally's map may see them in any order). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) >>> 0;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** R's quantile type 7 on the case values themselves. */
function quantileOfCases(sorted: readonly number[], probability: number): number {
  const index = 1 + (sorted.length - 1) * probability;
  const lower = Math.floor(index);
  const low = sorted[lower - 1]!;
  const high = sorted[Math.ceil(index) - 1]!;
  const fraction = index - lower;
  return fraction > 0 && high !== low ? (1 - fraction) * low + fraction * high : low;
}

/** Every pairwise difference x − y, sorted: the brute force the weighted code must equal. */
function allDifferences(x: readonly number[], y: readonly number[]): number[] {
  const differences: number[] = [];
  for (const a of x) for (const b of y) differences.push(a - b);
  return differences.sort((a, b) => a - b);
}

function expectFiniteOrNull(result: WilcoxonResult): void {
  for (const number of [result.statistic, result.pValue, result.estimate, ...(result.ci95 ?? [])]) {
    if (number !== null) expect(Number.isFinite(number)).toBe(true);
  }
}

describe('describeSample', () => {
  it('equals the statistics of the expanded cases, whatever their order', () => {
    fc.assert(
      fc.property(cases, fc.integer(), (values, seed) => {
        const summary = describeSample(sampleOf(shuffled(values, seed)));
        const sorted = [...values].sort((a, b) => a - b);
        expect(summary.n).toBe(values.length);
        if (values.length === 0) return;
        closeTo(summary.median, quantileOfCases(sorted, 0.5), 'median');
        closeTo(summary.q1, quantileOfCases(sorted, 0.25), 'q1');
        closeTo(summary.q3, quantileOfCases(sorted, 0.75), 'q3');
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        expect(Math.abs(summary.mean! - mean)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(mean)) * values.length);
        if (values.length < 2) {
          expect(summary.sd).toBeNull();
        } else {
          const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
          expect(Math.abs(summary.sd! - Math.sqrt(variance))).toBeLessThanOrEqual(1e-9 * (1 + Math.sqrt(variance)));
          expect(summary.q1!).toBeLessThanOrEqual(summary.median!);
          expect(summary.median!).toBeLessThanOrEqual(summary.q3!);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('wilcoxonRankSum', () => {
  it('W, p and the exact estimate and interval equal brute force over the expanded cases', () => {
    fc.assert(
      fc.property(nonEmptyCases, nonEmptyCases, (xs, ys) => {
        const result = wilcoxonRankSum(sampleOf(xs), sampleOf(ys));
        expectFiniteOrNull(result);
        if (result.reason !== null) {
          expect(new Set([...xs, ...ys]).size).toBe(1);
          return;
        }
        let pairsAbove = 0;
        for (const a of xs) for (const b of ys) pairsAbove += a > b ? 1 : a === b ? 0.5 : 0;
        expect(result.statistic).toBe(pairsAbove);
        expect(result.pValue!).toBeGreaterThan(0);
        expect(result.pValue!).toBeLessThanOrEqual(1);
        const differences = allDifferences(xs, ys);
        const size = differences.length;
        const median = size % 2 === 1 ? differences[(size - 1) / 2]! : (differences[size / 2 - 1]! + differences[size / 2]!) / 2;
        if (result.exact) {
          const rank = Math.max(1, wilcoxonQuantile(0.025, xs.length, ys.length));
          expect(result.estimate).toBe(median);
          expect(result.ci95).toEqual([differences[rank - 1], differences[size - rank]]);
        } else {
          expect(result.ci95![0]).toBeGreaterThanOrEqual(differences[0]!);
          expect(result.ci95![1]).toBeLessThanOrEqual(differences[size - 1]!);
          // The estimate is the median, or on the gap between the two middle differences.
          const low = differences[Math.ceil(size / 2) - 1]!;
          const high = differences[Math.floor(size / 2)]!;
          expect(result.estimate!).toBeGreaterThanOrEqual(low - 1e-4);
          expect(result.estimate!).toBeLessThanOrEqual(high + 1e-4);
        }
        expect(result.ci95![0]).toBeLessThanOrEqual(result.estimate! + 1e-4);
        expect(result.estimate!).toBeLessThanOrEqual(result.ci95![1] + 1e-4);
      }),
      { numRuns: RUNS },
    );
  });

  it('swapping x and y mirrors W, the interval and the estimate (but on a gap, as R) and keeps p', () => {
    fc.assert(
      fc.property(cases, cases, (xs, ys) => {
        const forward = wilcoxonRankSum(sampleOf(xs), sampleOf(ys));
        const backward = wilcoxonRankSum(sampleOf(ys), sampleOf(xs));
        expect(backward.reason).toBe(forward.reason);
        if (forward.reason !== null) return;
        expect(backward.exact).toBe(forward.exact);
        expect(backward.statistic).toBe(xs.length * ys.length - forward.statistic!);
        expect(isClose(backward.pValue!, forward.pValue!, 1e-12, 0)).toBe(true);
        const differences = allDifferences(xs, ys);
        const size = differences.length;
        const low = differences[Math.ceil(size / 2) - 1]!;
        const high = differences[Math.floor(size / 2)]!;
        if (low === high || forward.exact) {
          expect(Math.abs(backward.estimate! + forward.estimate!)).toBeLessThanOrEqual(1e-9);
        } else {
          // On a gap between the two middle differences R's uniroot (and so jamstat) returns a
          // point that depends on the order of the samples: only both being on the gap holds.
          expect(forward.estimate!).toBeGreaterThanOrEqual(low);
          expect(forward.estimate!).toBeLessThanOrEqual(high);
          expect(-backward.estimate!).toBeGreaterThanOrEqual(low);
          expect(-backward.estimate!).toBeLessThanOrEqual(high);
        }
        expect(Math.abs(backward.ci95![0] + forward.ci95![1])).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(backward.ci95![1] + forward.ci95![0])).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: RUNS },
    );
  });

  it('adding a constant to both samples changes nothing (the differences stay the same)', () => {
    fc.assert(
      fc.property(nonEmptyCases, nonEmptyCases, fc.integer({ min: -20, max: 20 }), (xs, ys, shift) => {
        const base = wilcoxonRankSum(sampleOf(xs), sampleOf(ys));
        const moved = wilcoxonRankSum(sampleOf(xs.map((v) => v + shift)), sampleOf(ys.map((v) => v + shift)));
        expect(moved.reason).toBe(base.reason);
        if (base.reason !== null) return;
        expect(moved.statistic).toBe(base.statistic);
        expect(moved.pValue).toBe(base.pValue);
        expect(Math.abs(moved.estimate! - base.estimate!)).toBeLessThanOrEqual(1e-4);
        expect(moved.ci95).toEqual(base.ci95);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('welchTTest', () => {
  it('swapping x and y negates t, the estimate and the interval and keeps df and p', () => {
    fc.assert(
      fc.property(cases, cases, (xs, ys) => {
        const forward = welchTTest(sampleOf(xs), sampleOf(ys));
        const backward = welchTTest(sampleOf(ys), sampleOf(xs));
        if (forward === null) {
          expect(backward).toBeNull();
          return;
        }
        expect(forward.pValue).toBeGreaterThan(0);
        expect(forward.pValue).toBeLessThanOrEqual(1);
        closeTo(backward!.statistic, -forward.statistic, 'statistic');
        closeTo(backward!.df, forward.df, 'df');
        closeTo(backward!.pValue, forward.pValue, 'p');
        closeTo(backward!.ci95[0], -forward.ci95[1], 'ci lower');
        expect(forward.ci95[0]).toBeLessThanOrEqual(forward.estimate);
        expect(forward.estimate).toBeLessThanOrEqual(forward.ci95[1]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('vanElteren', () => {
  const stratum = fc.record({ x: cases, y: cases });
  const strata = fc.array(stratum, { maxLength: 6 });
  const toStrata = (list: readonly { x: number[]; y: number[] }[]): { x: WeightedSample; y: WeightedSample }[] =>
    list.map((s) => ({ x: sampleOf(s.x), y: sampleOf(s.y) }));

  it('strata order does not matter; swapping x and y negates z; one stratum is the uncorrected Wilcoxon z', () => {
    fc.assert(
      fc.property(strata, fc.integer(), (list, seed) => {
        const result = vanElteren(toStrata(list));
        const reordered = vanElteren(toStrata(shuffled(list, seed)));
        const swapped = vanElteren(toStrata(list.map((s) => ({ x: s.y, y: s.x }))));
        expect(reordered.reason).toBe(result.reason);
        expect(swapped.reason).toBe(result.reason);
        expect(result.strataUsed + result.strataDropped).toBe(list.length);
        if (result.reason !== null) {
          expect(result.pValue).toBeNull();
          return;
        }
        expect(result.pValue!).toBeGreaterThan(0);
        expect(result.pValue!).toBeLessThanOrEqual(1);
        expect(Math.abs(reordered.statistic! - result.statistic!)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(result.statistic!)));
        expect(Math.abs(swapped.statistic! + result.statistic!)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(result.statistic!)));
        const used = list.filter((s) => s.x.length > 0 && s.y.length > 0);
        if (used.length === 1) {
          const { x, y } = used[0]!;
          let pairsAbove = 0;
          for (const a of x) for (const b of y) pairsAbove += a > b ? 1 : a === b ? 0.5 : 0;
          const sign = Math.sign(pairsAbove - (x.length * y.length) / 2);
          expect(Math.sign(result.statistic!)).toBe(sign);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
