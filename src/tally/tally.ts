/**
 * One-pass counting of an extract into cells. Pure: it is fed rows and never touches
 * files. Memory grows with the number of cells (and, when persons are counted, with
 * the number of persons), never with rows.
 *
 * A table is addressed by a *layer* and two ids. A layer pairs a grouping (the overall
 * row, one `by` variable, or an intersection "A*B") with a split (none, the period, or
 * one criterion's strata). Each row is placed once per layer; each step then adds the
 * row's weight to one of six cells — female yes/no, male yes/no, other yes/no — of
 * every table the row belongs to.
 */
import { TOTAL_ROW_LABELS } from '../config/defaults.js';
import type { Config, SexCategory } from '../config/types.js';
import { ConfigError, InputError } from '../errors.js';
import { looksLikePersonnummer } from '../ingest/personnummer.js';
import { parseSwedishDate } from '../validate/dates.js';
import { ColumnResolver } from './columns.js';
import { compileCondition, outcomeColumns, type RowPredicate } from './conditions.js';
import { parseCount } from './count.js';
import { createSexReader, type SexReader } from './sex.js';
import { VariableSet, PERIOD_VARIABLE, type RowPlace, type VariableReader } from './variables.js';

export const INPUT_EXCLUSIONS = ['ragged-row', 'total-row', 'invalid-count', 'invalid-date', 'missing-id'] as const;
export const STEP_EXCLUSIONS = ['missing-sex', 'invalid-personnummer', 'missing-outcome'] as const;
export type InputExclusion = (typeof INPUT_EXCLUSIONS)[number];
export type StepExclusion = (typeof STEP_EXCLUSIONS)[number];

/** Cells of one table, in this order: female yes, female no, male yes, male no, other yes, other no. */
export const CELLS_PER_TABLE = 6;
const SEX_OFFSET: Record<SexCategory, number> = { female: 0, male: 2, other: 4 };
/** Split ids are packed with group ids into one number key: group * SPLIT_SPACE + split. */
const SPLIT_SPACE = 2 ** 26;
/** Person entries are keyed step * DENSE_SPACE + table index. */
const DENSE_SPACE = 2 ** 32;

/** A set of variables whose value combinations are interned to ids, with their labels. */
export class Combination {
  private readonly ids = new Map<string, number>();
  /** Per id, the values of the variables, in order. */
  readonly values: string[][] = [];
  constructor(
    readonly variables: readonly string[],
    private readonly readers: readonly VariableReader[],
    private readonly guardPersonnummer: boolean,
  ) {}

  /** The id of a row's combination, or null when a variable cannot be read (a bad date). */
  idOf(fields: readonly string[], place: RowPlace): number | null {
    if (this.readers.length === 0) return 0;
    const parts: string[] = [];
    for (const read of this.readers) {
      const value = read(fields, place);
      if (value === null) return null;
      parts.push(value);
    }
    const key = parts.join('\u0000');
    let id = this.ids.get(key);
    if (id === undefined) {
      if (this.guardPersonnummer) {
        const at = parts.findIndex(looksLikePersonnummer);
        if (at >= 0) throw new InputError('personnummer-as-group', { column: this.variables[at]! }, { file: place.file, line: place.line });
      }
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(parts);
    }
    return id;
  }
}

export type SplitKind = 'none' | 'period' | 'criterion';

export interface Layer {
  readonly grouping: number;
  readonly split: number;
  /** group * SPLIT_SPACE + split id → table index. */
  readonly tables: Map<number, number>;
}

export interface StepTally {
  readonly name: string;
  /** Rows the step takes (its `among`), and rows it does not. */
  taken: number;
  notSelected: number;
  usedRows: number;
  usedCases: number;
  /** Persons counted in the overall table (person unit only). */
  persons: number;
  readonly excluded: Record<StepExclusion, number>;
  /** Six cells per table index, grown as tables appear. */
  cells: Float64Array;
  /** The layers this step counts in (its criteria's splits, the period, and the plain tables). */
  readonly layers: readonly number[];
}

