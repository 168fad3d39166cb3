/**
 * The one scanner: every command reads extracts with it. It reads a file's bytes in
 * blocks, checks each block against the encoding, splits records and fields (quoted
 * fields with delimiters, doubled quotes and line breaks; CRLF, LF and CR line ends)
 * and counts true line numbers. A caller gets each row either as interned ids of the
 * cells it wants (the analysis: InternPlan) or as text fields (inspect, validate, init:
 * TEXT_ROWS), and the same rows, lines, file info and errors either way.
 *
 * It reads what csv-parse reads with the options jamstat used before it
 * (tests/helpers/csv-parse-reference.ts is kept as the reference the tests compare with).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';
import { isUtf8Prefix, type Delimiter, type EncodingGuess } from './sniff.js';
import { ByteInterner, type ValueInterner } from './byte-interner.js';
import { decodeBytes, firstInvalidUtf8Offset, formatBytes, unfinishedUtf8Tail, UNDEFINED_IN_WINDOWS_1252 } from './encoding.js';
import { cleanHeader, countNewlines, MAX_RECORD_CHARS, shapeRecord } from './open-extract.js';
import type { RowCounts } from './file-info.js';
import { isNoteShaped, MAX_PENDING_NOTES, NOTE_PREFIXES, noteText } from './notes.js';
import { FillDown } from './fill-down.js';

export type { ValueInterner };

/** What the caller wants interned, and where the scanner puts a row's ids. */
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
  /** True: intern nothing, hand every row over as text (TEXT_ROWS). */
  readonly asText?: boolean;
  /** Columns (header indexes) whose blank cells continue the value above (`fill:`); none when not given. */
  readonly fill?: readonly number[];
}

/** The plan of callers that want every row as text fields. */
export const TEXT_ROWS: InternPlan = Object.freeze({
  columns: [],
  tables: [],
  row: { ids: new Int32Array(0), overflow: [] },
  mayStartTotalRow: () => true,
  asText: true,
});

/** Rows as text: what inspect, validate and init take. */
export interface RowVisitor {
  /** Called once with the header's column names, before any row. */
  header(columns: readonly string[], file: string): void;
  /** Called for each data row with exactly as many fields as the header, or `ragged` true. */
  row(fields: readonly string[], line: number, ragged: boolean): void;
}

export interface InternedVisitor {
  /** Called once with the header's column names, before any row; says what to intern. */
  header(columns: readonly string[], file: string): InternPlan;
  /** A row with exactly the header's field count that is not a total row, its cells in the plan's row. */
  interned(line: number): void;
  /** Any other row (and every row under TEXT_ROWS), as text. */
  row(fields: readonly string[], line: number, ragged: boolean): void;
}

/** Where the next record of a file is, for reading a file in parts. */
export interface PartPosition {
  /** Byte offset of the next record, and its line. */
  readonly offset: number;
  readonly line: number;
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
const EMPTY_BYTES = Buffer.alloc(0);

/** How a file (or a part of it) is to be read. */
export interface ScannerSetup {
  readonly path: string;
  readonly delimiter: Delimiter;
  /** The encoding, or 'ascii' until the first non-ASCII byte decides it (only when reading from the start). */
  readonly encoding: EncodingGuess;
  /** Bytes read at a time. */
  readonly chunkBytes: number;
  /** Called with the number of bytes read so far in this part, after each block. */
  readonly onProgress?: (bytes: number) => void;
}

/**
 * Reads records from a byte range of a file. One scanner reads the header and the first
 * part; another may read a later part, given the header (`startAt`).
 */
export class ExtractScanner {
  readonly counts: RowCounts = { rows: 0, blankLines: 0, raggedRows: 0, firstRaggedLine: 0, notes: [] };
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
  /** Set when the file ends inside a UTF-8 character: an error once the last block is parsed. */
  private endsInsideCharacter = false;
  /** Bytes of the unfinished character the file ends with: never parsed, as a streaming decoder never passes them on. */
  private unfinishedTail = 0;
  private readonly classes = new Uint8Array(256);
  private readonly delimiterByte: number;
  private fieldStarts = new Int32Array(64);
  private fieldEnds = new Int32Array(64);
  /** 1 when the field was quoted and holds a doubled quote. */
  private fieldEscaped = new Uint8Array(64);
  /** Carriage returns inside the quoted fields of the record just parsed (title lines count them as lines). */
  private quotedReturns = 0;
  /**
   * Title lines still to skip, counted as csv-parse counted them for its `from_line`:
   * every CR or LF inside quotes is a line. The line of the records after them is
   * `line`, set by readHeader.
   */
  private titleLinesLeft = 0;
  private titleLine = 1;
  private plan: InternPlan | null = null;
  private asText = false;
  private visitor: InternedVisitor | null = null;
  private interners: ByteInterner[] = [];
  private planColumns = new Int32Array(0);
  /** Per ASCII byte, 1 when a first non-blank cell starting with it may be a total row. */
  private readonly totalRowStart = new Uint8Array(128);
  private readonly leadVerdicts = new Map<number, boolean>();
  /**
   * Note-shaped lines not yet known to be notes (a data row may follow): their fields as
   * handed over if one does; `blank` for an all-blank record held among them.
   */
  private pending: { fields: readonly string[]; line: number; ragged: boolean; blank: boolean }[] = [];
  /** Per lower-cased first byte, the byte forms of the note prefixes that start with it (in this file's encoding). */
  private notePrefixBytes = new Map<number, Uint8Array[]>();
  /** The encoding `notePrefixBytes` were made for ('' before the first row). */
  private notePrefixEncoding: EncodingGuess | '' = '';
  private fillDown = new FillDown([]);
  /** Per fill column, the bytes of its last non-blank cell (the fast path decodes a cell only when they change). */
  private fillBytes: Buffer[] = [];

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

