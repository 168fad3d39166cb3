/**
 * Disclosure control of the row accounting. A reader knows more sums than the tables'
 * (sum-relations.ts): the step's cases are its overall row summed over the sexes
 * (female + male + other), the rows it takes are the rows used plus the exclusions, the
 * rows read are the input exclusions plus the step's rows plus the rows not in it, and
 * two steps with the same `among` take the same rows and lose the same rows for a missing
 * sex or personnummer. With the female and male n of a step's overall row shown, a small
 * other-sex count would follow from "rows used − girls − boys".
 *
 * The rule keeps the headline numbers (each step's overall female and male n) and hides
 * the accounting instead, one level at a time, until no hidden count of the tables
 * follows from everything published (an exact check, determined-unknowns.ts):
 *   1. the step's split: rows used, cases, persons and the exclusions by reason (their
 *      reasons stay named); the other-sex count then only shows combined with them;
 *   2. the same split in every step with the same `among` (the same rows taken);
 *   3. the step's rows and rows not in it (when it leaves rows out; a step that takes
 *      every row has nothing to hide them behind), in those steps too;
 *   4. only then a female or male n of the overall row (an extract where nothing else
 *      can protect a small other-sex count: no exclusions and every row taken).
 * Steps with `categories:` and `measure:` (issue 15) keep their rows in tables of their own
 * (AccountedTable): their n per sex sums the same way, and a categorical table adds its own
 * sums (a row's categories add up to its n), so the check sees everything a reader has.
 */
import type { Report, Result, StepSummary } from '../model/report.js';
import { determinedUnknowns, type LinearEquation } from './determined-unknowns.js';
import { cellKey } from './secondary-suppression.js';
import { sumRelations, type RowPlace } from './sum-relations.js';

/** How much of a step's accounting is hidden: nothing, the split (used, cases, persons, exclusions), or also rows and rows not in the step. */
export type AccountingLevel = 0 | 1 | 2;

/** What to hide: a level per step, or a cell of the tables that must be hidden first. */
export type AccountingPlan = { readonly levels: readonly AccountingLevel[]; readonly hideCell: null } | { readonly levels: readonly AccountingLevel[]; readonly hideCell: string };

const SEXES = 3;

/**
 * The rows of steps of another kind (categories, measures) as the accounting sees them: each
 * row's n per sex (a key into the table's own hidden set), and the table's own known sums
 * beyond the n's over groups (which the accounting adds from the places).
 */
export interface AccountedTable {
  readonly places: readonly RowPlace[];
  readonly n: (row: number, sex: number) => number;
  /** The key of a row's n for one sex, as in `hidden`. */
  readonly nKey: (row: number, sex: number) => string;
  readonly hidden: ReadonlySet<string>;
  /** The step of the row a key (an n or another value of the table) belongs to. */
  readonly stepOf: (key: string) => string;
  /** Sums a reader knows among the table's values: (key, coefficient) terms adding to a known value. */
  readonly equations: readonly (readonly (readonly [key: string, coefficient: number])[])[];
}

/** A value of table `table`'s key as the accounting names it (and as planAccounting's hideCell names a value of such a table). */
export const tableKey = (table: number, key: string): string => `t${table}:${key}`;
/** Exclusions that do not depend on the step's outcome: equal in steps with the same `among`. */
export const ROW_LEVEL_EXCLUSIONS: ReadonlySet<string> = new Set(['missing-sex', 'invalid-personnummer']);

function rowLevelExclusions(step: StepSummary): string {
  return JSON.stringify(step.excluded.filter((exclusion) => ROW_LEVEL_EXCLUSIONS.has(exclusion.reason)).map((exclusion) => [exclusion.reason, exclusion.rows]));
}

/**
 * Steps that may share their `among`: the same rows taken, the same rows not taken and the
 * same row-level exclusions (a step with another `among` may match by chance; treating it
 * as a partner only hides more).
 */