export interface TallyState {
  rows: number;
  readonly inputExcluded: Record<InputExclusion, number>;
  readonly steps: StepTally[];
}

interface CompiledStep {
  readonly among: RowPredicate | null;
  readonly outcome: RowPredicate;
  /** Readers of the outcome's variables: when all are empty, the outcome is missing. */
  readonly outcomeReaders: readonly VariableReader[];
}

interface PersonRecord {
  readonly sex: SexCategory;
  /** step * DENSE_SPACE + table index → day * 2 + yes (first/last) or yes (any). */
  readonly entries: Map<number, number>;
}

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Splits an intersection "A*B" into its variables. */
export function intersectionVariables(spec: string): string[] {
  return spec.split('*').map((part) => part.trim()).filter(Boolean);
}

/** Counts rows for a configuration over files that share one header. */
export class Tally {
  readonly state: TallyState;
  readonly sexReader: SexReader;
  /** Grouping 0 is the overall row; then one per `by` entry, in order. */
  readonly groupings: Combination[];
  /** Split 0 is "none"; then the period (if any), then each distinct criterion variable list. */
  readonly splits: Combination[];
  readonly splitKinds: SplitKind[];
  readonly layers: Layer[];
  /** For each step and criterion (in the step's order), the split index. */
  readonly criterionSplits: number[][];
  readonly periodSplit: number | null;
  readonly place: RowPlace = { file: '', line: 0 };
  private readonly sexIndex: number;
  private readonly countIndex: number;
  private readonly steps: CompiledStep[];
  private readonly tableCount: { value: number } = { value: 0 };
  private readonly rowTables: Int32Array;
  private readonly idReader: VariableReader | null;
  private readonly unitDateReader: VariableReader | null;
  private readonly persons = new Map<string, PersonRecord>();
  private finished = false;

  constructor(readonly config: Config, readonly columns: ColumnResolver) {
    const variables = new VariableSet(config, columns);
    this.sexIndex = columns.index(config.sex.column, config.sex.kind === 'column' ? 'sex.column' : 'sex.personnummer');
    this.countIndex = config.count === null ? -1 : columns.index(config.count, 'count');
    this.refusePersonnummerGroups();

    const combination = (names: readonly string[], keyPath: string) =>
      new Combination(names, names.map((name) => variables.reader(name, keyPath)), true);
    this.groupings = [new Combination([], [], false), ...config.by.map((spec, index) => combination(intersectionVariables(spec), `by[${index}]`))];

    this.splits = [new Combination([], [], false)];
    this.splitKinds = ['none'];
    const splitByKey = new Map<string, number>();
    const addSplit = (names: readonly string[], kind: SplitKind, keyPath: string): number => {
      const key = `${kind}:${names.join('\u0000')}`;
      let index = splitByKey.get(key);
      if (index === undefined) {
        index = this.splits.length;
        this.splits.push(combination(names, keyPath));
        this.splitKinds.push(kind);
        splitByKey.set(key, index);
      }
      return index;
    };
    this.periodSplit = config.period ? addSplit([PERIOD_VARIABLE], 'period', 'period.column') : null;
    this.criterionSplits = config.steps.map((step) =>
      step.explain.map((criterion) => addSplit(criterion.variables, 'criterion', `${step.keyPath}.explain.${criterion.criterion}`)),
    );

    this.layers = [];
    for (let grouping = 0; grouping < this.groupings.length; grouping++) {
      for (let split = 0; split < this.splits.length; split++) this.layers.push({ grouping, split, tables: new Map() });
    }
    this.rowTables = new Int32Array(this.layers.length);

    this.steps = config.steps.map((step) => ({
      among: step.among ? compileCondition(step.among, variables, `${step.keyPath}.among`, this.place) : null,
      outcome: compileCondition(step.outcome, variables, `${step.keyPath}.outcome`, this.place),
      outcomeReaders: outcomeColumns(step.outcome).map((name) => variables.reader(name, `${step.keyPath}.outcome`)),
    }));
    this.sexReader = createSexReader(config.sex);
    this.idReader = config.unit ? variables.reader(config.unit.id, 'unit.id') : null;
    this.unitDateReader = config.unit?.date ? variables.reader(config.unit.date, 'unit.date') : null;
    this.state = {
      rows: 0,
      inputExcluded: zeroRecord(INPUT_EXCLUSIONS),
      steps: config.steps.map((step, position) => {
        const splits = new Set([0, ...(this.periodSplit === null ? [] : [this.periodSplit]), ...this.criterionSplits[position]!]);
        return {
          name: step.name,
          taken: 0,
          notSelected: 0,
          usedRows: 0,
          usedCases: 0,
          persons: 0,
          excluded: zeroRecord(STEP_EXCLUSIONS),
          cells: new Float64Array(64 * CELLS_PER_TABLE),
          layers: this.layers.flatMap((layer, index) => (splits.has(layer.split) ? [index] : [])),
        };
      }),
    };
  }

