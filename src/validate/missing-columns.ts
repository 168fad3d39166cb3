/**
 * Every column the configuration names that a file lacks, found the way the analysis
 * finds them: by building the tally over the file's header with a resolver that notes
 * each missing column instead of stopping at the first. So the key paths and the
 * suggested names are the analysis's own, and new configuration keys are covered as
 * soon as the tally reads them.
 */
import { ConfigError, hasCode } from '../errors.js';
import type { Config } from '../config/types.js';
import { ColumnResolver } from '../tally/columns.js';
import { Tally } from '../tally/tally.js';
import { problem, type Problem } from './problem.js';

/** Columns listed in a message at most; a header can have thousands. */
const LISTED_COLUMNS = 30;

/** A resolver that notes each missing column and goes on (the index it returns is never read). */
class NotingResolver extends ColumnResolver {
  readonly missing: ConfigError[] = [];

  override index(name: string, keyPath: string): number {
    try {
      return super.index(name, keyPath);
    } catch (error) {
      if (!(error instanceof ConfigError) || error.code !== 'config-missing-column') throw error;
      this.missing.push(error);
      return 0;
    }
  }
}

function listColumns(header: readonly string[]): string {
  const shown = header.slice(0, LISTED_COLUMNS).join(', ');
  return header.length > LISTED_COLUMNS ? `${shown}, … (${header.length})` : shown;
}

/** Drops key paths that lead to a longer one in the list (steps[0].outcome before steps[0].outcome.column). */
function deepestKeyPaths(keyPaths: readonly string[]): string[] {
  const unique = [...new Set(keyPaths)];
  return unique.filter((path) => !unique.some((other) => other !== path && other.startsWith(`${path}.`)));
}

/**
 * One `missing-column` problem per column the configuration (or its `id:` and
 * `validate.values`) names and `file`'s header lacks, with every key path that names it.
 */
export function missingColumns(config: Config, header: readonly string[], file: string): Problem[] {
  const resolver = new NotingResolver(header, file, config.source);
  new Tally(config, resolver);
  if (config.id !== null) resolver.index(config.id, 'id');
  for (const column of Object.keys(config.validate?.values ?? {})) resolver.index(column, `validate.values.${column}`);

  const byColumn = new Map<string, { keyPaths: string[]; suggestion: string | undefined }>();
  for (const error of resolver.missing) {
    if (!hasCode(error, 'config-missing-column')) continue;
    const column = error.args.column;
    const entry = byColumn.get(column) ?? { keyPaths: [], suggestion: error.args.suggestion };
    entry.keyPaths.push(error.keyPath ?? '');
    byColumn.set(column, entry);
  }
  return [...byColumn].map(([column, { keyPaths, suggestion }]) =>
    problem('missing-column', { file, column }, { keyPaths: deepestKeyPaths(keyPaths).join(', '), suggestion, columns: listColumns(header) }),
  );
}
