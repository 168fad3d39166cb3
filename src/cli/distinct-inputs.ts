/**
 * Refusing the same extract given twice. Analysing a file twice counts every case
 * twice and looks like a valid run, so the arguments are compared before any is read:
 * by device and inode, which also catches another spelling of the path, a symbolic
 * link and a hard link.
 */
import { UsageError } from '../errors.js';
import { fileIdentity } from './file-identity.js';

/** The file's identity, or null when it is no regular file or cannot be read (the reader then says why). */
function identityOf(path: string): string | null {
  const identity = fileIdentity(path);
  return identity?.regular ? identity.key : null;
}

/**
 * Throws a UsageError when two of the extracts, or of the earlier extracts given with
 * --previous, are the same file, naming both arguments as the user wrote them.
 */
export function refuseRepeatedInputs(files: readonly string[], previous: readonly string[] = []): void {
  const seen = new Map<string, { path: string; previous: boolean }>();
  const inputs = [...files.map((path) => ({ path, previous: false })), ...previous.map((path) => ({ path, previous: true }))];
  for (const argument of inputs) {
    const identity = identityOf(argument.path);
    if (identity === null) continue;
    const first = seen.get(identity);
    if (first === undefined) {
      seen.set(identity, argument);
    } else if (argument.previous && !first.previous) {
      throw new UsageError('usage-previous-is-input', { first: first.path, second: argument.path });
    } else {
      throw new UsageError('usage-same-file-twice', { first: first.path, second: argument.path });
    }
  }
}
