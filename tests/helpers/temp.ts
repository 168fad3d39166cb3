/** Temporary files for tests: each test file gets its own directory, removed at exit. */
import { linkSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const directory = mkdtempSync(join(tmpdir(), 'jamstat-test-'));
process.on('exit', () => rmSync(directory, { recursive: true, force: true }));

let counter = 0;

/** Writes text (or bytes) to a new temporary file and returns its path. */
export function tempFile(content: string | Uint8Array, options: { name?: string; encoding?: 'utf-8' | 'utf-8-bom' | 'windows-1252' } = {}): string {
  const path = join(directory, options.name ?? `file-${++counter}.csv`);
  let bytes: Uint8Array;
  if (typeof content !== 'string') bytes = content;
  else if (options.encoding === 'windows-1252') bytes = iconv.encode(content, 'windows-1252');
  else bytes = Buffer.from((options.encoding === 'utf-8-bom' ? '\uFEFF' : '') + content, 'utf8');
  writeFileSync(path, bytes);
  return path;
}

/** A path in the temporary directory that does not exist yet. */
export function tempPath(name: string): string {
  return join(directory, name);
}

/** A new symbolic or hard link to `target` in the temporary directory: another way to name the same file. */
export function tempLink(target: string, name: string, kind: 'symbolic' | 'hard'): string {
  const path = tempPath(name);
  if (kind === 'symbolic') symlinkSync(target, path);
  else linkSync(target, path);
  return path;
}
