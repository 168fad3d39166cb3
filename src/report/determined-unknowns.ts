/**
 * Which unknowns a system of linear equations pins down. An unknown x is determined
 * when the unit vector of x lies in the row space of the equations, that is, when the
 * reduced row echelon form has a row whose only non-zero entry is x's.
 */

/** One equation: pairs of (unknown, coefficient); the right-hand side does not matter. */
export type LinearEquation = readonly (readonly [unknown: number, coefficient: number])[];

/** Entries smaller than this are zero: coefficients here are small whole numbers, so rounding stays far below it. */
const TOLERANCE = 1e-9;

type SparseRow = Map<number, number>;

/**
 * The unknowns (0 … unknownCount − 1) whose value follows from the equations, by
 * sparse Gauss–Jordan elimination. Tables of many groups give thousands of unknowns but
 * few per equation, so rows are kept sparse and the pivot row is the shortest one
 * (Markowitz's rule), which keeps them sparse.
 */
export function determinedUnknowns(equations: readonly LinearEquation[], unknownCount: number): Set<number> {
  const rows: SparseRow[] = [];
  const rowsWith = new Map<number, Set<number>>();
  const place = (row: number, unknown: number, value: number): void => {
    if (Math.abs(value) <= TOLERANCE) {
      rows[row]!.delete(unknown);
      rowsWith.get(unknown)?.delete(row);
      return;
    }
    rows[row]!.set(unknown, value);
    const holders = rowsWith.get(unknown) ?? new Set<number>();
    holders.add(row);
    rowsWith.set(unknown, holders);
  };
  for (const equation of equations) {
    const row = rows.push(new Map()) - 1;
    for (const [unknown, coefficient] of equation) place(row, unknown, (rows[row]!.get(unknown) ?? 0) + coefficient);
  }
  const pivoted = new Set<number>();
  for (let unknown = 0; unknown < unknownCount; unknown++) {
    // The first of the shortest rows not yet pivoted (looked for without a list of candidates: this runs hundreds of times per table).
    let pivotRow = -1;
    for (const row of rowsWith.get(unknown) ?? []) {
      if (!pivoted.has(row) && (pivotRow < 0 || rows[row]!.size < rows[pivotRow]!.size)) pivotRow = row;
    }
    if (pivotRow < 0) continue;
    const pivot = rows[pivotRow]!;
    const scale = pivot.get(unknown)!;
    // Setting a key a map has keeps its place: no copy needed to change the values while reading them.
    for (const [column, value] of pivot) pivot.set(column, value / scale);
    for (const other of [...(rowsWith.get(unknown) ?? [])]) {
      if (other === pivotRow) continue;
      const factor = rows[other]!.get(unknown)!;
      for (const [column, value] of pivot) place(other, column, (rows[other]!.get(column) ?? 0) - factor * value);
    }
    pivoted.add(pivotRow);
  }
  const determined = new Set<number>();
  for (const row of pivoted) {
    if (rows[row]!.size === 1) determined.add([...rows[row]!.keys()][0]!);
  }
  return determined;
}
