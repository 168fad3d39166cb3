/**
 * The distinct values of one column with how often, and where first, each occurs.
 * Capped, so that a column of free text or ids cannot take the memory: beyond the cap
 * only values already seen (and values that must always be tracked) are counted.
 */

export interface ValueCount {
  count: number;
  readonly firstLine: number;
}

/** Distinct values tracked per column. */
export const DISTINCT_VALUE_CAP = 10_000;

/** Counts a column's values; rows with values beyond the cap are counted together. */
export class ValueTally {
  readonly values = new Map<string, ValueCount>();
  /** Rows whose value was not tracked because the cap was reached, and the first of them. */
  overflowRows = 0;
  overflowFirstLine = 0;

  constructor(
    private readonly alwaysTracked: ReadonlySet<string> = new Set(),
    private readonly cap = DISTINCT_VALUE_CAP,
  ) {}

  /** Counts one (trimmed, non-empty) value seen on `line`. */
  add(value: string, line: number): void {
    const known = this.values.get(value);
    if (known) {
      known.count++;
    } else if (this.values.size < this.cap || this.alwaysTracked.has(value)) {
      this.values.set(value, { count: 1, firstLine: line });
    } else {
      if (this.overflowRows === 0) this.overflowFirstLine = line;
      this.overflowRows++;
    }
  }

  /** True when every value seen was tracked, so absence of a value means it never occurred. */
  get complete(): boolean {
    return this.overflowRows === 0;
  }
}
