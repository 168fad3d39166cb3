/** Invariants that must hold for every non-negative table, checked with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breslowDayTarone } from '../../src/stats/breslow-day.js';
import { chiSquareTest2x2 } from '../../src/stats/chi-square-2x2.js';
import { chiSquareTestRx2 } from '../../src/stats/chi-square-rx2.js';
import { cochranMantelHaenszel } from '../../src/stats/cochran-mantel-haenszel.js';
import { compareTwoByTwo, minimumExpectedCount } from '../../src/stats/compare-two-by-two.js';
import { fisherExactTest2x2 } from '../../src/stats/fisher-exact-2x2.js';
import { mantelHaenszelRiskDifference } from '../../src/stats/mantel-haenszel-risk-difference.js';
import { CORRECTIONS, pAdjust } from '../../src/stats/p-adjust.js';
import { poissonRateTest } from '../../src/stats/poisson-rate-test.js';
import { newcombeDifference, wilsonInterval } from '../../src/stats/proportion-difference.js';
import { oddsRatio, riskRatio } from '../../src/stats/ratio-estimates.js';
import { shortfall } from '../../src/stats/shortfall.js';
import type { TestResult, TwoByTwo } from '../../src/stats/types.js';
import { closeTo, isClose } from './tolerance.js';

// More runs on demand: STATS_PROPERTY_RUNS=5000 npx vitest run tests/stats/properties.test.ts
fc.configureGlobal({ numRuns: Number(process.env['STATS_PROPERTY_RUNS'] ?? 200) });

/** Counts on several scales, with zeros and small values common. */
const count = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 6 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 200 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
  { weight: 1, arbitrary: fc.constant(0) },
);
const table = fc.record({ yes1: count, no1: count, yes2: count, no2: count });
const strata = fc.array(table, { minLength: 0, maxLength: 12 });
const probability = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 1, 1e-300, 0.05, 0.5),
  fc.double({ min: 0, max: 1e-6, noNaN: true }),
);
const pValues = fc.array(fc.option(probability, { freq: 6, nil: null }), { maxLength: 40 });

const swapRows = (t: TwoByTwo): TwoByTwo => ({ yes1: t.yes2, no1: t.no2, yes2: t.yes1, no2: t.no1 });
const swapColumns = (t: TwoByTwo): TwoByTwo => ({ yes1: t.no1, no1: t.yes1, yes2: t.no2, no2: t.yes2 });
const transpose = (t: TwoByTwo): TwoByTwo => ({ yes1: t.yes1, no1: t.yes2, yes2: t.no1, no2: t.no2 });

