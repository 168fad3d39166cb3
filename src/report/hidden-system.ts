/**
 * What the secondary suppression asks of a group of relations as it hides and shows one
 * sex's units: which hidden units a reader can compute back. Two ways to answer, with the
 * same answers: a table of modest size keeps the echelon form of its whole system and
 * updates it at each change (echelon-form.ts); a larger one solves, at each change, the
 * connected parts the change reaches (relation-index.ts).
 */
import { EchelonForm } from './echelon-form.js';
import { ReachSolver, type RelationIndex } from './relation-index.js';

/** One sex's hidden units (hidden[unit] === 1) of one group of relations, and what they give back. */
export interface HiddenSystem {
  /** Starts from the units hidden now; returns the hidden units given back, in ascending order. */
  start(hidden: Uint8Array): number[];
  /** After the units `added` were hidden (hidden[unit] set already): the hidden units given back, in ascending order. */
  afterHiding(added: readonly number[], hidden: Uint8Array): number[];
  /**
   * Shows `units` (hidden, one or two) when that gives nothing back, asked when nothing is
   * given back; otherwise leaves them hidden and returns a unit that showing them gives back.
   * Returns -1 when they were shown.
   */
  tryShowing(units: readonly number[], hidden: Uint8Array): number;
}

/**
 * Forms up to this many entries are kept whole: 2^21 entries (16 MB) is a table of about
 * a thousand units. Larger tables are solved a part at a time.
 */
export const MOST_ECHELON_ENTRIES = 1 << 21;

/** Reused per group of relations: their buffers are the expensive part to make. */
const FORMS = new WeakMap<RelationIndex, EchelonForm>();
const SOLVERS = new WeakMap<RelationIndex, ReachSolver>();

/** The system of a group of relations: its whole echelon form when it has at most `mostEntries` entries, else solved by parts. */
export function hiddenSystemOf(index: RelationIndex, mostEntries: number = MOST_ECHELON_ENTRIES): HiddenSystem {
  if (EchelonForm.entries(index) <= mostEntries) {
    let form = FORMS.get(index);
    if (form === undefined) FORMS.set(index, (form = new EchelonForm(index)));
    return new EchelonSystem(index, form);
  }
  let solver = SOLVERS.get(index);
  if (solver === undefined) SOLVERS.set(index, (solver = new ReachSolver(index)));
  return new PartSystem(index, solver);
}

/** The hidden units that are members of some relation, in ascending order. */
export function hiddenMembers(index: RelationIndex, hidden: Uint8Array): number[] {
  const units: number[] = [];
  for (let unit = 0; unit < index.unitBound; unit++) if (hidden[unit] === 1 && index.involves(unit)) units.push(unit);
  return units;
}

/** The whole system's echelon form, updated at each change. */
class EchelonSystem implements HiddenSystem {
  constructor(
    private readonly index: RelationIndex,
    private readonly form: EchelonForm,
  ) {}

  start(hidden: Uint8Array): number[] {
    this.form.clear();
    for (const unit of hiddenMembers(this.index, hidden)) this.form.hide(unit);
    const exposed: number[] = [];
    this.form.determined(exposed);
    return exposed;
  }

  afterHiding(added: readonly number[]): number[] {
    for (const unit of added) if (this.index.involves(unit)) this.form.hide(unit);
    const exposed: number[] = [];
    this.form.determined(exposed);
    return exposed;
  }

  tryShowing(units: readonly number[], hidden: Uint8Array): number {
    const form = this.form;
    if (units.length === 1) {
      const exposed = form.showingGivesBack(units[0]!);
      if (exposed >= 0) return exposed;
      form.show(units[0]!);
      hidden[units[0]!] = 0;
      return -1;
    }
    form.save();
    for (const unit of units) form.show(unit);
    const exposed: number[] = [];
    form.determined(exposed);
    if (exposed.length > 0) {
      form.restore();
      return exposed[0]!;
    }
    for (const unit of units) hidden[unit] = 0;
    return -1;
  }
}

/**
 * Solved by connected parts: nothing is kept between changes. A part a change does not
 * reach is unchanged, so only the reached parts are solved (the callers ask only when
 * nothing was given back before, or, after hiding, where the new units are).
 */
class PartSystem implements HiddenSystem {
  constructor(
    private readonly index: RelationIndex,
    private readonly solver: ReachSolver,
  ) {}

  start(hidden: Uint8Array): number[] {
    const exposed: number[] = [];
    this.solver.determinedFrom(hiddenMembers(this.index, hidden), hidden, exposed);
    return exposed;
  }

  afterHiding(added: readonly number[], hidden: Uint8Array): number[] {
    const exposed: number[] = [];
    this.solver.determinedFrom(added, hidden, exposed);
    return exposed;
  }

  tryShowing(units: readonly number[], hidden: Uint8Array): number {
    for (const unit of units) hidden[unit] = 0;
    const exposed = this.givenBack(units, hidden);
    if (exposed >= 0) for (const unit of units) hidden[unit] = 1;
    return exposed;
  }

  /** A unit given back once `shown` are shown: a relation of theirs with one hidden member left gives it at once, else their parts are solved. */
  private givenBack(shown: readonly number[], hidden: Uint8Array): number {
    const index = this.index;
    for (const unit of shown) {
      for (let at = index.firstRelation(unit), end = index.endOfRelations(unit); at < end; at++) {
        const relation = index.relationAt(at);
        let hiddenMembers = 0;
        let last = -1;
        for (let position = index.firstMember(relation), stop = index.endOfMembers(relation); position < stop && hiddenMembers < 2; position++) {
          const member = index.memberAt(position);
          if (hidden[member] === 1) {
            hiddenMembers++;
            last = member;
          }
        }
        if (hiddenMembers === 1) return last;
      }
    }
    const exposed: number[] = [];
    this.solver.determinedFrom(shown, hidden, exposed);
    return exposed.length > 0 ? exposed[0]! : -1;
  }
}
