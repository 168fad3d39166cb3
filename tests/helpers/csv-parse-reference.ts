/**
 * The independent reference for the one scanner (src/ingest/scanner.ts): the reader
 * jamstat used before it, csv-parse on text decoded chunk by chunk. Tests read the same
 * inputs with both and expect the same rows, lines, file info and errors. Not used by
 * jamstat itself; csv-parse is a devDependency for this file only.
 */
import { createReadStream, statSync } from 'node:fs';
import iconv from 'iconv-lite';
import { parse, CsvError } from 'csv-parse';
import { InputError } from '../../src/errors.js';
import { isUtf8Prefix, type EncodingGuess } from '../../src/ingest/sniff.js';
import { checkRaggedShare, cleanHeader, MAX_RECORD_CHARS, openExtract, shapeRecord } from '../../src/ingest/open-extract.js';
import { isNoteShaped, MAX_PENDING_NOTES, noteText } from '../../src/ingest/notes.js';
import type { FileInfo } from '../../src/ingest/file-info.js';
import type { ReadOptions } from '../../src/ingest/read-options.js';
import type { RowVisitor } from '../../src/ingest/scanner.js';

/** Raised for bytes the chosen encoding cannot read; `offset` is within the chunk. */
class DecodeFailure extends Error {
  constructor(readonly reason: 'invalid-utf8' | 'invalid-encoding-bytes', readonly offset: number, readonly bytes: string) {
    super(reason);
  }
}

/** Bytes with no character in Windows-1252; iconv-lite reads them as U+FFFD. */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

interface ChunkDecoder {
  decode(chunk: Buffer): string;
  flush(): string;
  /** The encoding in use; 'ascii' until a non-ASCII byte has been seen. */
  readonly encoding: EncodingGuess;
}

/** Position of the first byte that does not start or continue valid UTF-8 (error path only). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // A lenient decode replaces the first bad byte by U+FFFD; the UTF-8 length of the text
  // before it is that byte's offset.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const at = text.indexOf('\uFFFD');
  return at < 0 ? bytes.length : Buffer.byteLength(text.slice(0, at), 'utf8');
}

function formatBytes(bytes: Uint8Array, offset: number): string {
  return Array.from(bytes.subarray(offset, offset + 3), (byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}

class Utf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  decode(chunk: Buffer, final = false): string {
    try {
      return this.decoder.decode(chunk, { stream: !final });
    } catch {
      const offset = firstInvalidUtf8Offset(chunk);
      throw new DecodeFailure('invalid-utf8', offset, formatBytes(chunk, offset));
    }
  }
}

/**
 * iconv-lite rather than Node's TextDecoder('windows-1252'): Node 20.18.3 and later (this
 * machine's 20.20.2 too) decode that label as Latin-1, so 0x80–0x9F (€, ’, –, …) come out
 * as control characters (nodejs/node#60888, #56542).
 */
class Windows1252Decoder {
  private readonly decoder = iconv.getDecoder('windows-1252');
  decode(chunk: Buffer): string {
    const text = this.decoder.write(chunk);
    if (text.includes('\uFFFD')) {
      const offset = chunk.findIndex((byte) => UNDEFINED_IN_WINDOWS_1252.has(byte));
      if (offset >= 0) throw new DecodeFailure('invalid-encoding-bytes', offset, formatBytes(chunk, offset));
    }
    return text;
  }
}

/** Makes the decoder for a file's encoding (or 'ascii' for the automatic one). */
function createDecoder(start: EncodingGuess): ChunkDecoder {
  let encoding: EncodingGuess = start;
  let utf8: Utf8Decoder | null = start === 'utf-8' ? new Utf8Decoder() : null;
  let windows: Windows1252Decoder | null = start === 'windows-1252' ? new Windows1252Decoder() : null;
  return {
    get encoding() {
      return encoding;
    },
    decode(chunk: Buffer): string {
      if (encoding === 'ascii') {
        const offset = chunk.findIndex((byte) => byte >= 0x80);
        if (offset < 0) return chunk.toString('latin1');
        encoding = isUtf8Prefix(chunk.subarray(offset, offset + 4096)) ? 'utf-8' : 'windows-1252';
        if (encoding === 'utf-8') utf8 = new Utf8Decoder();
        else windows = new Windows1252Decoder();
      }
      return utf8 ? utf8.decode(chunk) : windows!.decode(chunk);
    },
    flush(): string {
      return utf8 ? utf8.decode(Buffer.alloc(0), true) : '';
    },
  };
}

function countLineBreaks(fields: readonly string[]): number {
  let breaks = 0;
  for (const field of fields) {
    let at = field.indexOf('\n');
    while (at >= 0) {
      breaks++;
      at = field.indexOf('\n', at + 1);
    }
  }
  return breaks;
}

