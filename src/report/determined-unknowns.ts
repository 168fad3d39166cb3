/**
 * Which unknowns a system of linear equations pins down. An unknown x is determined
 * when the unit vector of x lies in the row space of the equations, that is, when the
 * reduced row echelon form has a row whose only non-zero entry is x's.
 */

/** One equation: pairs of (unknown, coefficient); the right-hand side does not matter. */
export type LinearEquation = readonly (readonly [unknown: number, coefficient: number])[];

/** Entries smaller than this are zero: coefficients here are small whole numbers, so rounding stays far below it. */
const TOLERANCE = 1e-9;

/**
 * Systems up to this many entries (equations × unknowns) are solved in one dense matrix,
 * larger ones in sparse rows. The suppression solves one connected part of a table at a
 * time, a few hundred unknowns at most, hundreds of times per table: dense rows in one
 * reused buffer make no garbage and no hashing, and 2^20 entries (8 MB) is a size where a
 * sweep over a row is still cheaper than a map's bookkeeping.
 */
const MOST_DENSE_ENTRIES = 1 << 20;

/**
 * A system of equations filled in place and solved by Gauss–Jordan elimination, reused
 * from call to call (its buffers only grow): the suppression asks this question hundreds
 * of times per table, and new maps and sets each time were most of its time and garbage.
 */
export class LinearSystem {
  private equationCount = 0;
  private unknownCount = 0;
  /** Dense rows, equationCount × unknownCount, when the system is small enough. */
  private matrix = new Float64Array(0);
  /** Sparse terms otherwise, one equation per list, as determinedUnknowns takes them. */
  private sparse: [number, number][][] | null = null;
  private rowLength = new Int32Array(0);
  private pivotColumn = new Int32Array(0);
  private pivotColumns = new Int32Array(0);

  /** Starts a system of `equations` equations in `unknowns` unknowns, every coefficient zero. */
  reset(equations: number, unknowns: number): void {
    this.equationCount = equations;
    this.unknownCount = unknowns;
    const entries = equations * unknowns;
    if (entries > MOST_DENSE_ENTRIES) {
      this.sparse = Array.from({ length: equations }, () => []);
      return;
    }
    this.sparse = null;
    if (this.matrix.length < entries) this.matrix = new Float64Array(Math.max(entries, 2 * this.matrix.length));
    else this.matrix.fill(0, 0, entries);
    if (this.rowLength.length < equations) {
      this.rowLength = new Int32Array(Math.max(equations, 2 * this.rowLength.length));
      this.pivotColumn = new Int32Array(this.rowLength.length);
    }
    if (this.pivotColumns.length < unknowns) this.pivotColumns = new Int32Array(Math.max(unknowns, 2 * this.pivotColumns.length));
  }

  /** Adds `coefficient` to the unknown's coefficient in an equation. */
  add(equation: number, unknown: number, coefficient: number): void {
    if (this.sparse !== null) this.sparse[equation]!.push([unknown, coefficient]);
    else this.matrix[equation * this.unknownCount + unknown]! += coefficient;
  }

  /**
   * Marks in `determined` (indexed by unknown, cleared here) each unknown the equations pin
   * down, and returns how many there are.
   */
  solve(determined: Uint8Array): number {
    determined.fill(0, 0, this.unknownCount);
    if (this.sparse !== null) {
      const found = sparseDetermined(this.sparse, this.unknownCount);
      for (const unknown of found) determined[unknown] = 1;
      return found.size;
    }
    return this.solveDense(determined);
  }

