/**
 * The raw values of the sex column, counted for messages ("no sex value recognised";
 * children's or adults' words) without a string operation per row: rows are counted
 * per interned cell id and added to the value counts when they are read.
 */
import type { ValueTable } from './interned.js';
import { MAX_TRACKED_VALUES, SeenValues } from './sex.js';

/** Counts of the sex column's values (SeenValues), fed by cell ids. */
export class SeenSexValues {
  private readonly seen = new SeenValues();
  /** Rows per cell id, and how many of them have been added to `seen`. */
  private rowsById = new Float64Array(0);
  private readonly added: number[] = [];
  /** Cell ids in the order first seen. */
  private readonly order: number[] = [];

  constructor(private readonly values: ValueTable) {}

  /** Counts `times` cells (rows) by their id in the column's value table. */
  noteId(id: number, times = 1): void {
    if (id >= this.rowsById.length) {
      const grown = new Float64Array(Math.max(16, this.rowsById.length * 2, id + 1));
      grown.set(this.rowsById);
      this.rowsById = grown;
    }
    const before = this.rowsById[id]!;
    this.rowsById[id] = before + times;
    if (before === 0) {
      // First time: whether the value is tracked is decided now, as one pass would.
      this.seen.note(this.values.values[id]!, 0);
      this.order.push(id);
      this.added[id] = 0;
    }
  }

  /** Counts a cell that has no id (its column's value table is full). */
  noteText(raw: string, times = 1): void {
    this.seen.note(raw, times);
  }

  /** The counts by trimmed value, in the order first seen (at most MAX_TRACKED_VALUES values). */
  get counts(): ReadonlyMap<string, number> {
    this.flush();
    return this.seen.counts;
  }

  /** True when more distinct values were seen than are tracked: a merge could differ from one pass. */
  get full(): boolean {
    return this.seen.counts.size >= MAX_TRACKED_VALUES;
  }

  private flush(): void {
    for (const id of this.order) {
      const pending = this.rowsById[id]! - this.added[id]!;
      if (pending > 0) {
        const value = this.values.values[id]!.trim();
        const count = this.seen.counts.get(value);
        if (count !== undefined) this.seen.counts.set(value, count + pending);
        this.added[id] = this.rowsById[id]!;
      }
    }
  }
}
