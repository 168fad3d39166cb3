/**
 * The fast reader: reads an extract's bytes without decoding them, finds the fields
 * and hands the cells a caller wants as interned ids (a hash of the bytes looked up
 * per column, decoded once per distinct value). Decoding, UTF-8 checks and the
 * Windows-1252 undefined bytes are dealt with per block, so the file is read once.
 *
 * It reads what readExtract reads and reports the same rows, lines and file info; a
 * row it cannot be sure of (a wrong field count, a possible total row, trailing
 * fields) is decoded and handed over as text. Anything unusual — a quote where CSV
 * allows none, an unterminated quote, bytes the encoding cannot read, quotes in title
 * lines, an endless record — makes it give up (`FastReadBailout`); the caller then
 * reads the file with readExtract, whose messages name the problem. (The analysis does
 * the same on any error, so that the error reported is the one readExtract meets first.)
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { isUtf8Prefix, type Delimiter, type Encoding, type EncodingGuess } from './sniff.js';
import {
  checkRaggedShare,
  openExtract,
  shapeRecord,
  MAX_RECORD_CHARS,
  cleanHeader,
  type FileInfo,
  type ReadOptions,
} from './read-extract.js';

/** Thrown when the fast reader meets input it leaves to readExtract. */
export class FastReadBailout extends Error {
  constructor(readonly reason: string) {
    super(`fast reader: ${reason}`);
  }
}

/** A table that interns a column's cells (decoded, untrimmed) to ids; -1 when full. */
export interface ValueInterner {
  idOf(value: string): number;
}

/** What the caller wants interned, and where the fast reader puts a row's ids. */
export interface InternPlan {
  /** Column indexes to intern; a column's slot is its position here. */
  readonly columns: readonly number[];
  /** Per slot, the table that gives a decoded cell its id. */
  readonly tables: readonly ValueInterner[];
  /** Filled before each `interned` call: per slot the id, or -1 and the text in `overflow`. */
  readonly row: { readonly ids: Int32Array; readonly overflow: string[] };
  /**
   * Whether a row whose first non-blank cell starts with this character might be a
   * total row; such rows are handed over as text.
   */
  readonly mayStartTotalRow: (character: string) => boolean;
}

export interface InternedVisitor {
  /** Called once with the header's column names, before any row; says what to intern. */
  header(columns: readonly string[], file: string): InternPlan;
  /** A row with exactly the header's field count that is not a total row, its cells in the plan's row. */
  interned(line: number): void;
  /** Any other row, as readExtract's visitor gets it. */
  row(fields: readonly string[], line: number, ragged: boolean): void;
}

/** Where the next record of a file is, for reading a file in parts. */
export interface PartPosition {
  /** Byte offset of the next record, and its line. */
  readonly offset: number;
  readonly line: number;
}

/** Rows, blank lines and ragged rows counted in (a part of) a file. */
export interface RowCounts {
  rows: number;
  blankLines: number;
  raggedRows: number;
  /** 0 when there was none. */
  firstRaggedLine: number;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
/** Byte classes in the scanning loop. */
const PLAIN = 0;
const DELIMITER = 1;
const LINE_END = 2;
const QUOTE_CLASS = 3;
const WHITESPACE = /^\s$/;
/** Bytes with no character in Windows-1252 (readExtract refuses them). */
const UNDEFINED_IN_WINDOWS_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
/** A record longer than this many bytes is left to readExtract, which refuses it past MAX_RECORD_CHARS characters. */
const MAX_RECORD_BYTES = MAX_RECORD_CHARS;

/** The number of bytes at the end of `bytes` that are a valid start of an unfinished UTF-8 character. */
function unfinishedUtf8Tail(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(3, length); back++) {
    const lead = bytes[length - back]!;
    if (lead < 0x80) return 0;
    if (lead < 0xc0) continue;
    const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (back >= needed || lead < 0xc2 || lead > 0xf4) return 0;
    // The second byte's range depends on the lead (no overlong forms, surrogates or code points past U+10FFFF).
    if (back >= 2) {
      const second = bytes[length - back + 1]!;
      const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
      const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) return 0;
    }
    return back;
  }
  return 0;
}

