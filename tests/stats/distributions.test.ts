import { describe, expect, it } from 'vitest';
import { chiSquareUpperTail, normalQuantile } from '../../src/stats/distributions.js';
import { logBinomialDensity, logHypergeometricDensity, stirlingError } from '../../src/stats/loader-densities.js';
import { closeTo } from './tolerance.js';

describe('chiSquareUpperTail', () => {
  it('is computed directly, keeping digits below 1e-300', () => {
    // pchisq(1400, 1, lower.tail = FALSE), pchisq(1400, 5, lower.tail = FALSE)
    closeTo(chiSquareUpperTail(1400, 1) / 2.1010145162641344e-306, 1, 'df 1');
    closeTo(chiSquareUpperTail(1400, 5) / 1.3765875143944421e-300, 1, 'df 5');
    closeTo(chiSquareUpperTail(3.84, 1), 5.0043521248705224e-2, 'df 1');
  });

  it('is 1 at 0 and 0 only past the double range', () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
    expect(chiSquareUpperTail(1450, 1)).toBeGreaterThan(0);
    expect(chiSquareUpperTail(1e6, 1)).toBe(0);
  });

  it('throws on a negative statistic or non-positive df', () => {
    expect(() => chiSquareUpperTail(-1, 1)).toThrow(/statistic/);
    expect(() => chiSquareUpperTail(Number.NaN, 1)).toThrow(/statistic/);
    expect(() => chiSquareUpperTail(1, 0)).toThrow(/degrees of freedom/);
  });
});

describe('normalQuantile', () => {
  it("matches R's qnorm in both tails, also far out", () => {
    closeTo(normalQuantile(0.975), 1.95996398454005361, 'q');
    closeTo(normalQuantile(1e-300), -37.04709629936120052, 'q');
    closeTo(normalQuantile(0.3), -0.52440051270804067, 'q');
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('throws outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow();
    expect(() => normalQuantile(1)).toThrow();
  });
});

describe("Loader's saddle-point densities (R's dbinom and dhyper)", () => {
  it('agree with R to the last digits, even for 10^7 cases', () => {
    closeTo(logHypergeometricDensity(3, 10, 12, 9), -1.5009862042066011, 'dhyper small');
    closeTo(logHypergeometricDensity(2_500_000, 5e6, 5e6, 5e6), -7.591692072563939, 'dhyper 10^7');
    closeTo(logHypergeometricDensity(1, 1e6, 1e6, 1e6), -1386259.2499784278, 'dhyper tail');
    closeTo(logBinomialDensity(0, 10, 0.3, 0.7), -3.5667494393873245, 'dbinom 0');
    closeTo(logBinomialDensity(400_000, 1e6, 0.4, 0.6), -7.1131358982556261, 'dbinom 10^6');
  });

  it('are −∞ outside the support', () => {
    expect(logHypergeometricDensity(11, 10, 12, 9)).toBe(-Infinity);
    expect(logBinomialDensity(11, 10, 0.5, 0.5)).toBe(-Infinity);
  });

  it("uses Stirling's error table for small n", () => {
    closeTo(stirlingError(1), 0.0810614667953272582, 'n = 1');
    closeTo(stirlingError(20), 1 / 240 - 1 / (360 * 8000) + 1 / (1260 * 3.2e6) - 1 / (1680 * 1.28e9), 'n = 20');
  });
});
