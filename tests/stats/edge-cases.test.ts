/** Every 2×2 function on the tables that break naive implementations. */
import { describe, expect, it } from 'vitest';
import { chiSquareTest2x2 } from '../../src/stats/chi-square-2x2.js';
import { compareTwoByTwo } from '../../src/stats/compare-two-by-two.js';
import { fisherExactTest2x2 } from '../../src/stats/fisher-exact-2x2.js';
import { informativeStrata } from '../../src/stats/informative-strata.js';
import { firstTrue, logAddExp, sumOutward } from '../../src/stats/log-space.js';
import { floorLogPValue, floorPValue } from '../../src/stats/p-value-floor.js';
import { newcombeDifference } from '../../src/stats/proportion-difference.js';
import { oddsRatio, riskRatio } from '../../src/stats/ratio-estimates.js';
import { shortfall } from '../../src/stats/shortfall.js';
import type { TwoByTwo } from '../../src/stats/types.js';

const t = (yes1: number, no1: number, yes2: number, no2: number): TwoByTwo => ({ yes1, no1, yes2, no2 });

describe('edge-case tables', () => {
  it('all zeros: no test, no estimates', () => {
    const table = t(0, 0, 0, 0);
    for (const yates of [true, false]) {
      expect(compareTwoByTwo(table, { yates })).toMatchObject({ test: null, pValue: null, reason: 'no-cases' });
    }
    expect(fisherExactTest2x2(table).reason).toBe('no-cases');
    expect([newcombeDifference(table), riskRatio(table), oddsRatio(table), shortfall(table)]).toEqual([null, null, null, null]);
  });

  it('one zero margin: no test; the difference exists only when both groups have cases', () => {
    const noYes = t(0, 12, 0, 9);
    expect(compareTwoByTwo(noYes, { yates: true })).toMatchObject({ pValue: null, reason: 'empty-margin' });
    expect(newcombeDifference(noYes)?.estimate).toBe(0);
    expect(riskRatio(noYes)).toBeNull();
    expect(shortfall(noYes)).toEqual({ group2AtGroup1Share: 0, group1AtGroup2Share: 0 });
    const noMen = t(4, 5, 0, 0);
    expect(compareTwoByTwo(noMen, { yates: true }).reason).toBe('empty-margin');
    expect(newcombeDifference(noMen)).toBeNull();
  });

  it('all cases in one cell', () => {
    const table = t(0, 0, 17, 0);
    expect(compareTwoByTwo(table, { yates: false })).toMatchObject({ pValue: null, reason: 'empty-margin' });
    expect(chiSquareTest2x2(table, { yates: false }).expected).toEqual([0, 0, 17, 0]);
    expect(oddsRatio(table)).toBeNull();
  });

  it('huge counts (10^7 per cell) stay finite and fast', () => {
    const table = t(10_000_000, 9_990_000, 10_000_000, 10_010_000);
    const chi = compareTwoByTwo(table, { yates: true });
    expect(chi.test).toBe('chi2');
    expect(chi.pValue).toBeGreaterThan(1e-4);
    expect(chi.pValue).toBeLessThan(1e-2); // z ≈ 3.2 on a difference of 0.05 percentage points
    const fisher = fisherExactTest2x2(table);
    expect(Math.abs(Math.log((fisher.pValue ?? 0) / (chi.pValue ?? 1)))).toBeLessThan(0.1);
  });

  it('p < 1e-300: [[10^6, 0], [0, 10^6]] is bounded with p-underflow, never 0', () => {
    for (const result of [fisherExactTest2x2(t(1e6, 0, 0, 1e6)), chiSquareTest2x2(t(1e6, 0, 0, 1e6), { yates: true })]) {
      expect(result.pValue).toBe(Number.MIN_VALUE);
      expect(result.warnings).toContain('p-underflow');
    }
  });

  it('Haldane cases: a zero cell gets 0.5 in every cell; a full table does not', () => {
    expect(riskRatio(t(0, 10, 3, 7))?.haldane).toBe(true);
    expect(oddsRatio(t(5, 0, 3, 7))?.haldane).toBe(true);
    expect(oddsRatio(t(5, 1, 3, 7))?.haldane).toBe(false);
    const single = oddsRatio(t(1, 0, 0, 1));
    expect(single?.estimate).toBe(9); // (1.5 · 1.5) / (0.5 · 0.5)
  });
});

describe('helpers', () => {
  it('informativeStrata keeps strata with ≥ 2 cases and full margins', () => {
    const { kept, dropped } = informativeStrata([t(1, 1, 1, 1), t(1, 0, 0, 0), t(0, 0, 0, 0), t(2, 0, 3, 0), t(1, 0, 0, 1)]);
    expect(kept).toEqual([t(1, 1, 1, 1), t(1, 0, 0, 1)]);
    expect(dropped).toBe(3);
  });

  it('floorPValue caps at 1 and bounds underflow', () => {
    expect(floorPValue(1 + 1e-15)).toEqual({ pValue: 1, warnings: [] });
    expect(floorPValue(0)).toEqual({ pValue: Number.MIN_VALUE, warnings: ['p-underflow'] });
    expect(floorLogPValue(-800).warnings).toEqual(['p-underflow']);
    expect(floorLogPValue(-740)).toEqual({ pValue: Math.exp(-740), warnings: [] });
  });

  it('logAddExp, firstTrue and sumOutward', () => {
    expect(logAddExp(-Infinity, -3)).toBe(-3);
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 15);
    expect(logAddExp(-1000, -1000)).toBeCloseTo(-1000 + Math.LN2, 12);
    expect(firstTrue(0, 10, (x) => x >= 4)).toBe(4);
    expect(firstTrue(0, 10, () => false)).toBe(11);
    // A geometric run 1, 1/2, 1/4, … sums to 2.
    expect(sumOutward(0, 10_000_000, () => 0.5)).toBeCloseTo(2, 15);
    expect(sumOutward(5, 0, () => 1)).toBe(6);
  });
});
