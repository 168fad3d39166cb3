/**
 * Repeated rows held as counts. An extract of millions of rows has only tens of
 * thousands of distinct combinations of the cells a configuration reads, and a row counts
 * exactly as every other row with the same cells. So a row whose combination of cell ids
 * was seen before is only counted here, in a dense histogram indexed by those ids (mixed
 * radix: one increment, no hashing, 1 byte an entry), and the tally counts each combination once, with
 * the number of its repeats, when it is read.
 *
 * What stays as one pass would give it: the first row of each combination is counted by
 * the tally at once, at its line, so every group, stratum, table and sex value gets its
 * id in the same order, and a configuration error names the same row. The repeats then
 * only add to cells that exist (whole numbers: the sums are exact in any order).
 *
 * Measured (bench/bench.yml, 10 M rows): 11.2–11.9 s of CPU time down to about 8 s. An
 * open-addressing hash table of the combinations gave nothing: probing cost as much as
 * the counting it saved (the table does not stay in cache; the tally's per-column memos
 * do).
 */

/** Rows counted one by one before the histogram is laid out, with room for the values they had. */
export const WARM_UP_ROWS = 16_384;
/** Entries of the histogram, at most (2 MiB of counts); past it rows are counted one by one. */
export const MAX_ENTRIES = 1 << 21;
/**
 * The largest count an entry holds (the first row and its repeats); then its repeats are
 * handed back at once. One byte: at 1 M rows the histogram had 1.6 M entries (58,578
 * combinations), 3.2 MB a thread at two bytes. Handing a combination back every 255 rows
 * instead of every 65,535 cost no time that could be measured (1 M rows, in turns).
 */
export const MAX_HELD = 0xff;
/** Rows between checks that holding pays: when most rows are firsts of their combination, it does not. */
const CHECK_EVERY = 1 << 18;

/** What a histogram reads: per slot, how many distinct cells the slot's column has so far. */
export interface DistinctCounts {
  readonly length: number;
  distinct(slot: number): number;
}

/** Limits of a histogram (the defaults above; tests make them small). */
export interface HistogramLimits {
  readonly warmUpRows: number;
  readonly maxEntries: number;
}

/**
 * Counts of repeated rows by their combination of cell ids. The caller's row is in
 * `ids` (one id per slot; -1 for a cell that is not interned). `hold` says whether the
 * row was held; `flush` hands every held combination back to `countRepeats` with its
 * ids written into `ids` (the row being read is kept around it), and forgets them.
 */
export class RowHistogram {
  private readonly limits: HistogramLimits;
  /** Per slot, the ids the histogram has room for, and the stride of that slot's id in an index. */
  private readonly radix: Int32Array;
  private readonly strides: Int32Array;
  /** Per combination, 1 (its first row, counted) + the repeats held; 8 bits, so that it stays small in cache and in memory. */
  private counts = new Uint8Array(0);
  /** Indexes in use, in the order first seen. */
  private touched = new Int32Array(0);
  private touchedCount = 0;
  /** Rows seen, and how many of them were first of their combination, since the last check. */
  private rowsSinceCheck = 0;
  private firstsSinceCheck = 0;
  private rowsSeen = 0;
  private stopped = false;
  private readonly saved: Int32Array;
  /** The slots a combination is made of, ascending (every slot but those left out). */
  private readonly keySlots: Int32Array;

  /**
   * `leftOut`: slots that are not part of a combination (side-slots.ts): a held row may
   * differ from its combination's first row there, and its caller counts what reads them.
   */
  constructor(
    private readonly ids: Int32Array,
    private readonly columns: DistinctCounts,
    private readonly countRepeats: (rows: number) => void,
    limits: Partial<HistogramLimits> = {},
    leftOut: readonly number[] = [],
  ) {
    this.limits = { warmUpRows: WARM_UP_ROWS, maxEntries: MAX_ENTRIES, ...limits };
    this.radix = new Int32Array(ids.length);
    this.strides = new Int32Array(ids.length);
    this.saved = new Int32Array(ids.length);
    this.keySlots = Int32Array.from(Array.from(ids, (_, slot) => slot).filter((slot) => !leftOut.includes(slot)));
  }

  /** True once rows are counted one by one for good (too many combinations, or too few repeats). */
  get isStopped(): boolean {
    return this.stopped;
  }

