/**
 * Which cells of a report to hide. A cell is one sex's counts in one row. Primary
 * suppression hides a cell with a count from 1 to below − 1; secondary suppression then
 * hides more cells, one relation at a time, until no hidden cell follows from the
 * visible ones through the sums a reader knows (sum-relations.ts). Complements are the
 * smallest non-empty cells of a relation, group rows before overall rows, so that
 * little else is lost.
 */
import { determinedUnknowns, type LinearEquation } from './determined-unknowns.js';
import { sumRelations, type RowPlace, type SumRelation } from './sum-relations.js';

/** A table to protect: its rows' places and, per row and sex, the counts a reader could see. */
export interface CountTable {
  readonly places: readonly RowPlace[];
  /** counts[row][sex]: that cell's counts (for example yes and no). */
  readonly counts: readonly (readonly (readonly number[])[])[];
  /** The number of sexes (cells per row). */
  readonly sexes: number;
}

/** A hidden cell: a row and a sex, as indices into the table. */
export const cellKey = (row: number, sex: number): string => `${row}:${sex}`;

/** True when a count would identify few enough people to be hidden. */
export function isSmallCount(count: number, below: number): boolean {
  return count >= 1 && count < below;
}

function compareLexically(a: readonly number[], b: readonly number[]): number {
  const index = a.findIndex((value, position) => value !== b[position]);
  return index < 0 ? 0 : a[index]! - b[index]!;
}

/**
 * A relation's members, its total first: made once per relation and kept, since the search
 * for complements asks for every relation's members at every step (new arrays each time
 * was garbage by the megabyte in a categorical step's suppression at 1 M rows).
 */
const MEMBERS = new WeakMap<SumRelation, readonly number[]>();
function membersOf(relation: SumRelation): readonly number[] {
  let members = MEMBERS.get(relation);
  if (members === undefined) MEMBERS.set(relation, (members = [relation.total, ...relation.parts]));
  return members;
}

/** Every member of some relation, made once per group of relations (recoverable is asked hundreds of times per group). */
const INVOLVED = new WeakMap<readonly SumRelation[], ReadonlySet<number>>();
function involvedIn(relations: readonly SumRelation[]): ReadonlySet<number> {
  let involved = INVOLVED.get(relations);
  if (involved === undefined) INVOLVED.set(relations, (involved = new Set(relations.flatMap(membersOf))));
  return involved;
}

/** The hidden rows of one sex that the visible rows give back. */
function recoverable(relations: readonly SumRelation[], hidden: ReadonlySet<number>): number[] {
  const involved = involvedIn(relations);
  const found: number[] = [];
  for (const row of hidden) if (involved.has(row)) found.push(row);
  // Ascending, as numbers (a typed array's sort needs no comparator).
  const unknowns = Int32Array.from(found).sort();
  const position = new Map<number, number>();
  unknowns.forEach((row, index) => position.set(row, index));
  const equations: LinearEquation[] = relations.map((relation) =>
    membersOf(relation)
      .filter((row) => hidden.has(row))
      .map((row) => [position.get(row)!, row === relation.total ? 1 : -1] as const),
  );
  return [...determinedUnknowns(equations, unknowns.length)].map((index) => unknowns[index]!);
}

/**
 * A table of units to protect, more general than CountTable: the units of one sex are
 * related by known sums, and each has a size and a tier (lower tiers are taken as
 * complements first). A yes/no table's units are its rows; a categorical table's are each
 * row's categories and its n (categorical-suppression.ts).
 */
export interface UnitTable {
  readonly units: number;
  readonly sexes: number;
  /** The count a unit holds for one sex. */
  readonly size: (unit: number, sex: number) => number;
  /** True when the unit must be hidden for that sex whatever else is (a small count). */
  readonly small: (unit: number, sex: number) => boolean;
  /** Complements come from the lowest tier first (groups before the overall row). */
  readonly tier: (unit: number) => number;
  /** The known sums among the units, in groups that do not touch each other (one per step). */
  readonly relationGroups: readonly (readonly SumRelation[])[];
  /**
   * True to give back, after protecting, every complement that is not needed: the greedy
   * choice of complements, one relation at a time, can take more than it must when a unit
   * sits in two relations (a category of a group: its row and its column).
   */
  readonly prune?: boolean;
}

/**
 * The visible unit that best protects `unit`: from the relations around it (widening
 * through hidden units when those have no visible member), the smallest non-empty unit
 * of the lowest tier, else of a higher tier, else an empty one.
 */
