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
 */
import type { Report, StepSummary } from '../model/report.js';
import { determinedUnknowns, type LinearEquation } from './determined-unknowns.js';
import { cellKey } from './secondary-suppression.js';
import { sumRelations } from './sum-relations.js';

/** How much of a step's accounting is hidden: nothing, the split (used, cases, persons, exclusions), or also rows and rows not in the step. */
export type AccountingLevel = 0 | 1 | 2;

/** What to hide: a level per step, or a cell of the tables that must be hidden first. */
export type AccountingPlan = { readonly levels: readonly AccountingLevel[]; readonly hideCell: null } | { readonly levels: readonly AccountingLevel[]; readonly hideCell: string };

const SEXES = 3;
/** Exclusions that do not depend on the step's outcome: equal in steps with the same `among`. */
const ROW_LEVEL_EXCLUSIONS: ReadonlySet<string> = new Set(['missing-sex', 'invalid-personnummer']);

function rowLevelExclusions(step: StepSummary): string {
  return JSON.stringify(step.excluded.filter((exclusion) => ROW_LEVEL_EXCLUSIONS.has(exclusion.reason)).map((exclusion) => [exclusion.reason, exclusion.rows]));
}

/**
 * Steps that may share their `among`: the same rows taken, the same rows not taken and the
 * same row-level exclusions (a step with another `among` may match by chance; treating it
 * as a partner only hides more).
 */
function partnersOf(steps: readonly StepSummary[]): number[][] {
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
    const equation: [number, number][] = [];
    for (const [key, coefficient] of terms) {
      if (!this.isHidden(key)) continue;
      let position = this.index.get(key);
      if (position === undefined) {
        position = this.index.size;
        this.index.set(key, position);
      }
      equation.push([position, coefficient]);
    }
    if (equation.length > 0) this.equations.push(equation);
  }

  /** The hidden values the equations pin down, by key. */
  determined(): Set<string> {
    const keys = [...this.index.keys()];
    return new Set([...determinedUnknowns(this.equations, keys.length)].map((position) => keys[position]!));
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

/** The hidden cells of the tables that a reader can compute, given the accounting hidden to these levels. */
function exposedCells(report: Report, hiddenCells: ReadonlySet<string>, levels: readonly AccountingLevel[], partners: readonly number[][]): string[] {
  const cellHidden = (key: string): boolean => hiddenCells.has(key.split(':').slice(1, 3).join(':'));
  const splitFields = new Set(['used', 'cases', 'persons']);
  const isHidden = (key: string): boolean => {
    if (key.startsWith('cell:')) return cellHidden(key);
    const [, step, field] = key.split(':');
    const level = levels[Number(step)]!;
    if (field === 'rows' || field === 'notSelected') return level >= 2;
    return level >= 1 && (splitFields.has(field!) || field!.startsWith('excluded.'));
  };
  const system = new System(isHidden);
  const places = report.results.map(({ step, period, by, group }) => ({ step, period, by, group }));
  for (const relation of sumRelations(places)) {
    for (let sex = 0; sex < SEXES; sex++) system.add([[nKey(relation.total, sex), 1], ...relation.parts.map((part) => [nKey(part, sex), -1] as const)]);
  }
  const overallRow = report.steps.map((step) => report.results.findIndex((result) => result.step === step.name && result.by === null && result.period === null));
  const overallTerms = (step: number, sign: number): Array<readonly [string, number]> => {
    const row = overallRow[step]!;
    if (row < 0) return [];
    return Array.from({ length: SEXES }, (_, sex) => [nKey(row, sex), sign] as const);
  };
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
        for (let sex = 0; sex < SEXES; sex++) system.add([[nKey(row, sex), 1], [nKey(otherRow, sex), -1]]);
      }
    }
  });
  return [...system.determined()].filter((key) => key.startsWith('cell:'));
}

/**
 * How much of each step's accounting to hide so that no hidden count of the tables
 * (`hiddenCells`, keys from secondary-suppression.ts) can be computed back, or the table
 * cell that must be hidden first when the accounting alone cannot protect them.
 */
export function planAccounting(report: Report, hiddenCells: ReadonlySet<string>): AccountingPlan {
  const partners = partnersOf(report.steps);
  const levels: AccountingLevel[] = report.steps.map(() => 0);
  const stepOf = new Map(report.steps.map((step, position) => [step.name, position]));
  for (;;) {
    const exposed = exposedCells(report, hiddenCells, levels, partners);
    if (exposed.length === 0) return { levels, hideCell: null };
    const row = Number(exposed[0]!.split(':')[1]);
    const step = stepOf.get(report.results[row]!.step)!;
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
      const candidates = [visible([overall]), visible(rowsOf(true)), visible(rowsOf(false))].find((keys) => keys.length > 0) ?? [];
      const smallest = candidates.sort((a, b) => cellSize(report, a) - cellSize(report, b) || (a < b ? -1 : 1))[0];
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
