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
 *
 * The cells a configuration reads are interned per column (interned.ts), and a row's
 * groups, strata, sex and outcomes are looked up by those ids, computed only on the
 * first row with each combination of cells. Rows come as text (`add`) or already
 * interned (`addInterned`, fed by the byte-level reader); both count the same. Tallies
 * of consecutive parts of the input merge (`snapshot`, `merge`) into the tally of the
 * whole, as if it had been read in one pass.
 */
import { isTotalRow } from '../ingest/total-rows.js';
import type { Config, SexCategory } from '../config/types.js';
import { ConfigError, InputError } from '../errors.js';
import { looksLikePersonnummer } from '../ingest/personnummer.js';
import { parseSwedishDate } from '../ingest/dates.js';
import { ColumnResolver } from './columns.js';
import { compileCondition, conditionVariables, outcomeColumns } from './conditions.js';
import { parseCount } from './count.js';
import { Memo, ValueTable, type InternedRow } from './interned.js';
import { createSexClassifier, MAX_TRACKED_VALUES, SeenValues, type SexReader, type SexReading } from './sex.js';
import { VariableSet, PERIOD_VARIABLE, type RowPlace, type VariableReader } from './variables.js';

export const INPUT_EXCLUSIONS = ['ragged-row', 'total-row', 'invalid-count', 'invalid-date', 'missing-id'] as const;
export const STEP_EXCLUSIONS = ['missing-sex', 'invalid-personnummer', 'missing-outcome'] as const;
export type InputExclusion = (typeof INPUT_EXCLUSIONS)[number];
export type StepExclusion = (typeof STEP_EXCLUSIONS)[number];

/** Cells of one table, in this order: female yes, female no, male yes, male no, other yes, other no. */
export const CELLS_PER_TABLE = 6;
const SEX_OFFSET: Record<SexCategory, number> = { female: 0, male: 2, other: 4 };
/** Sex readings as numbers, for the memo: categories first, in SEX_CATEGORIES' order. */
const SEX_READINGS: readonly SexReading[] = ['female', 'male', 'other', 'missing-sex', 'invalid-personnummer'];
const SEX_CATEGORIES: readonly SexCategory[] = ['female', 'male', 'other'];
const CATEGORY_OFFSET = SEX_CATEGORIES.map((category) => SEX_OFFSET[category]);
/** A date the unit's rule needs but cannot read (the row is excluded). */
const INVALID_DAY = Number.NEGATIVE_INFINITY;
/** Split ids are packed with group ids into one number key: group * SPLIT_SPACE + split. */
const SPLIT_SPACE = 2 ** 26;
/** Table indexes cached per layer for the rows, at most (more groups × strata are looked up in the map). */
const MAX_CACHED_TABLES = 1 << 20;
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

  /** The id of a combination of values (interning it if new), for merging tallies. */
  idOfValues(parts: readonly string[]): number {
    if (this.readers.length === 0) return 0;
    const key = parts.join('\u0000');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push([...parts]);
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
  /** 1 when the row is taken (null: the step takes every row). */
  readonly among: Memo | null;
  /** 1 when the outcome is yes. */
  readonly outcome: Memo;
  /** 1 when every outcome variable is empty: the outcome is missing (null: never). */
  readonly outcomeMissing: Memo | null;
}

/**
 * A tally in plain data, for sending between threads and merging: counts, the values
 * behind every group and stratum id, each layer's tables, and the sex values seen.
 */
