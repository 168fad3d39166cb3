/**
 * The cells a step counts into: per table, per sex, one count per outcome category.
 * The layout is decided by the step's outcome kind, and nothing outside src/tally/
 * sees it: readers get a table's counts through the tally's accessors.
 *
 * A binary outcome (yes/no) has two categories; a categorical one (`categories:`) as many
 * as its column has values, the store growing as values are discovered while reading
 * (step-categories.ts interns them). A numeric outcome (`measure:`) has its own store
 * (measure-store.ts), a value → count map per sex and table, so that memory grows with
 * the distinct values and not with the rows.
 */
import type { SexCategory } from '../config/types.js';

/** What a step's outcome is; it decides the store's layout. */
export type OutcomeKind =
  | { readonly kind: 'binary' }
  /** A column's values as categories: `values` listed (in display order) or null (every value seen), `other` pooling the rest. */
  | { readonly kind: 'categories'; readonly values: readonly string[] | null; readonly ordered: boolean; readonly other: string | null }
  | { readonly kind: 'measure' };

/** The sexes in the order of their cells; a row's sex is counted as its index here. */
export const SEX_CATEGORIES: readonly SexCategory[] = ['female', 'male', 'other'];
/** The categories of a binary outcome, by index. */
export const YES = 0;
export const NO = 1;

/** A binary outcome's counts for one sex. */
export interface OutcomeCounts {
  readonly yes: number;
  readonly no: number;
}

/** A table of a binary outcome: yes and no counts for each sex. */
export interface TableCounts {
  readonly female: OutcomeCounts;
  readonly male: OutcomeCounts;
  readonly other: OutcomeCounts;
}

/**
 * What the tally asks of a store, whatever the outcome kind. A row's `value` is what the
 * step's outcome function gives: a category index here; for a numeric outcome the id of
 * its number (measure-store.ts), counted per sex and table in blocks of values (maps past
 * the first ids), and sent in one Float64Array (MeasureCells.toPlain says how).
 */
export interface CellStore {
  reserve(tables: number): void;
  addToTables(tableOf: Int32Array, layers: readonly number[], sex: number, value: number, weight: number): void;
  add(table: number, sex: number, value: number, weight: number): void;
  isEmpty(table: number): boolean;
  toPlain(tables: number): Float64Array;
}

/** Tables made room for at first, per step. */
const INITIAL_TABLES = 64;

/**
 * Counts per table, sex and category in one flat array: table t, sex s, category c is
 * at (t * sexes + s) * categories + c. Grown as tables appear.
 */
export class CategoryCells implements CellStore {
  /** Cells per table: one per sex and category. */
  private cellsPerTableNow: number;
  private categoriesNow: number;
  private cells: Float64Array;

  /** `categories`: the categories made room for at first (more with `growCategories`). */
  constructor(categories: number) {
    this.categoriesNow = categories;
    this.cellsPerTableNow = SEX_CATEGORIES.length * categories;
    this.cells = new Float64Array(INITIAL_TABLES * this.cellsPerTableNow);
  }

  /** The categories each table has room for. */
  get categories(): number {
    return this.categoriesNow;
  }

  /** Cells per table: one per sex and category. */
  get cellsPerTable(): number {
    return this.cellsPerTableNow;
  }

  /**
   * Makes room for categories 0 to `categories` - 1, moving every count to the wider
   * layout: rare (a categorical step's new value, doubling the room), never per row.
   */
  growCategories(categories: number): void {
    if (categories <= this.categoriesNow) return;
    const wider = Math.max(categories, this.categoriesNow * 2);
    const sexes = SEX_CATEGORIES.length;
    const tables = this.cells.length / this.cellsPerTableNow;
    const grown = new Float64Array(tables * sexes * wider);
    for (let table = 0; table < tables; table++) {
      for (let sex = 0; sex < sexes; sex++) {
        const from = (table * sexes + sex) * this.categoriesNow;
        grown.set(this.cells.subarray(from, from + this.categoriesNow), (table * sexes + sex) * wider);
      }
    }
    this.cells = grown;
    this.categoriesNow = wider;
    this.cellsPerTableNow = sexes * wider;
  }

  /** Makes room for tables 0 to `tables` - 1. */
  reserve(tables: number): void {
    if (tables * this.cellsPerTable > this.cells.length) this.grow(tables);
  }

  private grow(tables: number): void {
    const grown = new Float64Array(Math.max(this.cells.length * 2, tables * this.cellsPerTable));
    grown.set(this.cells);
    this.cells = grown;
  }

