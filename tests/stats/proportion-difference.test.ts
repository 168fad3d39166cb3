import { describe, expect, it } from 'vitest';
import { newcombeDifference, wilsonInterval } from '../../src/stats/proportion-difference.js';
import { allCloseTo, closeTo } from './tolerance.js';

describe('wilsonInterval', () => {
  it("matches R's prop.test(correct = FALSE) conf.int", () => {
    // prop.test(3, 7, correct = FALSE)$conf.int
    allCloseTo(wilsonInterval(3, 7), [0.1582198552514697, 0.74954163547234265], 'wilson');
  });

  it('is exactly 0 below when nothing happened and exactly 1 above when everything did', () => {
    expect(wilsonInterval(0, 12)[0]).toBe(0);
    expect(wilsonInterval(12, 12)[1]).toBe(1);
  });

  it('is [0, 1] with no observations', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });

  it('narrows as the level falls', () => {
    const wide = wilsonInterval(30, 100, 0.99);
    const narrow = wilsonInterval(30, 100, 0.9);
    expect(wide[0]).toBeLessThan(narrow[0]);
    expect(wide[1]).toBeGreaterThan(narrow[1]);
  });

  it('rejects impossible input', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(/exceed/);
    expect(() => wilsonInterval(1, 4, 1)).toThrow(/level/);
  });
});

describe('newcombeDifference', () => {
  // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10.
  it("reproduces Newcombe's worked examples", () => {
    const first = newcombeDifference({ yes1: 56, no1: 14, yes2: 48, no2: 32 });
    closeTo(first?.estimate, 0.2, 'estimate');
    allCloseTo(first?.ci95.map((x) => Math.round(x * 1e4) / 1e4), [0.0524, 0.3339], 'ci');
    const second = newcombeDifference({ yes1: 9, no1: 1, yes2: 3, no2: 7 });
    allCloseTo(second?.ci95.map((x) => Math.round(x * 1e4) / 1e4), [0.1705, 0.809], 'ci');
  });

  it('is a difference of proportions, not percentage points', () => {
    expect(newcombeDifference({ yes1: 1, no1: 1, yes2: 1, no2: 3 })?.estimate).toBe(0.25);
  });

  it('has an interval even when one group has no "yes"', () => {
    const result = newcombeDifference({ yes1: 0, no1: 10, yes2: 4, no2: 6 });
    expect(result?.estimate).toBe(-0.4);
    expect(result?.ci95[0]).toBeGreaterThan(-1);
    expect(result?.ci95[1]).toBeLessThan(0.4);
  });

  it('is null when a group has no cases', () => {
    expect(newcombeDifference({ yes1: 0, no1: 0, yes2: 4, no2: 6 })).toBeNull();
    expect(newcombeDifference({ yes1: 0, no1: 0, yes2: 0, no2: 0 })).toBeNull();
  });
});