/** Reads an extract, calling the visitor for its header and rows; returns what was found. */
export async function readWithCsvParse(path: string, options: ReadOptions, visitor: RowVisitor): Promise<FileInfo> {
  const { sniffed, titleLines } = openExtract(path, options);
  const decoder = createDecoder(sniffed.encoding);

  let header: string[] | null = null;
  let rows = 0;
  let blankLines = 0;
  let raggedRows = 0;
  let firstRaggedLine = 0;
  // Physical line where the next record starts (1-based), kept by hand because
  // csv-parse counts a CRLF inside a quoted field as two lines.
  let nextLine = titleLines + 1;
  let previousInfoLines = titleLines;

  const parser = parse({
    delimiter: sniffed.delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARS,
    info: true,
    from_line: titleLines + 1,
    skip_empty_lines: false,
    bom: false,
  });

  const handle = (record: string[], infoLines: number): void => {
    const line = nextLine;
    nextLine += infoLines - previousInfoLines > 1 ? 1 + countLineBreaks(record) : 1;
    previousInfoLines = infoLines;
    if (header === null) {
      header = cleanHeader(record, path, line);
      visitor.header(header, path);
      return;
    }
    const shaped = shapeRecord(record, header);
    if (shaped === null) {
      blankLines++;
      return;
    }
    // Notes below the table, as the scanner holds them (src/ingest/notes.ts): note-shaped
    // lines wait for what follows; a data row makes them rows, the end of the file notes.
    const allBlank = shaped.fields.every((field) => field.trim() === '');
    if (isNoteShaped(shaped.fields, header.length) || (allBlank && pending.length > 0)) {
      if (pending.length >= MAX_PENDING_NOTES) flushPending();
      pending.push({ fields: shaped.fields, line, ragged: shaped.ragged, blank: allBlank });
      return;
    }
    flushPending();
    handOver(shaped.fields, line, shaped.ragged);
  };
  const handOver = (fields: readonly string[], line: number, ragged: boolean): void => {
    rows++;
    if (ragged && raggedRows++ === 0) firstRaggedLine = line;
    visitor.row(fields, line, ragged);
  };
  const pending: { fields: readonly string[]; line: number; ragged: boolean; blank: boolean }[] = [];
  const notes: string[] = [];
  const flushPending = (): void => {
    for (const held of pending.splice(0)) handOver(held.fields, held.line, held.ragged);
  };

  // An error thrown by the visitor is kept and rethrown from the read loop, so that it
  // never escapes from inside the parser's event handler.
  let visitorFailure: unknown = null;
  parser.on('data', (entry: { record: string[]; info: { lines: number } }) => {
    if (visitorFailure !== null) return;
    try {
      handle(entry.record, entry.info.lines);
    } catch (error) {
      visitorFailure = error;
    }
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  finished.catch(() => undefined);

  const size = options.onProgress ? statSync(path).size : 0;
  let bytesRead = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: options.chunkBytes ?? 1 << 20 })) {
      bytesRead += (chunk as Buffer).length;
      options.onProgress?.(bytesRead, size);
      let text: string;
      try {
        text = decoder.decode(chunk as Buffer);
      } catch (error) {
        if (error instanceof DecodeFailure) {
          const line = nextLine + countNewlines((chunk as Buffer).subarray(0, error.offset));
          throw new InputError(error.reason, { bytes: error.bytes }, { file: path, line });
        }
        throw error;
      }
      if (!parser.write(text)) await Promise.race([new Promise((resolve) => parser.once('drain', resolve)), finished]);
      if (visitorFailure !== null) throw visitorFailure;
    }
    parser.end(decoder.flush());
    await finished;
    if (visitorFailure !== null) throw visitorFailure;
  } catch (error) {
    parser.destroy();
    // Only the final flush gets here with a DecodeFailure: the file ends inside a character.
    if (error instanceof DecodeFailure) throw new InputError(error.reason, { bytes: error.bytes }, { file: path, line: nextLine });
    if (error instanceof CsvError) {
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') throw new InputError('unterminated-quote', {}, { file: path, line: nextLine });
      if (error.code === 'CSV_MAX_RECORD_SIZE') throw new InputError('record-too-long', { limit: MAX_RECORD_CHARS }, { file: path, line: nextLine });
      throw new InputError('csv-syntax', { detail: error.message }, { file: path, line: nextLine });
    }
    throw error;
  }

  if (header === null) throw new InputError('no-header', {}, { file: path });
  for (const held of pending) {
    if (held.blank) blankLines++;
    else notes.push(noteText(held.fields));
  }
  const columns: string[] = header;
  checkRaggedShare(path, { rows, raggedRows, firstRaggedLine }, columns.length, sniffed.delimiter);
  return {
    path,
    encoding: decoder.encoding === 'ascii' ? 'utf-8' : decoder.encoding,
    bom: sniffed.bom,
    delimiter: sniffed.delimiter,
    lineEnding: sniffed.lineEnding,
    titleLines,
    header: columns,
    rows,
    blankLines,
    raggedRows,
    notes,
  };
}

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte === 0x0a) count++;
  return count;
}
