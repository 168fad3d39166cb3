/**
 * The index of every table a tally counts in. A table is addressed by a layer (a
 * grouping paired with a split) and two ids: its group and its split value. Tables
 * are numbered in the order they appear, across all layers; each step keeps its cells
 * by that number.
 *
 * One structure serves both the rows and the readers: per layer, a grid of table
 * numbers by group * stride + split (an array look-up per row and layer, no hashing),
 * and, for the rare layer whose grid would pass MAX_GRID_CELLS (many groups crossed with
 * many strata), a map that takes the tables that do not fit. Each table also records
 * its layer, group and split, so a layer's tables can be listed and a snapshot sent.
 * (The tally used to keep a map per layer as well as the grid; the map is now only the
 * overflow, and listing is by the per-table records.)
 *
 * A row is placed in all layers in one call (`placeRow`): a call per layer from the
 * row loop was not inlined by V8 and cost the loop about a sixth of its time.
 */

/** Grid entries per layer, at most (4 MiB); tables beyond it are kept in the layer's map. */
const MAX_GRID_CELLS = 1 << 20;
/** Group and split pack into one map key: group * SPLIT_SPACE + split. */
const SPLIT_SPACE = 2 ** 26;
const NOT_FOUND = -1;

/** Growable list of small integers. */
class IntList {
  values = new Int32Array(64);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/** A table's address, for lists and snapshots. */
export interface TableAddress {
  readonly layer: number;
  readonly group: number;
  readonly split: number;
}

/** Table numbers by (layer, group, split), allocated on first use. */
export class TableIndex {
  /** The number of tables: they are numbered 0 to count - 1. */
  count = 0;
  private readonly grids: Int32Array[];
  private readonly strides: Int32Array;
  private readonly overflow: Map<number, number>[];
  private readonly tablesOfLayer: IntList[];
  private readonly layerOf = new IntList();
  private readonly groupOf = new IntList();
  private readonly splitOf = new IntList();

  private readonly layerGrouping: Int32Array;
  private readonly layerSplit: Int32Array;

  constructor(layers: readonly { readonly grouping: number; readonly split: number }[]) {
    this.layerGrouping = Int32Array.from(layers, (layer) => layer.grouping);
    this.layerSplit = Int32Array.from(layers, (layer) => layer.split);
    const count = layers.length;
    this.grids = Array.from({ length: count }, () => new Int32Array(0));
    this.strides = new Int32Array(count).fill(1);
    this.overflow = Array.from({ length: count }, () => new Map());
    this.tablesOfLayer = Array.from({ length: count }, () => new IntList());
  }

  /**
   * The row's table in every layer, allocated if new: `rowTables[layer]` is the table of
   * the row's group and split in that layer (`groupIds` and `splitIds` by grouping and
   * split). One call per row; the hits are array look-ups.
   */
  placeRow(groupIds: Int32Array, splitIds: Int32Array, rowTables: Int32Array): void {
    const grids = this.grids;
    const strides = this.strides;
    for (let layer = 0; layer < rowTables.length; layer++) {
      const group = groupIds[this.layerGrouping[layer]!]!;
      const split = splitIds[this.layerSplit[layer]!]!;
      const stride = strides[layer]!;
      const grid = grids[layer]!;
      const at = group * stride + split;
      const index = split < stride && at < grid.length ? grid[at]! : NOT_FOUND;
      rowTables[layer] = index >= 0 ? index : this.findOrAdd(layer, group, split);
    }
  }

  /** The table of (layer, group, split), allocated if new. */
  indexOf(layer: number, group: number, split: number): number {
    const stride = this.strides[layer]!;
    if (split < stride) {
      const grid = this.grids[layer]!;
      const at = group * stride + split;
      if (at < grid.length) {
        const index = grid[at]!;
        if (index >= 0) return index;
      }
    }
    return this.findOrAdd(layer, group, split);
  }

  /** The table of (layer, group, split), or -1 when no row has reached it. */
  find(layer: number, group: number, split: number): number {
    const stride = this.strides[layer]!;
    const grid = this.grids[layer]!;
    const at = group * stride + split;
    if (split < stride && at < grid.length && grid[at]! >= 0) return grid[at]!;
    return this.overflow[layer]!.get(group * SPLIT_SPACE + split) ?? NOT_FOUND;
  }

  /** The tables of a layer, in the order they appeared. */
  tablesIn(layer: number): Int32Array {
    const list = this.tablesOfLayer[layer]!;
    return list.values.subarray(0, list.length);
  }

  /** Where a table is. */
  addressOf(table: number): TableAddress {
    return { layer: this.layerOf.values[table]!, group: this.groupOf.values[table]!, split: this.splitOf.values[table]! };
  }

  /** Every table's address as plain data, by table number (for a snapshot). */
  toPlain(): { readonly layers: Int32Array; readonly groups: Int32Array; readonly splits: Int32Array } {
    return {
      layers: this.layerOf.values.slice(0, this.count),
      groups: this.groupOf.values.slice(0, this.count),
      splits: this.splitOf.values.slice(0, this.count),
    };
  }

  private findOrAdd(layer: number, group: number, split: number): number {
    const found = this.find(layer, group, split);
    if (found >= 0) return found;
    const index = this.count++;
    this.tablesOfLayer[layer]!.push(index);
    this.layerOf.push(layer);
    this.groupOf.push(group);
    this.splitOf.push(split);
    if (this.makeRoom(layer, group, split)) this.grids[layer]![group * this.strides[layer]! + split] = index;
    else this.overflow[layer]!.set(group * SPLIT_SPACE + split, index);
    return index;
  }

  /** Grows the layer's grid to hold (group, split); false when it would pass MAX_GRID_CELLS. */
  private makeRoom(layer: number, group: number, split: number): boolean {
    const old = this.grids[layer]!;
    const oldStride = this.strides[layer]!;
    let stride = oldStride;
    while (split >= stride) stride *= 2;
    const groups = Math.max(group + 1, old.length / oldStride);
    if (groups * stride > MAX_GRID_CELLS) return false;
    if (stride === oldStride && (group + 1) * stride <= old.length) return true;
    // Grow (at least doubling), keeping what was there at its new place.
    const size = Math.min(MAX_GRID_CELLS, Math.max(groups * stride, stride === oldStride ? old.length * 2 : 0, 16));
    const grid = new Int32Array(Math.max(size, (group + 1) * stride)).fill(NOT_FOUND);
    for (let at = 0; at < old.length; at++) {
      const known = old[at]!;
      if (known >= 0) grid[Math.floor(at / oldStride) * stride + (at % oldStride)] = known;
    }
    this.grids[layer] = grid;
    this.strides[layer] = stride;
    return true;
  }
}
