import { describe, expect, it } from 'vitest';
import { CORRECTIONS, pAdjust } from '../../src/stats/p-adjust.js';
import { allCloseTo } from './tolerance.js';

describe('pAdjust', () => {
  const raw = [0.01, 0.02, null, 0.03, 0.04, 0.05];

  it("matches R's p.adjust, leaving NAs in place and out of n", () => {
    // p.adjust(c(0.01, 0.02, NA, 0.03, 0.04, 0.05), "BH") and "holm" (n = 5, not 6)
    allCloseTo(pAdjust(raw, 'bh'), [0.05, 0.05, null, 0.05, 0.05, 0.05], 'bh');
    allCloseTo(pAdjust(raw, 'holm'), [0.05, 0.08, null, 0.09, 0.09, 0.09], 'holm');
    allCloseTo(pAdjust(raw, 'bonferroni'), [0.05, 0.1, null, 0.15, 0.2, 0.25], 'bonferroni');
    allCloseTo(pAdjust(raw, 'hochberg'), [0.05, 0.05, null, 0.05, 0.05, 0.05], 'hochberg');
    expect(pAdjust(raw, 'none')).toEqual(raw);
  });

  it('caps at 1', () => {
    expect(pAdjust([0.5, 0.9, 0.7], 'bonferroni')).toEqual([1, 1, 1]);
    expect(Math.max(...(pAdjust([0.6, 0.9, 0.7, 0.99], 'by') as number[]))).toBe(1);
  });

  it('returns a single value, or nothing, unchanged (R: n ≤ 1)', () => {
    expect(pAdjust([0.03], 'bonferroni')).toEqual([0.03]);
    expect(pAdjust([null, 0.03, null], 'by')).toEqual([null, 0.03, null]);
    expect(pAdjust([], 'bh')).toEqual([]);
  });

  it('gives tied p-values the same adjusted value', () => {
    for (const method of CORRECTIONS) {
      const [a, b] = pAdjust([0.01, 0.01, 0.2, 0.03], method);
      expect(a).toBe(b);
    }
  });

  it('lists every correction once', () => {
    expect([...CORRECTIONS].sort()).toEqual(['bh', 'bonferroni', 'by', 'hochberg', 'holm', 'none']);
  });

  it('throws on values that are not probabilities', () => {
    expect(() => pAdjust([0.1, 1.2], 'bh')).toThrow(/pValues\[1\]/);
    expect(() => pAdjust([Number.NaN], 'bh')).toThrow(/probability/);
    expect(() => pAdjust([-0.1], 'holm')).toThrow(/probability/);
  });
});