  private solveDense(determined: Uint8Array): number {
    const { matrix, rowLength, pivotColumn, pivotColumns: nonZero } = this;
    const rows = this.equationCount;
    const width = this.unknownCount;
    for (let row = 0; row < rows; row++) {
      let length = 0;
      for (let at = row * width, end = at + width; at < end; at++) {
        if (Math.abs(matrix[at]!) <= TOLERANCE) matrix[at] = 0;
        else length++;
      }
      rowLength[row] = length;
      pivotColumn[row] = -1;
    }
    for (let unknown = 0; unknown < width; unknown++) {
      // The shortest row not yet pivoted that holds the unknown (Markowitz's rule keeps rows short).
      let pivotRow = -1;
      for (let row = 0; row < rows; row++) {
        if (pivotColumn[row]! < 0 && matrix[row * width + unknown] !== 0 && (pivotRow < 0 || rowLength[row]! < rowLength[pivotRow]!)) pivotRow = row;
      }
      if (pivotRow < 0) continue;
      const pivotAt = pivotRow * width;
      const scale = matrix[pivotAt + unknown]!;
      let terms = 0;
      for (let column = 0; column < width; column++) {
        const value = matrix[pivotAt + column]!;
        if (value === 0) continue;
        matrix[pivotAt + column] = value / scale;
        nonZero[terms++] = column;
      }
      for (let row = 0; row < rows; row++) {
        const rowAt = row * width;
        const factor = matrix[rowAt + unknown]!;
        if (row === pivotRow || factor === 0) continue;
        let length = rowLength[row]!;
        for (let term = 0; term < terms; term++) {
          const column = nonZero[term]!;
          const before = matrix[rowAt + column]!;
          const after = before - factor * matrix[pivotAt + column]!;
          if (Math.abs(after) <= TOLERANCE) {
            if (before !== 0) length--;
            matrix[rowAt + column] = 0;
          } else {
            if (before === 0) length++;
            matrix[rowAt + column] = after;
          }
        }
        rowLength[row] = length;
      }
      pivotColumn[pivotRow] = unknown;
    }
    let count = 0;
    for (let row = 0; row < rows; row++) {
      if (pivotColumn[row]! >= 0 && rowLength[row] === 1) {
        determined[pivotColumn[row]!] = 1;
        count++;
      }
    }
    return count;
  }
}

type SparseRow = Map<number, number>;

/** One system for determinedUnknowns, reused: its buffers only grow. */
const SYSTEM = new LinearSystem();

/**
 * The unknowns (0 … unknownCount − 1) whose value follows from the equations, in
 * ascending order. Unknowns that share no equation, even through others, do not affect
 * each other, so each connected part is solved by itself (LinearSystem).
 */
export function determinedUnknowns(equations: readonly LinearEquation[], unknownCount: number): Set<number> {
  // Connected parts by union–find over the unknowns of each equation.
  const parent = new Int32Array(unknownCount);
  for (let unknown = 0; unknown < unknownCount; unknown++) parent[unknown] = unknown;
  const root = (unknown: number): number => {
    while (parent[unknown] !== unknown) unknown = parent[unknown] = parent[parent[unknown]!]!;
    return unknown;
  };
  for (const equation of equations) {
    if (equation.length === 0) continue;
    const first = root(equation[0]![0]);
    for (const [unknown] of equation) {
      const other = root(unknown);
      if (other !== first) parent[other] = first;
    }
  }
  // Each part's unknowns (ascending) and equations, numbered within the part.
  const part = new Int32Array(unknownCount).fill(-1);
  const local = new Int32Array(unknownCount);
  const partUnknowns: number[][] = [];
  for (let unknown = 0; unknown < unknownCount; unknown++) {
    const top = root(unknown);
    if (part[top]! < 0) part[top] = partUnknowns.push([]) - 1;
    part[unknown] = part[top]!;
    local[unknown] = partUnknowns[part[unknown]!]!.push(unknown) - 1;
  }
  const partEquations: LinearEquation[][] = partUnknowns.map(() => []);
  for (const equation of equations) if (equation.length > 0) partEquations[part[equation[0]![0]]!]!.push(equation);
  const found = new Uint8Array(unknownCount);
  let determined = new Uint8Array(0);
  partUnknowns.forEach((unknowns, at) => {
    const rows = partEquations[at]!;
    if (rows.length === 0) return;
    SYSTEM.reset(rows.length, unknowns.length);
    rows.forEach((equation, row) => {
      for (const [unknown, coefficient] of equation) SYSTEM.add(row, local[unknown]!, coefficient);
    });
    if (determined.length < unknowns.length) determined = new Uint8Array(unknowns.length);
    if (SYSTEM.solve(determined) === 0) return;
    unknowns.forEach((unknown, position) => {
      if (determined[position] === 1) found[unknown] = 1;
    });
  });
  const result = new Set<number>();
  for (let unknown = 0; unknown < unknownCount; unknown++) if (found[unknown] === 1) result.add(unknown);
  return result;
}

/**
 * The unknowns (0 … unknownCount − 1) whose value follows from the equations, by
 * sparse Gauss–Jordan elimination, for systems too large to hold dense. Tables of many
 * groups give thousands of unknowns but few per equation, so rows are kept sparse and the
 * pivot row is the shortest one (Markowitz's rule), which keeps them sparse.
 */
function sparseDetermined(equations: readonly LinearEquation[], unknownCount: number): Set<number> {
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
