/**
 * The categories of a categorical step (`categories:`): its column's values interned to
 * small indexes (the step's cells are counted by index, cell-store.ts), and, after
 * counting, the categories the step shows.
 *
 * With a list (`values:` or `ordered:`) the indexes are the list's, `other` after it; a
 * value not listed is pooled into `other`, or, without one, has no index (the row is
 * excluded: unlisted-category). Without a list every value seen gets an index in the
 * order first seen (so the order of rows decides indexes, never what is shown): shown
 * in Swedish collation order, and with `other`, values with fewer than `minN` cases in
 * the step's overall table pooled into it, decided once per step so that every row and
 * stratum has the same categories.
 */
import { InputError } from '../errors.js';
import { compareGroupValues } from '../ingest/collation.js';
import { looksLikePersonnummer } from '../ingest/personnummer.js';
import type { OutcomeKind } from './cell-store.js';
import type { RowPlace } from './variables.js';

/** Categories a step may show: a larger table cannot be read (README, "Categories"). */
export const MAX_CATEGORIES = 50;
/** The index of a value that is not listed and has no `other` to go to. */
export const UNLISTED = -1;

type CategoriesKind = Extract<OutcomeKind, { kind: 'categories' }>;

/** The categories a step shows, and where each interned value is counted among them. */
export interface ShownCategories {
  /** In display order; a pooled `other` last. */
  readonly values: readonly string[];
  /** Per interned index, its category's position in `values`. */
  readonly positionOf: readonly number[];
}

/** A categorical step's values, interned. */
export class StepCategories {
  /** Per index, its value (listed values first, then `other`, when there is a list). */
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly listed: boolean;
  private readonly otherIndex: number;

  /**
   * `maxValues`: the distinct values a step without a list may see before the pass stops
   * (a column of near-unique values is no categories); `onNew` is told each new index.
   */
  constructor(
    private readonly kind: CategoriesKind,
    private readonly step: string,
    private readonly column: string,
    private readonly maxValues: number,
    private readonly onNew: (index: number) => void = () => undefined,
  ) {
    this.listed = kind.values !== null;
    for (const value of kind.values ?? []) this.intern(value);
    // Without a list, `other` is no value of the column: it is made when the rare ones are pooled (`shown`).
    this.otherIndex = kind.other === null || !this.listed ? UNLISTED : this.intern(kind.other);
  }

  private intern(value: string): number {
    const index = this.values.length;
    this.ids.set(value, index);
    this.values.push(value);
    this.onNew(index);
    return index;
  }

  /** The index of a (trimmed, non-blank) value, or UNLISTED; `place` names the row in errors. */
  indexOf(value: string, place?: RowPlace): number {
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    if (this.listed) return this.otherIndex;
    // A value that looks like a personnummer would show a person as a category of its own.
    if (looksLikePersonnummer(value)) throw new InputError('personnummer-as-group', { column: this.column }, place && { file: place.file, line: place.line });
    if (this.values.length >= this.maxValues) {
      throw new InputError('too-many-categories', { step: this.step, column: this.column, count: this.values.length + 1, limit: this.maxValues }, place && { file: place.file, line: place.line });
    }
    return this.intern(value);
  }

  /**
   * The categories shown, given each index's cases in the step's overall table
   * (`overallCases`): more than MAX_CATEGORIES stops the run.
   */
  shown(overallCases: (index: number) => number, minN: number): ShownCategories {
    const other = this.kind.other;
    let shown: string[];
    let positionOf: number[];
    if (this.listed) {
      shown = [...this.values];
      positionOf = this.values.map((_, index) => index);
    } else {
      // A value written like `other` itself joins it: one name, one category.
      const pooled = (index: number) => other !== null && (this.values[index] === other || overallCases(index) < minN);
      const kept = this.values.map((value, index) => ({ value, index })).filter((entry) => !pooled(entry.index));
      kept.sort((a, b) => compareGroupValues(a.value, b.value));
      shown = kept.map((entry) => entry.value);
      const otherPosition = shown.length;
      if (kept.length < this.values.length) shown.push(other!);
      positionOf = this.values.map(() => otherPosition);
      kept.forEach((entry, position) => (positionOf[entry.index] = position));
    }
    if (shown.length > MAX_CATEGORIES) {
      throw new InputError('too-many-categories', { step: this.step, column: this.column, count: shown.length, limit: MAX_CATEGORIES });
    }
    return { values: shown, positionOf };
  }
}
