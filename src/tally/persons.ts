/**
 * Counting persons instead of rows (`unit:`): a person's rows are remembered per step
 * and table, reduced by the unit's rule (yes if any row is yes, or the outcome of the
 * first or last row by date), and each person is counted once per step and table when
 * the tally finishes. Memory grows with persons × tables they appear in, not rows.
 *
 * Order never matters: when several of a person's rows share the first (or last) date,
 * the person is yes if any of those tied rows is yes, as `any` within the tie. Taking
 * the first or last row seen would make the count depend on how the extract is sorted.
 * For the same reason a person's sex is not that of their first row: it is the sex all
 * their counted rows agree on, and a person whose rows disagree (a girl in one row, a boy
 * or an unrecognised value in another) counts as other/unknown sex, in every step and
 * table, where the disagreement is counted and published instead of settled by row order.
 */
import type { UnitConfig } from '../config/types.js';
import { YES, NO, SEX_CATEGORIES, type CategoryCells } from './cell-store.js';

/** The category of a person whose rows disagree on sex: other/unknown. */
const DISAGREEING_SEX = SEX_CATEGORIES.indexOf('other');

/** Entries are keyed step * STEP_SPACE + table. */
const STEP_SPACE = 2 ** 32;

interface PersonRecord {
  /** The sex all the person's counted rows agree on, else DISAGREEING_SEX (an index into SEX_CATEGORIES). */
  sex: number;
  /** step * STEP_SPACE + table → day * 2 + yes (first/last) or yes (any). */
  readonly entries: Map<number, number>;
}

/** The persons seen, with their outcome per step and table. */
export class Persons {
  private readonly records = new Map<string, PersonRecord>();

  constructor(private readonly rule: UnitConfig['rule']) {}

  /** Notes a person's row in one step: `yes` in each table `tableOf[layer]` of the step's layers, on `day`. */
  note(id: string, sex: number, step: number, tableOf: Int32Array, layers: readonly number[], yes: boolean, day: number): void {
    let person = this.records.get(id);
    if (!person) {
      person = { sex, entries: new Map() };
      this.records.set(id, person);
    } else if (person.sex !== sex) {
      person.sex = DISAGREEING_SEX;
    }
    const rule = this.rule;
    const value = rule === 'any' ? (yes ? 1 : 0) : day * 2 + (yes ? 1 : 0);
    for (const layer of layers) {
      const key = step * STEP_SPACE + tableOf[layer]!;
      const previous = person.entries.get(key);
      if (previous === undefined) person.entries.set(key, value);
      else if (rule === 'any') person.entries.set(key, previous | value);
      else if (value >> 1 === previous >> 1) person.entries.set(key, previous | value);
      else if (rule === 'first' ? value >> 1 < previous >> 1 : value >> 1 > previous >> 1) person.entries.set(key, value);
    }
  }

  /**
   * Counts every person once in each step's tables it appeared in. Returns, per step,
   * the persons in the overall table (`overallTable`, -1 when no row reached it).
   */
  countInto(stores: readonly CategoryCells[], overallTable: number): number[] {
    const persons = stores.map(() => 0);
    for (const person of this.records.values()) {
      for (const [key, value] of person.entries) {
        const step = Math.floor(key / STEP_SPACE);
        const table = key - step * STEP_SPACE;
        stores[step]!.add(table, person.sex, value & 1 ? YES : NO, 1);
        if (table === overallTable) persons[step]!++;
      }
    }
    return persons;
  }
}