export interface TallySnapshot {
  readonly rows: number;
  readonly inputExcluded: Record<InputExclusion, number>;
  readonly steps: readonly {
    readonly taken: number;
    readonly notSelected: number;
    readonly usedRows: number;
    readonly usedCases: number;
    readonly excluded: Record<StepExclusion, number>;
    readonly cells: Float64Array;
  }[];
  readonly groupings: readonly (readonly string[])[][];
  readonly splits: readonly (readonly string[])[][];
  /** Per layer, [group * SPLIT_SPACE + split, table index] pairs. */
  readonly tables: readonly [number, number][][];
  /** Sex values as SeenValues counts them, in the order first seen. */
  readonly seenValues: readonly [string, number][];
  /** True when the sex column had more distinct values than are tracked: a merge could differ from one pass. */
  readonly seenValuesFull: boolean;
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
  /** The sex values seen (`seenValues`); counted as rows are added. */
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
  /** The columns the configuration reads, ascending; a column's slot is its position here. */
  readonly usedColumns: readonly number[];
  /** Per slot, the column's interned cells. */
  readonly valueTables: readonly ValueTable[];
  /** The row being counted, interned: `addInterned` reads it, the byte-level reader fills it. */
  readonly row: InternedRow;
  private readonly sexSlot: number;
  private readonly steps: CompiledStep[];
  private readonly tableCount: { value: number } = { value: 0 };
  private readonly rowTables: Int32Array;
  /** Per layer, table indexes by group * stride + split, for the rows (-1: not looked up yet). */
  private readonly tableCaches: { stride: number; indexes: Int32Array }[];
  private readonly groupIds: Int32Array;
  private readonly splitIds: Int32Array;
  private readonly groupMemos: Memo[];
  private readonly splitMemos: Memo[];
  private readonly sexMemo: Memo;
  private readonly countMemo: Memo | null;
  private readonly dayMemo: Memo | null;
  private readonly idReader: VariableReader | null;
  private readonly persons = new Map<string, PersonRecord>();
  /** The current row as text, filled on demand (only the used columns). */
  private readonly scratch: string[];
  private scratchFilled = false;
  /** Sex values: tracked in order first seen; rows are counted per cell id and added when read. */
  private readonly seen = new SeenValues();
  private seenCounts = new Float64Array(0);
  private readonly seenAdded: number[] = [];
  private readonly seenOrder: number[] = [];
  private finished = false;

