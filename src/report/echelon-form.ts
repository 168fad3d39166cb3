/**
 * The reduced row echelon form of a group of sum relations in its hidden units, kept up to
 * date as units are hidden and shown, so that the secondary suppression does not solve
 * the system again at every step. A hidden unit is given back when the row space of the
 * relations holds its unit vector: when a row of the form has it as its only entry.
 *
 * Rows are the relations; the columns are the units (a shown unit's column is zero), and
 * beside them a record of the row operations done so far (the form is T·A beside T), so
 * that hiding a unit, a new column a, enters as T·a. T is kept by columns, one per
 * relation: T·a then reads a few whole columns.
 * Showing a unit deletes its column: when it was a row's pivot, another entry of that row
 * becomes the pivot. The answers are those of elimination from scratch
 * (determined-unknowns.ts): which units are determined depends on the row space only.
 */
import { sortTail, type RelationIndex } from './relation-index.js';

/** Entries smaller than this are zero: coefficients here are small whole numbers, so rounding stays far below it. */
const TOLERANCE = 1e-9;

/** The echelon form of one group of relations, for one sex's hidden units at a time. */
export class EchelonForm {
  private readonly rows: number;
  private readonly units: number;
  /** The unit columns, row by row: matrix[row * units + unit]. */
  private matrix: Float64Array;
  /** T by columns: record[relation * rows + row]. */
  private record: Float64Array;
  /** Non-zero unit entries per row. */
  private rowLength: Int32Array;
  /** The unit a row pivots on, -1 for none (the row's unit entries are all zero). */
  private pivotUnit: Int32Array;
  /** The row a unit is the pivot of, -1 for none. */
  private pivotRow: Int32Array;
  private readonly unitSupport: Int32Array;
  private readonly recordSupport: Int32Array;
  private readonly column: Float64Array;
  private saved: { matrix: Float64Array; record: Float64Array; rowLength: Int32Array; pivotUnit: Int32Array; pivotRow: Int32Array } | null = null;

  /** The number of entries the form of `index` holds (to decide whether it is worth keeping). */
  static entries(index: RelationIndex): number {
    return index.relationCount * (index.unitBound + index.relationCount);
  }

  constructor(private readonly index: RelationIndex) {
    this.rows = index.relationCount;
    this.units = index.unitBound;
    this.matrix = new Float64Array(this.rows * this.units);
    this.record = new Float64Array(this.rows * this.rows);
    this.rowLength = new Int32Array(this.rows);
    this.pivotUnit = new Int32Array(this.rows);
    this.pivotRow = new Int32Array(this.units);
    this.unitSupport = new Int32Array(this.units);
    this.recordSupport = new Int32Array(this.rows);
    this.column = new Float64Array(this.rows);
    this.clear();
  }

  /** No unit hidden: the record of operations is the identity. */
  clear(): void {
    this.matrix.fill(0);
    this.record.fill(0);
    for (let row = 0; row < this.rows; row++) this.record[row * this.rows + row] = 1;
    this.rowLength.fill(0);
    this.pivotUnit.fill(-1);
    this.pivotRow.fill(-1);
  }

  /** Adds a hidden unit (a new column, T times its coefficients in the relations). */
  hide(unit: number): void {
    const { index, matrix, record, rows, units, rowLength, pivotUnit, column } = this;
    column.fill(0);
    for (let at = index.firstRelation(unit), end = index.endOfRelations(unit); at < end; at++) {
      const relation = index.relationAt(at);
      const coefficient = coefficientIn(index, relation, unit);
      if (coefficient === 0) continue;
      for (let row = 0, from = relation * rows; row < rows; row++) {
        const weight = record[from + row]!;
        if (weight !== 0) column[row]! += weight * coefficient;
      }
    }
    let pivot = -1;
    for (let row = 0; row < rows; row++) {
      const value = column[row]!;
      if (Math.abs(value) <= TOLERANCE) continue;
      matrix[row * units + unit] = value;
      rowLength[row]!++;
      if (pivot < 0 && pivotUnit[row]! < 0) pivot = row;
    }
    // A row without a pivot had no unit entries: the new unit is its only one.
    if (pivot >= 0) this.pivotOn(pivot, unit, true);
  }

  /** Deletes a hidden unit's column (the unit is shown). */
  show(unit: number): void {
    const { matrix, units, rows, rowLength } = this;
    const row = this.pivotRow[unit]!;
    if (row < 0) {
      for (let other = 0; other < rows; other++) {
        if (matrix[other * units + unit] === 0) continue;
        matrix[other * units + unit] = 0;
        rowLength[other]!--;
      }
      return;
    }
    matrix[row * units + unit] = 0;
    rowLength[row]!--;
    this.pivotRow[unit] = -1;
    this.pivotUnit[row] = -1;
    const next = this.firstUnitOf(row);
    if (next >= 0) this.pivotOn(row, next, false);
  }

  /** Appends to `found`, in ascending order, the units that a row gives back (the row's only entry). */
  determined(found: number[]): void {
    const start = found.length;
    for (let row = 0; row < this.rows; row++) if (this.pivotUnit[row]! >= 0 && this.rowLength[row] === 1) found.push(this.pivotUnit[row]!);
    sortTail(found, start);
  }

