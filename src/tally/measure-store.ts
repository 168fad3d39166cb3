/**
 * The cells of a numeric step (`measure:`): per table and sex, a map from the values
 * seen to their counts (weighted like any case: a `count:` column, or a sex column of a
 * table wide by sex), so that memory grows with the distinct values, not with the rows.
 *
 * Values are interned once per step (MeasureValues: number → small id), and the maps
 * are keyed by those ids, so that adding a row to a table is one small-integer map
 * update per layer. Between threads the cells travel as (table, sex, value, count) runs
 * of numbers, and are interned again on arrival: ids follow the order values are seen.
 */
import { SEX_CATEGORIES, type CellStore } from './cell-store.js';

const SEXES = SEX_CATEGORIES.length;

/** A numeric step's distinct values, each interned to a small id in the order first seen. */
export class MeasureValues {
  /** Per id, its value. */
  readonly values: number[] = [];
  private readonly ids = new Map<number, number>();

  /** The id of a value (interning it if new); -0 is 0. */
  idOf(value: number): number {
    const key = value === 0 ? 0 : value;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(key);
    }
    return id;
  }
}

/** A sample's distinct values, ascending, with their counts (all > 0) and their sum. */
export interface MeasureCounts {
  readonly values: Float64Array;
  readonly counts: Float64Array;
  readonly n: number;
}

/** Per table and sex (at table * 3 + sex), value id → count. */
export class MeasureCells implements CellStore {
  private cells: (Map<number, number> | undefined)[] = [];

  constructor(readonly values: MeasureValues) {}

  /** Makes room for tables 0 to `tables` - 1 (a dense array, so that the loop never meets a hole). */
  reserve(tables: number): void {
    const cells = this.cells;
    while (cells.length < tables * SEXES) cells.push(undefined);
  }

  /** Adds `weight` to the value `valueId` of the sex in each table `tableOf[layer]` of the layers (room reserved). */
  addToTables(tableOf: Int32Array, layers: readonly number[], sex: number, valueId: number, weight: number): void {
    const cells = this.cells;
    for (let index = 0; index < layers.length; index++) {
      const at = tableOf[layers[index]!]! * SEXES + sex;
      let counts = cells[at];
      if (counts === undefined) cells[at] = counts = new Map();
      counts.set(valueId, (counts.get(valueId) ?? 0) + weight);
    }
  }

  /** Adds `weight` to one value of one table and sex. */
  add(table: number, sex: number, valueId: number, weight: number): void {
    this.reserve(table + 1);
    const at = table * SEXES + sex;
    let counts = this.cells[at];
    if (counts === undefined) this.cells[at] = counts = new Map();
    counts.set(valueId, (counts.get(valueId) ?? 0) + weight);
  }

  /** True when no value of the table has a count (a count of 0 is none). */
  isEmpty(table: number): boolean {
    for (let sex = 0; sex < SEXES; sex++) {
      const counts = this.cells[table * SEXES + sex];
      if (counts === undefined) continue;
      for (const count of counts.values()) if (count !== 0) return false;
    }
    return true;
  }

  /** One table's values for one sex, ascending, with their counts (values with count 0 left out). */
  countsOf(table: number, sex: number): MeasureCounts {
    const counts = table < 0 ? undefined : this.cells[table * SEXES + sex];
    if (counts === undefined) return { values: new Float64Array(0), counts: new Float64Array(0), n: 0 };
    const entries: [number, number][] = [];
    for (const [id, count] of counts) if (count > 0) entries.push([this.values.values[id]!, count]);
    entries.sort((a, b) => a[0] - b[0]);
    const values = new Float64Array(entries.length);
    const weights = new Float64Array(entries.length);
    let n = 0;
    entries.forEach(([value, count], index) => {
      values[index] = value;
      weights[index] = count;
      n += count;
    });
    return { values, counts: weights, n };
  }

  /** Tables 0 to `tables` - 1 as (table, sex, value, count) runs (the values themselves, not ids), for another thread. */
  toPlain(tables: number): Float64Array {
    let length = 0;
    const end = Math.min(this.cells.length, tables * SEXES);
    for (let at = 0; at < end; at++) length += (this.cells[at]?.size ?? 0) * 4;
    const runs = new Float64Array(length);
    let write = 0;
    for (let at = 0; at < end; at++) {
      const counts = this.cells[at];
      if (counts === undefined) continue;
      const table = Math.floor(at / SEXES);
      for (const [id, count] of counts) {
        runs[write++] = table;
        runs[write++] = at - table * SEXES;
        runs[write++] = this.values.values[id]!;
        runs[write++] = count;
      }
    }
    return runs;
  }

  /** Adds runs made by `toPlain`; its table t goes to `tableIds[t]` (left out when undefined). */
  addPlain(runs: Float64Array, tableIds: readonly (number | undefined)[]): void {
    for (let at = 0; at < runs.length; at += 4) {
      const into = tableIds[runs[at]!];
      if (into === undefined) continue;
      this.add(into, runs[at + 1]!, this.values.idOf(runs[at + 2]!), runs[at + 3]!);
    }
  }
}