  /** The line the record being parsed starts on: a title line's own while title lines are skipped. */
  private get recordLine(): number {
    return this.titleLinesLeft > 0 ? this.titleLine : this.line;
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
      // A BOM at the start of the file is not text (csv-parse read decoded text without it).
      this.fill();
      if (this.held >= 3 && this.buffer[0] === 0xef && this.buffer[1] === 0xbb && this.buffer[2] === 0xbf) this.position = 3;
    }
    this.titleLinesLeft = titleLines;
    this.line = titleLines + 1;
    while (this.plan === null) {
      const final = this.readOffset >= this.size;
      this.parseRecords(final, Number.POSITIVE_INFINITY, true);
      if (this.plan !== null) break;
      if (!this.fill()) {
        this.parseRecords(true, Number.POSITIVE_INFINITY, true);
        if (this.plan === null) throw new InputError('no-header', {}, { file: this.setup.path });
      }
    }
  }

  private usePlan(visitor: InternedVisitor, plan: InternPlan): void {
    this.visitor = visitor;
    this.plan = plan;
    this.asText = plan.asText === true;
    this.planColumns = Int32Array.from(plan.columns);
    this.interners = plan.tables.map((table) => new ByteInterner(table, (bytes, start, end) => decodeBytes(bytes, start, end, this.encoding)));
    for (let byte = 0; byte < 128; byte++) {
      const character = String.fromCharCode(byte);
      this.totalRowStart[byte] = WHITESPACE.test(character) || plan.mayStartTotalRow(character) ? 1 : 0;
    }
    this.fillDown = new FillDown(plan.fill ?? []);
    this.fillBytes = this.fillDown.columns.map(() => EMPTY_BYTES);
  }

  /**
   * Per lower-cased first byte, the note prefixes (notes.ts) as bytes of the file's
   * encoding, made again when the encoding is decided (a row that starts with a non-ASCII
   * byte is read after that).
   */
  private prefixesFor(first: number): readonly Uint8Array[] | undefined {
    if (this.notePrefixEncoding !== this.encoding) {
      this.notePrefixEncoding = this.encoding;
      const encoding = this.encoding === 'windows-1252' ? 'latin1' : 'utf8';
      this.notePrefixBytes = new Map();
      for (const prefix of NOTE_PREFIXES) {
        const bytes = Buffer.from(prefix, encoding);
        const list = this.notePrefixBytes.get(bytes[0]!) ?? [];
        list.push(bytes);
        this.notePrefixBytes.set(bytes[0]!, list);
      }
    }
    return this.notePrefixBytes.get(first);
  }

  /**
   * Reads and counts records until the next one starts at or after `end` (a file
   * offset). True when that is exactly `end`: the part ended at a record boundary.
   * With `maxBlocks`, returns null after reading that many blocks (call again).
   */
  scanTo(end: number, maxBlocks = Number.POSITIVE_INFINITY): boolean | null {
    const final = end >= this.size;
    for (let blocks = 0; ; blocks++) {
      // A file that ends inside a character: its last record is the one with the error.
      this.parseRecords(final && this.readOffset >= this.size && !this.endsInsideCharacter, end, false);
      const next = this.bufferOffset + this.position;
      if (next >= end) return this.finishedAt(next === end, final);
      if (blocks >= maxBlocks) return null;
      if (!this.fill()) return this.finishedAt(true, final);
    }
  }

