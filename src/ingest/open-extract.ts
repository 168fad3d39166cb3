/**
 * The checks made before and around the scan of an extract: that the file is a
 * non-empty text file, how it is written (sniffed), its header, the shape of each
 * record below it, and the share of ragged rows a file may have.
 */
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { sniff, SNIFF_BYTES, type Delimiter, type Sniffed } from './sniff.js';
import type { ReadOptions } from './read-options.js';

/** Share of ragged rows above which a file is refused: most likely a wrong delimiter. */
const RAGGED_REFUSAL_SHARE = 0.1;

/**
 * Longest record before the file is refused: no extract has a row of 16 million
 * characters, and without a bound one endless line (a missing line end, a quote never
 * closed) would be held in memory whole. The scanner counts it in bytes read.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

function readSample(path: string): { sample: Buffer; complete: boolean } {
  let descriptor: number;
  try {
    if (!statSync(path).isFile()) throw new InputError('file-not-regular', {}, { file: path });
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

/**
 * The number of line ends in bytes (lines of errors found outside a record): LF, CRLF
 * and a lone CR, which the scanner also splits records at (a CR-only file's lines).
 */
export function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) count++;
  }
  return count;
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
