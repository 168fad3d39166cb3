import { describe, expect, it } from 'vitest';
import { binomialTest } from '../../src/stats/binomial-test.js';
import { poissonRateTest } from '../../src/stats/poisson-rate-test.js';
import { allCloseTo, closeTo } from './tolerance.js';

describe('poissonRateTest', () => {
  it("matches R's poisson.test(c(10, 3), c(2.5, 4))", () => {
    const result = poissonRateTest(10, 2.5, 3, 4);
    closeTo(result.pValue, 0.0074291914159925754, 'p');
    closeTo(result.rateRatio?.estimate, 5.3333333333333330373, 'estimate');
    allCloseTo(result.rateRatio?.ci95, [1.3732507451196567239, 30.1579576838713094844], 'ci');
    expect(result).toMatchObject({ test: 'poisson-exact', method: 'Comparison of Poisson rates', statistic: 10, parameter: 5 });
  });

  it('has a rate ratio of 0 with a finite interval when count1 is 0', () => {
    // poisson.test(c(0, 10), c(1, 1))
    const result = poissonRateTest(0, 1, 10, 1);
    closeTo(result.pValue, 0.0019531250000000004, 'p');
    allCloseTo(result.rateRatio?.ci95, [0, 0.4461255495919248], 'ci');
  });

  it('has no rate ratio when count2 is 0 (it would be infinite)', () => {
    const result = poissonRateTest(10, 1, 0, 1);
    closeTo(result.pValue, 0.0019531250000000004, 'p');
    expect(result.rateRatio).toBeNull();
  });

  it('gives no test without events or without exposure', () => {
    expect(poissonRateTest(0, 1, 0, 2)).toMatchObject({ test: null, pValue: null, reason: 'no-cases' });
    expect(poissonRateTest(3, 0, 2, 2)).toMatchObject({ pValue: null, reason: 'empty-margin' });
  });

  it('throws on invalid counts or times', () => {
    expect(() => poissonRateTest(-1, 1, 2, 2)).toThrow(/count1/);
    expect(() => poissonRateTest(1, -1, 2, 2)).toThrow(/time1/);
    expect(() => poissonRateTest(1, 1, 2, Infinity)).toThrow(/time2/);
  });
});

describe('binomialTest', () => {
  it("matches R's binom.test(7, 20, 0.3)", () => {
    const result = binomialTest(7, 20, 0.3);
    closeTo(result.pValue, 0.62949796667667735, 'p');
    allCloseTo(result.confidenceInterval, [0.15390920478454115, 0.59218853453282816], 'ci');
  });

  it('is exactly 1 when the count equals its expectation', () => {
    expect(binomialTest(5, 10, 0.5).pValue).toBe(1);
  });
});