export function partnersOf(steps: readonly StepSummary[]): number[][] {
  const signature = steps.map((step) => JSON.stringify([step.rows, step.notSelected, rowLevelExclusions(step)]));
  return steps.map((_, position) => steps.flatMap((__, other) => (other !== position && signature[other] === signature[position] ? [other] : [])));
}

/** The linear system a reader has: unknowns are hidden values, equations the known sums. */
class System {
  private readonly index = new Map<string, number>();
  readonly equations: LinearEquation[] = [];

  constructor(private readonly isHidden: (key: string) => boolean) {}

  /** Adds Σ coefficient · value = known; visible values are part of the known side. */
  add(terms: readonly (readonly [key: string, coefficient: number])[]): void {
    this.addHidden(terms.filter(([key]) => this.isHidden(key)));
  }

  /** Adds Σ coefficient · value = known, every value in it hidden. */
  addHidden(terms: readonly (readonly [key: string, coefficient: number])[]): void {
    const equation: [number, number][] = [];
    for (let term = 0; term < terms.length; term++) {
      const [key, coefficient] = terms[term]!;
      let position = this.index.get(key);
      if (position === undefined) {
        position = this.index.size;
        this.index.set(key, position);
      }
      equation.push([position, coefficient]);
    }
    if (equation.length > 0) this.equations.push(equation);
  }

  /** The system it was copied from: its unknowns and equations come first here. */
  private base: System | null = null;
  /** What this system's equations pin down, by position, once asked (a base is asked by each of its copies). */
  private pinned: Set<number> | null = null;

  /** A system with the same unknowns and equations, to add more to without changing this one. */
  copy(): System {
    const copied = new System(this.isHidden);
    for (const [key, position] of this.index) copied.index.set(key, position);
    for (const equation of this.equations) copied.equations.push(equation);
    copied.base = this;
    return copied;
  }

  /** The hidden values the equations pin down, by key, in the order the values entered. */
  determined(): Set<string> {
    const keys = [...this.index.keys()];
    return new Set([...this.determinedPositions()].map((position) => keys[position]!));
  }

  /**
   * The positions pinned down, ascending. A copy's connected parts that none of its own
   * equations reach are parts of its base, unchanged: their answer is the base's (solved
   * once for all its copies); only the parts its own equations reach are solved.
   */
  private determinedPositions(): Set<number> {
    if (this.pinned !== null) return this.pinned;
    const base = this.base;
    if (base === null) return (this.pinned = determinedUnknowns(this.equations, this.index.size));
    const count = this.index.size;
    const parent = new Int32Array(count);
    for (let position = 0; position < count; position++) parent[position] = position;
    const root = (position: number): number => {
      while (parent[position] !== position) position = parent[position] = parent[parent[position]!]!;
      return position;
    };
    for (const equation of this.equations) {
      for (const [position] of equation) {
        const [first, other] = [root(equation[0]![0]), root(position)];
        if (first !== other) parent[other] = first;
      }
    }
    // Reached: the parts of the copy's own equations and of its own unknowns.
    const reached = new Uint8Array(count);
    for (let at = base.equations.length; at < this.equations.length; at++) reached[root(this.equations[at]![0]![0])] = 1;
    for (let position = base.index.size; position < count; position++) reached[root(position)] = 1;
    const local = new Int32Array(count).fill(-1);
    const positions: number[] = [];
    for (let position = 0; position < count; position++) {
      if (reached[root(position)] === 1) local[position] = positions.push(position) - 1;
    }
    const equations = this.equations.filter((equation) => local[equation[0]![0]]! >= 0).map((equation) => equation.map(([position, coefficient]) => [local[position]!, coefficient] as const));
    const solved = determinedUnknowns(equations, positions.length);
    const unchanged = base.determinedPositions();
    const pinned = new Set<number>();
    for (let position = 0; position < count; position++) {
      if (local[position]! >= 0 ? solved.has(local[position]!) : unchanged.has(position)) pinned.add(position);
    }
    return (this.pinned = pinned);
  }
}