  /**
   * Holds the row in `ids` when its combination was seen before (true); false when the
   * caller must count it now: the first of its combination, a cell not interned, or no
   * histogram (warming up or stopped).
   */
  hold(): boolean {
    if (this.counts.length === 0) {
      if (this.stopped || ++this.rowsSeen <= this.limits.warmUpRows || !this.layOut()) return false;
    }
    const ids = this.ids;
    const radix = this.radix;
    const strides = this.strides;
    const keySlots = this.keySlots;
    // Small integers throughout (an index is below MAX_ENTRIES): `| 0` keeps them so.
    let index = 0;
    for (let key = 0; key < keySlots.length; key++) {
      const slot = keySlots[key]!;
      const id = ids[slot]!;
      if (id < 0) return false;
      // A new value past the room laid out: the histogram grows, and the row is read again.
      if (id >= radix[slot]!) return this.grow(slot, id) && this.hold();
      index = (index + id * strides[slot]!) | 0;
    }
    const held = this.counts[index]!;
    if (held !== 0) {
      if (held === MAX_HELD) {
        // Full: the repeats and this row are handed back now (`ids` is this combination).
        this.counts[index] = 1;
        this.countRepeats(held);
      } else this.counts[index] = held + 1;
      if (++this.rowsSinceCheck >= CHECK_EVERY) this.check();
      return true;
    }
    this.counts[index] = 1;
    if (this.touchedCount === this.touched.length) {
      const grown = new Int32Array(Math.max(1024, this.touched.length * 2));
      grown.set(this.touched);
      this.touched = grown;
    }
    this.touched[this.touchedCount++] = index;
    this.firstsSinceCheck++;
    if (++this.rowsSinceCheck >= CHECK_EVERY) this.check();
    return false;
  }

  /** Hands every held combination back (`countRepeats` with its ids in `ids`) and forgets them. */
  flush(): void {
    if (this.touchedCount === 0) return;
    const ids = this.ids;
    this.saved.set(ids);
    const count = this.touchedCount;
    // Emptied first: `countRepeats` may read the tally, which flushes again.
    this.touchedCount = 0;
    for (let at = 0; at < count; at++) {
      const index = this.touched[at]!;
      const repeats = this.counts[index]! - 1;
      this.counts[index] = 0;
      if (repeats === 0) continue;
      let rest = index;
      for (let key = this.keySlots.length - 1; key >= 0; key--) {
        const slot = this.keySlots[key]!;
        const radix = this.radix[slot]!;
        ids[slot] = rest % radix;
        rest = (rest - ids[slot]!) / radix;
      }
      this.countRepeats(repeats);
    }
    ids.set(this.saved);
  }

  /**
   * After the warm-up rows (counted one by one), the histogram is laid out once with room
   * for the values they had: growing it from nothing left garbage enough to add 10 MB to
   * the peak memory.
   */
  private layOut(): boolean {
    for (const slot of this.keySlots) this.radix[slot] = Math.max(1, this.columns.distinct(slot));
    if (this.allocate()) return true;
    this.stop();
    return false;
  }

  /**
   * Makes room for a larger id in one slot: what is held is handed back, and the histogram
   * is laid out again with a quarter more room in that slot when it fits (the ids of a
   * column come in order, most in the first rows). False when it would not fit: rows are
   * then counted one by one for good.
   */
  private grow(slot: number, id: number): boolean {
    this.flush();
    const exact = id + 1;
    this.radix[slot] = exact + (exact >> 2);
    if (!this.allocate()) {
      this.radix[slot] = exact;
      if (!this.allocate()) {
        this.stop();
        return false;
      }
    }
    return true;
  }

  /** A histogram of the current radix, empty; false (nothing changed but the strides) when it would be too large. */
  private allocate(): boolean {
    let size = 1;
    for (let key = this.keySlots.length - 1; key >= 0; key--) {
      const slot = this.keySlots[key]!;
      this.strides[slot] = size;
      size *= this.radix[slot]!;
    }
    if (size > this.limits.maxEntries) return false;
    this.counts = new Uint8Array(size);
    if (this.touched.length === 0) this.touched = new Int32Array(1024);
    this.touchedCount = 0;
    return true;
  }

  /** Stops holding when most rows of the last stretch were the first of their combination. */
  private check(): void {
    const worthIt = this.firstsSinceCheck * 2 < this.rowsSinceCheck;
    this.rowsSinceCheck = 0;
    this.firstsSinceCheck = 0;
    if (!worthIt) this.stop();
  }

  /**
   * Hands everything back and holds no more rows (later rows are counted one by one): the
   * tally calls it when counting ends, so that the histogram's arrays (megabytes at 1 M
   * rows) are garbage before the analysis, the run's peak of memory, begins.
   */
  stop(): void {
    this.flush();
    this.stopped = true;
    this.counts = new Uint8Array(0);
    this.touched = new Int32Array(0);
  }
}