  /**
   * A hidden unit that showing `unit` would give back, or -1 for none, asked of a form where
   * none is given back (the form is not changed). Its column's rows lose an entry; when it is a
   * row's pivot, the row's next entry f becomes the pivot, and each row holding f gains
   * the row's other entries (those that do not cancel).
   */
  showingGivesBack(unit: number): number {
    const { matrix, units, rows, rowLength, unitSupport: support } = this;
    const row = this.pivotRow[unit]!;
    if (row < 0) {
      for (let other = 0; other < rows; other++) if (matrix[other * units + unit] !== 0 && rowLength[other] === 2) return this.pivotUnit[other]!;
      return -1;
    }
    // The row's other unit entries: the row without the unit, and one of them its new pivot.
    const rowAt = row * units;
    let terms = 0;
    for (let column = 0; column < units; column++) if (column !== unit && matrix[rowAt + column] !== 0) support[terms++] = column;
    if (terms === 0) return -1;
    if (terms === 1) return support[0]!;
    const pivot = support[0]!;
    const scale = matrix[rowAt + pivot]!;
    for (let other = 0; other < rows; other++) {
      const otherAt = other * units;
      const factor = matrix[otherAt + pivot]!;
      if (other === row || factor === 0) continue;
      let length = rowLength[other]!;
      for (let term = 0; term < terms; term++) {
        const column = support[term]!;
        const before = matrix[otherAt + column]!;
        const after = before - (factor / scale) * matrix[rowAt + column]!;
        if (before !== 0) length--;
        if (Math.abs(after) > TOLERANCE) length++;
      }
      if (length === 1) return this.pivotUnit[other]!;
    }
    return -1;
  }

  /** Keeps the form as it is, to go back to with restore (one saved form at a time). */
  save(): void {
    if (this.saved === null) {
      this.saved = { matrix: this.matrix.slice(), record: this.record.slice(), rowLength: this.rowLength.slice(), pivotUnit: this.pivotUnit.slice(), pivotRow: this.pivotRow.slice() };
      return;
    }
    this.saved.matrix.set(this.matrix);
    this.saved.record.set(this.record);
    this.saved.rowLength.set(this.rowLength);
    this.saved.pivotUnit.set(this.pivotUnit);
    this.saved.pivotRow.set(this.pivotRow);
  }

  /** Goes back to the form kept by save. */
  restore(): void {
    const saved = this.saved!;
    this.matrix.set(saved.matrix);
    this.record.set(saved.record);
    this.rowLength.set(saved.rowLength);
    this.pivotUnit.set(saved.pivotUnit);
    this.pivotRow.set(saved.pivotRow);
  }

  private firstUnitOf(row: number): number {
    for (let column = 0; column < this.units; column++) if (this.matrix[row * this.units + column] !== 0) return column;
    return -1;
  }

  /**
   * Makes `unit` the pivot of `row`: the row scaled to 1 there, and the unit taken out of
   * every other row. `alone`: the unit is the row's only unit entry (no need to look for others).
   */
  private pivotOn(row: number, unit: number, alone: boolean): void {
    const { matrix, record, rows, units, rowLength, unitSupport, recordSupport } = this;
    const rowAt = row * units;
    const scale = matrix[rowAt + unit]!;
    let unitTerms = 0;
    if (alone) {
      matrix[rowAt + unit] = 1;
      unitSupport[unitTerms++] = unit;
    } else {
      for (let column = 0; column < units; column++) {
        const value = matrix[rowAt + column]!;
        if (value === 0) continue;
        matrix[rowAt + column] = value / scale;
        unitSupport[unitTerms++] = column;
      }
    }
    let recordTerms = 0;
    for (let relation = 0; relation < rows; relation++) {
      const value = record[relation * rows + row]!;
      if (value === 0) continue;
      record[relation * rows + row] = value / scale;
      recordSupport[recordTerms++] = relation;
    }
    for (let other = 0; other < rows; other++) {
      const otherAt = other * units;
      const factor = matrix[otherAt + unit]!;
      if (other === row || factor === 0) continue;
      let length = rowLength[other]!;
      for (let term = 0; term < unitTerms; term++) {
        const column = unitSupport[term]!;
        const before = matrix[otherAt + column]!;
        const after = before - factor * matrix[rowAt + column]!;
        if (Math.abs(after) <= TOLERANCE) {
          if (before !== 0) length--;
          matrix[otherAt + column] = 0;
        } else {
          if (before === 0) length++;
          matrix[otherAt + column] = after;
        }
      }
      rowLength[other] = length;
      for (let term = 0; term < recordTerms; term++) {
        const at = recordSupport[term]! * rows;
        const after = record[at + other]! - factor * record[at + row]!;
        record[at + other] = Math.abs(after) <= TOLERANCE ? 0 : after;
      }
    }
    this.pivotUnit[row] = unit;
    this.pivotRow[unit] = row;
  }
}

/** The unit's coefficient in a relation's equation: +1 as its total, −1 as a part (summed when it is named twice). */
function coefficientIn(index: RelationIndex, relation: number, unit: number): number {
  const total = index.memberAt(index.firstMember(relation));
  let coefficient = 0;
  for (let position = index.firstMember(relation), end = index.endOfMembers(relation); position < end; position++) {
    if (index.memberAt(position) === unit) coefficient += unit === total ? 1 : -1;
  }
  return coefficient;
}