/**
 * Per column, field bytes → id: an open-addressing hash table over a byte arena, in front
 * of which a direct-mapped cache keyed by the length and the first and last bytes finds
 * most cells of a column of few values without hashing.
 */
class ByteInterner {
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

/** How a part of a file is to be read. */
export interface ScannerSetup {
  readonly path: string;
  readonly delimiter: Delimiter;
  /** The encoding, or 'ascii' until the first non-ASCII byte decides it (only when reading from the start). */
  readonly encoding: EncodingGuess;
  /** Bytes read at a time; when reading from the start, the blocks readExtract decodes. */
  readonly chunkBytes: number;
  /** Called with the number of bytes read so far in this part, after each block. */
  readonly onProgress?: (bytes: number) => void;
}

/**
 * Reads records from a byte range of a file. One scanner reads the header and the first
 * part; another may read a later part, given the header (`startAt`).
 */
export class ExtractScanner {
  readonly counts: RowCounts = { rows: 0, blankLines: 0, raggedRows: 0, firstRaggedLine: 0 };
  /** The line of the next record. */
  line = 1;
  header: string[] | null = null;
  readonly size: number;
  private encoding: EncodingGuess;
  private readonly descriptor: number;
  private buffer: Buffer;
  /** File offset of buffer[0], bytes held, and the parse position in the buffer. */
  private bufferOffset = 0;
  private held = 0;
  private position = 0;
  /** File offset of the next read, and of the first byte not yet checked as UTF-8. */
  private readOffset = 0;
  private checkedTo = 0;
  private startOffset = 0;
  private readonly classes = new Uint8Array(256);
  private readonly delimiterByte: number;
  private fieldStarts = new Int32Array(64);
  private fieldEnds = new Int32Array(64);
  /** 1 when the field was quoted and holds a doubled quote. */
  private fieldEscaped = new Uint8Array(64);
  private plan: InternPlan | null = null;
  private visitor: InternedVisitor | null = null;
  private interners: ByteInterner[] = [];
  private planColumns = new Int32Array(0);
  /** Per ASCII byte, 1 when a first non-blank cell starting with it may be a total row. */
  private readonly totalRowStart = new Uint8Array(128);
  private readonly leadVerdicts = new Map<number, boolean>();

  constructor(private readonly setup: ScannerSetup) {
    this.encoding = setup.encoding;
    this.descriptor = openSync(setup.path, 'r');
    this.size = fstatSync(this.descriptor).size;
    this.buffer = Buffer.allocUnsafe(Math.max(setup.chunkBytes * 2, 1 << 16));
    this.delimiterByte = setup.delimiter.charCodeAt(0);
    this.classes[this.delimiterByte] = DELIMITER;
    this.classes[CR] = LINE_END;
    this.classes[LF] = LINE_END;
    this.classes[QUOTE] = QUOTE_CLASS;
  }

  close(): void {
    closeSync(this.descriptor);
  }

  /** The encoding as decided so far ('ascii' while every byte read was ASCII). */
  get encodingSoFar(): EncodingGuess {
    return this.encoding;
  }

  /** The file offset and line of the next record. */
  get next(): PartPosition {
    return { offset: this.bufferOffset + this.position, line: this.line };
  }

  /** Starts a later part at a record boundary (line 1 of the part), with the header known. */
  startAt(offset: number, header: readonly string[], visitor: InternedVisitor, plan: InternPlan): void {
    this.readOffset = offset;
    this.bufferOffset = offset;
    this.startOffset = offset;
    this.checkedTo = offset;
    this.header = [...header];
    this.usePlan(visitor, plan);
  }

