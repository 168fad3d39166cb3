import { describe, expect, it } from 'vitest';
import { shortfall } from '../../src/stats/shortfall.js';

describe('shortfall', () => {
  it("counts the cases each group would gain at the other group's share", () => {
    // p1 = 0.3, p2 = 0.2: 25 · 0.3 = 7.5 → 8, minus 5; 10 · 0.2 = 2, minus 3.
    expect(shortfall({ yes1: 3, no1: 7, yes2: 5, no2: 20 })).toEqual({ group2AtGroup1Share: 3, group1AtGroup2Share: -1 });
  });

  it('rounds halves away from zero (R would round 6.5 to 6)', () => {
    // 13 · 1/2 = 6.5 → 7.
    expect(shortfall({ yes1: 1, no1: 1, yes2: 0, no2: 13 })?.group2AtGroup1Share).toBe(7);
  });

  it('is exact for huge counts', () => {
    const result = shortfall({ yes1: 3_333_333, no1: 6_666_667, yes2: 0, no2: 10_000_001 });
    // 10000001 · 0.3333333 = 3333333.3333333 → 3333333.
    expect(result?.group2AtGroup1Share).toBe(3_333_333);
    expect(result?.group1AtGroup2Share).toBe(-3_333_333);
  });

  it('is zero for equal shares and null without a group', () => {
    expect(shortfall({ yes1: 2, no1: 2, yes2: 4, no2: 4 })).toEqual({ group2AtGroup1Share: 0, group1AtGroup2Share: 0 });
    expect(shortfall({ yes1: 0, no1: 0, yes2: 4, no2: 4 })).toBeNull();
  });
});
