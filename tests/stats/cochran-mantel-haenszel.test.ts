import { describe, expect, it } from 'vitest';
import { cochranMantelHaenszel } from '../../src/stats/cochran-mantel-haenszel.js';
import type { TwoByTwo } from '../../src/stats/types.js';
import { allCloseTo, closeTo } from './tolerance.js';

const t = (yes1: number, no1: number, yes2: number, no2: number): TwoByTwo => ({ yes1, no1, yes2, no2 });
// mantelhaen.test(array(c(3, 8, 7, 2, 12, 3, 5, 20, 5, 5, 5, 5), c(2, 2, 3)))
const strata = [t(3, 7, 8, 2), t(12, 5, 3, 20), t(5, 5, 5, 5)];

describe('cochranMantelHaenszel', () => {
  it("matches R's mantelhaen.test with its continuity correction", () => {
    const result = cochranMantelHaenszel(strata);
    closeTo(result.statistic, 1.38695137323809159, 'statistic');
    closeTo(result.pValue, 0.23892061508083237, 'p');
    expect(result.method).toBe('Mantel-Haenszel chi-squared test with continuity correction');
    closeTo(result.oddsRatio?.estimate, 1.70621468926553677, 'odds ratio');
    allCloseTo(result.oddsRatio?.ci95, [0.75198949159618811, 3.87128889219739936], 'ci');
    expect(result).toMatchObject({ parameter: 1, strataUsed: 3, strataDropped: 0, warnings: [] });
  });

  it('and without it', () => {
    const result = cochranMantelHaenszel(strata, { correct: false });
    closeTo(result.pValue, 0.16091204838040973, 'p');
    expect(result.method).toBe('Mantel-Haenszel chi-squared test without continuity correction');
  });

  it('drops strata with fewer than two cases or an empty margin, which R refuses or ignores', () => {
    const result = cochranMantelHaenszel([...strata, t(1, 0, 0, 0), t(0, 0, 0, 0), t(4, 0, 6, 0), t(0, 0, 3, 3)]);
    closeTo(result.pValue, 0.23892061508083237, 'p');
    expect(result).toMatchObject({ strataUsed: 3, strataDropped: 4, warnings: ['strata-dropped'] });
  });

  it('needs at least one informative stratum', () => {
    expect(cochranMantelHaenszel([])).toMatchObject({ test: null, pValue: null, reason: 'too-few-strata', strataUsed: 0 });
    expect(cochranMantelHaenszel([t(1, 0, 0, 0), t(0, 5, 0, 5)])).toMatchObject({
      reason: 'too-few-strata',
      strataDropped: 2,
      warnings: ['strata-dropped'],
    });
  });

  it('works on a single stratum (R needs K ≥ 2)', () => {
    const result = cochranMantelHaenszel([t(12, 5, 3, 20)]);
    expect(result.test).toBe('cmh');
    closeTo(result.oddsRatio?.estimate, (12 * 20) / (5 * 3), 'odds ratio');
  });

  it('has no odds ratio when it is 0 or infinite', () => {
    const result = cochranMantelHaenszel([t(0, 5, 3, 4), t(0, 6, 2, 2)]);
    expect(result.test).toBe('cmh');
    expect(result.oddsRatio).toBeNull();
  });

  it('bounds p-values beyond the double range', () => {
    const result = cochranMantelHaenszel([t(1e6, 0, 0, 1e6), t(2e6, 0, 0, 2e6)]);
    expect(result.pValue).toBe(Number.MIN_VALUE);
    expect(result.warnings).toEqual(['p-underflow']);
    expect(result.oddsRatio).toBeNull();
  });
});