  /** The sex or person-id personnummer column may never split a table: every person would show. */
  private refusePersonnummerGroups(): void {
    const personal = new Set([this.config.sex.kind === 'personnummer' ? this.config.sex.column : null, this.config.unit?.id ?? null]);
    const used = [
      ...this.config.by.flatMap((spec, index) => intersectionVariables(spec).map((name) => [name, `by[${index}]`] as const)),
      ...this.config.steps.flatMap((step) =>
        step.explain.flatMap((criterion) => criterion.variables.map((name) => [name, `${step.keyPath}.explain.${criterion.criterion}`] as const)),
      ),
    ];
    for (const [name, keyPath] of used) {
      if (personal.has(name)) throw new ConfigError('personnummer-as-group', { column: name }, keyPath, { file: this.config.source });
    }
  }

  /** The table index of (layer, group, split), allocated on first use. */
  private tableIndex(layer: Layer, group: number, split: number): number {
    const key = group * SPLIT_SPACE + split;
    let index = layer.tables.get(key);
    if (index === undefined) {
      index = this.tableCount.value++;
      layer.tables.set(key, index);
    }
    return index;
  }

  /** A summary line ("Totalt;;;123") at the end of an aggregated extract. */
  private isTotalRow(fields: readonly string[]): boolean {
    const first = fields.find((field) => field.trim() !== '');
    return first !== undefined && TOTAL_ROW_LABELS.has(first.trim().toLowerCase());
  }

  /** Places the row in every layer; false when a variable cannot be read (a bad date). */
  private placeRow(fields: readonly string[]): boolean {
    const groupIds = this.groupings.map((grouping) => grouping.idOf(fields, this.place));
    const splitIds = this.splits.map((split) => split.idOf(fields, this.place));
    if (groupIds.includes(null) || splitIds.includes(null)) return false;
    for (let index = 0; index < this.layers.length; index++) {
      const layer = this.layers[index]!;
      this.rowTables[index] = this.tableIndex(layer, groupIds[layer.grouping]!, splitIds[layer.split]!);
    }
    return true;
  }

  private static grow(step: StepTally, tables: number): void {
    if (tables * CELLS_PER_TABLE <= step.cells.length) return;
    const grown = new Float64Array(Math.max(step.cells.length * 2, tables * CELLS_PER_TABLE));
    grown.set(step.cells);
    step.cells = grown;
  }