  constructor(readonly config: Config, readonly columns: ColumnResolver) {
    const variables = new VariableSet(config, columns);
    const sexIndex = columns.index(config.sex.column, config.sex.kind === 'column' ? 'sex.column' : 'sex.personnummer');
    const countIndex = config.count === null ? -1 : columns.index(config.count, 'count');
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
    this.tableCaches = this.layers.map(() => ({ stride: 1, indexes: new Int32Array(0) }));
    this.groupIds = new Int32Array(this.groupings.length);
    this.splitIds = new Int32Array(this.splits.length);

    const compiled = config.steps.map((step) => ({
      among: step.among ? compileCondition(step.among, variables, `${step.keyPath}.among`, this.place) : null,
      outcome: compileCondition(step.outcome, variables, `${step.keyPath}.outcome`, this.place),
      outcomeReaders: outcomeColumns(step.outcome).map((name) => variables.reader(name, `${step.keyPath}.outcome`)),
    }));
    this.idReader = config.unit ? variables.reader(config.unit.id, 'unit.id') : null;
    const unitDateReader = config.unit?.date ? variables.reader(config.unit.date, 'unit.date') : null;

    // Every reader is made by now: the columns they read are the used columns.
    const columnsOf = (names: readonly string[]) => names.flatMap((name) => variables.columnsOf(name));
    const used = new Set<number>([sexIndex, ...(countIndex >= 0 ? [countIndex] : [])]);
    const groupColumns = this.groupings.map((grouping) => columnsOf(grouping.variables));
    const splitColumns = this.splits.map((split) => columnsOf(split.variables));
    const stepColumns = config.steps.map((step) => ({
      among: step.among ? columnsOf(conditionVariables(step.among)) : [],
      outcome: columnsOf(conditionVariables(step.outcome)),
      outcomeMissing: columnsOf(outcomeColumns(step.outcome)),
    }));
    const unitColumns = config.unit ? columnsOf([config.unit.id, ...(config.unit.date ? [config.unit.date] : [])]) : [];
    for (const list of [...groupColumns, ...splitColumns, ...stepColumns.flatMap((step) => [step.among, step.outcome]), unitColumns]) {
      for (const column of list) used.add(column);
    }
    this.usedColumns = [...used].sort((a, b) => a - b);
    const slotOf = new Map(this.usedColumns.map((column, slot) => [column, slot]));
    const slots = (list: readonly number[]) => [...new Set(list)].sort((a, b) => a - b).map((column) => slotOf.get(column)!);
    this.valueTables = this.usedColumns.map(() => new ValueTable());
    this.row = { ids: new Int32Array(this.usedColumns.length), overflow: this.usedColumns.map(() => '') };
    this.scratch = columns.header.map(() => '');
    this.sexSlot = slotOf.get(sexIndex)!;

    this.groupMemos = this.groupings.map((grouping, index) => new Memo(slots(groupColumns[index]!), () => grouping.idOf(this.text(), this.place) ?? -1));
    this.splitMemos = this.splits.map((split, index) => new Memo(slots(splitColumns[index]!), () => split.idOf(this.text(), this.place) ?? -1));
    this.steps = compiled.map((step, position) => {
      const { among, outcome, outcomeReaders } = step;
      const columnsOfStep = stepColumns[position]!;
      return {
        among: among ? new Memo(slots(columnsOfStep.among), () => (among(this.text()) ? 1 : 0)) : null,
        outcome: new Memo(slots(columnsOfStep.outcome), () => (outcome(this.text()) ? 1 : 0)),
        outcomeMissing:
          outcomeReaders.length > 0
            ? new Memo(slots(columnsOfStep.outcomeMissing), () => (outcomeReaders.every((read) => !read(this.text(), this.place)) ? 1 : 0))
            : null,
      };
    });
    const classifySex = createSexClassifier(config.sex);
    this.sexMemo = new Memo([this.sexSlot], () => SEX_READINGS.indexOf(classifySex(this.text()[sexIndex]!)));
    this.countMemo = countIndex >= 0 ? new Memo([slotOf.get(countIndex)!], () => parseCount(this.text()[countIndex]!) ?? -1) : null;
    this.dayMemo = unitDateReader
      ? new Memo(slots(columnsOf([config.unit!.date!])), () => {
          const date = parseSwedishDate(unitDateReader(this.text(), this.place) ?? '');
          return date === null ? INVALID_DAY : Date.parse(date) / 86_400_000;
        })
      : null;
    const seen = this.seen;
    const flushSeen = () => this.flushSeenValues();
    this.sexReader = {
      get seenValues() {
        flushSeen();
        return seen.counts;
      },
      read: classifySex,
    };
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

  /** The current row's cells as text, at their column positions (only the used columns are filled). */
  private text(): readonly string[] {
    if (!this.scratchFilled) {
      const { ids, overflow } = this.row;
      for (let slot = 0; slot < this.usedColumns.length; slot++) {
        const id = ids[slot]!;
        this.scratch[this.usedColumns[slot]!] = id >= 0 ? this.valueTables[slot]!.values[id]! : overflow[slot]!;
      }
      this.scratchFilled = true;
    }
    return this.scratch;
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

  /** tableIndex for the rows of the layer with this index: an array look-up once seen. */
  private cachedTableIndex(layerIndex: number, group: number, split: number): number {
    const cache = this.tableCaches[layerIndex]!;
    if (split < cache.stride) {
      const at = group * cache.stride + split;
      if (at < cache.indexes.length) {
        const index = cache.indexes[at]!;
        if (index >= 0) return index;
      }
    }
    const index = this.tableIndex(this.layers[layerIndex]!, group, split);
    let stride = cache.stride;
    while (split >= stride) stride *= 2;
    const groups = Math.max(group + 1, cache.indexes.length / cache.stride);
    if (groups * stride > MAX_CACHED_TABLES) return index;
    if (stride !== cache.stride || (group + 1) * stride > cache.indexes.length) {
      // Grow, keeping what was cached at its new place.
      const size = Math.min(MAX_CACHED_TABLES, Math.max(groups * stride, stride === cache.stride ? cache.indexes.length * 2 : 0));
      const indexes = new Int32Array(Math.max(size, (group + 1) * stride)).fill(-1);
      for (let at = 0; at < cache.indexes.length; at++) {
        const known = cache.indexes[at]!;
        if (known >= 0) indexes[Math.floor(at / cache.stride) * stride + (at % cache.stride)] = known;
      }
      cache.stride = stride;
      cache.indexes = indexes;
    }
    cache.indexes[group * stride + split] = index;
    return index;
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
    if (isTotalRow(fields)) {
      state.inputExcluded['total-row']++;
      return;
    }
    const { ids, overflow } = this.row;
    for (let slot = 0; slot < this.usedColumns.length; slot++) {
      const value = fields[this.usedColumns[slot]!]!;
      const id = this.valueTables[slot]!.idOf(value);
      ids[slot] = id;
      if (id < 0) overflow[slot] = value;
    }
    this.countRow();
  }

  /**
   * Counts the row in `row` (interned by the caller through `valueTables`): a data row
   * with as many fields as the header that is not a total row.
   */
  addInterned(line: number): void {
    this.place.line = line;
    this.state.rows++;
    this.countRow();
  }

  private countRow(): void {
    const state = this.state;
    const ids = this.row.ids;
    this.scratchFilled = false;
    let weight = 1;
    if (this.countMemo) {
      weight = this.countMemo.get(ids);
      if (weight < 0) {
        state.inputExcluded['invalid-count']++;
        return;
      }
    }
    let personId: string | null = null;
    let day = 0;
    if (this.idReader) {
      personId = this.idReader(this.text(), this.place);
      if (!personId) {
        state.inputExcluded['missing-id']++;
        return;
      }
      if (this.dayMemo) {
        day = this.dayMemo.get(ids);
        if (day === INVALID_DAY) {
          state.inputExcluded['invalid-date']++;
          return;
        }
      }
    }
    // Every grouping and split is read before a failure is acted on, as one pass would.
    let placed = true;
    for (let index = 0; index < this.groupMemos.length; index++) {
      const id = this.groupMemos[index]!.get(ids);
      this.groupIds[index] = id;
      if (id < 0) placed = false;
    }
    for (let index = 0; index < this.splitMemos.length; index++) {
      const id = this.splitMemos[index]!.get(ids);
      this.splitIds[index] = id;
      if (id < 0) placed = false;
    }
    if (!placed) {
      state.inputExcluded['invalid-date']++;
      return;
    }
    for (let index = 0; index < this.layers.length; index++) {
      const layer = this.layers[index]!;
      const group = this.groupIds[layer.grouping]!;
      const split = this.splitIds[layer.split]!;
      // cachedTableIndex's hit, inline.
      const cache = this.tableCaches[index]!;
      const at = group * cache.stride + split;
      const cached = split < cache.stride && at < cache.indexes.length ? cache.indexes[at]! : -1;
      this.rowTables[index] = cached >= 0 ? cached : this.cachedTableIndex(index, group, split);
    }
    const sex = this.sexMemo.get(ids);
    if (this.config.sex.kind === 'column') this.noteSex();
    for (let position = 0; position < this.steps.length; position++) {
      const step = this.steps[position]!;
      const tally = state.steps[position]!;
      if (step.among !== null && step.among.get(ids) === 0) {
        tally.notSelected++;
        continue;
      }
      tally.taken++;
      if (sex > 2) {
        tally.excluded[SEX_READINGS[sex] as StepExclusion]++;
        continue;
      }
      if (step.outcomeMissing !== null && step.outcomeMissing.get(ids) === 1) {
        tally.excluded['missing-outcome']++;
        continue;
      }
      const yes = step.outcome.get(ids) === 1;
      tally.usedRows++;
      tally.usedCases += weight;
      if (personId !== null) {
        this.notePerson(personId, SEX_CATEGORIES[sex]!, position, tally, yes, day);
        continue;
      }
      const cell = CATEGORY_OFFSET[sex]! + (yes ? 0 : 1);
      Tally.grow(tally, this.tableCount.value);
      const cells = tally.cells;
      const layers = tally.layers;
      for (let index = 0; index < layers.length; index++) cells[this.rowTables[layers[index]!]! * CELLS_PER_TABLE + cell]! += weight;
    }
  }

  /** Counts the row's sex cell for `seenValues`: per cell id, added up when read. */
  private noteSex(): void {
    const id = this.row.ids[this.sexSlot]!;
    if (id < 0) {
      this.seen.note(this.row.overflow[this.sexSlot]!);
      return;
    }
    if (id >= this.seenCounts.length) {
      const grown = new Float64Array(Math.max(16, this.seenCounts.length * 2, id + 1));
      grown.set(this.seenCounts);
      this.seenCounts = grown;
    }
    if (this.seenCounts[id]!++ === 0) {
      // First time: whether the value is tracked is decided now, as one pass would.
      this.seen.note(this.valueTables[this.sexSlot]!.values[id]!, 0);
      this.seenOrder.push(id);
      this.seenAdded[id] = 0;
    }
  }

  private flushSeenValues(): void {
    const values = this.valueTables[this.sexSlot]!.values;
    for (const id of this.seenOrder) {
      const pending = this.seenCounts[id]! - this.seenAdded[id]!;
      if (pending > 0) {
        const value = values[id]!.trim();
        const count = this.seen.counts.get(value);
        if (count !== undefined) this.seen.counts.set(value, count + pending);
        this.seenAdded[id] = this.seenCounts[id]!;
      }
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
    // By value, not by id: ids follow the order rows arrive in, and sums over strata must
    // not depend on it (an aggregated extract, sorted, must give the row-level bits).
    const values = this.splits[split]!.values;
    const keyOf = (id: number) => values[id]!.join('\u0000');
    return found.sort((a, b) => {
      const left = keyOf(a.split);
      const right = keyOf(b.split);
      return left < right ? -1 : left > right ? 1 : 0;
    });
  }

  /** This tally as plain data (see TallySnapshot); not for person counts. */
  snapshot(): TallySnapshot {
    if (this.config.unit) throw new Error('snapshot: person counts do not merge');
    const tables = this.tableCount.value;
    this.flushSeenValues();
    return {
      rows: this.state.rows,
      inputExcluded: { ...this.state.inputExcluded },
      steps: this.state.steps.map((step) => ({
        taken: step.taken,
        notSelected: step.notSelected,
        usedRows: step.usedRows,
        usedCases: step.usedCases,
        excluded: { ...step.excluded },
        cells: step.cells.slice(0, Math.min(step.cells.length, tables * CELLS_PER_TABLE)),
      })),
      groupings: this.groupings.map((grouping) => grouping.values),
      splits: this.splits.map((split) => split.values),
      tables: this.layers.map((layer) => [...layer.tables]),
      seenValues: [...this.seen.counts],
      seenValuesFull: this.seen.counts.size >= MAX_TRACKED_VALUES,
    };
  }

  /**
   * Adds the tally of the rows that follow this tally's rows (same configuration and
   * header): afterwards this tally is the one a single pass over both would give. Group
   * and stratum ids differ between tallies, so tables are matched by their values. The
   * other tally's sex values must not have filled their tracking (`seenValuesFull`).
   */
  merge(other: TallySnapshot): void {
    if (this.config.unit) throw new Error('merge: person counts do not merge');
    const state = this.state;
    state.rows += other.rows;
    for (const reason of INPUT_EXCLUSIONS) state.inputExcluded[reason] += other.inputExcluded[reason];
    // A combination of no variables (the overall row, no split) has the one id 0 and no values.
    const remap = (combination: Combination, values: readonly (readonly string[])[]) =>
      combination.variables.length === 0 ? [0] : values.map((parts) => combination.idOfValues(parts));
    const groupIds = this.groupings.map((grouping, index) => remap(grouping, other.groupings[index]!));
    const splitIds = this.splits.map((split, index) => remap(split, other.splits[index]!));
    const tableIds: number[] = [];
    this.layers.forEach((layer, index) => {
      for (const [key, table] of other.tables[index]!) {
        const group = Math.floor(key / SPLIT_SPACE);
        tableIds[table] = this.tableIndex(layer, groupIds[layer.grouping]![group]!, splitIds[layer.split]![key - group * SPLIT_SPACE]!);
      }
    });
    state.steps.forEach((step, position) => {
      const from = other.steps[position]!;
      step.taken += from.taken;
      step.notSelected += from.notSelected;
      step.usedRows += from.usedRows;
      step.usedCases += from.usedCases;
      for (const reason of STEP_EXCLUSIONS) step.excluded[reason] += from.excluded[reason];
      Tally.grow(step, this.tableCount.value);
      for (let table = 0; table * CELLS_PER_TABLE < from.cells.length; table++) {
        const into = tableIds[table];
        if (into === undefined) continue;
        for (let cell = 0; cell < CELLS_PER_TABLE; cell++) step.cells[into * CELLS_PER_TABLE + cell]! += from.cells[table * CELLS_PER_TABLE + cell]!;
      }
    });
    this.flushSeenValues();
    for (const [value, count] of other.seenValues) this.seen.note(value, count);
  }
}