  /** Skips a BOM and the title lines, and reads the header, which goes to the visitor. */
  readHeader(bom: boolean, titleLines: number, visitor: InternedVisitor): void {
    this.visitor = visitor;
    if (bom && this.encoding === 'utf-8') {
      // The UTF-8 decoder drops a BOM at the start of the file.
      this.fill();
      if (this.held >= 3 && this.buffer[0] === 0xef && this.buffer[1] === 0xbb && this.buffer[2] === 0xbf) this.position = 3;
    }
    for (let skipped = 0; skipped < titleLines; skipped++) this.skipLine();
    this.line = titleLines + 1;
    while (this.plan === null) {
      this.parseRecords(this.readOffset >= this.size, Number.POSITIVE_INFINITY, true);
      if (this.plan === null && !this.fill()) throw new FastReadBailout('no header');
    }
  }

  private usePlan(visitor: InternedVisitor, plan: InternPlan): void {
    this.visitor = visitor;
    this.plan = plan;
    this.planColumns = Int32Array.from(plan.columns);
    this.interners = plan.tables.map((table) => new ByteInterner(table, (bytes, start, end) => this.decodeCell(bytes, start, end)));
    for (let byte = 0; byte < 128; byte++) {
      const character = String.fromCharCode(byte);
      this.totalRowStart[byte] = WHITESPACE.test(character) || plan.mayStartTotalRow(character) ? 1 : 0;
    }
  }

  /**
   * Reads and counts records until the next one starts at or after `end` (a file
   * offset). True when that is exactly `end`: the part ended at a record boundary.
   * With `maxBlocks`, returns null after reading that many blocks (call again).
   */
  scanTo(end: number, maxBlocks = Number.POSITIVE_INFINITY): boolean | null {
    const final = end >= this.size;
    for (let blocks = 0; ; blocks++) {
      this.parseRecords(final && this.readOffset >= this.size, end, false);
      const next = this.bufferOffset + this.position;
      if (next >= end) return next === end;
      if (blocks >= maxBlocks) return null;
      if (!this.fill()) {
        if (this.position < this.held) throw new FastReadBailout('record not finished at the end of the file');
        return true;
      }
    }
  }

  /** Reads and counts every record to the end of the file. */
  scanToEnd(): void {
    this.scanTo(this.size);
  }

