import { describe, expect, it } from 'vitest';
import { breslowDayTarone } from '../../src/stats/breslow-day.js';
import type { TwoByTwo } from '../../src/stats/types.js';
import { closeTo } from './tolerance.js';

const t = (yes1: number, no1: number, yes2: number, no2: number): TwoByTwo => ({ yes1, no1, yes2, no2 });

describe('breslowDayTarone', () => {
  it('is 0 with p = 1 for strata with the same odds ratio', () => {
    const result = breslowDayTarone([t(10, 20, 5, 40), t(20, 40, 10, 80), t(2, 4, 1, 8)]);
    closeTo(result.statistic, 0, 'statistic');
    closeTo(result.pValue, 1, 'p');
    expect(result).toMatchObject({ test: 'breslow-day-tarone', parameter: 2, reason: null });
  });

  it('detects opposite odds ratios', () => {
    const result = breslowDayTarone([t(40, 10, 10, 40), t(10, 40, 40, 10)]);
    expect(result.parameter).toBe(1);
    expect(result.pValue).toBeLessThan(1e-10);
  });

  it('needs two informative strata and a finite, non-zero common odds ratio', () => {
    expect(breslowDayTarone([t(3, 4, 5, 6)])).toMatchObject({ pValue: null, reason: 'too-few-strata' });
    expect(breslowDayTarone([t(3, 4, 5, 6), t(1, 0, 0, 0)])).toMatchObject({
      reason: 'too-few-strata',
      warnings: ['strata-dropped'],
    });
    expect(breslowDayTarone([t(0, 5, 3, 4), t(0, 6, 2, 2)])).toMatchObject({ reason: 'undefined-common-odds-ratio' });
  });

  it('regression: keeps the digits of a fitted cell of 1e-7 beside one of 9e4', () => {
    // Computing the fitted cell as (n2 − t) + A lost four digits; R's value comes from a
    // uniroot solved for the distance to the nearer end (tests/reference/reference.R).
    const result = breslowDayTarone([
      t(0, 0, 10507, 5), t(0, 64092, 11212, 3), t(6, 0, 6, 79), t(81, 2, 3, 0),
      t(89935, 0, 0, 3), t(0, 0, 1, 1347), t(26, 5010, 4, 0), t(76, 2, 0, 1),
    ]);
    closeTo(result.statistic, 93679335.9341249, 'statistic');
    expect(result).toMatchObject({ parameter: 5, warnings: ['strata-dropped', 'p-underflow'] });
  });
});
