/**
 * The cells of a numeric step (`measure:`): per table and sex, a map from the values
 * seen to their counts (weighted like any case: a `count:` column, or a sex column of a
 * table wide by sex), so that memory grows with the distinct values, not with the rows.
 *
 * Values are interned once per step (MeasureValues: number → small id, in the order
 * first seen, so the common values get the small ids). The first DENSE_VALUES ids are
 * counted in blocks of BLOCK ids (DenseBlocks: one addition per layer, no hashing; most
 * measures, days or hours, have a few hundred distinct values), the others in a map per
 * table and sex keyed by id. A block is made only when its table and sex first counts one
 * of its ids, and its counts are 16-bit until one passes 65,535 (then that block moves to
 * 64-bit floats, exact like any count in jamstat), so memory follows the (table, sex,
 * value) cells actually counted, at two bytes a count. Between threads the cells travel as
 * the values by id, each table's block directory, the blocks as they lie and
 * (table, sex, id, count) runs for the rest (toPlain), and are interned again on arrival.
 *
 * Measured (bench/bench.yml with a measure step on Ålder, 1 M rows): maps alone cost
 * some 0.2 s of CPU time, about what the dense counts save. Before the blocks, a table held
 * 256 float counts per sex from its start (6 KB), and values past 256 went to maps: 7 MB of
 * counts at 1 M rows of bench.yml's Handläggningstid (1,149 tables, 439 values), peak
 * array buffers 12.3 MB in one thread against 4.5 MB without the step; with the blocks the
 * counts take 1.8 MB (2.5 MB at 10 M rows) and the peak stays at 4.5 MB.
 */
import { SEX_CATEGORIES, type CellStore } from './cell-store.js';

/** Value ids counted in blocks (more distinct values go to maps). */
export const DENSE_VALUES = 512;

/** Ids per block: few enough that a small table's few values take little room, many enough that the directory stays small. */
export const BLOCK = 32;
const BLOCK_SHIFT = 5;

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

/** Tables per page of dense counts. */
const PAGE_TABLES = 64;
const PAGE_SHIFT = 6;
/** Directory entries per table and sex: one per block of ids below DENSE_VALUES. */
const ROOM = DENSE_VALUES / BLOCK;
/** Blocks taken by a page's directory (at its start, so that block numbers above it are free to name blocks). */
const DIRECTORY_BLOCKS = (PAGE_TABLES * SEXES * ROOM) / BLOCK;
/** Blocks a page holds in its own array after the directory: the counts the loop reaches with one read more than a flat array. */
const IN_PAGE_BLOCKS = 768;
/** The first block number past the page's own array: from here on blocks lie in the page's chunks. */
const FIRST_CHUNKED = DIRECTORY_BLOCKS + IN_PAGE_BLOCKS;
/** Blocks per chunk (8 KB): a page's further blocks are added a chunk at a time, never by copying the page. */
const CHUNK_BLOCKS = 128;
const CHUNK_SHIFT = 7;
/** Directory entries from here on name a wide block (entry − WIDE); below, a narrow block of the page. */
const WIDE = 0x8000;
/** The largest count a narrow (16-bit) block holds. */
const NARROW_MAX = 0xffff;

/**
 * The counts of ids below DENSE_VALUES, in pages of PAGE_TABLES tables added as tables
 * open (opening a table never copies the others). A page is a Uint16Array: first its
 * directory, per table and sex ROOM entries, one per block of BLOCK ids (0: no block yet;
 * k < WIDE: narrow block k of the page; WIDE + w: block w of the page's Float64Array of
 * wide blocks), then IN_PAGE_BLOCKS narrow blocks; narrow blocks from FIRST_CHUNKED on lie
 * in chunks of CHUNK_BLOCKS added as needed. Blocks are handed out as a table and sex first
 * counts one of their ids, and the ids seen first (the common values) are counted first,
 * so most rows reach their count with two reads of one array. A page never grows by
 * copying: copies would leave the old arrays to the garbage collector (at 1 M rows of
 * bench.yml, two to four times the pages' size). A narrow block whose count would pass
 * 65,535 (or take a fraction) moves to a wide one; its old place is left zeroed.
 */
class DenseBlocks {
  /** Per page: its directory and first narrow blocks. */
  private narrow: Uint16Array[] = [];
  /** Per page: its further narrow blocks. */
  private chunks: Uint16Array[][] = [];
  /** Per page: narrow block numbers handed out (from DIRECTORY_BLOCKS on). */
  private narrowUsed: number[] = [];
  /** Per page: its wide blocks (null until one is needed) and how many are in use. */
  private wide: (Float64Array | null)[] = [];
  private wideUsed: number[] = [];

