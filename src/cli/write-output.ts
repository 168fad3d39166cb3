/**
 * Writing an output file atomically: to a temporary file beside it, then renamed, so
 * that a failed run never leaves a partial file; and never over an input file. A FIFO
 * or a character device is written into directly (a rename would replace it with a
 * regular file), and a symbolic link is followed to its target (a rename would
 * replace the link).
 */
import { lstatSync, readlinkSync, rmSync, realpathSync, existsSync, statSync } from 'node:fs';
import { open, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { fileIdentity } from './file-identity.js';

function canonical(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const directory = dirname(absolute);
  return existsSync(directory) ? join(realpathSync(directory), basename(absolute)) : absolute;
}

/**
 * Refuses an output path that names one of the inputs (extracts, configuration,
 * population file, --previous files): by its canonical path, and by device and inode,
 * which also catches a symbolic or a hard link to an input.
 */
export function refuseOverwritingInputs(output: string, inputs: readonly string[]): void {
  const target = canonical(output);
  const identity = fileIdentity(output)?.key;
  const isInput = (input: string) => canonical(input) === target || (identity !== undefined && fileIdentity(input)?.key === identity);
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

/** The temporary files being written now: a signal that ends jamstat removes them. */
const pendingTemporaries = new Set<string>();

/** The conventional exit codes of a program ended by a signal: 128 + the signal's number. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

let signalsHandled = false;

/**
 * Ctrl-C or a kill while a large report is written would leave its temporary file (up
 * to hundreds of MB) beside the output: on SIGINT and SIGTERM it is removed first, then
 * jamstat exits with the conventional code. Once only: a second signal ends jamstat at once.
 */
function removeTemporariesOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      for (const temporary of pendingTemporaries) rmSync(temporary, { force: true });
      process.exit(code);
    });
  }
}

/**
 * Removes `path` too when SIGINT or SIGTERM ends jamstat (a temporary copy of standard
 * input, standard-input.ts); the caller removes it on a normal exit.
 */
export function removeOnSignals(path: string): void {
  removeTemporariesOnSignals();
  pendingTemporaries.add(path);
}

/** Written in pieces, so that a signal is handled between two of them, not only after the last. */
const CHUNK_BYTES = 1 << 20;

/**
 * Text made a chunk at a time as it is written (the JSON report, render-json.ts): the
 * chunks joined are the text. Each is encoded and written before the next is made.
 */
export interface ChunkedText {
  readonly chunks: Iterable<string>;
}

/** What writeAtomically writes: text, bytes, or text in chunks. */
export type OutputContent = string | Uint8Array | ChunkedText;

/** Writes all of `bytes` to an open file. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let at = 0;
  while (at < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, at, Math.min(CHUNK_BYTES, bytes.length - at));
    at += bytesWritten;
  }
}

/** Writes `content` to an open file: text as UTF-8, chunked text one chunk at a time. */
async function writeContent(handle: FileHandle, content: OutputContent): Promise<void> {
  if (typeof content === 'string') await writeAll(handle, Buffer.from(content, 'utf8'));
  else if (content instanceof Uint8Array) await writeAll(handle, content);
  else for (const chunk of content.chunks) await writeAll(handle, Buffer.from(chunk, 'utf8'));
}

/** Writes all of `content` to a new file (never through an existing file or link there). */
async function writeNewFile(path: string, content: OutputContent): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await writeContent(handle, content);
  } finally {
    await handle.close();
  }
}

/**
 * Writes text or bytes to `path` through a temporary file beside it and a rename; into
 * a FIFO or a character device directly; through a symbolic link to its target. The
 * temporary file is removed when the write fails or a signal ends jamstat.
 */
export async function writeAtomically(path: string, content: OutputContent): Promise<void> {
  const target = followLinks(path);
  if (isStream(target)) {
    if (typeof content === 'string' || content instanceof Uint8Array) {
      await writeFile(target, content);
      return;
    }
    const handle = await open(target, 'w');
    try {
      await writeContent(handle, content);
    } finally {
      await handle.close();
    }
    return;
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  removeTemporariesOnSignals();
  pendingTemporaries.add(temporary);
  try {
    await writeNewFile(temporary, content);
    await rename(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    pendingTemporaries.delete(temporary);
  }
}
