import { describe, expect, it } from 'vitest';
import { mantelHaenszelRiskDifference } from '../../src/stats/mantel-haenszel-risk-difference.js';
import type { TwoByTwo } from '../../src/stats/types.js';
import { closeTo } from './tolerance.js';

const t = (yes1: number, no1: number, yes2: number, no2: number): TwoByTwo => ({ yes1, no1, yes2, no2 });
const z = 1.959963984540054;

describe('mantelHaenszelRiskDifference', () => {
  it("reduces to the Wald interval for one stratum (Sato's variance)", () => {
    const result = mantelHaenszelRiskDifference([t(10, 40, 20, 40)]);
    const difference = 10 / 50 - 20 / 60;
    const se = Math.sqrt((0.2 * 0.8) / 50 + ((1 / 3) * (2 / 3)) / 60);
    closeTo(result?.estimate, difference, 'estimate');
    closeTo(result?.ci95[0], difference - z * se, 'lower');
    closeTo(result?.ci95[1], difference + z * se, 'upper');
  });

  it('weights strata by n1 n2 / N', () => {
    // Differences 0.5 (weight 10·10/20 = 5) and 0 (weight 2·2/4 = 1).
    closeTo(mantelHaenszelRiskDifference([t(10, 0, 5, 5), t(1, 1, 1, 1)])?.estimate, 2.5 / 6, 'estimate');
  });

  it('keeps strata without events (difference 0) and skips strata missing a group', () => {
    const withEmpty = mantelHaenszelRiskDifference([t(10, 40, 20, 40), t(0, 30, 0, 30), t(5, 5, 0, 0)]);
    closeTo(withEmpty?.estimate, (10 * 60 - 20 * 50) / 110 / (3000 / 110 + 15), 'estimate');
  });

  it('is null when no stratum has both groups or the variance is zero', () => {
    expect(mantelHaenszelRiskDifference([])).toBeNull();
    expect(mantelHaenszelRiskDifference([t(5, 5, 0, 0), t(0, 0, 3, 3)])).toBeNull();
    expect(mantelHaenszelRiskDifference([t(0, 5, 0, 7), t(4, 0, 6, 0)])).toBeNull();
  });
});