  /** Pages made (PAGE_TABLES tables each). */
  get pages(): number {
    return this.narrow.length;
  }

  /** Makes room for tables 0 to `tables` - 1. */
  reserve(tables: number): void {
    while (this.narrow.length * PAGE_TABLES < tables) {
      this.narrow.push(new Uint16Array(FIRST_CHUNKED * BLOCK));
      this.chunks.push([]);
      this.narrowUsed.push(DIRECTORY_BLOCKS);
      this.wide.push(null);
      this.wideUsed.push(0);
    }
  }

  /**
   * Adds `weight` to the (sex, id) count of each table `tableOf[layer]` of the layers (room
   * reserved: no check per row). The usual case, a narrow block in the page's own array
   * whose count stays within 16 bits, is inline; the rest is not.
   */
  addToTables(tableOf: Int32Array, layers: readonly number[], sex: number, id: number, weight: number): void {
    const pages = this.narrow;
    const entryInTable = sex * ROOM + (id >> BLOCK_SHIFT);
    const inBlock = id & (BLOCK - 1);
    for (let index = 0; index < layers.length; index++) {
      const table = tableOf[layers[index]!]!;
      const page = pages[table >> PAGE_SHIFT]!;
      const at = (table & (PAGE_TABLES - 1)) * SEXES * ROOM + entryInTable;
      const entry = page[at]!;
      if (entry !== 0 && entry < FIRST_CHUNKED) {
        const cell = (entry << BLOCK_SHIFT) | inBlock;
        const sum = page[cell]! + weight;
        // A whole number from 0 to 65,535 (a fraction, a negative or a larger sum fails).
        if ((sum & NARROW_MAX) === sum) {
          page[cell] = sum;
          continue;
        }
      }
      this.addAt(table >> PAGE_SHIFT, at, inBlock, weight);
    }
  }

  /** The narrow block `entry` of page `index`: its array and where the block starts in it. */
  private narrowBlock(index: number, entry: number): { readonly counts: Uint16Array; readonly start: number } {
    if (entry < FIRST_CHUNKED) return { counts: this.narrow[index]!, start: entry << BLOCK_SHIFT };
    const chunked = entry - FIRST_CHUNKED;
    return { counts: this.chunks[index]![chunked >> CHUNK_SHIFT]!, start: (chunked & (CHUNK_BLOCKS - 1)) << BLOCK_SHIFT };
  }

  /**
   * Adds `weight` to the count `inBlock` of the block of directory entry `at` of page
   * `index`: makes the block if there is none (a narrow one, or a wide one when the weight
   * does not fit 16 bits), and moves a narrow block whose count would not fit to a wide one.
   */
  private addAt(index: number, at: number, inBlock: number, weight: number): void {
    const directory = this.narrow[index]!;
    let entry = directory[at]!;
    if (entry === 0) {
      // A count of 0 is none: no block for it.
      if (weight === 0) return;
      entry = (weight & NARROW_MAX) === weight ? this.takeNarrow(index) : WIDE + this.takeWide(index);
      directory[at] = entry;
    }
    if (entry < WIDE) {
      const { counts, start } = this.narrowBlock(index, entry);
      const sum = counts[start + inBlock]! + weight;
      if ((sum & NARROW_MAX) === sum) {
        counts[start + inBlock] = sum;
        return;
      }
      const wide = this.takeWide(index);
      this.wide[index]!.set(counts.subarray(start, start + BLOCK), wide * BLOCK);
      counts.fill(0, start, start + BLOCK);
      entry = WIDE + wide;
      directory[at] = entry;
    }
    this.wide[index]![(entry - WIDE) * BLOCK + inBlock]! += weight;
  }

  /** A new narrow block of page `index` (its number in the page), a chunk added when the last is full. */
  private takeNarrow(index: number): number {
    const block = this.narrowUsed[index]!++;
    if (block >= WIDE) throw new Error('measure store: a page ran out of block numbers');
    if (block >= FIRST_CHUNKED && ((block - FIRST_CHUNKED) & (CHUNK_BLOCKS - 1)) === 0) this.chunks[index]!.push(new Uint16Array(CHUNK_BLOCKS * BLOCK));
    return block;
  }

