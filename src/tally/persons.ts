/**
 * Counting persons instead of rows (`unit:`): a person's rows are remembered per step
 * and table, reduced by the unit's rule (yes if any row is yes, or the outcome of the
 * first or last row by date: for a categorical or numeric step, that row's category or
 * value), and each person is counted once per step and table when the tally finishes.
 * Memory grows with persons × tables they appear in, not rows.
 *
 * Order never matters: when several of a person's rows share the first (or last) date,
 * the step's tie rule picks among their values (yes over no, as `any` within the tie;
 * for the other kinds an order of the values themselves, see Tally). Taking the first
 * or last row seen would make the count depend on how the extract is sorted.
 * For the same reason a person's sex is not that of their first row: it is the sex all
 * their counted rows agree on, and a person whose rows disagree (a girl in one row, a boy
 * or an unrecognised value in another) counts as other/unknown sex, in every step and
 * table, where the disagreement is counted and published instead of settled by row order.
 */
import type { UnitConfig } from '../config/types.js';
import { SEX_CATEGORIES, YES, type CellStore } from './cell-store.js';

/** The category of a person whose rows disagree on sex: other/unknown. */
const DISAGREEING_SEX = SEX_CATEGORIES.indexOf('other');

/** Entries are keyed step * STEP_SPACE + table. */
const STEP_SPACE = 2 ** 32;
/**
 * An entry is day * VALUE_SPACE + value (day 0 under rule any): a yes/no value (YES or
 * NO) fits in 2, as before other kinds existed, so entries stay small integers; a
 * category's index or a number's id in 2^32.
 */
const BINARY_SPACE = 2;
const VALUE_SPACE = 2 ** 32;

interface PersonRecord {
  /** The sex all the person's counted rows agree on, else DISAGREEING_SEX (an index into SEX_CATEGORIES). */
  sex: number;
  /** step * STEP_SPACE + table → day * space + value. */
  readonly entries: Map<number, number>;
}

/**
 * Per step, true when value `a` is kept over `b` from rows of the same day; for a
 * yes/no step (values YES and NO, each below 2), `a` is YES.
 */
export type TieBreak = (a: number, b: number) => boolean;

/** The tie rule of a yes/no step: yes over no. */
const preferYes: TieBreak = (a) => a === YES;

/** The persons seen, with their outcome per step and table. */
export class Persons {
  private readonly records = new Map<string, PersonRecord>();

  /**
   * `tieBreaks`: per step, its tie rule (none given: every step is yes/no); `binary`:
   * per step, true when its values are only YES and NO (none given: every step).
   */
  constructor(
    private readonly rule: UnitConfig['rule'],
    private readonly tieBreaks: readonly TieBreak[] = [],
    private readonly binary: readonly boolean[] = [],
  ) {}

  /** Notes a person's row in one step: its `value` in each table `tableOf[layer]` of the step's layers, on `day`. */
  note(id: string, sex: number, step: number, tableOf: Int32Array, layers: readonly number[], value: number, day: number): void {
    let person = this.records.get(id);
    if (!person) {
      person = { sex, entries: new Map() };
      this.records.set(id, person);
    } else if (person.sex !== sex) {
      person.sex = DISAGREEING_SEX;
    }
    const rule = this.rule;
    const space = this.spaceOf(step);
    const rowDay = rule === 'any' ? 0 : day;
    const prefer = this.tieBreaks[step] ?? preferYes;
    for (const layer of layers) {
      const key = step * STEP_SPACE + tableOf[layer]!;
      const previous = person.entries.get(key);
      if (previous === undefined) {
        person.entries.set(key, rowDay * space + value);
        continue;
      }
      const previousDay = Math.floor(previous / space);
      if (rowDay === previousDay) {
        if (prefer(value, previous - previousDay * space)) person.entries.set(key, rowDay * space + value);
      } else if (rule === 'first' ? rowDay < previousDay : rowDay > previousDay) {
        person.entries.set(key, rowDay * space + value);
      }
    }
  }

  private spaceOf(step: number): number {
    return this.binary[step] ?? true ? BINARY_SPACE : VALUE_SPACE;
  }

  /**
   * Counts every person once in each step's tables it appeared in. Returns, per step,
   * the persons in the overall table (`overallTable`, -1 when no row reached it).
   */
  countInto(stores: readonly CellStore[], overallTable: number): number[] {
    const persons = stores.map(() => 0);
    for (const person of this.records.values()) {
      for (const [key, entry] of person.entries) {
        const step = Math.floor(key / STEP_SPACE);
        const table = key - step * STEP_SPACE;
        const space = this.spaceOf(step);
        stores[step]!.add(table, person.sex, entry - Math.floor(entry / space) * space, 1);
        if (table === overallTable) persons[step]!++;
      }
    }
    return persons;
  }
}
