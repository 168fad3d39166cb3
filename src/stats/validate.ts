import type { TwoByTwo } from './types.js';

/**
 * Checks that a count is a non-negative, finite integer; anything else is a programmer error
 * (the tally hands us whole case counts), so it throws a plain Error naming the value.
 */
export function assertCount(value: number, name: string): void {
  if (!isCount(value)) {
    throw new Error(`stats: ${name} must be a non-negative integer count, got ${String(value)}`);
  }
}

/** Whether a value is a non-negative, finite integer (what assertCount demands), without naming it. */
export function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** Whether every cell of a 2×2 table is a count: lets a loop over many strata name a stratum only when one fails. */
export function isTwoByTwoOfCounts(table: TwoByTwo): boolean {
  return isCount(table.yes1) && isCount(table.no1) && isCount(table.yes2) && isCount(table.no2);
}

/** Checks every cell of a 2×2 table with {@link assertCount}. */
export function assertTwoByTwo(table: TwoByTwo, name = 'table'): void {
  assertCount(table.yes1, `${name}.yes1`);
  assertCount(table.no1, `${name}.no1`);
  assertCount(table.yes2, `${name}.yes2`);
  assertCount(table.no2, `${name}.no2`);
}

/** Checks that a confidence level lies strictly between 0 and 1. */
export function assertLevel(level: number): void {
  if (!Number.isFinite(level) || level <= 0 || level >= 1) {
    throw new Error(`stats: confidence level must lie strictly between 0 and 1, got ${String(level)}`);
  }
}