  /** A new wide block of page `index` (its number among the page's wide blocks); rare, so the array doubles. */
  private takeWide(index: number): number {
    const block = this.wideUsed[index]!++;
    const wide = this.wide[index] ?? null;
    if (wide === null || (block + 1) * BLOCK > wide.length) {
      const grown = new Float64Array(Math.max(4, (block + 1) * 2) * BLOCK);
      if (wide !== null) grown.set(wide);
      this.wide[index] = grown;
    }
    return block;
  }

  /** Adds `weight` to one count. */
  add(table: number, sex: number, id: number, weight: number): void {
    this.reserve(table + 1);
    this.addAt(table >> PAGE_SHIFT, entryAt(table, sex, id >> BLOCK_SHIFT), id & (BLOCK - 1), weight);
  }

  /** The counts of one block of ids of a table and sex (a view, BLOCK long), or null when it has none. */
  blockAt(table: number, sex: number, blockInSex: number): Uint16Array | Float64Array | null {
    const index = table >> PAGE_SHIFT;
    const page = this.narrow[index];
    if (page === undefined) return null;
    const entry = page[entryAt(table, sex, blockInSex)]!;
    if (entry === 0) return null;
    if (entry >= WIDE) return this.wide[index]!.subarray((entry - WIDE) * BLOCK, (entry - WIDE + 1) * BLOCK);
    const { counts, start } = this.narrowBlock(index, entry);
    return counts.subarray(start, start + BLOCK);
  }

  /**
   * For each id counted (> 0) in a table and sex: its rank `rankOfId[id]` into `ranks` (from
   * 0, in id order) and its count into `countOfRank[rank]`; returns how many. Reads the
   * blocks in place (no view per block: made for every table of every row, views cost more
   * than the reading).
   */
  gather(table: number, sex: number, rankOfId: Int32Array, ranks: Int32Array, countOfRank: Float64Array): number {
    const index = table >> PAGE_SHIFT;
    const page = this.narrow[index];
    if (page === undefined) return 0;
    let kept = 0;
    const first = entryAt(table, sex, 0);
    for (let block = 0; block < ROOM; block++) {
      const entry = page[first + block]!;
      if (entry === 0) continue;
      let counts: Uint16Array | Float64Array;
      let start: number;
      if (entry < FIRST_CHUNKED) {
        counts = page;
        start = entry << BLOCK_SHIFT;
      } else if (entry < WIDE) {
        counts = this.chunks[index]![(entry - FIRST_CHUNKED) >> CHUNK_SHIFT]!;
        start = ((entry - FIRST_CHUNKED) & (CHUNK_BLOCKS - 1)) << BLOCK_SHIFT;
      } else {
        counts = this.wide[index]!;
        start = (entry - WIDE) * BLOCK;
      }
      for (let inBlock = 0; inBlock < BLOCK; inBlock++) {
        const count = counts[start + inBlock]!;
        if (!(count > 0)) continue;
        const rank = rankOfId[block * BLOCK + inBlock]!;
        ranks[kept++] = rank;
        countOfRank[rank] = count;
      }
    }
    return kept;
  }

  /** True when every count of the table is 0. */
  isEmpty(table: number): boolean {
    for (let sex = 0; sex < SEXES; sex++) {
      for (let block = 0; block < ROOM; block++) {
        const counts = this.blockAt(table, sex, block);
        if (counts !== null) for (let id = 0; id < BLOCK; id++) if (counts[id] !== 0) return false;
      }
    }
    return true;
  }

  /** Per page its narrow numbers in use (directory and blocks, in block order) and its wide ones: what `copyInto` writes. */
  usedLengths(): { readonly narrow: number[]; readonly wide: number[] } {
    return { narrow: this.narrowUsed.map((blocks) => blocks * BLOCK), wide: this.wideUsed.map((blocks) => blocks * BLOCK) };
  }

  /**
   * Writes each page's narrow numbers in use one after the other into `narrow` (its own
   * array, then its chunks: block k of the page at k · BLOCK), and its wide ones into `wide`.
   */
  copyInto(narrow: Uint16Array, wide: Float64Array): void {
    let narrowAt = 0;
    let wideAt = 0;
    this.narrow.forEach((page, index) => {
      const used = this.narrowUsed[index]!;
      narrow.set(page.subarray(0, Math.min(used, FIRST_CHUNKED) * BLOCK), narrowAt);
      this.chunks[index]!.forEach((chunk, at) => {
        const blocks = Math.min(CHUNK_BLOCKS, used - FIRST_CHUNKED - at * CHUNK_BLOCKS);
        narrow.set(chunk.subarray(0, blocks * BLOCK), narrowAt + (FIRST_CHUNKED + at * CHUNK_BLOCKS) * BLOCK);
      });
      narrowAt += used * BLOCK;
      const wideLength = this.wideUsed[index]! * BLOCK;
      if (wideLength > 0) wide.set(this.wide[index]!.subarray(0, wideLength), wideAt);
      wideAt += wideLength;
    });
  }

