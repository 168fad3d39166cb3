/**
 * Remembering which case ids have been seen without keeping the ids: each id is kept
 * as a 52-bit hash in an open-addressing table of doubles, kept at most half full: 16 to
 * 32 bytes per id, so a million ids take 16–32 MB, whatever their length.
 *
 * Two different ids share a hash with probability 2^-52, so among n distinct ids the
 * chance that any pair collides, and one id is wrongly reported as a duplicate, is
 * about n² / 2^53: one in 900,000 for 100,000 ids, one in 9,000 for a million.
 */

/**
 * A 52-bit string hash: cyrb53 by bryc (public domain), two 32-bit multiplicative
 * hashes mixed together, cut to 52 bits so that it is exact in a double.
 */
export function hash52(text: string): number {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return (second & 0xfffff) * 0x100000000 + (first >>> 0);
}

const INITIAL_SLOTS = 1 << 10;

/** A set of ids, kept as hashes; `add` says whether the id was new. */
export class SeenIds {
  /** Slots hold hash + 1, so that 0 marks an empty slot. */
  private slots = new Float64Array(INITIAL_SLOTS);
  private size = 0;

  /** Adds an id; returns false when it (or, with the tiny chance above, an id with its hash) was seen before. */
  add(id: string): boolean {
    const stored = hash52(id) + 1;
    if (this.has(stored)) return false;
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    this.insert(stored);
    this.size++;
    return true;
  }

  private slotOf(stored: number): number {
    // The low 32 bits are well mixed; the table size is a power of two.
    return (stored % 0x100000000) & (this.slots.length - 1);
  }

  private has(stored: number): boolean {
    const mask = this.slots.length - 1;
    for (let slot = this.slotOf(stored); this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.slots[slot] === stored) return true;
    }
    return false;
  }

  private insert(stored: number): void {
    const mask = this.slots.length - 1;
    let slot = this.slotOf(stored);
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = stored;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (const stored of old) if (stored !== 0) this.insert(stored);
  }
}
