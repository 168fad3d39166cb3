/**
 * Which reader a file needs: the byte scanner (text) or the Excel reader. Decided by
 * the first bytes, not only the name, so that a workbook saved as `uttag.csv` is read
 * as what it is and an old binary `.xls` is refused with words instead of as "binary data".
 * No exceljs here: text files never load it (the Excel reader is imported when needed).
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';

/** An OOXML workbook (a zip archive), an OLE2 compound file (.xls or an encrypted .xlsx), or text. */
export type SpreadsheetKind = 'xlsx' | 'ole' | 'text';

/** `PK\x03\x04`: a zip archive's first local file header; every .xlsx starts with one. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The OLE2 compound file signature: old .xls, and .xlsx files saved with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, index) => bytes[index] === byte);

/**
 * The kind of a file by its first bytes, else by its extension (`.xlsx`, `.xlsm`: a
 * workbook that will be refused as damaged; `.xls`: old Excel). A file that cannot be
 * opened is 'text': the scanner then says why it cannot be read.
 */
export function spreadsheetKind(path: string): SpreadsheetKind {
  const head = Buffer.alloc(OLE_MAGIC.length);
  let length = 0;
  try {
    // Not a regular file (a folder, a pipe that would block): the scanner says why it cannot be read.
    if (!statSync(path).isFile()) return 'text';
    const descriptor = openSync(path, 'r');
    try {
      length = readSync(descriptor, head, 0, head.length, 0);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    return 'text';
  }
  const bytes = head.subarray(0, length);
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'xlsm') return 'xlsx';
  if (extension === 'xls') return 'ole';
  return 'text';
}

/**
 * Largest .xlsx read (the file, compressed). Measured: a 6 MB workbook of 100,000 rows
 * and 16 columns took 840 MB of memory and 37 s to read whole, so 8 MB keeps a run near
 * 1 GB; a published table is far smaller, and an extract this big is read as CSV.
 */
export const MAX_XLSX_BYTES = 8 * 1024 * 1024;

/** `EncryptedPackage` in UTF-16LE: the stream a password-protected .xlsx keeps inside its OLE2 container. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Largest OLE2 file searched for an encrypted package; a larger one is called an old .xls. */
const OLE_SCAN_BYTES = 8 * MAX_XLSX_BYTES;

/** The error for an OLE2 file: a password-protected .xlsx, or an old binary .xls. */
export function oleFileError(path: string): InputError {
  let encrypted = false;
  try {
    // The directory entry names sit anywhere in the container, so the whole file is looked
    // at, up to a bound (an encrypted workbook is larger than the workbook it holds).
    if (statSync(path).size <= OLE_SCAN_BYTES) encrypted = readFileSync(path).includes(ENCRYPTED_PACKAGE);
  } catch {
    // Unreadable here: still an OLE2 file, so the old-format advice stands.
  }
  return new InputError(encrypted ? 'xlsx-encrypted' : 'xlsx-old-format', {}, { file: path });
}
