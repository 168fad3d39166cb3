/**
 * Interning a row's cells to small ids, and caching what is computed from them. Most
 * columns a configuration reads hold a few dozen distinct values over millions of rows,
 * so whatever a row's group, stratum, sex or outcome is can be worked out once per
 * distinct combination of the cells it depends on and then looked up by id: no strings
 * are built or compared per row.
 */

/**
 * Distinct values interned per column. Ids stay below 2^16 so that up to three of them
 * pack into one safe integer key; a column with more values (an id, a personnummer)
 * keeps its first ones and leaves the rest to be read as text, so memory stays flat.
 */
export const MAX_INTERNED_VALUES = 1 << 16;

/** The distinct cells of one column, each with an id in the order first seen. */
export class ValueTable {
  /** Per id, the cell as read (untrimmed). */
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  /** True once a cell was left out because the table was full: `values` is then not every cell seen. */
  overflowed = false;

  /** The id of a cell, interning it if new; -1 when the table is full and the cell is new. */
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      if (this.values.length >= MAX_INTERNED_VALUES) {
        this.overflowed = true;
        return -1;
      }
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/**
 * The cells of the row being counted, as ids into each used column's table (`slots`
 * index the used columns); a cell whose table is full has id -1 and its text in
 * `overflow`.
 */
export interface InternedRow {
  readonly ids: Int32Array;
  readonly overflow: string[];
}

const ID_SPACE = MAX_INTERNED_VALUES;
/** Combinations of two or three cells cached per function, at most; past it they are computed. */
const MAX_CACHED_COMBINATIONS = 1 << 18;
/** Entries of a two-column grid, at most (8 MiB); larger pairs of ids go to the map. */
const MAX_GRID = 1 << 20;

/**
 * A row function of a few columns, cached by the ids of their cells. `compute` works
 * out the value for the current row from its text (on the first row with those cells,
 * or on every row when a cell is not interned or when it depends on more than three
 * columns); it may throw, as the uncached function would on the same row.
 */
export class Memo {
  /** One or two columns (or none): values in a grid by first id * stride + second id, while small. */
  private grid = new Float64Array(0);
  private stride = 1;
  private readonly gridded: boolean;
  /** The slots of the first and second column; -1 when there is none (its id counts as 0). */
  private readonly firstSlot: number;
  private readonly secondSlot: number;
  private readonly multi = new Map<number, number>();

  constructor(
    private readonly slots: readonly number[],
    private readonly compute: () => number,
  ) {
    this.gridded = slots.length <= 2;
    this.firstSlot = slots.length >= 1 ? slots[0]! : -1;
    this.secondSlot = slots.length === 2 ? slots[1]! : -1;
  }

  /** The value for the row whose cell ids are `ids`. Kept small so that it inlines: the rest is in `miss`. */
  get(ids: Int32Array): number {
    if (this.gridded) {
      const first = this.firstSlot < 0 ? 0 : ids[this.firstSlot]!;
      const second = this.secondSlot < 0 ? 0 : ids[this.secondSlot]!;
      if (first >= 0 && second >= 0 && second < this.stride) {
        const at = first * this.stride + second;
        if (at < this.grid.length) {
          const cached = this.grid[at]!;
          if (cached === cached) return cached;
        }
      }
    }
    return this.miss(ids);
  }

  private miss(ids: Int32Array): number {
    let key = 0;
    if (this.gridded) {
      const first = this.firstSlot < 0 ? 0 : ids[this.firstSlot]!;
      const second = this.secondSlot < 0 ? 0 : ids[this.secondSlot]!;
      if (first < 0 || second < 0) return this.compute();
      key = first * ID_SPACE + second;
      const known = this.multi.get(key);
      if (known !== undefined) return known;
      const value = this.compute();
      if (this.growGrid(first, second)) this.grid[first * this.stride + second] = value;
      else if (this.multi.size < MAX_CACHED_COMBINATIONS) this.multi.set(key, value);
      return value;
    }
    // Three columns pack into one safe integer; more are computed every time.
    if (this.slots.length > 3) return this.compute();
    for (const slot of this.slots) {
      const id = ids[slot]!;
      if (id < 0) return this.compute();
      key = key * ID_SPACE + id;
    }
    const cached = this.multi.get(key);
    if (cached !== undefined) return cached;
    const value = this.compute();
    if (this.multi.size < MAX_CACHED_COMBINATIONS) this.multi.set(key, value);
    return value;
  }

  /** Makes room in the grid for (first, second); false when the grid would be too large (the map is used). */
  private growGrid(first: number, second: number): boolean {
    let stride = this.stride;
    while (second >= stride) stride *= 2;
    const rows = Math.max(first + 1, this.grid.length / this.stride);
    if (rows * stride > MAX_GRID) return false;
    if (stride === this.stride && (first + 1) * stride <= this.grid.length) return true;
    const size = Math.min(MAX_GRID, Math.max(rows * stride, stride === this.stride ? this.grid.length * 2 : 0, 16));
    const grid = new Float64Array(Math.max(size, (first + 1) * stride)).fill(Number.NaN);
    for (let at = 0; at < this.grid.length; at++) {
      const known = this.grid[at]!;
      if (known === known) grid[Math.floor(at / this.stride) * stride + (at % this.stride)] = known;
    }
    this.grid = grid;
    this.stride = stride;
    return true;
  }
}
