/**
 * Order statistics of the pairwise differences against the sorted list of all of them, on
 * samples large enough that the bisection runs and the last bracket is selected from
 * (fast-check seed convention in tests/helpers/fast-check-seed.ts).
 */
import '../helpers/fast-check-seed.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairwiseDifferences, weightedSelect } from '../../src/stats/pairwise-differences.js';
import { weighted } from './numeric-helpers.js';

/** A weighted sample: distinct values (whole days, or decimals) ascending, counts 1 to `most`. */
const sample = (most: number) =>
  fc
    .record({
      values: fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: -4000, max: 4000 }).map((value) => value / 7)), { minLength: 1, maxLength: 120, size: 'max' }),
      counts: fc.array(fc.integer({ min: 1, max: most }), { minLength: 120, maxLength: 120 }),
    })
    .map(({ values, counts }) => {
      const sorted = [...values].sort((a, b) => a - b);
      return weighted(sorted, counts.slice(0, sorted.length));
    });

function allDifferences(x: { values: ArrayLike<number>; counts: ArrayLike<number> }, y: { values: ArrayLike<number>; counts: ArrayLike<number> }): Float64Array {
  const all: number[] = [];
  for (let i = 0; i < x.values.length; i++) {
    for (let j = 0; j < y.values.length; j++) {
      for (let c = 0; c < x.counts[i]! * y.counts[j]!; c++) all.push(x.values[i]! - y.values[j]!);
    }
  }
  return Float64Array.from(all).sort();
}

describe('weighted selection', () => {
  it('gives what sorting and counting off gives, for every need', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ value: fc.integer({ min: -20, max: 20 }).map((value) => value / 4), weight: fc.integer({ min: 1, max: 9 }) }), { minLength: 1, maxLength: 200 }), (entries) => {
        const sorted = [...entries].sort((a, b) => a.value - b.value);
        let total = 0;
        for (const { weight } of entries) total += weight;
        for (let need = 1; need <= total + 1; need += Math.max(1, Math.floor(total / 40))) {
          let cumulative = 0;
          const expected = sorted.find(({ weight }) => (cumulative += weight) >= need)?.value ?? sorted[sorted.length - 1]!.value;
          const values = Float64Array.from(entries, ({ value }) => value);
          const weights = Float64Array.from(entries, ({ weight }) => weight);
          expect(weightedSelect(values, weights, entries.length, need), `need ${need}`).toBe(expected);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('pairwise differences, large samples', () => {
  it('kth equals the sorted outer differences at any rank, with many or few tied differences', () => {
    fc.assert(
      fc.property(sample(4), sample(4), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }), (x, y, where) => {
        const all = allDifferences(x, y);
        const differences = new PairwiseDifferences(x, y);
        expect(differences.size).toBe(all.length);
        const ranks = [1, all.length, Math.floor(all.length / 2), Math.floor(all.length / 2) + 1, ...where.map((at) => 1 + Math.floor(at * (all.length - 1)))];
        for (const rank of ranks) expect(differences.kth(rank), `rank ${rank}`).toBe(all[rank - 1]);
        for (const rank of ranks.filter((rank) => rank < all.length)) expect(differences.kthAndNext(rank), `ranks ${rank}, ${rank + 1}`).toEqual([all[rank - 1], all[rank]]);
      }),
      { numRuns: 60 },
    );
  });

  it('the median is the mean of the two middle differences when their number is even', () => {
    fc.assert(
      fc.property(sample(3), sample(3), (x, y) => {
        const all = allDifferences(x, y);
        const half = Math.floor(all.length / 2);
        const lower = all[half - 1]!;
        const upper = all[half]!;
        const median = all.length % 2 === 1 ? upper : lower === upper ? lower : (lower + upper) / 2;
        expect(new PairwiseDifferences(x, y).median()).toBe(median);
      }),
      { numRuns: 40 },
    );
  });
});