/*
 * The unknowns of the tables are each hidden cell's n (and yes, with no = n − yes). The
 * tables' sums hold for n and for yes alike, and the accounting speaks of n only, so the
 * system falls into an n part and a yes part; the tables' own suppression already keeps
 * every yes, so only the n part is solved here, and a hidden cell is safe when its n is.
 */
const nKey = (row: number, sex: number): string => `cell:${row}:${sex}:n`;
const stepKey = (step: number, field: string): string => `step:${step}:${field}`;

/** The places of each array of results, one array for the results' life (sum-relations.ts makes the relations of an array once). */
const RESULT_PLACES = new WeakMap<readonly Result[], readonly RowPlace[]>();
function resultPlaces(results: readonly Result[]): readonly RowPlace[] {
  let places = RESULT_PLACES.get(results);
  if (places === undefined) RESULT_PLACES.set(results, (places = results.map(({ step, period, by, group }) => ({ step, period, by, group }))));
  return places;
}

/** Whether a value is hidden: a cell or table value by the tables' hidden sets, a step's field by its level (read when asked: the levels change). */
function hiddenTest(hiddenCells: ReadonlySet<string>, levels: readonly AccountingLevel[], tables: readonly AccountedTable[]): (key: string) => boolean {
  // nKey(row, sex) is `cell:${row}:${sex}:n`: the cell's key is what lies between "cell:" and ":n".
  const cellHidden = (key: string): boolean => hiddenCells.has(key.slice('cell:'.length, -':n'.length));
  const tableHidden = (key: string): boolean => {
    const at = key.indexOf(':');
    return tables[Number(key.slice(1, at))]!.hidden.has(key.slice(at + 1));
  };
  const splitFields = new Set(['used', 'cases', 'persons']);
  const isHidden = (key: string): boolean => {
    if (key.startsWith('cell:')) return cellHidden(key);
    if (key.startsWith('t')) return tableHidden(key);
    const [, step, field] = key.split(':');
    const level = levels[Number(step)]!;
    if (field === 'rows' || field === 'notSelected') return level >= 2;
    return level >= 1 && (splitFields.has(field!) || field!.startsWith('excluded.'));
  };
  return isHidden;
}

/** The sums of the tables (the yes/no rows' and the other kinds'), which do not depend on the accounting's levels. */
function tableSums(report: Report, hiddenCells: ReadonlySet<string>, tables: readonly AccountedTable[], isHidden: (key: string) => boolean): System {
  const system = new System(isHidden);
  // The tables' sums name thousands of values, few of them hidden: only hidden ones get a key.
  const relations = sumRelations(resultPlaces(report.results));
  for (let at = 0; at < relations.length; at++) {
    const { total, parts } = relations[at]!;
    for (let sex = 0; sex < SEXES; sex++) {
      const terms: Array<readonly [string, number]> = [];
      if (hiddenCells.has(cellKey(total, sex))) terms.push([nKey(total, sex), 1]);
      for (let part = 0; part < parts.length; part++) if (hiddenCells.has(cellKey(parts[part]!, sex))) terms.push([nKey(parts[part]!, sex), -1]);
      system.addHidden(terms);
    }
  }
  tables.forEach((table, position) => {
    const relations = sumRelations(table.places);
    for (let at = 0; at < relations.length; at++) {
      const { total, parts } = relations[at]!;
      for (let sex = 0; sex < SEXES; sex++) {
        const terms: Array<readonly [string, number]> = [];
        const totalKey = table.nKey(total, sex);
        if (table.hidden.has(totalKey)) terms.push([tableKey(position, totalKey), 1]);
        for (let part = 0; part < parts.length; part++) {
          const key = table.nKey(parts[part]!, sex);
          if (table.hidden.has(key)) terms.push([tableKey(position, key), -1]);
        }
        system.addHidden(terms);
      }
    }
    const equations = table.equations;
    for (let at = 0; at < equations.length; at++) {
      const equation = equations[at]!;
      const terms: Array<readonly [string, number]> = [];
      for (let term = 0; term < equation.length; term++) if (table.hidden.has(equation[term]![0])) terms.push([tableKey(position, equation[term]![0]), equation[term]![1]]);
      system.addHidden(terms);
    }
  });
  return system;
}

