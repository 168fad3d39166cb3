/**
 * compareSexShares is the part of compareGroup a category's row shows: it must give the
 * same shares, difference, interval, test and warnings (haldane-correction aside, which
 * only the ratios add and a category leaves out).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareGroup, compareSexShares } from '../../src/analysis/compare-group.js';
import type { TableCounts } from '../../src/tally/tally.js';

const OPTIONS = { yates: false, thresholds: { alpha: 0.05 } };

describe('compareSexShares', () => {
  it('equals the same fields of compareGroup on any table, with or without Yates', () => {
    const cell = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(fc.tuple(cell, cell, cell, cell, cell, cell), fc.boolean(), ([fy, fn, my, mn, oy, on], yates) => {
        const counts: TableCounts = { female: { yes: fy, no: fn }, male: { yes: my, no: mn }, other: { yes: oy, no: on } };
        const options = { ...OPTIONS, yates };
        const group = compareGroup('Steg', null, null, counts, options);
        const shares = compareSexShares(counts, options);
        const { female, male, other, diffPp, ci95, test, statistic, df, p, reason } = group;
        expect({ female: shares.female, male: shares.male, other: shares.other, diffPp: shares.diffPp, ci95: shares.ci95, test: shares.test, statistic: shares.statistic, df: shares.df, p: shares.p, reason: shares.reason })
          .toEqual({ female, male, other, diffPp, ci95, test, statistic, df, p, reason });
        expect(shares.warnings).toEqual(group.warnings.filter((warning) => warning !== 'haldane-correction'));
      }),
      { numRuns: 1500 },
    );
  });
});
