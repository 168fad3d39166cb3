/**
 * The counts of a tally besides its cells: rows read, rows left out and why (before any
 * step, when the row as a whole cannot be read, or by one step, when the row is taken
 * but lacks what the step needs), and each step's totals.
 */
import type { SexCategory } from '../config/types.js';
import { SEX_CATEGORIES } from './cell-store.js';

/** Why a row is left out before any step, and by one step. */
export const INPUT_EXCLUSIONS = ['ragged-row', 'total-row', 'hidden-in-source', 'not-applicable', 'invalid-count', 'invalid-date', 'missing-id'] as const;
/**
 * A step's own reasons: no sex to count under, or no outcome to count: a blank outcome,
 * a categorical step's value that is not listed and has no `other` (unlisted-category),
 * a numeric step's cell that holds no number (invalid-measure).
 */
export const STEP_EXCLUSIONS = ['missing-sex', 'invalid-personnummer', 'missing-outcome', 'unlisted-category', 'invalid-measure'] as const;
export type InputExclusion = (typeof INPUT_EXCLUSIONS)[number];
export type StepExclusion = (typeof STEP_EXCLUSIONS)[number];

/** One step's totals. */
export interface StepTally {
  readonly name: string;
  /** Rows the step takes (its `among`), and rows it does not. */
  taken: number;
  notSelected: number;
  usedRows: number;
  usedCases: number;
  /** Persons counted in the overall table (person unit only). */
  persons: number;
  readonly excluded: Record<StepExclusion, number>;
  /**
   * Rows taken per known sex reading (female, male, other: SEX_READINGS' first three),
   * and of them, rows excluded for their outcome (missing, unlisted-category or
   * invalid-measure). A row excluded for its sex has no sex to count under; the
   * data-quality gate compares the sexes with these.
   */
  readonly takenBySex: number[];
  readonly missingOutcomeBySex: number[];
  /**
   * Rows the step would take whose count is hidden in the source (`..`): excluded before
   * the steps (hidden-in-source), but the data-quality gate charges them to each step
   * that would have taken them, overall and per known sex reading (as takenBySex).
   */
  hidden: number;
  readonly hiddenBySex: number[];
}

/**
 * A total column of a table wide by sex (`sex.columns`, role total), checked in each
 * row against the sum of its parts (the sexes' columns of the same measure); never counted.
 * A difference is usual where the source hid small cells.
 */
export interface TotalColumnCheck {
  readonly column: string;
  /** Rows checked, and of them rows whose total differs from the sum of the parts. */
  rows: number;
  differing: number;
  /** The sum over rows of total − parts (positive: the total holds more than its visible parts). */
  difference: number;
  /** The largest difference of one row, in absolute value. */
  largest: number;
}

/** The totals of a tally. */
export interface TallyState {
  rows: number;
  readonly inputExcluded: Record<InputExclusion, number>;
  readonly steps: StepTally[];
  /** The checks of a wide table's total columns, in the order of the plan (empty for other layouts). */
  readonly totalColumns: TotalColumnCheck[];
}

/** Notes one row's check of a total column: `difference` is total − parts, for `rows` rows alike. */
export function noteTotalColumn(check: TotalColumnCheck, difference: number, rows: number): void {
  check.rows += rows;
  if (difference === 0) return;
  check.differing += rows;
  check.difference += difference * rows;
  check.largest = Math.max(check.largest, Math.abs(difference));
}

/** Adds the checks of a later part of the input (same plan) to `into`. */
export function mergeTotalColumns(into: TotalColumnCheck[], from: readonly TotalColumnCheck[]): void {
  from.forEach((check, index) => {
    const target = into[index]!;
    target.rows += check.rows;
    target.differing += check.differing;
    target.difference += check.difference;
    target.largest = Math.max(target.largest, check.largest);
  });
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** The state of a tally that has counted nothing, for steps of these names. */
export function emptyState(stepNames: readonly string[], totalColumns: readonly string[] = []): TallyState {
  return {
    rows: 0,
    totalColumns: totalColumns.map((column) => ({ column, rows: 0, differing: 0, difference: 0, largest: 0 })),
    inputExcluded: zeroCounts(INPUT_EXCLUSIONS),
    steps: stepNames.map((name) => ({ name, taken: 0, notSelected: 0, usedRows: 0, usedCases: 0, persons: 0, excluded: zeroCounts(STEP_EXCLUSIONS), takenBySex: [0, 0, 0], missingOutcomeBySex: [0, 0, 0], hidden: 0, hiddenBySex: [0, 0, 0] })),
  };
}

/**
 * Per-sex counts of a step (`takenBySex`, `missingOutcomeBySex`) by sex name, so that no
 * reader outside the tally depends on the order they are held in.
 */
export function countsBySex(counts: readonly number[]): Readonly<Record<SexCategory, number>> {
  return Object.fromEntries(SEX_CATEGORIES.map((sex, index) => [sex, counts[index]!])) as Record<SexCategory, number>;
}
