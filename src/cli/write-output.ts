/**
 * Writing an output file atomically: to a temporary file beside it, then renamed, so
 * that a failed run never leaves a partial file; and never over an input file. A FIFO
 * or a character device is written into directly (a rename would replace it with a
 * regular file), and a symbolic link is followed to its target (a rename would
 * replace the link).
 */
import { lstatSync, readlinkSync, renameSync, writeFileSync, unlinkSync, realpathSync, existsSync, statSync } from 'node:fs';
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

/** Linux's limit on symbolic links followed in one path. */
const MAX_LINKS = 40;

/**
 * The path a write to `path` really lands on: symbolic links followed one by one, so
 * that a link to a file that does not exist yet gives the file it will create.
 */
function followLinks(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let isLink: boolean;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch {
      return current;
    }
    if (!isLink) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP' });
}

/** Whether `path` is a FIFO or a character device: something to write into, never to replace. */
function isStream(path: string): boolean {
  try {
    const stats = statSync(path);
    return stats.isFIFO() || stats.isCharacterDevice();
  } catch {
    return false;
  }
}

/**
 * Writes text or bytes to `path` through a temporary file beside it and a rename; into
 * a FIFO or a character device directly; through a symbolic link to its target.
 */
export function writeAtomically(path: string, content: string | Uint8Array): void {
  const target = followLinks(path);
  if (isStream(target)) {
    writeFileSync(target, content);
    return;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw error;
  }
}
