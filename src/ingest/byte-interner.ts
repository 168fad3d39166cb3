/**
 * Interning cells from their bytes: the scanner hands the analysis a row as small ids,
 * one per wanted cell, without making a string per cell. A cell's text is decoded once,
 * the first time its bytes are seen in its column.
 */

/** A table that interns a column's cells (decoded, untrimmed) to ids; -1 when full. */
export interface ValueInterner {
  idOf(value: string): number;
}

/**
 * Per column, field bytes → id: an open-addressing hash table over a byte arena, in front
 * of which a direct-mapped cache keyed by the length and the first and last bytes finds
 * most cells of a column of few values without hashing.
 */
export class ByteInterner {
  private readonly recent = new Int32Array(1 << 12).fill(-1);
  private slots = new Int32Array(64).fill(-1);
  private hashes = new Int32Array(32);
  private starts = new Int32Array(32);
  private lengths = new Int32Array(32);
  private ids = new Int32Array(32);
  private arena = new Uint8Array(1024);
  private arenaUsed = 0;
  private count = 0;

  constructor(
    private readonly table: ValueInterner,
    private readonly decode: (bytes: Buffer, start: number, end: number) => string,
  ) {}

  /** The id of the cell in bytes[start, end); -1 when its table is full and the cell is new. */
  idOf(bytes: Buffer, start: number, end: number): number {
    const length = end - start;
    const shortcut = length === 0 ? 0 : ((length & 15) << 8) | ((bytes[start]! & 15) << 4) | (bytes[end - 1]! & 15);
    const recent = this.recent[shortcut]!;
    if (recent >= 0 && this.lengths[recent] === length) {
      const from = this.starts[recent]!;
      let same = true;
      for (let offset = 0; offset < length; offset++) {
        if (this.arena[from + offset] !== bytes[start + offset]) {
          same = false;
          break;
        }
      }
      if (same) return this.ids[recent]!;
    }
    const entry = this.lookUp(bytes, start, end);
    if (entry >= 0) {
      this.recent[shortcut] = entry;
      return this.ids[entry]!;
    }
    const id = this.table.idOf(this.decode(bytes, start, end));
    if (id >= 0) this.recent[shortcut] = this.insert(bytes, start, end, this.lastHash, id);
    return id;
  }

  private lastHash = 0;

  /** The entry of the cell in bytes[start, end), or -1. */
  private lookUp(bytes: Buffer, start: number, end: number): number {
    const length = end - start;
    // FNV-1a over four bytes at a time.
    let hash = Math.imul(0x811c9dc5 ^ length, 0x01000193);
    let at = start;
    for (; at + 4 <= end; at += 4) {
      hash = Math.imul(hash ^ (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)), 0x01000193);
    }
    for (; at < end; at++) hash = Math.imul(hash ^ bytes[at]!, 0x01000193);
    hash ^= hash >>> 15;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry < 0) break;
      if (this.hashes[entry] !== hash || this.lengths[entry] !== length) continue;
      const from = this.starts[entry]!;
      let same = true;
      for (let offset = 0; offset < length; offset++) {
        if (this.arena[from + offset] !== bytes[start + offset]) {
          same = false;
          break;
        }
      }
      if (same) return entry;
    }
    this.lastHash = hash;
    return -1;
  }

  private insert(bytes: Buffer, start: number, end: number, hash: number, id: number): number {
    const length = end - start;
    if (this.count >= this.hashes.length) {
      const grow = (old: Int32Array) => {
        const grown = new Int32Array(old.length * 2);
        grown.set(old);
        return grown;
      };
      this.hashes = grow(this.hashes);
      this.starts = grow(this.starts);
      this.lengths = grow(this.lengths);
      this.ids = grow(this.ids);
    }
    if (this.arenaUsed + length > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
      grown.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = grown;
    }
    this.arena.set(bytes.subarray(start, end), this.arenaUsed);
    const entry = this.count++;
    this.hashes[entry] = hash;
    this.starts[entry] = this.arenaUsed;
    this.lengths[entry] = length;
    this.ids[entry] = id;
    this.arenaUsed += length;
    if (this.count * 2 > this.slots.length) this.rehash();
    else this.place(entry);
    return entry;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry]! & mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }
}