  /** Reads the next block after what is held; false at the end of the file. */
  private fill(): boolean {
    if (this.readOffset >= this.size) return false;
    // Keep the unparsed tail at the start of the buffer.
    if (this.position > 0) {
      this.buffer.copy(this.buffer, 0, this.position, this.held);
      this.bufferOffset += this.position;
      this.held -= this.position;
      this.position = 0;
    }
    if (this.held > MAX_RECORD_BYTES) throw new FastReadBailout('record too long');
    const want = Math.min(this.setup.chunkBytes, this.size - this.readOffset);
    // One byte more than held, for the scanning loop's sentinel.
    if (this.held + want + 1 > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.held + want + 1));
      this.buffer.copy(grown, 0, 0, this.held);
      this.buffer = grown;
    }
    let got = 0;
    while (got < want) {
      const read = readSync(this.descriptor, this.buffer, this.held + got, want - got, this.readOffset + got);
      if (read === 0) break;
      got += read;
    }
    if (got < want) throw new FastReadBailout('file changed while being read');
    this.readOffset += got;
    this.checkBlock(this.held, this.held + got, this.readOffset >= this.size);
    this.held += got;
    this.setup.onProgress?.(this.readOffset - this.startOffset);
    return true;
  }

  /**
   * Checks a block as readExtract's decoder would: decides the encoding at the first
   * non-ASCII byte, and gives up on bytes the encoding cannot read.
   */
  private checkBlock(from: number, to: number, last: boolean): void {
    const block = this.buffer.subarray(from, to);
    if (this.encoding === 'ascii') {
      let offset = -1;
      for (let index = 0; index < block.length; index++) {
        if (block[index]! >= 0x80) {
          offset = index;
          break;
        }
      }
      if (offset < 0) return;
      this.encoding = isUtf8Prefix(block.subarray(offset, offset + 4096)) ? 'utf-8' : 'windows-1252';
      // A UTF-8 decoder started here would drop a BOM at the start of this block.
      if (this.encoding === 'utf-8' && block[0] === 0xef && block[1] === 0xbb && block[2] === 0xbf) throw new FastReadBailout('BOM inside the file');
      this.checkedTo = this.bufferOffset + from;
    }
    if (this.encoding === 'windows-1252') {
      for (const byte of UNDEFINED_IN_WINDOWS_1252) if (block.includes(byte)) throw new FastReadBailout('byte undefined in Windows-1252');
      return;
    }
    // UTF-8: everything since the last check; an unfinished character at the end waits for the next block.
    const start = this.checkedTo - this.bufferOffset;
    if (start < 0) throw new FastReadBailout('UTF-8 check fell behind');
    const pending = this.buffer.subarray(start, to);
    const tail = last ? 0 : unfinishedUtf8Tail(pending);
    if (!isUtf8(pending.subarray(0, pending.length - tail))) throw new FastReadBailout('invalid UTF-8');
    this.checkedTo = this.bufferOffset + to - tail;
  }

  /** Skips one title line (which must hold no quotes: csv-parse would read them as CSV). */
  private skipLine(): void {
    for (;;) {
      for (let at = this.position; at < this.held; at++) {
        const byte = this.buffer[at]!;
        if (byte === QUOTE) throw new FastReadBailout('quote in a title line');
        if (byte === LF) {
          this.position = at + 1;
          return;
        }
        if (byte === CR) {
          if (at + 1 < this.held || this.readOffset >= this.size) {
            this.position = at + (this.buffer[at + 1] === LF && at + 1 < this.held ? 2 : 1);
            return;
          }
          break;
        }
      }
      if (!this.fill()) throw new FastReadBailout('title lines run to the end of the file');
    }
  }

  private ensureFields(count: number): void {
    if (count <= this.fieldStarts.length) return;
    const size = Math.max(count, this.fieldStarts.length * 2);
    const starts = new Int32Array(size);
    starts.set(this.fieldStarts);
    const ends = new Int32Array(size);
    ends.set(this.fieldEnds);
    const escaped = new Uint8Array(size);
    escaped.set(this.fieldEscaped);
    this.fieldStarts = starts;
    this.fieldEnds = ends;
    this.fieldEscaped = escaped;
  }

  /**
   * The main loop: parses every complete record held (`final`: nothing follows, so the
   * last record needs no line end), stopping before a record that starts at or after
   * `stop` (a file offset), or after one record (`one`).
   */
  private parseRecords(final: boolean, stop: number, one: boolean): void {
    const buffer = this.buffer;
    const classes = this.classes;
    const held = this.held;
    const delimiter = this.delimiterByte;
    const stopAt = stop - this.bufferOffset;
    // A sentinel past the data ends every unquoted field's loop without a bounds check.
    buffer[held] = LF;
    let at = this.position;
    while (at < held && at < stopAt) {
      const recordStart = at;
      let count = 0;
      let breaks = 0;
      let complete = false;
      for (;;) {
        if (count >= this.fieldStarts.length) this.ensureFields(count + 1);
        let start = at;
        let finish: number;
        let escaped = 0;
        if (buffer[at] === QUOTE && at < held) {
          start = ++at;
          // To the closing quote: a quote not followed by another.
          while (at < held) {
            const byte = buffer[at]!;
            if (byte === QUOTE) {
              if (at + 1 < held && buffer[at + 1] === QUOTE) {
                escaped = 1;
                at += 2;
                continue;
              }
              break;
            }
            if (byte === LF) breaks++;
            at++;
          }
          if (at + 1 >= held && !final) break; // what follows the quote is not held yet
          if (at >= held) throw new FastReadBailout('unterminated quote');
          finish = at++;
          if (at < held && classes[buffer[at]!] !== DELIMITER && classes[buffer[at]!] !== LINE_END) {
            throw new FastReadBailout('text after a closing quote');
          }
        } else {
          while (classes[buffer[at]!] === PLAIN) at++;
          if (at < held && buffer[at] === QUOTE) throw new FastReadBailout('quote inside a field');
          finish = at;
        }
        this.fieldStarts[count] = start;
        this.fieldEnds[count] = finish;
        this.fieldEscaped[count] = escaped;
        count++;
        if (at >= held) {
          complete = final;
          break;
        }
        const byte = buffer[at]!;
        if (byte === delimiter) {
          at++;
          continue;
        }
        if (byte === CR) {
          if (at + 1 < held) at += buffer[at + 1] === LF ? 2 : 1;
          else if (final) at++;
          else break;
        } else at++;
        complete = true;
        break;
      }
      if (!complete) {
        at = recordStart;
        break;
      }
      const line = this.line;
      this.line += 1 + breaks;
      this.position = at;
      this.takeRecord(count, line);
      if (one) break;
    }
    this.position = at;
  }

  /** Counts one parsed record: interned when it is an ordinary row, else as text. */
  private takeRecord(count: number, line: number): void {
    const header = this.header;
    if (header === null) {
      this.header = cleanHeader(this.decodeFields(count), this.setup.path, line);
      this.usePlan(this.visitor!, this.visitor!.header(this.header, this.setup.path));
      return;
    }
    const columns = header.length;
    if ((count === columns || (count > columns && this.restIsBlank(columns, count))) && !this.mayBeTotalRow(columns)) {
      this.counts.rows++;
      this.internRow();
      this.visitor!.interned(line);
      return;
    }
    const shaped = shapeRecord(this.decodeFields(count), header);
    if (shaped === null) {
      this.counts.blankLines++;
      return;
    }
    this.counts.rows++;
    if (shaped.ragged && this.counts.raggedRows++ === 0) this.counts.firstRaggedLine = line;
    this.visitor!.row(shaped.fields, line, shaped.ragged);
  }

  /** Puts the ids of the row's wanted cells in the plan's row. */
  private internRow(): void {
    const { ids, overflow } = this.plan!.row;
    const planColumns = this.planColumns;
    for (let slot = 0; slot < planColumns.length; slot++) {
      const column = planColumns[slot]!;
      let id: number;
      if (this.fieldEscaped[column] === 0) {
        id = this.interners[slot]!.idOf(this.buffer, this.fieldStarts[column]!, this.fieldEnds[column]!);
        if (id < 0) overflow[slot] = this.fieldText(column);
      } else {
        // Doubled quotes: the bytes are not the text, so the text is interned.
        const text = this.fieldText(column);
        id = this.plan!.tables[slot]!.idOf(text);
        if (id < 0) overflow[slot] = text;
      }
      ids[slot] = id;
    }
  }

  /** True when fields [from, count) hold only ASCII white space (they are dropped, as readExtract does). */
  private restIsBlank(from: number, count: number): boolean {
    for (let field = from; field < count; field++) {
      for (let at = this.fieldStarts[field]!; at < this.fieldEnds[field]!; at++) {
        const byte = this.buffer[at]!;
        if (byte !== 0x20 && (byte < 0x09 || byte > 0x0d)) return false;
      }
    }
    return true;
  }

  /**
   * Whether the row might be a total row: its first non-blank cell starts with a
   * character a total row's label could start with, or with white space that is not
   * ASCII (which the text decides).
   */
  private mayBeTotalRow(columns: number): boolean {
    const buffer = this.buffer;
    for (let field = 0; field < columns; field++) {
      const end = this.fieldEnds[field]!;
      for (let at = this.fieldStarts[field]!; at < end; at++) {
        const byte = buffer[at]!;
        if (byte === 0x20 || (byte >= 0x09 && byte <= 0x0d)) continue;
        if (byte < 0x80) return this.totalRowStart[byte] === 1;
        return this.leadMayStartTotalRow(at, end);
      }
    }
    return false;
  }

  private leadMayStartTotalRow(at: number, end: number): boolean {
    const buffer = this.buffer;
    const lead = buffer[at]!;
    const length = this.encoding === 'windows-1252' ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    let key = this.encoding === 'windows-1252' ? 1 : 0;
    for (let offset = 0; offset < length && at + offset < end; offset++) key = key * 256 + buffer[at + offset]!;
    let verdict = this.leadVerdicts.get(key);
    if (verdict === undefined) {
      const character = String.fromCodePoint(this.decodeCell(buffer, at, Math.min(end, at + length)).codePointAt(0)!);
      verdict = WHITESPACE.test(character) || this.plan!.mayStartTotalRow(character);
      this.leadVerdicts.set(key, verdict);
    }
    return verdict;
  }

  /** The text of a field (doubled quotes undone). */
  private fieldText(field: number): string {
    const text = this.decodeCell(this.buffer, this.fieldStarts[field]!, this.fieldEnds[field]!);
    return this.fieldEscaped[field] ? text.replaceAll('""', '"') : text;
  }

  private decodeFields(count: number): string[] {
    const fields: string[] = [];
    for (let field = 0; field < count; field++) fields.push(this.fieldText(field));
    return fields;
  }

  private decodeCell(bytes: Buffer, start: number, end: number): string {
    if (this.encoding === 'windows-1252') {
      for (let at = start; at < end; at++) if (bytes[at]! >= 0x80) return iconv.decode(bytes.subarray(start, end), 'windows-1252');
      return bytes.toString('latin1', start, end);
    }
    return bytes.toString('utf8', start, end);
  }
}

