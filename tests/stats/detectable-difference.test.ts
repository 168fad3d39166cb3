/**
 * The minimum detectable difference against R (tests/reference/detectable-difference.R,
 * values in detectable-difference-values.json), and its degenerate cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectableDifference, DETECTABLE_POWER } from '../../src/stats/detectable-difference.js';
import { closeTo } from './tolerance.js';

interface Case {
  table: [number, number, number, number];
  alpha: number;
  differencePp: number | null;
  reason: string | null;
}
const values = JSON.parse(readFileSync(new URL('../reference/detectable-difference-values.json', import.meta.url), 'utf8')) as { power: number; cases: Case[] };

describe('detectableDifference', () => {
  it('uses the power R used', () => {
    expect(DETECTABLE_POWER).toBe(values.power);
  });

  it.each(values.cases.map((entry, index) => [index, entry] as const))("agrees with R's value, case %i", (index, entry) => {
    const [yes1, no1, yes2, no2] = entry.table;
    const result = detectableDifference({ yes1, no1, yes2, no2 }, entry.alpha);
    closeTo(result.differencePp, entry.differencePp, `case ${index}: differencePp`);
    expect(result.reason).toBe(entry.reason);
  });

  it('is null with a reason, never NaN or infinite, for tables that cannot show a difference', () => {
    expect(detectableDifference({ yes1: 0, no1: 0, yes2: 0, no2: 0 }, 0.05)).toEqual({ differencePp: null, reason: 'no-cases' });
    expect(detectableDifference({ yes1: 0, no1: 0, yes2: 3, no2: 4 }, 0.05)).toEqual({ differencePp: null, reason: 'empty-margin' });
    expect(detectableDifference({ yes1: 0, no1: 9, yes2: 0, no2: 4 }, 0.05)).toEqual({ differencePp: null, reason: 'empty-margin' });
    expect(detectableDifference({ yes1: 9, no1: 0, yes2: 4, no2: 0 }, 0.05)).toEqual({ differencePp: null, reason: 'empty-margin' });
  });

  it('shrinks as the groups grow and grows as alpha shrinks', () => {
    const small = detectableDifference({ yes1: 10, no1: 10, yes2: 10, no2: 10 }, 0.05).differencePp!;
    const large = detectableDifference({ yes1: 1000, no1: 1000, yes2: 1000, no2: 1000 }, 0.05).differencePp!;
    expect(large).toBeCloseTo(small / 10, 10);
    expect(detectableDifference({ yes1: 10, no1: 10, yes2: 10, no2: 10 }, 0.01).differencePp!).toBeGreaterThan(small);
  });

  it('refuses an alpha or a power outside (0, 1)', () => {
    expect(() => detectableDifference({ yes1: 1, no1: 1, yes2: 1, no2: 1 }, 0)).toThrow(/alpha/);
    expect(() => detectableDifference({ yes1: 1, no1: 1, yes2: 1, no2: 1 }, 0.05, 1)).toThrow(/power/);
  });
});
