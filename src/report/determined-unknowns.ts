/**
 * Which unknowns a system of linear equations pins down. An unknown x is determined
 * when the unit vector of x lies in the row space of the equations, that is, when the
 * reduced row echelon form has a row whose only non-zero entry is x's.
 */

/** One equation: pairs of (unknown, coefficient); the right-hand side does not matter. */
export type LinearEquation = readonly (readonly [unknown: number, coefficient: number])[];

/** Entries smaller than this are zero: coefficients here are small whole numbers, so rounding stays far below it. */
const TOLERANCE = 1e-9;

/** Marks by stamp live in Int32Arrays: the counter starts again (with the marks cleared) well before 2^31. */
export const MOST_STAMPS = 2 ** 30;

/**
 * A system of equations filled in place and solved by sparse Gauss–Jordan elimination,
 * reused from call to call (its lists only grow): the suppression asks this question
 * hundreds of times per table, and new maps and sets each time were most of its time and
 * garbage. Rows are short (a sum of a few cells), so each is a list of its non-zero
 * entries, each unknown has the list of rows that hold it, and the pivot row is the
 * shortest one (Markowitz's rule), which keeps rows short.
 */
export class LinearSystem {
  private equationCount = 0;
  private unknownCount = 0;
  private readonly columns: number[][] = [];
  private readonly values: number[][] = [];
  /** rowsWith[unknown]: the rows whose entry for it is non-zero. */
  private readonly rowsWith: number[][] = [];
  private pivotOf = new Int32Array(0);
  /** Where each column sits in the row being updated, valid where spotStamp holds the current stamp. */
  private spot = new Int32Array(0);
  private spotStamp = new Int32Array(0);
  private stamp = 0;
  private holders = new Int32Array(0);

  /** Starts a system of `equations` equations in `unknowns` unknowns, every coefficient zero. */
  reset(equations: number, unknowns: number): void {
    this.equationCount = equations;
    this.unknownCount = unknowns;
    for (let row = 0; row < equations; row++) {
      if (row < this.columns.length) {
        this.columns[row]!.length = 0;
        this.values[row]!.length = 0;
      } else {
        this.columns.push([]);
        this.values.push([]);
      }
    }
    for (let unknown = 0; unknown < unknowns; unknown++) {
      if (unknown < this.rowsWith.length) this.rowsWith[unknown]!.length = 0;
      else this.rowsWith.push([]);
    }
    if (this.pivotOf.length < equations) {
      this.pivotOf = new Int32Array(Math.max(equations, 2 * this.pivotOf.length));
      this.holders = new Int32Array(this.pivotOf.length);
    }
    if (this.spot.length < unknowns) {
      this.spot = new Int32Array(Math.max(unknowns, 2 * this.spot.length));
      this.spotStamp = new Int32Array(this.spot.length);
      this.stamp = 0;
    }
  }

  /** Adds `coefficient` to the unknown's coefficient in an equation. */
  add(equation: number, unknown: number, coefficient: number): void {
    const columns = this.columns[equation]!;
    const at = columns.indexOf(unknown);
    if (at >= 0) this.values[equation]![at]! += coefficient;
    else {
      columns.push(unknown);
      this.values[equation]!.push(coefficient);
    }
  }

