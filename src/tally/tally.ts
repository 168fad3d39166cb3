/**
 * One-pass counting of an extract into cells: for each step, the overall table and one
 * table per value of each `by` variable, each cell counting cases by sex (female, male,
 * other) and outcome (yes, no). Pure: it is fed rows and never touches files. Memory
 * grows with the number of cells, not with rows.
 */
import { TOTAL_ROW_LABELS } from '../config/defaults.js';
import type { Config, SexCategory } from '../config/types.js';
import { ColumnResolver } from './columns.js';
import { compileCondition, outcomeColumns, type RowPredicate } from './conditions.js';
import { parseCount } from './count.js';
import { createSexReader, type SexReader } from './sex.js';

export const INPUT_EXCLUSIONS = ['ragged-row', 'total-row', 'invalid-count'] as const;
export const STEP_EXCLUSIONS = ['missing-sex', 'invalid-personnummer', 'missing-outcome'] as const;
export type InputExclusion = (typeof INPUT_EXCLUSIONS)[number];
export type StepExclusion = (typeof STEP_EXCLUSIONS)[number];

/** Cells of one table, in this order: female yes, female no, male yes, male no, other yes, other no. */
export const CELLS_PER_TABLE = 6;
const SEX_OFFSET: Record<SexCategory, number> = { female: 0, male: 2, other: 4 };

/** Per-table counts, one table per group id, grown as new groups appear. */
export class TableStore {
  cells: Float64Array;
  constructor(capacity = 16) {
    this.cells = new Float64Array(capacity * CELLS_PER_TABLE);
  }
  add(groupId: number, cell: number, weight: number): void {
    const index = groupId * CELLS_PER_TABLE + cell;
    if (index >= this.cells.length) {
      const grown = new Float64Array(Math.max(this.cells.length * 2, (groupId + 1) * CELLS_PER_TABLE));
      grown.set(this.cells);
      this.cells = grown;
    }
    this.cells[index]! += weight;
  }
  /** The six cells of one group's table (zeros for a group never seen in this step). */
  table(groupId: number): Float64Array {
    const start = groupId * CELLS_PER_TABLE;
    if (start >= this.cells.length) return new Float64Array(CELLS_PER_TABLE);
    return this.cells.slice(start, start + CELLS_PER_TABLE);
  }
}

export interface StepTally {
  readonly name: string;
  /** Rows the step takes (its `among`), and rows it does not. */
  taken: number;
  notSelected: number;
  usedRows: number;
  usedCases: number;
  readonly excluded: Record<StepExclusion, number>;
  readonly overall: TableStore;
  /** One store per `by` variable, indexed by that variable's group id. */
  readonly byVariable: TableStore[];
}

export interface TallyState {
  rows: number;
  readonly inputExcluded: Record<InputExclusion, number>;
  /** Per `by` variable, the group values in the order first seen (index = group id). */
  readonly groupValues: string[][];
  readonly steps: StepTally[];
}

interface CompiledStep {
  readonly among: RowPredicate | null;
  readonly outcome: RowPredicate;
  readonly outcomeIndexes: readonly number[];
}

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Counts rows for a configuration over files that share one header. */
export class Tally {
  readonly state: TallyState;
  readonly sexReader: SexReader;
  private readonly sexIndex: number;
  private readonly countIndex: number;
  private readonly byIndexes: number[];
  private readonly groupIds: Map<string, number>[];
  private readonly steps: CompiledStep[];
  private readonly rowGroupIds: Int32Array;

  constructor(readonly config: Config, readonly columns: ColumnResolver) {
    this.sexIndex = columns.index(config.sex.column, config.sex.kind === 'column' ? 'sex.column' : 'sex.personnummer');
    this.countIndex = config.count === null ? -1 : columns.index(config.count, 'count');
    this.byIndexes = config.by.map((name, position) => columns.index(name, `by[${position}]`));
    this.groupIds = config.by.map(() => new Map());
    this.rowGroupIds = new Int32Array(config.by.length);
    this.steps = config.steps.map((step) => ({
      among: step.among ? compileCondition(step.among, columns, `${step.keyPath}.among`) : null,
      outcome: compileCondition(step.outcome, columns, `${step.keyPath}.outcome`),
      outcomeIndexes: outcomeColumns(step.outcome).map((name) => columns.index(name, `${step.keyPath}.outcome`)),
    }));
    this.sexReader = createSexReader(config.sex);
    this.state = {
      rows: 0,
      inputExcluded: zeroRecord(INPUT_EXCLUSIONS),
      groupValues: config.by.map(() => []),
      steps: config.steps.map((step) => ({
        name: step.name,
        taken: 0,
        notSelected: 0,
        usedRows: 0,
        usedCases: 0,
        excluded: zeroRecord(STEP_EXCLUSIONS),
        overall: new TableStore(1),
        byVariable: config.by.map(() => new TableStore()),
      })),
    };
  }

  /** A summary line ("Totalt;;;123") at the end of an aggregated extract. */
  private isTotalRow(fields: readonly string[]): boolean {
    const first = fields.find((field) => field.trim() !== '');
    return first !== undefined && TOTAL_ROW_LABELS.has(first.trim().toLowerCase());
  }

  private groupId(variable: number, value: string): number {
    const ids = this.groupIds[variable]!;
    let id = ids.get(value);
    if (id === undefined) {
      id = ids.size;
      ids.set(value, id);
      this.state.groupValues[variable]!.push(value);
    }
    return id;
  }

  /** Counts one data row; `ragged` rows (wrong number of fields) are excluded with a reason. */
  add(fields: readonly string[], ragged = false): void {
    const state = this.state;
    state.rows++;
    if (ragged) {
      state.inputExcluded['ragged-row']++;
      return;
    }
    if (this.isTotalRow(fields)) {
      state.inputExcluded['total-row']++;
      return;
    }
    let weight = 1;
    if (this.countIndex >= 0) {
      const count = parseCount(fields[this.countIndex]!);
      if (count === null) {
        state.inputExcluded['invalid-count']++;
        return;
      }
      weight = count;
    }
    const sex = this.sexReader.read(fields[this.sexIndex]!);
    for (let variable = 0; variable < this.byIndexes.length; variable++) {
      this.rowGroupIds[variable] = this.groupId(variable, fields[this.byIndexes[variable]!]!.trim());
    }
    for (let position = 0; position < this.steps.length; position++) {
      const step = this.steps[position]!;
      const tally = state.steps[position]!;
      if (step.among !== null && !step.among(fields)) {
        tally.notSelected++;
        continue;
      }
      tally.taken++;
      if (sex === 'missing-sex' || sex === 'invalid-personnummer') {
        tally.excluded[sex]++;
        continue;
      }
      if (step.outcomeIndexes.length > 0 && step.outcomeIndexes.every((index) => fields[index]!.trim() === '')) {
        tally.excluded['missing-outcome']++;
        continue;
      }
      const cell = SEX_OFFSET[sex] + (step.outcome(fields) ? 0 : 1);
      tally.overall.add(0, cell, weight);
      for (let variable = 0; variable < this.rowGroupIds.length; variable++) {
        tally.byVariable[variable]!.add(this.rowGroupIds[variable]!, cell, weight);
      }
      tally.usedRows++;
      tally.usedCases += weight;
    }
  }
}
