/**
 * The cells of a numeric step (`measure:`): per table and sex, a map from the values
 * seen to their counts (weighted like any case: a `count:` column, or a sex column of a
 * table wide by sex), so that memory grows with the distinct values, not with the rows.
 *
 * Values are interned once per step (MeasureValues: number → small id). The first
 * DENSE_VALUES ids are counted in a flat array like categories (cell-store.ts: one
 * addition per layer, no hashing; most measures, days or hours, have a few hundred
 * distinct values), the others in a map per table and sex keyed by id. Either way memory
 * grows with the distinct values, never with the rows. Between threads the cells travel
 * as the values by id, the dense counts as they lie and (table, sex, id, count) runs for
 * the rest (toPlain), and are interned again on arrival: ids follow the order values are seen.
 *
 * Measured (bench/bench.yml with a measure step on Ålder, 1 M rows): maps alone cost
 * some 0.2 s of CPU time, about what the dense array saves.
 *
 * The dense counts lie in pages of PAGE_TABLES tables (DensePages), not in one flat array
 * doubled as tables open: with room for 256 ids a table takes 6 KB, and the flat array
 * held up to twice the tables opened, plus the old array until it was collected, plus a
 * copy made for the other thread (bench.yml, 1 M rows, 1,149 tables: 7 MB of counts held
 * in up to 12.6 MB, and 19 MB while growing, in each thread).
 */
import { SEX_CATEGORIES, type CellStore } from './cell-store.js';

/** Value ids counted in the dense array (more distinct values go to maps). */
export const DENSE_VALUES = 256;

const SEXES = SEX_CATEGORIES.length;

/** A numeric step's distinct values, each interned to a small id in the order first seen. */
export class MeasureValues {
  /** Per id, its value. */
  readonly values: number[] = [];
  private readonly ids = new Map<number, number>();

  /** `onNew` is told each new id. */
  constructor(private readonly onNew: (id: number) => void = () => undefined) {}

  /** The id of a value seen before (undefined for one never seen); -0 is 0. */
  find(value: number): number | undefined {
    return this.ids.get(value === 0 ? 0 : value);
  }

