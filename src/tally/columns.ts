/**
 * Resolving the column names a configuration uses against a file's header, with a
 * suggestion of the nearest name when one is missing.
 */
import { closest, distance } from 'fastest-levenshtein';
import { ConfigError } from '../errors.js';

/** Looks columns up by name in one header; errors name the config key and the data file. */
export class ColumnResolver {
  private readonly indexByName: Map<string, number>;
  constructor(
    readonly header: readonly string[],
    private readonly dataFile: string,
    readonly configSource: string,
  ) {
    this.indexByName = new Map(header.map((name, index) => [name, index]));
  }

  /** The index of a column, or a ConfigError naming `keyPath` and the nearest column. */
  index(name: string, keyPath: string): number {
    const found = this.indexByName.get(name) ?? this.indexByName.get(name.trim());
    if (found !== undefined) return found;
    const insensitive = this.header.findIndex((column) => column.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'));
    const suggestion = insensitive >= 0 ? this.header[insensitive] : nearestName(name, this.header);
    throw new ConfigError(
      'config-missing-column',
      { column: name, dataFile: this.dataFile, suggestion, columns: this.header.join(', ') },
      keyPath,
      { file: this.configSource },
    );
  }
}

/** The nearest name by edit distance, when it is near enough to be a likely typo. */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(name, candidates as string[]);
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
