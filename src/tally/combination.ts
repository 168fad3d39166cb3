/**
 * The value combinations of a grouping or a split, interned to small ids in the order
 * first seen, with the values behind each id for labels and for merging tallies. At most
 * `maxGroups` of them: the first one more stops the pass (`too-many-groups`), so that a
 * column of near-unique values (a case number, a free text) cannot fill the memory with
 * tables no one could read.
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
    private readonly maxGroups: number = Number.POSITIVE_INFINITY,
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
      this.checkRoom({ file: place.file, line: place.line });
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
      // Two parts of a file each under the limit may pass it together.
      this.checkRoom();
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push([...parts]);
    }
    return id;
  }

  /** Stops before a group beyond maxGroups is added. */
  private checkRoom(place?: RowPlace): void {
    if (this.values.length < this.maxGroups) return;
    const variable = this.variables.join('*');
    throw new InputError('too-many-groups', { variable, seen: this.values.length + 1, limit: this.maxGroups }, place);
  }
}