/** Fails on any NaN or ±Infinity anywhere inside a result. */
function expectAllFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => expectAllFinite(item, `${path}[${index}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) expectAllFinite(item, `${path}.${key}`);
  }
}

function expectProbability(result: TestResult): void {
  if (result.pValue === null) {
    expect(result.reason).not.toBeNull();
  } else {
    expect(result.pValue).toBeGreaterThan(0);
    expect(result.pValue).toBeLessThanOrEqual(1);
    expect(result.reason).toBeNull();
  }
}

function samePValue(a: TestResult, b: TestResult, label: string): void {
  closeTo(a.pValue, b.pValue, label);
  expect(a.reason).toBe(b.reason);
}

describe('p-values', () => {
  it('lie in (0, 1] or are null with a reason', () => {
    fc.assert(
      fc.property(table, fc.boolean(), (t, yates) => {
        expectProbability(fisherExactTest2x2(t));
        expectProbability(chiSquareTest2x2(t, { yates }));
        expectProbability(compareTwoByTwo(t, { yates }));
      }),
    );
  });

  it('of strata tests lie in (0, 1] or are null with a reason', () => {
    fc.assert(
      fc.property(strata, (s) => {
        expectProbability(cochranMantelHaenszel(s));
        expectProbability(breslowDayTarone(s));
      }),
    );
  });
});

describe('p.adjust', () => {
  it('keeps nulls in place and values in [0, 1]', () => {
    fc.assert(
      fc.property(pValues, fc.constantFrom(...CORRECTIONS), (p, method) => {
        const q = pAdjust(p, method);
        expect(q).toHaveLength(p.length);
        q.forEach((value, index) => {
          expect(value === null).toBe(p[index] === null);
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
        });
      }),
    );
  });

  it('never lowers a p-value and keeps the order of the raw ones', () => {
    fc.assert(
      fc.property(pValues, fc.constantFrom(...CORRECTIONS), (p, method) => {
        const q = pAdjust(p, method);
        p.forEach((raw, i) => {
          const adjusted = q[i];
          if (raw === null || adjusted === null || adjusted === undefined) return;
          expect(adjusted).toBeGreaterThanOrEqual(raw);
          p.forEach((other, j) => {
            const otherAdjusted = q[j];
            if (other === null || otherAdjusted === null || otherAdjusted === undefined) return;
            if (raw <= other) expect(adjusted).toBeLessThanOrEqual(otherAdjusted);
          });
        });
      }),
    );
  });
});

describe('symmetry of 2×2 tests', () => {
  it('swapping rows, swapping columns or transposing leaves Fisher and chi-square p unchanged', () => {
    fc.assert(
      fc.property(table, fc.boolean(), (t, yates) => {
        for (const [name, other] of [
          ['rows', swapRows(t)],
          ['columns', swapColumns(t)],
          ['transpose', transpose(t)],
        ] as const) {
          samePValue(fisherExactTest2x2(other), fisherExactTest2x2(t), `fisher ${name}`);
          samePValue(chiSquareTest2x2(other, { yates }), chiSquareTest2x2(t, { yates }), `chi2 ${name}`);
          expect(isClose(minimumExpectedCount(other), minimumExpectedCount(t))).toBe(true);
        }
      }),
    );
  });

  it('swapping the groups inverts the ratios and negates the difference', () => {
    fc.assert(
      fc.property(table, (t) => {
        const rr = riskRatio(t);
        const swapped = riskRatio(swapRows(t));
        if (rr === null || swapped === null) {
          expect(rr).toBe(swapped);
        } else {
          closeTo(swapped.estimate, 1 / rr.estimate, 'rr');
          closeTo(swapped.ci95[0], 1 / rr.ci95[1], 'rr lower');
        }
        const difference = newcombeDifference(t);
        const negated = newcombeDifference(swapRows(t));
        if (difference !== null && negated !== null) {
          closeTo(negated.estimate, -difference.estimate, 'difference');
          closeTo(negated.ci95[0], -difference.ci95[1], 'difference lower');
        }
      }),
    );
  });
});

describe('strata', () => {
  it('permuting strata leaves CMH, the MH risk difference and Breslow–Day unchanged', () => {
    fc.assert(
      fc.property(
        strata.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }))),
        ([original, shuffled]) => {
          const a = cochranMantelHaenszel(original);
          const b = cochranMantelHaenszel(shuffled);
          closeTo(b.statistic, a.statistic, 'cmh statistic');
          samePValue(b, a, 'cmh p');
          closeTo(b.oddsRatio?.estimate, a.oddsRatio?.estimate, 'cmh odds ratio');
          expect(b.strataUsed).toBe(a.strataUsed);
          closeTo(mantelHaenszelRiskDifference(shuffled)?.estimate, mantelHaenszelRiskDifference(original)?.estimate, 'rd');
          samePValue(breslowDayTarone(shuffled), breslowDayTarone(original), 'bdt');
        },
      ),
    );
  });

  it('a single stratum gives the Mantel–Haenszel odds ratio ad/bc', () => {
    fc.assert(
      fc.property(table, (t) => {
        const result = cochranMantelHaenszel([t]);
        if (result.oddsRatio !== null) {
          closeTo(result.oddsRatio.estimate, (t.yes1 * t.no2) / (t.no1 * t.yes2), 'odds ratio');
        }
      }),
    );
  });
});

describe('no NaN or Infinity anywhere', () => {
  it('for any non-negative 2×2 table', () => {
    fc.assert(
      fc.property(table, fc.boolean(), (t, yates) => {
        expectAllFinite(chiSquareTest2x2(t, { yates }));
        expectAllFinite(fisherExactTest2x2(t));
        expectAllFinite(compareTwoByTwo(t, { yates }));
        expectAllFinite(minimumExpectedCount(t));
        expectAllFinite(newcombeDifference(t));
        expectAllFinite(wilsonInterval(t.yes1, t.yes1 + t.no1));
        expectAllFinite(riskRatio(t));
        expectAllFinite(oddsRatio(t));
        expectAllFinite(shortfall(t));
      }),
    );
  });

  it('for any list of strata, r×2 table and pair of Poisson counts', () => {
    fc.assert(
      fc.property(strata, fc.boolean(), (s, correct) => {
        expectAllFinite(cochranMantelHaenszel(s, { correct }));
        expectAllFinite(mantelHaenszelRiskDifference(s));
        expectAllFinite(breslowDayTarone(s));
        expectAllFinite(chiSquareTestRx2(s.map((t) => [t.yes1, t.no1] as const)));
      }),
    );
    fc.assert(
      fc.property(count, fc.double({ min: 0, max: 1e6, noNaN: true }), count, fc.double({ min: 0, max: 1e6, noNaN: true }), (x1, t1, x2, t2) => {
        const result = poissonRateTest(x1, t1, x2, t2);
        expectAllFinite(result);
        expectProbability(result);
      }),
    );
  });
});