/** The hidden cells of the tables that a reader can compute from the tables' sums and the accounting as `isHidden` leaves it. */
function exposedCells(report: Report, sums: System, partners: readonly number[][], tables: readonly AccountedTable[]): string[] {
  const system = sums.copy();
  const overallKeys = report.steps.map((step) => overallNKeys(report, tables, step.name));
  const overallRow = overallKeys.map((keys) => (keys === null ? -1 : 0));
  const overallTerms = (step: number, sign: number): Array<readonly [string, number]> => (overallKeys[step] ?? []).map((key) => [key, sign] as const);
  report.steps.forEach((step, position) => {
    const key = (field: string): string => stepKey(position, field);
    system.add([[key('rows'), 1], [key('used'), -1], ...step.excluded.map((exclusion) => [key(`excluded.${exclusion.reason}`), -1] as const)]);
    system.add([[key(step.persons === undefined ? 'cases' : 'persons'), 1], ...overallTerms(position, -1)]);
    if (report.settings.countColumn === null) system.add([[key('used'), 1], [key('cases'), -1]]);
    system.add([[key('rows'), 1], [key('notSelected'), 1]]);
    for (const other of partners[position]!) {
      if (other < position) continue;
      const otherKey = (field: string): string => stepKey(other, field);
      system.add([[key('rows'), 1], [otherKey('rows'), -1]]);
      system.add([[key('notSelected'), 1], [otherKey('notSelected'), -1]]);
      for (const exclusion of step.excluded.filter((entry) => ROW_LEVEL_EXCLUSIONS.has(entry.reason))) {
        system.add([[key(`excluded.${exclusion.reason}`), 1], [otherKey(`excluded.${exclusion.reason}`), -1]]);
      }
      // Without outcome exclusions, both steps count the same rows: the same n per sex.
      const outcomeExcluded = (entry: StepSummary): boolean => entry.excluded.some((exclusion) => !ROW_LEVEL_EXCLUSIONS.has(exclusion.reason));
      const [row, otherRow] = [overallRow[position]!, overallRow[other]!];
      if (!outcomeExcluded(step) && !outcomeExcluded(report.steps[other]!) && row >= 0 && otherRow >= 0) {
        for (let sex = 0; sex < SEXES; sex++) system.add([[overallKeys[position]![sex]!, 1], [overallKeys[other]![sex]!, -1]]);
      }
    }
  });
  return [...system.determined()].filter((key) => key.startsWith('cell:') || key.startsWith('t'));
}

/** The keys of a step's overall n per sex, in whichever table holds its rows; null when none does. */
function overallNKeys(report: Report, tables: readonly AccountedTable[], step: string): string[] | null {
  const row = report.results.findIndex((result) => result.step === step && result.by === null && result.period === null);
  if (row >= 0) return Array.from({ length: SEXES }, (_, sex) => nKey(row, sex));
  for (const [position, table] of tables.entries()) {
    const at = table.places.findIndex((place) => place.step === step && place.by === null && place.period === null);
    if (at >= 0) return Array.from({ length: SEXES }, (_, sex) => tableKey(position, table.nKey(at, sex)));
  }
  return null;
}

/** The step an exposed key's row belongs to. */
function stepOfKey(report: Report, tables: readonly AccountedTable[], key: string): string {
  if (key.startsWith('cell:')) return report.results[Number(key.split(':')[1])]!.step;
  const at = key.indexOf(':');
  return tables[Number(key.slice(1, at))]!.stepOf(key.slice(at + 1));
}