  /**
   * Marks in `determined` (indexed by unknown, cleared here) each unknown the equations pin
   * down, and returns how many there are.
   */
  solve(determined: Uint8Array): number {
    const { columns, values, rowsWith, pivotOf, spot, spotStamp, holders } = this;
    const rows = this.equationCount;
    determined.fill(0, 0, this.unknownCount);
    for (let row = 0; row < rows; row++) {
      pivotOf[row] = -1;
      this.compact(row, false);
      const rowColumns = columns[row]!;
      for (let at = 0; at < rowColumns.length; at++) rowsWith[rowColumns[at]!]!.push(row);
    }
    for (let unknown = 0; unknown < this.unknownCount; unknown++) {
      const holding = rowsWith[unknown]!;
      let pivotRow = -1;
      for (let at = 0; at < holding.length; at++) {
        const row = holding[at]!;
        if (pivotOf[row]! < 0 && (pivotRow < 0 || columns[row]!.length < columns[pivotRow]!.length)) pivotRow = row;
      }
      if (pivotRow < 0) continue;
      const pivotColumns = columns[pivotRow]!;
      const pivotValues = values[pivotRow]!;
      const scale = pivotValues[pivotColumns.indexOf(unknown)]!;
      for (let at = 0; at < pivotValues.length; at++) pivotValues[at]! /= scale;
      // The rows to update, copied: fill-in and cancellation change the list.
      const count = holding.length;
      for (let at = 0; at < count; at++) holders[at] = holding[at]!;
      for (let at = 0; at < count; at++) {
        const row = holders[at]!;
        if (row === pivotRow) continue;
        const rowColumns = columns[row]!;
        const rowValues = values[row]!;
        const stamp = this.nextStamp();
        for (let position = 0; position < rowColumns.length; position++) {
          spot[rowColumns[position]!] = position;
          spotStamp[rowColumns[position]!] = stamp;
        }
        const factor = rowValues[spot[unknown]!]!;
        for (let term = 0; term < pivotColumns.length; term++) {
          const column = pivotColumns[term]!;
          const change = factor * pivotValues[term]!;
          if (spotStamp[column] === stamp) rowValues[spot[column]!]! -= change;
          else if (Math.abs(change) > TOLERANCE) {
            rowColumns.push(column);
            rowValues.push(-change);
            rowsWith[column]!.push(row);
          }
        }
        this.compact(row, true);
      }
      pivotOf[pivotRow] = unknown;
    }
    let count = 0;
    for (let row = 0; row < rows; row++) {
      if (pivotOf[row]! >= 0 && columns[row]!.length === 1) {
        determined[pivotOf[row]!] = 1;
        count++;
      }
    }
    return count;
  }

  /** A stamp no spot holds yet (the marks are cleared before the counter could leave the Int32 range). */
  private nextStamp(): number {
    if (this.stamp >= MOST_STAMPS) {
      this.spotStamp.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Drops a row's entries that are zero within the tolerance (and, once rowsWith is built, the row from their lists). */
  private compact(row: number, listed: boolean): void {
    const rowColumns = this.columns[row]!;
    const rowValues = this.values[row]!;
    let kept = 0;
    for (let position = 0; position < rowColumns.length; position++) {
      const value = rowValues[position]!;
      if (Math.abs(value) <= TOLERANCE) {
        if (listed) {
          const holding = this.rowsWith[rowColumns[position]!]!;
          const at = holding.indexOf(row);
          holding[at] = holding[holding.length - 1]!;
          holding.pop();
        }
        continue;
      }
      rowColumns[kept] = rowColumns[position]!;
      rowValues[kept++] = value;
    }
    rowColumns.length = kept;
    rowValues.length = kept;
  }
}

/** One system for determinedUnknowns, reused: its lists only grow. */
const SYSTEM = new LinearSystem();

/** The unknowns (0 … unknownCount − 1) whose value follows from the equations, in ascending order. */
export function determinedUnknowns(equations: readonly LinearEquation[], unknownCount: number): Set<number> {
  SYSTEM.reset(equations.length, unknownCount);
  for (let row = 0; row < equations.length; row++) {
    const equation = equations[row]!;
    for (let term = 0; term < equation.length; term++) SYSTEM.add(row, equation[term]![0], equation[term]![1]);
  }
  const determined = new Uint8Array(unknownCount);
  SYSTEM.solve(determined);
  const result = new Set<number>();
  for (let unknown = 0; unknown < unknownCount; unknown++) if (determined[unknown] === 1) result.add(unknown);
  return result;
}