function complementFor(unit: number, sex: number, table: UnitTable, relations: readonly SumRelation[], hidden: ReadonlySet<number>): number | null {
  const rank = (candidate: number): [number, number, number, number] => {
    const size = table.size(candidate, sex);
    return [size === 0 ? 1 : 0, table.tier(candidate), size, candidate];
  };
  // Ranked once per candidate, not once per comparison (the candidate ends every rank: no ties).
  const best = (candidates: readonly number[]): number => {
    const ranked = candidates.map((candidate) => ({ candidate, rank: rank(candidate) }));
    return ranked.sort((a, b) => compareLexically(a.rank, b.rank))[0]!.candidate;
  };
  const reached = new Set([unit]);
  let frontier = [unit];
  while (frontier.length > 0) {
    const around = relations.filter((relation) => membersOf(relation).some((member) => frontier.includes(member)));
    const visible = [...new Set(around.flatMap(membersOf))].filter((member) => !hidden.has(member));
    if (visible.length > 0) {
      return best(visible);
    }
    frontier = [...new Set(around.flatMap(membersOf))].filter((member) => !reached.has(member));
    frontier.forEach((member) => reached.add(member));
  }
  return null;
}

/** Adds complements to one sex's hidden units until none can be recovered. */
function protect(table: UnitTable, sex: number, relations: readonly SumRelation[], hidden: Set<number>): void {
  for (;;) {
    const exposed = recoverable(relations, hidden);
    if (exposed.length === 0) return;
    const touched = new Set<SumRelation>();
    for (const unit of exposed) {
      const around = relations.filter((relation) => membersOf(relation).includes(unit));
      if (around.some((relation) => touched.has(relation))) continue;
      const complement = complementFor(unit, sex, table, relations, hidden);
      if (complement === null) throw new Error(`no cell can protect row ${unit} of the published table`);
      hidden.add(complement);
      relations.filter((relation) => membersOf(relation).includes(complement)).forEach((relation) => touched.add(relation));
    }
  }
}

/** Pairs of complements are tried only up to this many complements (their number grows as its square). */
const MOST_COMPLEMENTS_FOR_PAIRS = 40;

/**
 * Shows again, largest first, each complement whose hiding protects nothing that the others
 * do not, then each pair of complements that can only be shown together (two of one row,
 * each determined by the other once the row's sum is known).
 */
function prune(table: UnitTable, sex: number, relations: readonly SumRelation[], hidden: Set<number>, alsoHidden: ReadonlySet<string>): void {
  const members = new Set(relations.flatMap(membersOf));
  const complementsOf = () =>
    [...hidden]
      .filter((unit) => members.has(unit) && !table.small(unit, sex) && !alsoHidden.has(cellKey(unit, sex)))
      .sort((a, b) => table.size(b, sex) - table.size(a, sex) || b - a);
  for (const unit of complementsOf()) {
    hidden.delete(unit);
    if (recoverable(relations, hidden).length > 0) hidden.add(unit);
  }
  const complements = complementsOf();
  if (complements.length > MOST_COMPLEMENTS_FOR_PAIRS) return;
  for (const [position, first] of complements.entries()) {
    for (const second of complements.slice(position + 1)) {
      if (!hidden.has(first) || !hidden.has(second)) continue;
      hidden.delete(first);
      hidden.delete(second);
      if (recoverable(relations, hidden).length > 0) {
        hidden.add(first);
        hidden.add(second);
      }
    }
  }
}

/**
 * The units to hide (keys cellKey(unit, sex)): every small unit, the units in
 * `alsoHidden`, and the complements that keep them from being computed back.
 */
export function hiddenUnits(table: UnitTable, alsoHidden: ReadonlySet<string> = new Set()): Set<string> {
  const result = new Set<string>();
  for (let sex = 0; sex < table.sexes; sex++) {
    const hidden = new Set<number>();
    for (let unit = 0; unit < table.units; unit++) {
      if (table.small(unit, sex) || alsoHidden.has(cellKey(unit, sex))) hidden.add(unit);
    }
    for (const relations of table.relationGroups) {
      protect(table, sex, relations, hidden);
      if (table.prune === true) prune(table, sex, relations, hidden, alsoHidden);
    }
    hidden.forEach((unit) => result.add(cellKey(unit, sex)));
  }
  return result;
}

/** The relations of a table's rows, grouped by step (steps never share a sum). */
export function relationsByStep(places: readonly RowPlace[]): SumRelation[][] {
  const steps = new Map<string, SumRelation[]>();
  for (const relation of sumRelations(places)) {
    const step = places[relation.total]!.step;
    const relations = steps.get(step);
    if (relations === undefined) steps.set(step, [relation]);
    else relations.push(relation);
  }
  return [...steps.values()];
}

/**
 * The cells to hide: every cell with a count from 1 to below − 1, the cells in
 * `alsoHidden`, and the complements that keep them from being computed back.
 */
export function hiddenCells(table: CountTable, below: number, alsoHidden: ReadonlySet<string> = new Set()): Set<string> {
  return hiddenUnits(
    {
      units: table.places.length,
      sexes: table.sexes,
      size: (row, sex) => table.counts[row]![sex]!.reduce((sum, count) => sum + count, 0),
      small: (row, sex) => table.counts[row]![sex]!.some((count) => isSmallCount(count, below)),
      tier: (row) => (table.places[row]!.by === null ? 1 : 0),
      relationGroups: relationsByStep(table.places),
    },
    alsoHidden,
  );
}
