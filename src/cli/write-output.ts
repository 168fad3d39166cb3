/**
 * Writing an output file atomically: to a temporary file beside it, then renamed, so
 * that a failed run never leaves a partial file; and never over an input file.
 */
import { renameSync, writeFileSync, unlinkSync, realpathSync, existsSync, statSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

function canonical(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const directory = dirname(absolute);
  return existsSync(directory) ? join(realpathSync(directory), basename(absolute)) : absolute;
}

/** The file's device and inode (through symbolic links), or null when it does not exist. */
function identityOf(path: string): string | null {
  try {
    const stats = statSync(path, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

/**
 * Refuses an output path that names one of the inputs (extracts, configuration,
 * population file, --previous files): by its canonical path, and by device and inode,
 * which also catches a symbolic or a hard link to an input.
 */
export function refuseOverwritingInputs(output: string, inputs: readonly string[]): void {
  const target = canonical(output);
  const identity = identityOf(output);
  const isInput = (input: string) => canonical(input) === target || (identity !== null && identityOf(input) === identity);
  if (inputs.some(isInput)) throw new UsageError('usage-output-is-input', { file: output });
}

/** Writes text or bytes to `path` through a temporary file and a rename. */
export function writeAtomically(path: string, content: string | Uint8Array): void {
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw error;
  }
}