  /** Bytes held by the pages. */
  get byteLength(): number {
    let bytes = 0;
    this.narrow.forEach((page, index) => {
      bytes += page.byteLength + (this.wide[index]?.byteLength ?? 0);
      for (const chunk of this.chunks[index]!) bytes += chunk.byteLength;
    });
    return bytes;
  }
}

/** The directory entry of a table, sex and block of ids within its page. */
function entryAt(table: number, sex: number, blockInSex: number): number {
  return (table & (PAGE_TABLES - 1)) * SEXES * ROOM + sex * ROOM + blockInSex;
}

/** Up to this many values of a table are ordered by sorting their ranks; more, by a scan over all ranks. */
const SORT_RANKS_BELOW = 48;

/** Length of the header of `toPlain`. */
const PLAIN_HEADER = 5;

/** Per table and sex: the counts of value ids below DENSE_VALUES in blocks (DenseBlocks), the others in a map (at table * 3 + sex). */
export class MeasureCells implements CellStore {
  readonly values = new MeasureValues();
  /** Ids below DENSE_VALUES. */
  private readonly dense = new DenseBlocks();
  private cells: (Map<number, number> | undefined)[] = [];

  /** Bytes of array buffers held by the counts (the block directory and the blocks; not the maps): what the memory tests measure. */
  get byteLength(): number {
    return this.dense.byteLength;
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

  /** Per dense id (below DENSE_VALUES) its rank among the dense values, and the values by rank: made again only when ids were added. */
  private rankOfId = new Int32Array(0);
  private valueOfRank = new Float64Array(0);
  /** Scratch of countsOf: the ranks counted in a table and sex, and their counts by rank. */
  private readonly ranksKept = new Int32Array(DENSE_VALUES);
  private readonly countOfRank = new Float64Array(DENSE_VALUES);

  private refreshRanks(): void {
    const values = this.values.values;
    const denseIds = Math.min(values.length, DENSE_VALUES);
    if (this.rankOfId.length === denseIds) return;
    const order = Int32Array.from({ length: denseIds }, (_, id) => id).sort((a, b) => values[a]! - values[b]!);
    this.rankOfId = new Int32Array(denseIds);
    this.valueOfRank = new Float64Array(denseIds);
    order.forEach((id, rank) => {
      this.rankOfId[id] = rank;
      this.valueOfRank[rank] = values[id]!;
    });
  }

  /**
   * One table's values for one sex, ascending, with their counts (values with count 0 left
   * out). Asked for every table of every group, stratum and period of the step (some 3,500
   * times per pass at 1 M rows of bench.yml): only the blocks the table and sex has are
   * read, the ranks (by value) of the ids counted there put in order (the values' order is
   * made once per step), and only the values kept in maps are sorted here, then merged.
   */
  countsOf(table: number, sex: number): MeasureCounts {
    if (table < 0) return { values: new Float64Array(0), counts: new Float64Array(0), n: 0 };
    this.refreshRanks();
    const { rankOfId, valueOfRank, ranksKept, countOfRank } = this;
    const denseKept = this.dense.gather(table, sex, rankOfId, ranksKept, countOfRank);
    // Few ranks are sorted; many are read off in rank order (sorting 400 numbers costs some 4 µs, the scan 1).
    const scan = denseKept > SORT_RANKS_BELOW;
    const ranks = scan ? ranksKept : ranksKept.subarray(0, denseKept).sort();
    if (scan) {
      let kept = 0;
      for (let rank = 0; kept < denseKept; rank++) if (countOfRank[rank]! > 0) ranks[kept++] = rank;
    }
    const values = this.values.values;
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
    let fromDense = 0;
    let fromMap = 0;
    for (let next = 0; next < size; next++) {
      let count: number;
      if (fromMap < mapped.length && (fromDense >= denseKept || mapped[fromMap]! < valueOfRank[ranks[fromDense]!]!)) {
        const value = mapped[fromMap++]!;
        sorted[next] = value;
        count = counts!.get(this.values.find(value)!)!;
      } else {
        const rank = ranks[fromDense++]!;
        sorted[next] = valueOfRank[rank]!;
        count = countOfRank[rank]!;
        // Left at 0 for the next table's scan.
        countOfRank[rank] = 0;
      }
      weights[next] = count;
      n += count;
    }
    return { values: sorted, counts: weights, n };
  }

  /**
   * Tables 0 to `tables` - 1 as plain numbers, for another thread, in one buffer (so that
   * it can be transferred): a header [value count V, directory room R, pages P, wide
   * numbers W, runs M], the V values by id, per page its narrow length (directory and
   * blocks, in Uint16 numbers) and its wide length, the W wide counts of the pages one after
   * the other, the (table, sex, value id, count) runs of the ids kept in maps; then, in the
   * same buffer after those numbers, the pages' narrow arrays (Uint16) one after the other.
   * The pages travel as they lie, at their own width (as floats, or as runs of four numbers
   * per cell, they would cost 4 and 16 times more).
   */
  toPlain(tables: number): Float64Array {
    const values = this.values.values;
    const lengths = this.dense.usedLengths();
    const narrowLength = lengths.narrow.reduce((sum, length) => sum + length, 0);
    const wideLength = lengths.wide.reduce((sum, length) => sum + length, 0);
    const pages = this.dense.pages;
    let runs = 0;
    for (let at = 0; at < Math.min(this.cells.length, tables * SEXES); at++) runs += this.cells[at]?.size ?? 0;
    const wideStart = PLAIN_HEADER + values.length + 2 * pages;
    const numbers = wideStart + wideLength + 4 * runs;
    // Narrow numbers are whole blocks of BLOCK × 2 bytes: a whole number of 8-byte numbers.
    const plain = new Float64Array(numbers + narrowLength / 4);
    plain.set([values.length, ROOM, pages, wideLength, runs]);
    plain.set(values, PLAIN_HEADER);
    plain.set(lengths.narrow, PLAIN_HEADER + values.length);
    plain.set(lengths.wide, PLAIN_HEADER + values.length + pages);
    // Written straight into the message: a copy first would be one more of its size.
    this.dense.copyInto(new Uint16Array(plain.buffer, plain.byteOffset + numbers * 8, narrowLength), plain.subarray(wideStart, wideStart + wideLength));
    let next = wideStart + wideLength;
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
    const [valueCount, room, pages, wideLength, runs] = plain.subarray(0, PLAIN_HEADER);
    // Its ids are its order of first sight: interned again here, by value.
    const idOf = new Int32Array(valueCount!);
    for (let id = 0; id < valueCount!; id++) idOf[id] = this.values.idOf(plain[PLAIN_HEADER + id]!);
    const lengthsStart = PLAIN_HEADER + valueCount!;
    const wideStart = lengthsStart + 2 * pages!;
    const runsStart = wideStart + wideLength!;
    const numbers = runsStart + 4 * runs!;
    let narrowAt = plain.byteOffset + numbers * 8;
    let wideAt = wideStart;
    for (let index = 0; index < pages!; index++) {
      const page = new Uint16Array(plain.buffer, narrowAt, plain[lengthsStart + index]!);
      const wide = plain.subarray(wideAt, wideAt + plain[lengthsStart + pages! + index]!);
      narrowAt += page.byteLength;
      wideAt += wide.length;
      for (let at = 0; at < PAGE_TABLES * SEXES * room!; at++) {
        const entry = page[at]!;
        if (entry === 0) continue;
        const into = tableIds[index * PAGE_TABLES + Math.floor(at / (SEXES * room!))];
        if (into === undefined) continue;
        const sex = Math.floor(at / room!) % SEXES;
        const firstId = (at % room!) * BLOCK;
        const counts = entry < WIDE ? page.subarray(entry * BLOCK, (entry + 1) * BLOCK) : wide.subarray((entry - WIDE) * BLOCK, (entry - WIDE + 1) * BLOCK);
        for (let inBlock = 0; inBlock < BLOCK && firstId + inBlock < valueCount!; inBlock++) {
          const count = counts[inBlock]!;
          if (count !== 0) this.add(into, sex, idOf[firstId + inBlock]!, count);
        }
      }
    }
    for (let at = runsStart; at < numbers; at += 4) {
      const into = tableIds[plain[at]!];
      if (into === undefined) continue;
      this.add(into, plain[at + 1]!, idOf[plain[at + 2]!]!, plain[at + 3]!);
    }
  }
}
