/**
 * Difference between two independent risk differences: did the female − male
 * difference change between two periods? Wald z-test with the unpooled variance
 * Σ p(1 − p)/n over the four groups, and its 95 % interval (Altman & Bland 2003,
 * "Interaction revisited: the difference between two estimates", BMJ 326:219).
 */
import erfc from '@stdlib/math-base-special-erfc';
import type { TwoByTwo } from './types.js';
import { floorPValue } from './p-value-floor.js';
import { normalQuantile } from './distributions.js';

export interface DifferenceOfDifferences {
  /** (p1 − p2) in the later table minus (p1 − p2) in the earlier, as proportions. */
  readonly estimate: number;
  readonly ci95: readonly [number, number];
  readonly statistic: number;
  readonly pValue: number;
}

function varianceOfDifference(table: TwoByTwo): { difference: number; variance: number } | null {
  const n1 = table.yes1 + table.no1;
  const n2 = table.yes2 + table.no2;
  if (n1 === 0 || n2 === 0) return null;
  const p1 = table.yes1 / n1;
  const p2 = table.yes2 / n2;
  return { difference: p1 - p2, variance: (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2 };
}

/**
 * Compares the group-1 − group-2 difference of `later` with that of `earlier`. Null when
 * a group is empty in either table or the variance is zero (every share 0 or 1).
 */
export function differenceOfDifferences(earlier: TwoByTwo, later: TwoByTwo): DifferenceOfDifferences | null {
  const before = varianceOfDifference(earlier);
  const after = varianceOfDifference(later);
  if (!before || !after) return null;
  const standardError = Math.sqrt(before.variance + after.variance);
  if (!(standardError > 0)) return null;
  const estimate = after.difference - before.difference;
  const statistic = estimate / standardError;
  const z = normalQuantile(0.975);
  return {
    estimate,
    ci95: [estimate - z * standardError, estimate + z * standardError],
    statistic,
    // Two-sided normal tail computed directly: 2·Φ(−|z|) = erfc(|z|/√2).
    pValue: floorPValue(erfc(Math.abs(statistic) / Math.SQRT2)).pValue,
  };
}
