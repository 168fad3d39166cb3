/**
 * The value combinations of a grouping or a split, interned to small ids in the order
 * first seen, with the values behind each id for labels and for merging tallies.
 */
import { InputError } from '../errors.js';
import { looksLikePersonnummer } from '../ingest/personnummer.js';
import type { RowPlace, VariableReader } from './variables.js';

/** A set of variables whose value combinations are interned to ids, with their labels. */
export class Combination {
  private readonly ids = new Map<string, number>();
  /** Per id, the values of the variables, in order. */
  readonly values: string[][] = [];
  constructor(
    readonly variables: readonly string[],
    private readonly readers: readonly VariableReader[],
    private readonly guardPersonnummer: boolean,
  ) {}

  /** The id of a row's combination, or null when a variable cannot be read (a bad date). */
  idOf(fields: readonly string[], place: RowPlace): number | null {
    if (this.readers.length === 0) return 0;
    const parts: string[] = [];
    for (const read of this.readers) {
      const value = read(fields, place);
      if (value === null) return null;
      parts.push(value);
    }
    const key = parts.join('\u0000');
    let id = this.ids.get(key);
    if (id === undefined) {
      // A value that looks like a personnummer would show a person in a table of its own.
      if (this.guardPersonnummer) {
        const at = parts.findIndex(looksLikePersonnummer);
        if (at >= 0) throw new InputError('personnummer-as-group', { column: this.variables[at]! }, { file: place.file, line: place.line });
      }
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(parts);
    }
    return id;
  }

  /** The id of a combination of values (interning it if new), for merging tallies. */
  idOfValues(parts: readonly string[]): number {
    if (this.readers.length === 0) return 0;
    const key = parts.join('\u0000');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push([...parts]);
    }
    return id;
  }
}