  /** Counts one data row; `ragged` rows (wrong number of fields) are excluded with a reason. */
  add(fields: readonly string[], ragged = false, line = 0): void {
    const state = this.state;
    this.place.line = line;
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
    let personId: string | null = null;
    let day = 0;
    if (this.idReader) {
      personId = this.idReader(fields, this.place);
      if (!personId) {
        state.inputExcluded['missing-id']++;
        return;
      }
      if (this.unitDateReader) {
        const date = parseSwedishDate(this.unitDateReader(fields, this.place) ?? '');
        if (date === null) {
          state.inputExcluded['invalid-date']++;
          return;
        }
        day = Date.parse(date) / 86_400_000;
      }
    }
    if (!this.placeRow(fields)) {
      state.inputExcluded['invalid-date']++;
      return;
    }
    const sex = this.sexReader.read(fields[this.sexIndex]!);
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
      if (step.outcomeReaders.length > 0 && step.outcomeReaders.every((read) => !read(fields, this.place))) {
        tally.excluded['missing-outcome']++;
        continue;
      }
      const yes = step.outcome(fields);
      tally.usedRows++;
      tally.usedCases += weight;
      if (personId !== null) {
        this.notePerson(personId, sex, position, tally, yes, day);
        continue;
      }
      const cell = SEX_OFFSET[sex] + (yes ? 0 : 1);
      Tally.grow(tally, this.tableCount.value);
      const cells = tally.cells;
      for (const layer of tally.layers) cells[this.rowTables[layer]! * CELLS_PER_TABLE + cell]! += weight;
    }
  }

  /** Remembers a person's outcome per table; counted once each when the tally finishes. */
  private notePerson(id: string, sex: SexCategory, position: number, tally: StepTally, yes: boolean, day: number): void {
    let person = this.persons.get(id);
    if (!person) {
      person = { sex, entries: new Map() };
      this.persons.set(id, person);
    }
    const rule = this.config.unit!.rule;
    const value = rule === 'any' ? (yes ? 1 : 0) : day * 2 + (yes ? 1 : 0);
    for (const layer of tally.layers) {
      const key = position * DENSE_SPACE + this.rowTables[layer]!;
      const previous = person.entries.get(key);
      if (previous === undefined) person.entries.set(key, value);
      else if (rule === 'any') person.entries.set(key, previous | value);
      else if (rule === 'first' ? value >> 1 < previous >> 1 : value >> 1 >= previous >> 1) person.entries.set(key, value);
    }
  }

  /** Ends counting: persons are added to their tables, once per step and table. Idempotent. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    if (!this.config.unit) return;
    const overallTables = this.state.steps.map(() => this.layers[0]!.tables.get(0));
    for (const step of this.state.steps) Tally.grow(step, this.tableCount.value);
    for (const person of this.persons.values()) {
      for (const [key, value] of person.entries) {
        const position = Math.floor(key / DENSE_SPACE);
        const table = key - position * DENSE_SPACE;
        const step = this.state.steps[position]!;
        step.cells[table * CELLS_PER_TABLE + SEX_OFFSET[person.sex] + (value & 1 ? 0 : 1)]! += 1;
        if (table === overallTables[position]) step.persons++;
      }
    }
  }

  /** The six cells of a table (zeros when the step never counted in it). */
  table(step: number, layerIndex: number, group: number, split: number): Float64Array {
    const index = this.layers[layerIndex]!.tables.get(group * SPLIT_SPACE + split);
    const cells = this.state.steps[step]!.cells;
    if (index === undefined || (index + 1) * CELLS_PER_TABLE > cells.length) return new Float64Array(CELLS_PER_TABLE);
    return cells.slice(index * CELLS_PER_TABLE, (index + 1) * CELLS_PER_TABLE);
  }

  /** The index of the layer for a grouping and split. */
  layerIndex(grouping: number, split: number): number {
    return grouping * this.splits.length + split;
  }

  /**
   * Every (split id, cells) of one group in a split layer that has cases in this step:
   * the strata of a criterion, or the periods. Tables are shared by all steps, so a
   * table may exist only because another step counted in it; those are left out.
   */
  splitTables(step: number, grouping: number, split: number, group: number): { split: number; cells: Float64Array }[] {
    const layerIndex = this.layerIndex(grouping, split);
    const found: { split: number; cells: Float64Array }[] = [];
    for (const key of this.layers[layerIndex]!.tables.keys()) {
      if (Math.floor(key / SPLIT_SPACE) !== group) continue;
      const splitId = key % SPLIT_SPACE;
      const cells = this.table(step, layerIndex, group, splitId);
      if (cells.some((count) => count !== 0)) found.push({ split: splitId, cells });
    }
    return found.sort((a, b) => a.split - b.split);
  }
}