/** The format and header of a file as the fast reader found them, and where its data starts. */
export interface OpenedExtract {
  readonly scanner: ExtractScanner;
  readonly info: Omit<FileInfo, 'rows' | 'blankLines' | 'raggedRows' | 'encoding'>;
}

/**
 * Opens an extract for fast reading: the same checks and sniffing as readExtract, then
 * the header (handed to the visitor). The caller scans the rows and finishes with
 * `finishFastRead`.
 */
export function openFastRead(path: string, options: ReadOptions, visitor: InternedVisitor, onProgress?: (bytes: number) => void): OpenedExtract {
  const { sniffed, titleLines } = openExtract(path, options);
  const scanner = new ExtractScanner({
    path,
    delimiter: sniffed.delimiter,
    encoding: sniffed.encoding,
    chunkBytes: options.chunkBytes ?? 1 << 20,
    onProgress,
  });
  try {
    scanner.readHeader(sniffed.bom, titleLines, visitor);
  } catch (error) {
    scanner.close();
    throw error;
  }
  return {
    scanner,
    info: { path, bom: sniffed.bom, delimiter: sniffed.delimiter, lineEnding: sniffed.lineEnding, titleLines, header: scanner.header! },
  };
}

/** The file info once every part has been read, after readExtract's check of ragged rows. */
export function finishFastRead(opened: OpenedExtract, counts: RowCounts, encoding: EncodingGuess): FileInfo {
  const header = opened.info.header;
  checkRaggedShare(opened.info.path, counts, header.length, opened.info.delimiter);
  const { path, bom, delimiter, lineEnding, titleLines } = opened.info;
  const { rows, blankLines, raggedRows } = counts;
  return { path, encoding: encoding === 'ascii' ? 'utf-8' : (encoding as Encoding), bom, delimiter, lineEnding, titleLines, header, rows, blankLines, raggedRows };
}

/** Reads a whole extract with the fast reader (FastReadBailout: read it with readExtract instead). */
export function readExtractFast(path: string, options: ReadOptions, visitor: InternedVisitor, onProgress?: (bytes: number) => void): FileInfo {
  const opened = openFastRead(path, options, visitor, onProgress);
  try {
    opened.scanner.scanToEnd();
  } finally {
    opened.scanner.close();
  }
  return finishFastRead(opened, opened.scanner.counts, opened.scanner.encodingSoFar);
}
