/**
 * Reading one extract with the scanner (scanner.ts) in a single streaming pass: the
 * checks before it (open-extract.ts), the header, every row to a visitor, and the file
 * info after. Memory does not grow with the file: rows are not kept.
 *
 * `readExtract` hands rows over as text (inspect, validate, init, population files);
 * `openScan` and `finishScan` let the analysis read with an InternPlan, in parts.
 */
import { statSync } from 'node:fs';
import type { Encoding, EncodingGuess } from './sniff.js';
import { checkRaggedShare, openExtract } from './open-extract.js';
import { ExtractScanner, TEXT_ROWS, type InternedVisitor, type RowVisitor } from './scanner.js';
import { DEFAULT_CHUNK_BYTES, type ReadOptions } from './read-options.js';
import type { FileInfo, RowCounts } from './file-info.js';
import { UsageError } from '../errors.js';
import { oleFileError, spreadsheetKind } from './spreadsheet-kind.js';

/** Blocks read between looks at the event loop (a progress bar, a worker's messages). */
export const BLOCKS_BETWEEN_YIELDS = 8;

/** Lets timers and messages run between blocks of a long read. */
export const yieldToEventLoop = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/** The format and header of a file as the scanner found them, and where its data starts. */
export interface OpenedExtract {
  readonly scanner: ExtractScanner;
  readonly info: Omit<FileInfo, 'rows' | 'blankLines' | 'raggedRows' | 'notes' | 'encoding'>;
}

/**
 * Opens an extract: checks and sniffs it, then reads the header (handed to the
 * visitor, which says what to intern). The caller scans the rows, closes the scanner,
 * and finishes with `finishScan`.
 */
export function openScan(path: string, options: ReadOptions, visitor: InternedVisitor, onProgress?: (bytes: number) => void): OpenedExtract {
  const { sniffed, titleLines } = openExtract(path, options);
  const scanner = new ExtractScanner({
    path,
    delimiter: sniffed.delimiter,
    encoding: sniffed.encoding,
    chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
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

/** The file info once every part has been read, after the check of ragged rows. */
export function finishScan(opened: OpenedExtract, counts: RowCounts, encoding: EncodingGuess): FileInfo {
  const header = opened.info.header;
  checkRaggedShare(opened.info.path, counts, header.length, opened.info.delimiter);
  const { path, bom, delimiter, lineEnding, titleLines } = opened.info;
  const { rows, blankLines, raggedRows } = counts;
  const notes = [...counts.notes];
  return { path, encoding: encoding === 'ascii' ? 'utf-8' : (encoding as Encoding), bom, delimiter, lineEnding, titleLines, header, rows, blankLines, raggedRows, notes };
}

/**
 * Whether a file is read by the Excel source (read-xlsx.ts) rather than the scanner:
 * true for an .xlsx. An old .xls or a password-protected workbook is refused here, and
 * so is `--sheet` for a text file.
 */
export function isWorkbook(path: string, options: ReadOptions): boolean {
  const kind = spreadsheetKind(path);
  if (kind === 'ole') throw oleFileError(path);
  if (kind === 'xlsx') return true;
  if (options.sheet !== undefined) throw new UsageError('usage-sheet-not-xlsx', { file: path }, { file: path });
  return false;
}

/**
 * Reads a whole extract in one thread, rows interned as the visitor's plan says; returns
 * what was found. A workbook's rows are all handed over as text (its cells are strings already).
 */
export async function scanExtract(path: string, options: ReadOptions, visitor: InternedVisitor): Promise<FileInfo> {
  // Imported when needed: exceljs is large, and most runs read CSV.
  if (isWorkbook(path, options)) return (await import('./read-xlsx.js')).readXlsx(path, options, visitor);
  // The size is read once the file has been opened (openScan says, in the user's words, when it cannot be).
  let size = 0;
  const onProgress = options.onProgress ? (bytes: number) => options.onProgress!(bytes, (size ||= statSync(path).size)) : undefined;
  const opened = openScan(path, options, visitor, onProgress);
  const { scanner } = opened;
  try {
    while (scanner.scanTo(scanner.size, BLOCKS_BETWEEN_YIELDS) === null) await yieldToEventLoop();
  } finally {
    scanner.close();
  }
  return finishScan(opened, scanner.counts, scanner.encodingSoFar);
}

/** Reads an extract, calling the visitor for its header and each row as text; returns what was found. */
export function readExtract(path: string, options: ReadOptions, visitor: RowVisitor): Promise<FileInfo> {
  return scanExtract(path, options, {
    header(columns, file) {
      visitor.header(columns, file);
      const fill = (options.fill ?? []).map((name) => columns.indexOf(name.trim())).filter((index) => index >= 0);
      return fill.length === 0 ? TEXT_ROWS : { ...TEXT_ROWS, fill };
    },
    interned() {
      throw new Error('readExtract: a row was interned under TEXT_ROWS');
    },
    row: (fields, line, ragged) => visitor.row(fields, line, ragged),
  });
}
