/**
 * `-` as an extract: the extract is read from standard input. The scanner and the
 * sniffing read files by descriptor and at offsets, and the analysis may split a file by
 * bytes, so standard input is first copied to a temporary file (removed when jamstat
 * exits, and on SIGINT and SIGTERM, as write-output.ts removes its own). Messages and
 * reports name it "standardinmatning" / "standard input", never the temporary path
 * (report-error.ts inputName, withInputNames).
 */
import { createWriteStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { UsageError } from '../errors.js';
import { removeOnSignals } from './write-output.js';

/** The argument that names standard input. */
export const STANDARD_INPUT = '-';

/** The temporary copy of standard input of this run, once made. */
let spooledPath: string | null = null;

/** Whether standard input was copied in this run. */
export function readsStandardInput(): boolean {
  return spooledPath !== null;
}

/** True when `path` is this run's temporary copy of standard input (report-error.ts names it). */
export function isStandardInputCopy(path: string): boolean {
  return spooledPath !== null && path === spooledPath;
}

/**
 * The extract arguments with `-` replaced by a temporary copy of standard input (`input`,
 * process.stdin by default). `-` may appear once: standard input can be read only once.
 */
export async function spoolStandardInput(files: readonly string[], input: NodeJS.ReadableStream = process.stdin): Promise<string[]> {
  const dashes = files.filter((file) => file === STANDARD_INPUT).length;
  if (dashes === 0) return [...files];
  if (dashes > 1) throw new UsageError('usage-stdin-twice', {});
  if (spooledPath === null) {
    // Letters only after the pid: digits of a pid and a random id side by side can look like a personnummer, and be masked out of the name the reports replace.
    const path = join(tmpdir(), `jamstat-stdin-${process.pid}-${lettersOnly(randomUUID())}.csv`);
    removeOnSignals(path);
    process.once('exit', () => rmSync(path, { force: true }));
    await pipeline(input, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    spooledPath = path;
  }
  return files.map((file) => (file === STANDARD_INPUT ? spooledPath! : file));
}

/** Removes the copy of standard input now (the exit handler would otherwise). */
export function removeSpooledInput(): void {
  if (spooledPath !== null) rmSync(spooledPath, { force: true });
}


/** A random id as letters a–p only (each hex digit shifted), so that no run of digits can look like a personnummer. */
function lettersOnly(id: string): string {
  return id.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}
