import type { TwoByTwo } from './types.js';
import { assertTwoByTwo } from './validate.js';

/** How many "yes" each group would gain (or lose, if negative) at the other group's share. */
export interface Shortfall {
  /** round(n2 · p1) − yes2: extra group-2 "yes" if group 2 had group 1's share. */
  readonly group2AtGroup1Share: number;
  /** round(n1 · p2) − yes1: extra group-1 "yes" if group 1 had group 2's share. */
  readonly group1AtGroup2Share: number;
}

/**
 * The shortfall in whole cases: the difference between the "yes" count a group would have at
 * the other group's share and the count it has, e.g. "men would have received 12 more
 * decisions at the women's rate". Rounded half away from zero (not R's round-half-even), in
 * exact integer arithmetic so that halves are recognised exactly.
 * null when either group has no cases (no share to apply).
 */
export function shortfall(table: TwoByTwo): Shortfall | null {
  assertTwoByTwo(table);
  const n1 = table.yes1 + table.no1;
  const n2 = table.yes2 + table.no2;
  // Degenerate: a group without cases has no share.
  if (n1 === 0 || n2 === 0) return null;
  return {
    group2AtGroup1Share: roundedShare(n2, table.yes1, n1) - table.yes2,
    group1AtGroup2Share: roundedShare(n1, table.yes2, n2) - table.yes1,
  };
}

/** round(size · yes / n), halves away from zero; all inputs are non-negative integers. */
function roundedShare(size: number, yes: number, n: number): number {
  const numerator = BigInt(size) * BigInt(yes);
  const denominator = BigInt(n);
  // floor((2·num + den) / (2·den)) rounds a non-negative ratio half up, i.e. away from zero.
  return Number((2n * numerator + denominator) / (2n * denominator));
}