  /** The id of a value (interning it if new); -0 is 0. */
  idOf(value: number): number {
    const key = value === 0 ? 0 : value;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(key);
      this.onNew(id);
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

/** Tables per page of dense counts (at 256 ids, 393 KB a page). */
const PAGE_TABLES = 64;
const PAGE_SHIFT = 6;

/**
 * The dense counts of a numeric step: per table, sex and value id below the room, in
 * pages of PAGE_TABLES tables added as tables open, so that opening a table never copies
 * the others and room is never held for more than a page of tables not yet opened. The
 * room (ids per table and sex) doubles as ids are seen, up to DENSE_VALUES: rare, and
 * early (values are met in the first rows, when there are few tables).
 */
class DensePages {
  private roomNow = 8;
  private pages: Float64Array[] = [];

  /** Ids each table and sex has room for. */
  get room(): number {
    return this.roomNow;
  }

  /** Makes room for ids 0 to `ids` - 1, moving every count to the wider layout. */
  growRoom(ids: number): void {
    if (ids <= this.roomNow) return;
    const narrow = this.roomNow;
    const wider = Math.max(ids, narrow * 2);
    this.pages = this.pages.map((page) => {
      const grown = new Float64Array(PAGE_TABLES * SEXES * wider);
      for (let at = 0; at < PAGE_TABLES * SEXES; at++) grown.set(page.subarray(at * narrow, (at + 1) * narrow), at * wider);
      return grown;
    });
    this.roomNow = wider;
  }

  /** Makes room for tables 0 to `tables` - 1. */
  reserve(tables: number): void {
    while (this.pages.length * PAGE_TABLES < tables) this.pages.push(new Float64Array(PAGE_TABLES * SEXES * this.roomNow));
  }

  /** Adds `weight` to the (sex, id) count of each table `tableOf[layer]` of the layers (room reserved: no check per row). */
  addToTables(tableOf: Int32Array, layers: readonly number[], sex: number, id: number, weight: number): void {
    const pages = this.pages;
    const perTable = SEXES * this.roomNow;
    const cell = sex * this.roomNow + id;
    for (let index = 0; index < layers.length; index++) {
      const table = tableOf[layers[index]!]!;
      pages[table >> PAGE_SHIFT]![(table & (PAGE_TABLES - 1)) * perTable + cell]! += weight;
    }
  }

  /** Adds `weight` to one count. */
  add(table: number, sex: number, id: number, weight: number): void {
    this.reserve(table + 1);
    this.pages[table >> PAGE_SHIFT]![(table & (PAGE_TABLES - 1)) * SEXES * this.roomNow + sex * this.roomNow + id]! += weight;
  }

  /** One count (0 for a table never opened). */
  count(table: number, sex: number, id: number): number {
    const page = this.pages[table >> PAGE_SHIFT];
    return page === undefined ? 0 : page[(table & (PAGE_TABLES - 1)) * SEXES * this.roomNow + sex * this.roomNow + id]!;
  }

  /** One table and sex's counts by id (a view, `room` long), or null for a table never opened. */
  countsAt(table: number, sex: number): Float64Array | null {
    const page = this.pages[table >> PAGE_SHIFT];
    if (page === undefined) return null;
    const start = (table & (PAGE_TABLES - 1)) * SEXES * this.roomNow + sex * this.roomNow;
    return page.subarray(start, start + this.roomNow);
  }

  /** True when every count of the table is 0. */
  isEmpty(table: number): boolean {
    const page = this.pages[table >> PAGE_SHIFT];
    if (page === undefined) return true;
    const start = (table & (PAGE_TABLES - 1)) * SEXES * this.roomNow;
    for (let at = start; at < start + SEXES * this.roomNow; at++) if (page[at] !== 0) return false;
    return true;
  }

  /** How many numbers `copyInto` writes for tables 0 to `tables` - 1 (the opened ones). */
  plainLength(tables: number): number {
    return Math.min(tables, this.pages.length * PAGE_TABLES) * SEXES * this.roomNow;
  }

  /** Writes the counts of tables 0 to `tables` - 1 as one flat run (table, sex, id) into `into` at `offset`. */
  copyInto(into: Float64Array, offset: number, tables: number): void {
    const perPage = PAGE_TABLES * SEXES * this.roomNow;
    let left = this.plainLength(tables);
    for (let page = 0; left > 0; page++) {
      const length = Math.min(left, perPage);
      into.set(this.pages[page]!.subarray(0, length), offset);
      offset += length;
      left -= length;
    }
  }
}

/** Per table and sex: the counts of value ids below DENSE_VALUES in pages (DensePages), the others in a map (at table * 3 + sex). */
export class MeasureCells implements CellStore {
  readonly values: MeasureValues;
  /** Ids below DENSE_VALUES (room grows with the ids seen). */
  private readonly dense = new DensePages();
  private cells: (Map<number, number> | undefined)[] = [];

  constructor() {
    this.values = new MeasureValues((id) => {
      if (id < DENSE_VALUES) this.dense.growRoom(id + 1);
    });
  }

  /** Makes room for tables 0 to `tables` - 1 (a dense array of maps, so that the loop never meets a hole). */
  reserve(tables: number): void {
    this.dense.reserve(tables);
    const cells = this.cells;
    while (cells.length < tables * SEXES) cells.push(undefined);
  }

  /** Adds `weight` to the value `valueId` of the sex in each table `tableOf[layer]` of the layers (room reserved). */
  addToTables(tableOf: Int32Array, layers: readonly number[], sex: number, valueId: number, weight: number): void {
    if (valueId < DENSE_VALUES) {
      this.dense.addToTables(tableOf, layers, sex, valueId, weight);
      return;
    }
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
    if (valueId < DENSE_VALUES) {
      this.dense.add(table, sex, valueId, weight);
      return;
    }
    const at = table * SEXES + sex;
    let counts = this.cells[at];
    if (counts === undefined) this.cells[at] = counts = new Map();
    counts.set(valueId, (counts.get(valueId) ?? 0) + weight);
  }

  /** True when no value of the table has a count (a count of 0 is none). */
  isEmpty(table: number): boolean {
    if (!this.dense.isEmpty(table)) return false;
    for (let sex = 0; sex < SEXES; sex++) {
      const counts = this.cells[table * SEXES + sex];
      if (counts === undefined) continue;
      for (const count of counts.values()) if (count !== 0) return false;
    }
    return true;
  }

  /** The dense ids (below DENSE_VALUES) ordered by their values, made again only when ids were added. */
  private denseOrder = new Int32Array(0);

  private denseIdsByValue(): Int32Array {
    const values = this.values.values;
    const denseIds = Math.min(values.length, DENSE_VALUES);
    if (this.denseOrder.length !== denseIds) {
      this.denseOrder = Int32Array.from({ length: denseIds }, (_, id) => id).sort((a, b) => values[a]! - values[b]!);
    }
    return this.denseOrder;
  }

  /**
   * One table's values for one sex, ascending, with their counts (values with count 0 left
   * out). Asked for every table of every group, stratum and period of the step: the dense
   * counts are read in the order of their values (sorted once per step), and only the
   * values kept in maps are sorted here, as numbers, then merged (a pair per value, sorted
   * with a comparator, made garbage by the megabyte at 1 M rows).
   */
  countsOf(table: number, sex: number): MeasureCounts {
    if (table < 0) return { values: new Float64Array(0), counts: new Float64Array(0), n: 0 };
    const values = this.values.values;
    const order = this.denseIdsByValue();
    const dense = this.dense.countsAt(table, sex);
    let denseKept = 0;
    if (dense !== null) for (let index = 0; index < order.length; index++) if (dense[order[index]!]! > 0) denseKept++;
    const counts = this.cells[table * SEXES + sex];
    let mapped = new Float64Array(0);
    if (counts !== undefined) {
      const kept: number[] = [];
      for (const [id, count] of counts) if (count > 0) kept.push(values[id]!);
      // Distinct values: sorted as numbers, ascending.
      mapped = Float64Array.from(kept).sort();
    }
    const size = denseKept + mapped.length;
    const sorted = new Float64Array(size);
    const weights = new Float64Array(size);
    let n = 0;
    let next = 0;
    let fromDense = 0;
    let fromMap = 0;
    const take = (value: number, count: number): void => {
      sorted[next] = value;
      weights[next++] = count;
      n += count;
    };
    while (next < size) {
      while (dense !== null && fromDense < order.length && !(dense[order[fromDense]!]! > 0)) fromDense++;
      const denseValue = dense !== null && fromDense < order.length ? values[order[fromDense]!]! : Number.POSITIVE_INFINITY;
      if (fromMap < mapped.length && (fromDense >= order.length || dense === null || mapped[fromMap]! < denseValue)) {
        const value = mapped[fromMap++]!;
        take(value, counts!.get(this.values.find(value)!)!);
      } else {
        const id = order[fromDense++]!;
        take(values[id]!, dense![id]!);
      }
    }
    return { values: sorted, counts: weights, n };
  }

  /**
   * Tables 0 to `tables` - 1 as plain numbers, for another thread: a header [value count V,
   * dense room C, dense length D], the V values by id, the dense counts as they lie (D
   * numbers, tables × sexes × C), then (table, sex, value id, count) runs for the ids kept
   * in maps. The dense part is copied as it is: runs of four numbers per cell cost four
   * times its size (45 MB at 1 M rows of bench.yml's measure), and made as a JS array first,
   * twice that again.
   */
  toPlain(tables: number): Float64Array {
    const values = this.values.values;
    const denseLength = this.dense.plainLength(tables);
    let runs = 0;
    for (let at = 0; at < Math.min(this.cells.length, tables * SEXES); at++) runs += this.cells[at]?.size ?? 0;
    const plain = new Float64Array(3 + values.length + denseLength + 4 * runs);
    plain[0] = values.length;
    plain[1] = this.dense.room;
    plain[2] = denseLength;
    plain.set(values, 3);
    // Written straight into the message: a copy first would be one more of its size.
    this.dense.copyInto(plain, 3 + values.length, tables);
    let next = 3 + values.length + denseLength;
    for (let at = 0; at < Math.min(this.cells.length, tables * SEXES); at++) {
      const counts = this.cells[at];
      if (counts === undefined) continue;
      for (const [id, count] of counts) {
        plain[next++] = Math.floor(at / SEXES);
        plain[next++] = at % SEXES;
        plain[next++] = id;
        plain[next++] = count;
      }
    }
    return plain;
  }

  /** Adds cells made by `toPlain` of another store; its table t goes to `tableIds[t]` (left out when undefined). */
  addPlain(plain: Float64Array, tableIds: readonly (number | undefined)[]): void {
    const valueCount = plain[0]!;
    const room = plain[1]!;
    const denseLength = plain[2]!;
    // Its ids are its order of first sight: interned again here, by value.
    const idOf = new Int32Array(valueCount);
    for (let id = 0; id < valueCount; id++) idOf[id] = this.values.idOf(plain[3 + id]!);
    const denseStart = 3 + valueCount;
    const denseIds = Math.min(valueCount, room);
    for (let table = 0; table * SEXES * room < denseLength; table++) {
      const into = tableIds[table];
      if (into === undefined) continue;
      for (let sex = 0; sex < SEXES; sex++) {
        const from = denseStart + (table * SEXES + sex) * room;
        for (let id = 0; id < denseIds; id++) {
          const count = plain[from + id]!;
          if (count !== 0) this.add(into, sex, idOf[id]!, count);
        }
      }
    }
    for (let at = denseStart + denseLength; at < plain.length; at += 4) {
      const into = tableIds[plain[at]!];
      if (into === undefined) continue;
      this.add(into, plain[at + 1]!, idOf[plain[at + 2]!]!, plain[at + 3]!);
    }
  }
}
