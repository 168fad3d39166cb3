/**
 * A file's identity (device and inode, through symbolic links): two paths name the same
 * file when their identities are equal, whatever their spelling, and through symbolic
 * or hard links. Used to refuse an extract given twice and an output over an input.
 */
import { statSync } from 'node:fs';

/** The file's identity and whether it is a regular file, or null when it cannot be read. */
export function fileIdentity(path: string): { readonly key: string; readonly regular: boolean } | null {
  try {
    const stats = statSync(path, { bigint: true });
    return { key: `${stats.dev}:${stats.ino}`, regular: stats.isFile() };
  } catch {
    return null;
  }
}
