import { normalQuantile } from './distributions.js';
import type { Estimate, TwoByTwo } from './types.js';
import { assertCount, assertLevel, assertTwoByTwo } from './validate.js';

/**
 * Wilson's score interval for a binomial proportion yes / n, without continuity correction.
 *
 * Method: the roots of |p̂ − p| = z √(p(1 − p)/n) (Wilson 1927), written as R writes them.
 * Reference: R's prop.test(yes, n, correct = FALSE)$conf.int, including its exact 0 lower
 * bound when yes = 0 and exact 1 upper bound when yes = n.
 * With n = 0 nothing is known about the proportion and the interval is [0, 1].
 */
export function wilsonInterval(yes: number, n: number, level = 0.95): readonly [number, number] {
  assertCount(yes, 'yes');
  assertCount(n, 'n');
  assertLevel(level);
  if (yes > n) throw new Error(`stats: yes (${yes}) cannot exceed n (${n})`);
  // Degenerate: no observations, so every proportion is compatible with the data.
  if (n === 0) return [0, 1];
  const z = normalQuantile((1 + level) / 2);
  const estimate = yes / n;
  const halfZSquaredOverN = (z * z) / (2 * n);
  const centre = estimate + halfZSquaredOverN;
  const spread = z * Math.sqrt((estimate * (1 - estimate)) / n + halfZSquaredOverN / (2 * n));
  const denominator = 1 + 2 * halfZSquaredOverN;
  const lower = estimate <= 0 ? 0 : (centre - spread) / denominator;
  const upper = estimate >= 1 ? 1 : (centre + spread) / denominator;
  return [Math.max(lower, 0), Math.min(upper, 1)];
}

/**
 * The difference of proportions p1 − p2 (group 1 minus group 2, as proportions, not
 * percentage points) with Newcombe's hybrid score interval.
 *
 * Method: Newcombe (1998), "Interval estimation for the difference between independent
 * proportions", method 10 (no continuity correction): with Wilson limits (l1, u1), (l2, u2),
 * lower = d − √((p1 − l1)² + (u2 − p2)²), upper = d + √((u1 − p1)² + (p2 − l2)²).
 * null when either group has no cases (a proportion is then undefined).
 */
export function newcombeDifference(table: TwoByTwo, level = 0.95): Estimate | null {
  assertTwoByTwo(table);
  assertLevel(level);
  const n1 = table.yes1 + table.no1;
  const n2 = table.yes2 + table.no2;
  // Degenerate: a group without cases has no proportion to compare.
  if (n1 === 0 || n2 === 0) return null;
  const p1 = table.yes1 / n1;
  const p2 = table.yes2 / n2;
  const [lower1, upper1] = wilsonInterval(table.yes1, n1, level);
  const [lower2, upper2] = wilsonInterval(table.yes2, n2, level);
  const difference = p1 - p2;
  return {
    estimate: difference,
    ci95: [
      difference - Math.hypot(p1 - lower1, upper2 - p2),
      difference + Math.hypot(upper1 - p1, p2 - lower2),
    ],
  };
}
