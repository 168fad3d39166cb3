/** What is found out about an extract while it is read: how it is written, and its rows. */
import type { Delimiter, Encoding, LineEnding } from './sniff.js';

/** How a file is written, as detected (or as the caller said). */
export interface FileFormat {
  readonly encoding: Encoding;
  readonly bom: boolean;
  readonly delimiter: Delimiter;
  readonly lineEnding: LineEnding;
  readonly titleLines: number;
  /** 'xlsx' for an Excel workbook (its encoding, BOM, delimiter and line ends then mean nothing); absent for text. */
  readonly format?: 'xlsx';
  /** The sheet read, and every sheet of the workbook (xlsx only). */
  readonly sheet?: string;
  readonly sheets?: readonly string[];
}

/** The format part of a file's info, for reports. */
export function fileFormat(info: FileFormat): FileFormat {
  const format: FileFormat = { encoding: info.encoding, bom: info.bom, delimiter: info.delimiter, lineEnding: info.lineEnding, titleLines: info.titleLines };
  return info.format === 'xlsx' ? { ...format, format: info.format, sheet: info.sheet, sheets: info.sheets } : format;
}

/** What was found out about a file while reading it. */
export interface FileInfo extends FileFormat {
  readonly path: string;
  readonly header: readonly string[];
  /** Data rows read (blank lines are not rows). */
  readonly rows: number;
  readonly blankLines: number;
  /** xlsx only: each header column's Excel letter (messages name a sheet's columns as Excel does, "C (Antal)"). */
  readonly columnLetters?: readonly string[];
  /** Rows whose field count differs from the header's (the visitor decides what to do). */
  readonly raggedRows: number;
  /** Notes below the table (notes.ts): their text, personnummer masked; not rows. */
  readonly notes: readonly string[];
}

/** Rows, blank lines and ragged rows counted in (a part of) a file. */
export interface RowCounts {
  rows: number;
  blankLines: number;
  raggedRows: number;
  /** 0 when there was none. */
  firstRaggedLine: number;
  /** Notes below the table, in file order. */
  notes: string[];
}
