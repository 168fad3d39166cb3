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

function cellSize(table: CountTable, row: number, sex: number): number {
  return table.counts[row]![sex]!.reduce((sum, count) => sum + count, 0);
}

function compareLexically(a: readonly number[], b: readonly number[]): number {
  const index = a.findIndex((value, position) => value !== b[position]);
  return index < 0 ? 0 : a[index]! - b[index]!;
}

const membersOf = (relation: SumRelation): number[] => [relation.total, ...relation.parts];

/** The hidden rows of one sex that the visible rows give back. */
function recoverable(relations: readonly SumRelation[], hidden: ReadonlySet<number>): number[] {
  const involved = new Set(relations.flatMap(membersOf));
  const unknowns = [...hidden].filter((row) => involved.has(row)).sort((a, b) => a - b);
  const position = new Map(unknowns.map((row, index) => [row, index]));
  const equations: LinearEquation[] = relations.map((relation) =>
    membersOf(relation)
      .filter((row) => hidden.has(row))
      .map((row) => [position.get(row)!, row === relation.total ? 1 : -1] as const),
  );
  return [...determinedUnknowns(equations, unknowns.length)].map((index) => unknowns[index]!);
}

/**
 * The visible row that best protects `row`: from the relations around it (widening
 * through hidden rows when those have no visible member), the smallest non-empty group
 * cell, else an overall cell, else an empty one.
 */
function complementFor(row: number, sex: number, table: CountTable, relations: readonly SumRelation[], hidden: ReadonlySet<number>): number | null {
  const rank = (candidate: number): [number, number, number, number] => {
    const size = cellSize(table, candidate, sex);
    const place = table.places[candidate]!;
    return [size === 0 ? 1 : 0, place.by === null ? 1 : 0, size, candidate];
  };
  const reached = new Set([row]);
  let frontier = [row];
  while (frontier.length > 0) {
    const around = relations.filter((relation) => membersOf(relation).some((member) => frontier.includes(member)));
    const visible = [...new Set(around.flatMap(membersOf))].filter((member) => !hidden.has(member));
    if (visible.length > 0) {
      return visible.sort((a, b) => compareLexically(rank(a), rank(b)))[0]!;
    }
    frontier = [...new Set(around.flatMap(membersOf))].filter((member) => !reached.has(member));
    frontier.forEach((member) => reached.add(member));
  }
  return null;
}

/** Adds complements to one sex's hidden rows until none can be recovered. */
function protect(table: CountTable, sex: number, relations: readonly SumRelation[], hidden: Set<number>): void {
  for (;;) {
    const exposed = recoverable(relations, hidden);
    if (exposed.length === 0) return;
    const touched = new Set<SumRelation>();
    for (const row of exposed) {
      const around = relations.filter((relation) => membersOf(relation).includes(row));
      if (around.some((relation) => touched.has(relation))) continue;
      const complement = complementFor(row, sex, table, relations, hidden);
      if (complement === null) throw new Error(`no cell can protect row ${row} of the published table`);
      hidden.add(complement);
      relations.filter((relation) => membersOf(relation).includes(complement)).forEach((relation) => touched.add(relation));
    }
  }
}

/**
 * The cells to hide: every cell with a count from 1 to below − 1, the cells in
 * `alsoHidden`, and the complements that keep them from being computed back.
 */
export function hiddenCells(table: CountTable, below: number, alsoHidden: ReadonlySet<string> = new Set()): Set<string> {
  const relations = sumRelations(table.places);
  const steps = new Map<string, SumRelation[]>();
  for (const relation of relations) {
    const step = table.places[relation.total]!.step;
    steps.set(step, [...(steps.get(step) ?? []), relation]);
  }
  const result = new Set<string>();
  for (let sex = 0; sex < table.sexes; sex++) {
    const hidden = new Set<number>();
    table.counts.forEach((cells, row) => {
      if (cells[sex]!.some((count) => isSmallCount(count, below)) || alsoHidden.has(cellKey(row, sex))) hidden.add(row);
    });
    for (const stepRelations of steps.values()) protect(table, sex, stepRelations, hidden);
    hidden.forEach((row) => result.add(cellKey(row, sex)));
  }
  return result;
}