  private finishedAt(atBoundary: boolean, final: boolean): boolean {
    if (final && this.endsInsideCharacter) {
      // As a streaming decoder finds it: once the last record has been read.
      throw new InputError('invalid-utf8', { bytes: '' }, { file: this.setup.path, line: this.line });
    }
    if (final) this.settlePending(false);
    return atBoundary;
  }

  /**
   * Decides the note-shaped lines held at the end of a part: handed over as the rows they
   * are when data follows them (`dataFollows`: a later part has rows), else notes (an
   * all-blank record among them is a blank line). The end of the file calls it with false.
   */
  settlePending(dataFollows: boolean): void {
    if (this.pending.length === 0) return;
    if (dataFollows) {
      this.flushPending();
      return;
    }
    for (const held of this.pending) {
      if (held.blank) this.counts.blankLines++;
      else this.counts.notes.push(noteText(held.fields));
    }
    this.pending = [];
  }

  /** Hands the held note-shaped lines over as rows: a data row followed them, so they were rows. */
  private flushPending(): void {
    const held = this.pending;
    this.pending = [];
    for (const { fields, line, ragged } of held) this.handOverText(fields, line, ragged);
  }

  /** Counts a row and hands it over as text. */
  private handOverText(fields: readonly string[], line: number, ragged: boolean): void {
    this.counts.rows++;
    if (ragged && this.counts.raggedRows++ === 0) this.counts.firstRaggedLine = line;
    this.visitor!.row(fields, line, ragged);
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
    if (this.held > MAX_RECORD_CHARS) {
      throw new InputError('record-too-long', { limit: MAX_RECORD_CHARS }, { file: this.setup.path, line: this.line });
    }
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
    if (got < want) throw new InputError('file-changed', {}, { file: this.setup.path });
    this.readOffset += got;
    this.checkBlock(this.held, this.held + got, this.readOffset >= this.size);
    // The bytes of a character the file ends inside are not data: the error says so once the last record is read.
    this.held += got - this.unfinishedTail;
    this.setup.onProgress?.(this.readOffset - this.startOffset);
    return true;
  }

  /** An encoding error at `offset` in the block buffer[from, …): its line counts the line feeds before it in the block. */
  private encodingError(reason: 'invalid-utf8' | 'invalid-encoding-bytes', block: Buffer, offset: number): InputError {
    const line = this.line + countNewlines(block.subarray(0, offset));
    return new InputError(reason, { bytes: formatBytes(block, offset) }, { file: this.setup.path, line });
  }

