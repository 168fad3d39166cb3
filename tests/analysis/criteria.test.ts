/**
 * The verdict rules one by one (README, "Unwarranted differences: criteria and verdicts"):
 * what a criterion says about a flagged difference, how the criteria combine, and the
 * single-stratum and strata-range details of the stratified comparison.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareWithinStrata, criterionOutcome, verdictOf, type Stratum } from '../../src/analysis/criteria.js';
import type { AdjustedComparison } from '../../src/model/report.js';

const THRESHOLDS = { alpha: 0.05, minDiffPp: 5 };

function comparison(overrides: Partial<AdjustedComparison>): AdjustedComparison {
  return {
    criterion: 'need', for: ['Behov'], test: 'cmh', statistic: 1, p: 0.3, q: 0.3, oddsRatio: null,
    riskDiffPp: { estimate: 1, ci95: [-2, 4] }, homogeneityP: 0.5, strata: { used: 3, dropped: 0 }, reason: null,
    homogeneityQ: 0.5, strataRange: null, warnings: [],
    ...overrides,
  };
}

function stratum(label: string, femaleYes: number, femaleNo: number, maleYes: number, maleNo: number): Stratum {
  return { label, counts: { female: { yes: femaleYes, no: femaleNo }, male: { yes: maleYes, no: maleNo }, other: { yes: 0, no: 0 } } };
}

describe('what one criterion says about a flagged difference', () => {
  it('explains it when q ≥ alpha and the interval lies within ±minDiffPp', () => {
    expect(criterionOutcome(comparison({ riskDiffPp: { estimate: 1, ci95: [-4.9, 5] } }), 12, THRESHOLDS)).toBe('explained');
  });
  it('explains it when q ≥ alpha and the interval excludes the crude difference on the side of zero, however wide', () => {
    expect(criterionOutcome(comparison({ riskDiffPp: { estimate: 2, ci95: [-8, 9] } }), 12, THRESHOLDS)).toBe('explained');
    expect(criterionOutcome(comparison({ riskDiffPp: { estimate: -2, ci95: [-9, 8] } }), -12, THRESHOLDS)).toBe('explained');
  });
  it('does not explain it when the interval lies wholly beyond the crude difference, away from zero', () => {
    expect(criterionOutcome(comparison({ riskDiffPp: { estimate: 14, ci95: [8, 20] } }), 6, THRESHOLDS)).toBe('inconclusive');
    expect(criterionOutcome(comparison({ riskDiffPp: { estimate: -14, ci95: [-20, -8] } }), -6, THRESHOLDS)).toBe('inconclusive');
  });
  it('is inconclusive when q ≥ alpha but the wide interval still holds the crude difference, or there is none', () => {
    expect(criterionOutcome(comparison({ riskDiffPp: { estimate: 4, ci95: [-1, 16] } }), 12, THRESHOLDS)).toBe('inconclusive');
    expect(criterionOutcome(comparison({ riskDiffPp: null }), 12, THRESHOLDS)).toBe('inconclusive');
  });
  it('persists when q < alpha, whatever the interval', () => {
    expect(criterionOutcome(comparison({ q: 0.01, riskDiffPp: { estimate: 1, ci95: [0.5, 1.5] } }), 12, THRESHOLDS)).toBe('persists');
  });
  it('cannot judge without a test, and does not apply within a single stratum', () => {
    expect(criterionOutcome(comparison({ p: null, q: null, reason: 'too-few-strata' }), 12, THRESHOLDS)).toBe('insufficient');
    expect(criterionOutcome(comparison({ test: null, p: null, q: null, reason: 'single-stratum' }), 12, THRESHOLDS)).toBe('not-applicable');
  });
});

describe('how the criteria combine', () => {
  const explains = comparison({ criterion: 'need' });
  const unclear = comparison({ criterion: 'consent', riskDiffPp: { estimate: 4, ci95: [-1, 16] } });
  const persists = comparison({ criterion: 'otherSupport', q: 0.001 });
  const untested = comparison({ criterion: 'participation', p: null, q: null, reason: 'too-few-strata' });
  const single = comparison({ criterion: 'participation', test: null, p: null, q: null, reason: 'single-stratum' });

  it('explained wins over inconclusive, inconclusive over insufficient, insufficient over candidate', () => {
    expect(verdictOf(true, 12, [persists, unclear, explains, untested], THRESHOLDS)).toMatchObject({ verdict: 'explained', explainedBy: ['need'], inconclusiveFor: ['consent'], insufficientFor: ['participation'] });
    expect(verdictOf(true, 12, [persists, unclear, untested], THRESHOLDS)).toMatchObject({ verdict: 'inconclusive', inconclusiveFor: ['consent'] });
    expect(verdictOf(true, 12, [persists, untested], THRESHOLDS)).toMatchObject({ verdict: 'insufficient', insufficientFor: ['participation'] });
    expect(verdictOf(true, 12, [persists], THRESHOLDS).verdict).toBe('candidate');
  });
  it('a single-stratum criterion is left out: candidate when the others persist or none is left', () => {
    expect(verdictOf(true, 12, [persists, single], THRESHOLDS)).toMatchObject({ verdict: 'candidate', explainedBy: [], inconclusiveFor: [], insufficientFor: [] });
    expect(verdictOf(true, 12, [single], THRESHOLDS).verdict).toBe('candidate');
    expect(verdictOf(true, 12, [explains, single], THRESHOLDS).verdict).toBe('explained');
  });
  it('a row that is not flagged has no verdict', () => {
    expect(verdictOf(false, 12, [explains], THRESHOLDS)).toEqual({ verdict: 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [] });
  });
});

describe('the stratified comparison', () => {
  const need = { criterion: 'need' as const, variables: ['Institution'] };

  it('is single-stratum, with no test, when every female and male case lies in one stratum', () => {
    const only = compareWithinStrata(need, [stratum('A', 89, 19, 512, 313), stratum('B', 0, 0, 0, 0)], 20);
    expect(only).toMatchObject({ test: null, statistic: null, p: null, riskDiffPp: null, homogeneityP: null, reason: 'single-stratum', strataRange: null, warnings: [] });
  });
  it('names the strata with the highest and the lowest difference among those with minN of each sex', () => {
    const result = compareWithinStrata(need, [stratum('A', 89, 19, 512, 313), stratum('B', 17, 8, 353, 207), stratum('E', 94, 299, 53, 138), stratum('X', 5, 0, 0, 5)], 20);
    expect(result.strataRange!.highest.stratum).toBe('A');
    expect(result.strataRange!.highest.diffPp).toBeCloseTo(20.35, 2);
    expect(result.strataRange!.lowest.stratum).toBe('E');
    // X has a difference of +100 pp but only five cases of each sex: not named.
    expect(compareWithinStrata(need, [stratum('A', 89, 19, 512, 313), stratum('X', 5, 0, 0, 5)], 20).strataRange).toBeNull();
  });
  it('carries its own warnings: strata left out', () => {
    expect(compareWithinStrata(need, [stratum('A', 89, 19, 512, 313), stratum('B', 17, 8, 353, 207), stratum('C', 1, 0, 0, 0)], 20).warnings).toEqual(['strata-dropped']);
  });
  it('finds the same strata range and strata counts as a plain filter-and-scan (ties to the first stratum)', () => {
    // The comparison runs for every criterion of every row and category, so it scans the
    // strata once; this is the rule written plainly, to hold it to.
    const informative = (t: { yes1: number; no1: number; yes2: number; no2: number }) => {
      const n1 = t.yes1 + t.no1;
      const n2 = t.yes2 + t.no2;
      return n1 + n2 >= 2 && n1 > 0 && n2 > 0 && t.yes1 + t.yes2 > 0 && t.no1 + t.no2 > 0;
    };
    const cell = fc.integer({ min: 0, max: 30 });
    const strata = fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(strata, fc.integer({ min: 0, max: 25 }), (cells, minN) => {
        const given = cells.map(([a, b, c, d], index) => stratum(`S${index}`, a, b, c, d));
        const result = compareWithinStrata(need, given, minN);
        const tables = cells.map(([yes1, no1, yes2, no2]) => ({ yes1, no1, yes2, no2 }));
        const used = tables.filter(informative).length;
        if (result.reason === 'single-stratum') expect(result.strata).toEqual({ used, dropped: tables.length - used });
        const differences = tables
          .map((t, index) => ({ t, stratum: `S${index}` }))
          .filter(({ t }) => informative(t) && t.yes1 + t.no1 >= minN && t.yes2 + t.no2 >= minN)
          .map(({ t, stratum: label }) => ({ stratum: label, diffPp: (t.yes1 / (t.yes1 + t.no1) - t.yes2 / (t.yes2 + t.no2)) * 100 }));
        if (result.reason === 'single-stratum' || differences.length < 2) {
          expect(result.strataRange).toBeNull();
          return;
        }
        let highest = differences[0]!;
        let lowest = differences[0]!;
        for (const difference of differences) {
          if (difference.diffPp > highest.diffPp) highest = difference;
          if (difference.diffPp < lowest.diffPp) lowest = difference;
        }
        expect(result.strataRange).toEqual({ highest, lowest });
      }),
      { numRuns: 2000 },
    );
  });
});