/**
 * How much of each step's accounting to hide so that no hidden count of the tables
 * (`hiddenCells`, keys from secondary-suppression.ts) can be computed back, or the table
 * cell that must be hidden first when the accounting alone cannot protect them.
 */
export function planAccounting(report: Report, hiddenCells: ReadonlySet<string>, tables: readonly AccountedTable[] = []): AccountingPlan {
  const partners = partnersOf(report.steps);
  const levels: AccountingLevel[] = report.steps.map(() => 0);
  const stepOf = new Map(report.steps.map((step, position) => [step.name, position]));
  // The tables' sums are the same at every level: made once, and copied to add the accounting's.
  const sums = tableSums(report, hiddenCells, tables, hiddenTest(hiddenCells, levels, tables));
  for (;;) {
    const exposed = exposedCells(report, sums, partners, tables);
    if (exposed.length === 0) return { levels, hideCell: null };
    const step = stepOf.get(stepOfKey(report, tables, exposed[0]!))!;
    const group = [step, ...partners[step]!];
    if (levels[step] === 0) {
      levels[step] = 1;
    } else if (group.some((member) => levels[member] === 0)) {
      group.forEach((member) => (levels[member] = Math.max(levels[member]!, 1) as AccountingLevel));
    } else if (report.steps[step]!.notSelected > 0 && group.some((member) => levels[member]! < 2)) {
      group.forEach((member) => (levels[member] = 2));
    } else {
      // Nothing left to hide in the accounting: a visible female or male cell of the overall row goes.
      const names = new Set(group.map((member) => report.steps[member]!.name));
      const rowsOf = (overallOnly: boolean) =>
        report.results.flatMap((result, at) => (names.has(result.step) && (!overallOnly || (result.by === null && result.period === null)) ? [at] : []));
      const visible = (rows: readonly number[]) => rows.flatMap((at) => [0, 1, 2].map((sex) => cellKey(at, sex))).filter((key) => !hiddenCells.has(key));
      // The step's overall row first (its n per sex is what the accounting sums to), then the
      // overall rows of the steps that may share its rows (their n per sex can equal it), then
      // any visible cell of those steps, smallest first: hiding every cell of them leaves
      // nothing to compute a hidden count from.
      const overall = report.results.findIndex((result) => result.step === report.steps[step]!.name && result.by === null && result.period === null);
      // The other kinds' tables: their rows' n, named tableKey(table, nKey).
      const tableRows = (overallOnly: boolean) =>
        tables.flatMap((table, position) =>
          table.places.flatMap((place, at) =>
            names.has(place.step) && (!overallOnly || (place.by === null && place.period === null))
              ? [0, 1, 2].flatMap((sex) => (table.hidden.has(table.nKey(at, sex)) ? [] : [{ key: tableKey(position, table.nKey(at, sex)), size: table.n(at, sex) }]))
              : [],
          ),
        );
      const ownOverall = overall >= 0 ? visible([overall]).map((key) => ({ key, size: cellSize(report, key) })) : tableRows(true).filter((entry) => stepOfKey(report, tables, entry.key) === report.steps[step]!.name);
      const withSizes = (keys: readonly string[]) => keys.map((key) => ({ key, size: cellSize(report, key) }));
      const candidates = [ownOverall, [...withSizes(visible(rowsOf(true))), ...tableRows(true)], [...withSizes(visible(rowsOf(false))), ...tableRows(false)]].find((entries) => entries.length > 0) ?? [];
      const smallest = candidates.sort((a, b) => a.size - b.size || (a.key < b.key ? -1 : 1))[0]?.key;
      if (smallest === undefined) throw new Error(`no value can protect the row accounting of step ${report.steps[step]!.name}`);
      return { levels, hideCell: smallest };
    }
  }
}

function cellSize(report: Report, key: string): number {
  const [row, sex] = key.split(':').map(Number);
  const result = report.results[row!]!;
  return [result.female, result.male, result.other][sex!]!.n;
}