  /**
   * Checks a block before any of it is parsed: decides the encoding at the first
   * non-ASCII byte, and refuses bytes the encoding cannot read.
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
      this.checkedTo = this.bufferOffset + from;
    }
    if (this.encoding === 'windows-1252') {
      let offset = -1;
      for (const byte of UNDEFINED_IN_WINDOWS_1252) {
        const at = block.indexOf(byte);
        if (at >= 0 && (offset < 0 || at < offset)) offset = at;
      }
      if (offset >= 0) throw this.encodingError('invalid-encoding-bytes', block, offset);
      return;
    }
    // UTF-8: everything since the last check; an unfinished character at the end waits for the next block.
    const start = this.checkedTo - this.bufferOffset;
    if (start < 0) throw new Error(`scanner: the UTF-8 check fell behind (${start})`);
    const pending = this.buffer.subarray(start, to);
    const tail = unfinishedUtf8Tail(pending);
    if (!isUtf8(pending.subarray(0, pending.length - tail))) {
      throw this.encodingError('invalid-utf8', block, firstInvalidUtf8Offset(block));
    }
    if (last && tail > 0) {
      this.endsInsideCharacter = true;
      this.unfinishedTail = tail;
    }
    this.checkedTo = this.bufferOffset + to - tail;
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
   * A CSV syntax error in the record that starts on `line`, worded as csv-parse worded
   * it but for csv-parse's own line count (the place gives the line). In the header
   * (`field` its index) it is a message of jamstat's own, in the user's language: a
   * header is typed by hand more often than data, and csv-parse's English named no column.
   * So is one in a title line above the header, at the title line's own line.
   */
  private syntaxError(detail: string, field: number): InputError {
    if (this.titleLinesLeft > 0) return new InputError('title-quote', {}, { file: this.setup.path, line: this.titleLine });
    if (this.header === null) {
      return new InputError('header-quote', {}, { file: this.setup.path, line: this.line, column: field + 1 });
    }
    return new InputError('csv-syntax', { detail }, { file: this.setup.path, line: this.line });
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
      let returns = 0;
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
            else if (byte === CR) returns++;
            at++;
          }
          if (at + 1 >= held && !final) break; // what follows the quote is not held yet
          if (at >= held) throw new InputError('unterminated-quote', {}, { file: this.setup.path, line: this.recordLine });
          finish = at++;
          if (at < held && classes[buffer[at]!] !== DELIMITER && classes[buffer[at]!] !== LINE_END) {
            throw this.syntaxError(
              `Invalid Closing Quote: got "${String.fromCharCode(buffer[at]!)}" instead of delimiter, record delimiter, trimable character (if activated) or comment`,
              count,
            );
          }
        } else {
          while (classes[buffer[at]!] === PLAIN) at++;
          if (at < held && buffer[at] === QUOTE) {
            // Decided, as csv-parse decides it, on the byte after the quote: when that is not
            // held yet, wait for it (an encoding error in the next block, or a file that ends
            // inside a character, is then the error reported, as it was).
            if (at + 1 >= held && !final) break;
            const value = JSON.stringify(decodeBytes(buffer, start, at, this.encoding));
            throw this.syntaxError(`Invalid Opening Quote: a quote is found on field ${count}, value is ${value}`, count);
          }
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
      this.quotedReturns = returns;
      this.takeRecord(count, line, breaks);
      if (one && this.plan !== null) break;
    }
    this.position = at;
  }

  /** Every parsed record comes here: title lines are skipped, the header read, rows handed over. */
  private takeRecord(count: number, line: number, breaks: number): void {
    if (this.titleLinesLeft > 0) {
      // csv-parse's from_line: a record is a title line until its last line reaches the header's.
      const lastLine = this.titleLine + breaks + this.quotedReturns;
      if (lastLine >= this.titleLinesLeft) this.titleLinesLeft = 0;
      else this.titleLine = lastLine + 1;
      this.line = line;
      return;
    }
    if (this.header === null) {
      this.header = cleanHeader(this.decodeFields(count), this.setup.path, line);
      this.usePlan(this.visitor!, this.visitor!.header(this.header, this.setup.path));
      return;
    }
    this.handOverRow(count, line);
  }

  /**
   * The one place between a parsed row below the header and the caller: an ordinary row
   * is handed over interned, any other (ragged, a possible total row, trailing fields,
   * a blank cell in a `fill:` column, every row under TEXT_ROWS) as text, and blank
   * lines are counted.
   *
   * Published table layouts are handled here, and only here. Notes below the table: a
   * note-shaped line (notes.ts) is held until the next line that is not one; if that is
   * a data row, the held lines are handed over first, as the (often ragged) rows they
   * were; if the file ends, they are notes (counted in `counts.notes`, not rows). At most
   * MAX_PENDING_NOTES are held, then they are handed over as rows. Fill-down: a blank
   * cell of a fill column takes the column's last non-blank value above (fill-down.ts).
   */
  private handOverRow(count: number, line: number): void {
    const header = this.header!;
    const columns = header.length;
    if (
      !this.asText &&
      (count === columns || (count > columns && this.restIsBlank(columns, count))) &&
      !this.mayBeTotalRow(columns) &&
      !this.mayBeNote(columns) &&
      !this.fillCellBlank()
    ) {
      if (this.pending.length > 0) this.flushPending();
      if (!this.fillDown.empty) this.rememberFillCells();
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
    const allBlank = shaped.fields.every((field) => field.trim() === '');
    if (isNoteShaped(shaped.fields, columns) || (allBlank && this.pending.length > 0)) {
      if (this.pending.length >= MAX_PENDING_NOTES) this.flushPending();
      const fields = shaped.ragged ? shaped.fields : this.filled(shaped.fields);
      this.pending.push({ fields, line, ragged: shaped.ragged, blank: allBlank });
      return;
    }
    if (this.pending.length > 0) this.flushPending();
    this.handOverText(shaped.ragged ? shaped.fields : this.filled(shaped.fields), line, shaped.ragged);
  }

  /**
   * Whether the row might be a note (decided on its text): its first non-blank cell
   * starts as a note prefix does, or at most one of its cells is non-blank.
   */
  private mayBeNote(columns: number): boolean {
    const buffer = this.buffer;
    let filled = 0;
    for (let field = 0; field < columns; field++) {
      const end = this.fieldEnds[field]!;
      let at = this.fieldStarts[field]!;
      // White space as String.prototype.trim sees it, which the text path (notes.ts) uses: a cell of a
      // no-break space is blank there, so it must be here (found by a property-test draw).
      while (at < end) {
        const byte = buffer[at]!;
        if (byte === 0x20 || (byte >= 0x09 && byte <= 0x0d)) {
          at++;
          continue;
        }
        // Only a byte from 0xA0 up can start a wider space: the common cell pays for nothing more.
        const width = byte >= 0xa0 ? spaceWidth(buffer, at, end) : 0;
        if (width === 0) break;
        at += width;
      }
      if (at === end) continue;
      if (filled === 0 && this.startsWithNotePrefix(at, end)) return true;
      if (++filled > 1) return false;
    }
    return true;
  }

  private startsWithNotePrefix(at: number, end: number): boolean {
    const buffer = this.buffer;
    const first = buffer[at]!;
    const candidates = this.prefixesFor(first >= 0x41 && first <= 0x5a ? first | 0x20 : first);
    if (candidates === undefined) return false;
    for (const prefix of candidates) {
      if (end - at < prefix.length) continue;
      let same = true;
      for (let offset = 0; offset < prefix.length; offset++) {
        const byte = buffer[at + offset]!;
        if ((byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte) !== prefix[offset]) {
          same = false;
          break;
        }
      }
      if (same) return true;
    }
    return false;
  }

  /** Whether a fill column's cell of the row is blank (the row is then filled as text). */
  private fillCellBlank(): boolean {
    const columns = this.fillDown.columns;
    for (let slot = 0; slot < columns.length; slot++) {
      const column = columns[slot]!;
      if (this.restIsBlank(column, column + 1)) return true;
    }
    return false;
  }

  /** A text row with its blank fill cells filled; the fast path's remembered bytes no longer match what is remembered. */
  private filled(fields: readonly string[]): readonly string[] {
    if (this.fillDown.empty) return fields;
    this.fillBytes.fill(EMPTY_BYTES);
    return this.fillDown.fill(fields);
  }

  /** Remembers the fill cells of an interned row, decoding a cell only when its bytes differ from the last. */
  private rememberFillCells(): void {
    const columns = this.fillDown.columns;
    for (let slot = 0; slot < columns.length; slot++) {
      const column = columns[slot]!;
      const cell = this.buffer.subarray(this.fieldStarts[column]!, this.fieldEnds[column]!);
      if (this.fillBytes[slot]!.equals(cell)) continue;
      this.fillBytes[slot] = Buffer.from(cell);
      this.fillDown.rememberSlot(slot, this.fieldText(column));
    }
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

  /** True when fields [from, count) hold only ASCII white space (they are dropped, as shapeRecord drops them). */
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
      const character = String.fromCodePoint(decodeBytes(buffer, at, Math.min(end, at + length), this.encoding).codePointAt(0)!);
      verdict = WHITESPACE.test(character) || this.plan!.mayStartTotalRow(character);
      this.leadVerdicts.set(key, verdict);
    }
    return verdict;
  }

  /** The text of a field (doubled quotes undone). */
  private fieldText(field: number): string {
    const text = decodeBytes(this.buffer, this.fieldStarts[field]!, this.fieldEnds[field]!, this.encoding);
    return this.fieldEscaped[field] ? text.replaceAll('""', '"') : text;
  }

  private decodeFields(count: number): string[] {
    const fields: string[] = [];
    for (let field = 0; field < count; field++) fields.push(this.fieldText(field));
    return fields;
  }
}

