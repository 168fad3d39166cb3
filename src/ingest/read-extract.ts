/**
 * Reads one extract in a single streaming pass: sniffs how it is written, checks the
 * header, and hands each data row (its fields and its first line number) to a visitor.
 * Memory does not grow with the file: rows are not kept.
 */
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { createDecoder, DecodeFailure } from './decoder.js';
import { sniff, SNIFF_BYTES, type Delimiter, type Encoding, type LineEnding, type Sniffed } from './sniff.js';
import type { ReadEngine } from './engines.js';

export interface ReadOptions {
  readonly encoding?: Encoding;
  readonly delimiter?: Delimiter;
  /** Lines to skip above the header; detected when not given. */
  readonly skipLines?: number;
  /** Bytes read at a time (default 1 MiB); tests use tiny chunks to cross every boundary. */
  readonly chunkBytes?: number;
  /**
   * How to read: `auto` (default) is `fast`, in two threads for large files; `fast`
   * reads bytes and interns cells in one thread; `parallel` always uses two threads;
   * `plain` decodes and parses with csv-parse in one thread, the reference the others
   * are tested against.
   */
  readonly engine?: ReadEngine;
  /** Called now and then with the bytes read so far and the total (of this file; over all files in analyze). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** How a file is written, as detected (or as the caller said). */
export interface FileFormat {
  readonly encoding: Encoding;
  readonly bom: boolean;
  readonly delimiter: Delimiter;
  readonly lineEnding: LineEnding;
  readonly titleLines: number;
}

/** The format part of a file's info, for reports. */
export function fileFormat(info: FileFormat): FileFormat {
  return { encoding: info.encoding, bom: info.bom, delimiter: info.delimiter, lineEnding: info.lineEnding, titleLines: info.titleLines };
}

/** What was found out about a file while reading it. */
export interface FileInfo extends FileFormat {
  readonly path: string;
  readonly header: readonly string[];
  /** Data rows read (blank lines are not rows). */
  readonly rows: number;
  readonly blankLines: number;
  /** Rows whose field count differs from the header's (the visitor decides what to do). */
  readonly raggedRows: number;
}

export interface RowVisitor {
  /** Called once with the header's column names, before any row. */
  header(columns: readonly string[], file: string): void;
  /** Called for each data row with exactly as many fields as the header, or `ragged` true. */
  row(fields: readonly string[], line: number, ragged: boolean): void;
}

/** Share of ragged rows above which a file is refused: most likely a wrong delimiter. */
const RAGGED_REFUSAL_SHARE = 0.1;

/**
 * Longest record, in characters, before the file is refused: no extract has a row of
 * 16 million characters, and without a bound one endless line (a missing line end, a
 * quote never closed) would be held in memory whole.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

function readSample(path: string): { sample: Buffer; complete: boolean } {
  let descriptor: number;
  try {
    if (!statSync(path).isFile()) throw new InputError('file-unreadable', { file: path, detail: 'not a file' }, { file: path });
    descriptor = openSync(path, 'r');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('file-not-found', { file: path }, { file: path });
    throw new InputError('file-unreadable', { file: path, detail: code ?? String(error) }, { file: path });
  }
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const length = readSync(descriptor, buffer, 0, SNIFF_BYTES, 0);
    return { sample: buffer.subarray(0, length), complete: length < SNIFF_BYTES };
  } finally {
    closeSync(descriptor);
  }
}

/** Trims header names and drops trailing unnamed columns (a trailing delimiter in Excel exports). */
export function cleanHeader(fields: readonly string[], path: string, line: number): string[] {
  const names = fields.map((name) => name.trim());
  while (names.length > 1 && names[names.length - 1] === '') names.pop();
  const blank = names.indexOf('');
  if (blank >= 0) throw new InputError('blank-header', { column: blank + 1 }, { file: path, line, column: blank + 1 });
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw new InputError('duplicate-header', { name, columns: `${earlier + 1}, ${index + 1}` }, { file: path, line, column: index + 1 });
    }
    seen.set(name, index);
  });
  return names;
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

/** Checks that a file is a non-empty text file and sniffs how it is written. */
export function openExtract(path: string, options: ReadOptions): { sniffed: Sniffed; titleLines: number } {
  const { sample, complete } = readSample(path);
  const body = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf ? sample.subarray(3) : sample;
  if (body.length === 0 || (complete && body.toString('latin1').trim() === '')) {
    throw new InputError('file-empty', {}, { file: path });
  }
  if (sample.includes(0)) throw new InputError('file-binary', {}, { file: path, line: 1 + countNewlines(sample.subarray(0, sample.indexOf(0))) });
  const sniffed = sniff(sample, complete, { encoding: options.encoding, delimiter: options.delimiter });
  return { sniffed, titleLines: options.skipLines ?? sniffed.titleLines };
}

/**
 * What a record below the header is: null for a blank line, else a row, with trailing
 * empty fields beyond the header dropped, that is ragged when its field count differs.
 */
export function shapeRecord(record: readonly string[], header: readonly string[]): { fields: readonly string[]; ragged: boolean } | null {
  if (record.length === 1 && record[0]!.trim() === '' && header.length > 1) return null;
  let fields = record;
  if (fields.length > header.length && fields.slice(header.length).every((field) => field.trim() === '')) {
    fields = fields.slice(0, header.length);
  }
  return { fields, ragged: fields.length !== header.length };
}

/** Refuses a file where more than a tenth of the rows are ragged: most likely a wrong delimiter. */
export function checkRaggedShare(
  path: string,
  counts: { readonly rows: number; readonly raggedRows: number; readonly firstRaggedLine: number },
  columns: number,
  delimiter: Delimiter,
): void {
  const { rows, raggedRows } = counts;
  if (rows > 0 && raggedRows > Math.max(1, rows * RAGGED_REFUSAL_SHARE)) {
    throw new InputError(
      'too-many-ragged',
      { ragged: raggedRows, rows, expected: columns, delimiter: delimiter === '\t' ? 'tab' : delimiter },
      { file: path, line: counts.firstRaggedLine },
    );
  }
}

/** Reads an extract, calling the visitor for its header and rows; returns what was found. */
export async function readExtract(path: string, options: ReadOptions, visitor: RowVisitor): Promise<FileInfo> {
  const { sniffed, titleLines } = openExtract(path, options);
  const decoder = createDecoder(sniffed.encoding);
  // Loaded here: the fast engine (fast-read.ts) reads most extracts without csv-parse.
  const { parse, CsvError } = await import('csv-parse');

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
    rows++;
    if (shaped.ragged && raggedRows++ === 0) firstRaggedLine = line;
    visitor.row(shaped.fields, line, shaped.ragged);
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
  };
}

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte === 0x0a) count++;
  return count;
}
