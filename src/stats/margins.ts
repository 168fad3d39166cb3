import type { TwoByTwo } from './types.js';

/** Row (group) and column (outcome) totals of a 2×2 table. */
export interface TwoByTwoMargins {
  /** Cases in group 1: yes1 + no1. */
  readonly group1: number;
  /** Cases in group 2: yes2 + no2. */
  readonly group2: number;
  /** Cases with outcome yes: yes1 + yes2. */
  readonly yes: number;
  /** Cases with outcome no: no1 + no2. */
  readonly no: number;
  readonly total: number;
}

/** The row and column totals of a 2×2 table. */
export function twoByTwoMargins(table: TwoByTwo): TwoByTwoMargins {
  const group1 = table.yes1 + table.no1;
  const group2 = table.yes2 + table.no2;
  return {
    group1,
    group2,
    yes: table.yes1 + table.yes2,
    no: table.no1 + table.no2,
    total: group1 + group2,
  };
}

/** True when a row or column total is zero (every test statistic is then undefined). */
export function hasEmptyMargin(margins: TwoByTwoMargins): boolean {
  return margins.group1 === 0 || margins.group2 === 0 || margins.yes === 0 || margins.no === 0;
}