/**
 * The length in bytes of the white space (as String.prototype.trim counts it) that starts
 * at `at`, or 0: ASCII tab to carriage return and space; in UTF-8 U+00A0, U+1680,
 * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF; in Windows-1252 0xA0
 * (a lone 0xA0 is not UTF-8, so it can only be that).
 */
function spaceWidth(buffer: Uint8Array, at: number, end: number): number {
  if (at >= end) return 0;
  const byte = buffer[at]!;
  if (byte === 0x20 || (byte >= 0x09 && byte <= 0x0d) || byte === 0xa0) return 1;
  if (byte < 0xc2) return 0;
  const second = at + 1 < end ? buffer[at + 1]! : -1;
  if (byte === 0xc2) return second === 0xa0 ? 2 : 0;
  const third = at + 2 < end ? buffer[at + 2]! : -1;
  if (byte === 0xe1) return second === 0x9a && third === 0x80 ? 3 : 0;
  if (byte === 0xe2) {
    if (second === 0x80) return (third >= 0x80 && third <= 0x8a) || third === 0xa8 || third === 0xa9 || third === 0xaf ? 3 : 0;
    return second === 0x81 && third === 0x9f ? 3 : 0;
  }
  if (byte === 0xe3) return second === 0x80 && third === 0x80 ? 3 : 0;
  if (byte === 0xef) return second === 0xbb && third === 0xbf ? 3 : 0;
  return 0;
}