  /**
   * Adds `weight` to the (sex, category) cell of each table `tableOf[layer]` for the
   * given layers: one row counted in every table it belongs to. Room must be reserved
   * (`reserve`): checking it here, per row and step, costs the loop measurably.
   */
  addToTables(tableOf: Int32Array, layers: readonly number[], sex: number, category: number, weight: number): void {
    const cells = this.cells;
    const cellsPerTable = this.cellsPerTableNow;
    const cell = sex * this.categoriesNow + category;
    for (let index = 0; index < layers.length; index++) cells[tableOf[layers[index]!]! * cellsPerTable + cell]! += weight;
  }

  /** Adds `weight` to one cell. */
  add(table: number, sex: number, category: number, weight: number): void {
    this.reserve(table + 1);
    this.cells[table * this.cellsPerTableNow + sex * this.categoriesNow + category]! += weight;
  }

  /** One cell's count (0 for a table this store never counted in). */
  count(table: number, sex: number, category: number): number {
    const at = table * this.cellsPerTable + sex * this.categories + category;
    return at < this.cells.length ? this.cells[at]! : 0;
  }

  /** True when every cell of the table is 0. */
  isEmpty(table: number): boolean {
    const start = table * this.cellsPerTable;
    const end = Math.min(start + this.cellsPerTable, this.cells.length);
    for (let at = start; at < end; at++) if (this.cells[at] !== 0) return false;
    return true;
  }

  /** The cells of tables 0 to `tables` - 1 as plain data (a copy), for sending to another thread. */
  toPlain(tables: number): Float64Array {
    return this.cells.slice(0, Math.min(this.cells.length, tables * this.cellsPerTable));
  }

  /** Adds cells made by `toPlain` of a store of the same kind and layout; its table t goes to `tableIds[t]` (left out when undefined). */
  addPlain(cells: Float64Array, tableIds: readonly (number | undefined)[]): void {
    const cellsPerTable = this.cellsPerTable;
    for (let table = 0; table * cellsPerTable < cells.length; table++) {
      const into = tableIds[table];
      if (into === undefined) continue;
      this.reserve(into + 1);
      for (let cell = 0; cell < cellsPerTable; cell++) this.cells[into * cellsPerTable + cell]! += cells[table * cellsPerTable + cell]!;
    }
  }

  /**
   * Adds cells made by `toPlain` of a store with room for `fromCategories` categories,
   * whose category c is this store's `categoryIds[c]` (categories are numbered in the
   * order each part of the input saw them); tables as in `addPlain`.
   */
  addPlainCategories(cells: Float64Array, fromCategories: number, categoryIds: readonly number[], tableIds: readonly (number | undefined)[]): void {
    const sexes = SEX_CATEGORIES.length;
    const fromPerTable = sexes * fromCategories;
    this.growCategories(Math.max(0, ...categoryIds) + 1);
    for (let table = 0; table * fromPerTable < cells.length; table++) {
      const into = tableIds[table];
      if (into === undefined) continue;
      this.reserve(into + 1);
      for (let sex = 0; sex < sexes; sex++) {
        for (let category = 0; category < categoryIds.length; category++) {
          const count = cells[table * fromPerTable + sex * fromCategories + category]!;
          if (count !== 0) this.cells[into * this.cellsPerTable + sex * this.categories + categoryIds[category]!]! += count;
        }
      }
    }
  }
}

/** Categories a categorical step without a list of values makes room for at first. */
const INITIAL_CATEGORIES = 8;

/** The store of a yes/no or categorical outcome (a numeric one has its own: measure-store.ts). */
export function cellStoreFor(kind: Exclude<OutcomeKind, { kind: 'measure' }>): CategoryCells {
  switch (kind.kind) {
    case 'binary':
      return new CategoryCells(2);
    case 'categories':
      // Listed values, and `other` after them; else room to grow.
      return new CategoryCells(kind.values === null ? INITIAL_CATEGORIES : kind.values.length + 1);
  }
}

/** A binary table's counts by sex and outcome. */
export function binaryCounts(store: CategoryCells, table: number): TableCounts {
  const of = (sex: number): OutcomeCounts => ({ yes: store.count(table, sex, YES), no: store.count(table, sex, NO) });
  return { female: of(0), male: of(1), other: of(2) };
}

/** A table with no counts, for a table a step never counted in. */
export const EMPTY_TABLE: TableCounts = Object.freeze({
  female: Object.freeze({ yes: 0, no: 0 }),
  male: Object.freeze({ yes: 0, no: 0 }),
  other: Object.freeze({ yes: 0, no: 0 }),
});

/** True when a table counts no one. */
export function isEmptyTable(counts: TableCounts): boolean {
  return SEX_CATEGORIES.every((sex) => counts[sex].yes === 0 && counts[sex].no === 0);
}
