/**
 * The secondary suppression as it was before it was made fast (issue 15's performance part),
 * kept verbatim as a test oracle: src/report/secondary-suppression.ts must hide exactly the
 * same units on every table (tests/report/hidden-units-properties.test.ts). It solves the
 * whole system of each relation group at every step, with Maps for rows.
 */
import { cellKey, type UnitTable } from '../../src/report/secondary-suppression.js';
import type { SumRelation } from '../../src/report/sum-relations.js';

/** One equation: pairs of (unknown, coefficient); the right-hand side does not matter. */
type LinearEquation = readonly (readonly [unknown: number, coefficient: number])[];

/** Entries smaller than this are zero: coefficients here are small whole numbers, so rounding stays far below it. */
const TOLERANCE = 1e-9;

type SparseRow = Map<number, number>;

/**
 * The unknowns (0 … unknownCount − 1) whose value follows from the equations, by
 * sparse Gauss–Jordan elimination. Tables of many groups give thousands of unknowns but
 * few per equation, so rows are kept sparse and the pivot row is the shortest one
 * (Markowitz's rule), which keeps them sparse.
 */
export function referenceDeterminedUnknowns(equations: readonly LinearEquation[], unknownCount: number): Set<number> {
  const rows: SparseRow[] = [];
  const rowsWith = new Map<number, Set<number>>();
  const place = (row: number, unknown: number, value: number): void => {
    if (Math.abs(value) <= TOLERANCE) {
      rows[row]!.delete(unknown);
      rowsWith.get(unknown)?.delete(row);
      return;
    }
    rows[row]!.set(unknown, value);
    const holders = rowsWith.get(unknown) ?? new Set<number>();
    holders.add(row);
    rowsWith.set(unknown, holders);
  };
  for (const equation of equations) {
    const row = rows.push(new Map()) - 1;
    for (const [unknown, coefficient] of equation) place(row, unknown, (rows[row]!.get(unknown) ?? 0) + coefficient);
  }
  const pivoted = new Set<number>();
  for (let unknown = 0; unknown < unknownCount; unknown++) {
    // The first of the shortest rows not yet pivoted (looked for without a list of candidates: this runs hundreds of times per table).
    let pivotRow = -1;
    for (const row of rowsWith.get(unknown) ?? []) {
      if (!pivoted.has(row) && (pivotRow < 0 || rows[row]!.size < rows[pivotRow]!.size)) pivotRow = row;
    }
    if (pivotRow < 0) continue;
    const pivot = rows[pivotRow]!;
    const scale = pivot.get(unknown)!;
    // Setting a key a map has keeps its place: no copy needed to change the values while reading them.
    for (const [column, value] of pivot) pivot.set(column, value / scale);
    for (const other of [...(rowsWith.get(unknown) ?? [])]) {
      if (other === pivotRow) continue;
      const factor = rows[other]!.get(unknown)!;
      for (const [column, value] of pivot) place(other, column, (rows[other]!.get(column) ?? 0) - factor * value);
    }
    pivoted.add(pivotRow);
  }
  const determined = new Set<number>();
  for (const row of pivoted) {
    if (rows[row]!.size === 1) determined.add([...rows[row]!.keys()][0]!);
  }
  return determined;
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
  return [...referenceDeterminedUnknowns(equations, unknowns.length)].map((index) => unknowns[index]!);
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
export function referenceHiddenUnits(table: UnitTable, alsoHidden: ReadonlySet<string> = new Set()): Set<string> {
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
