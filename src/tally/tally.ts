/**
 * One-pass counting of an extract into cells. Pure: it is fed rows and never touches
 * files. Memory grows with the number of cells (and, when persons are counted, with
 * the number of persons), never with rows.
 *
 * The configuration is compiled once into a plan (plan.ts); this file is the loop that
 * counts with it. Each row is placed once per layer (a grouping paired with a split, see
 * table-index.ts); each step then adds the row's weight to the cell of its sex and
 * outcome in every table of the step's layers (cell-store.ts), or, when persons are
 * counted, remembers the person's outcome there (persons.ts).
 *
 * The cells a plan reads are interned per column (interned.ts), and a row's groups,
 * strata, sex and outcomes are looked up by those ids, computed only on the first row
 * with each combination of cells. Rows come as text (`add`) or already interned
 * (`addInterned`, fed by the byte-level reader); both count the same. An interned row
 * whose combination of cells was seen before is held in a histogram (row-histogram.ts)
 * and counted with the others of its combination, in one go, when the tally is read;
 * the loop takes that number of rows as a multiplier. Tallies of
 * consecutive parts of the input merge (`snapshot`, `merge`, see snapshot.ts) into the
 * tally of the whole, as if it had been read in one pass.
 */
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import { compareGroupValues } from '../ingest/collation.js';
import { binaryCounts, CategoryCells, cellStoreFor, EMPTY_TABLE, NO, SEX_CATEGORIES, YES, type OutcomeKind, type TableCounts } from './cell-store.js';
import type { ColumnResolver } from './columns.js';
import { Combination } from './combination.js';
import { Memo, ValueTable, type InternedRow } from './interned.js';
import { Persons } from './persons.js';
import {
  compilePlan,
  FIRST_EXCLUDED_READING,
  HIDDEN_COUNT,
  INVALID_COUNT,
  NOT_APPLICABLE_COUNT,
  INVALID_DAY,
  SEX_READINGS,
  UNPLACED,
  type LayoutPlan,
  type RowFunction,
  type TallyPlan,
} from './plan.js';
import { SeenSexValues } from './seen-sex-values.js';
import type { SexReader } from './sex.js';
import { RowHistogram } from './row-histogram.js';
import { mergeInto, snapshotOf, type StepValues, type TallyParts, type TallySnapshot } from './snapshot.js';
import { MeasureCells, MeasureValues, type MeasureCounts } from './measure-store.js';
import { parseMeasure } from './measure-value.js';
import { sideSlotsOf } from './side-slots.js';
import { StepCategories, UNLISTED, type ShownCategories } from './step-categories.js';
import { TableIndex } from './table-index.js';
import { TotalsCheck, type TotalsFindings } from './totals-check.js';
import { HiddenCells, type HiddenShare } from './hidden-cells.js';
import { emptyState, noteTotalColumn, type StepExclusion, type TallyState } from './tally-state.js';
import type { RowPlace, VariableReader } from './variables.js';

export { countsBySex, INPUT_EXCLUSIONS, STEP_EXCLUSIONS, type InputExclusion, type StepExclusion, type StepTally, type TallyState } from './tally-state.js';
export { isEmptyTable, type OutcomeCounts, type TableCounts } from './cell-store.js';
export type { Combination } from './combination.js';
export type { TallySnapshot } from './snapshot.js';
export type { TotalMismatch, TotalsFindings } from './totals-check.js';
export type { HiddenShare } from './hidden-cells.js';
export { MAX_CATEGORIES } from './step-categories.js';

/** A categorical step's table: per sex, the cases of each category, aligned with `categoryValues(step)`. */
export interface CategoryTable {
  readonly female: readonly number[];
  readonly male: readonly number[];
  readonly other: readonly number[];
}

/** A sample of a numeric step: its distinct values, ascending, their counts (each > 0, same length), and the sum of the counts. */
export interface WeightedValues {
  readonly values: Float64Array;
  readonly counts: Float64Array;
  readonly n: number;
}

/** A numeric step's table: each sex's values. */
export interface MeasureTable {
  readonly female: WeightedValues;
  readonly male: WeightedValues;
  readonly other: WeightedValues;
}

/** A table's cells in a step, whatever its kind. */
type StepStore = CategoryCells | MeasureCells;

/** A step's row functions, cached by cell ids. */
interface StepMemos {
  /** 1 when the row is taken (null: every row is). */
  readonly among: Memo | null;
  /**
   * The outcome's value for the step's cells: YES or NO for a yes/no outcome, a
   * category's index or a number's id for the other kinds; negative when the cell has a
   * value the step cannot count (`badValue`). Null for a funnel step.
   */
  readonly outcome: Memo | null;
  /** Why a negative outcome value excludes the row (null for yes/no steps: never). */
  readonly badValue: 'unlisted-category' | 'invalid-measure' | null;
  /** 1 when the outcome is missing (null: never). */
  readonly outcomeMissing: Memo | null;
  readonly layers: readonly number[];
}

/** The counting of a LayoutPlan: its count columns' memos, and the current row's counts. */
interface LayoutCounting {
  readonly plan: LayoutPlan;
  readonly memos: readonly Memo[];
  readonly values: Float64Array;
}

/** Counts rows for a configuration over files that share one header. */
export class Tally {
  readonly place: RowPlace = { file: '', line: 0 };
  readonly plan: TallyPlan;
  /** The sex values seen (`seenValues`); counted as rows are added. */
  readonly sexReader: SexReader;
  /** Grouping 0 is the overall row; then one per `by` entry, in order. */
  readonly groupings: Combination[];
  /** Split 0 is "none"; then the period (if any), then each distinct criterion variable list. */
  readonly splits: Combination[];
  /** For each step and criterion (in the step's order), the split index. */
  readonly criterionSplits: readonly (readonly number[])[];
  readonly periodSplit: number | null;
  /** The columns the configuration reads, ascending; a column's slot is its position here. */
  readonly usedColumns: readonly number[];
  /** Per slot, the column's interned cells. */
  readonly valueTables: readonly ValueTable[];
  /** The row being counted, interned: `addInterned` reads it, the byte-level reader fills it. */
  readonly row: InternedRow;

  private readonly counted: TallyState;
  /** Repeated interned rows, held until the tally is read (null when persons are counted: each row names its person). */
  private readonly repeats: RowHistogram | null;
  /** The numeric steps whose cells the histogram leaves out (side-slots.ts), counted row by row; null when none. */
  private readonly sideSteps: Int32Array | null;
  /** Per step, true when it is one of sideSteps. */
  private readonly isSideStep: readonly boolean[];
  private readonly tables: TableIndex;
  /** Per step, its cells. */
  private readonly stores: StepStore[];
  /** Per step, a categorical step's values, a numeric step's values, or null (yes/no). */
  private readonly stepValues: StepValues[];
  /** Per step, the categories shown, with the counting they were decided on (see shownCategories). */
  private readonly shownCache: ({ readonly at: string; readonly shown: ShownCategories } | null)[];
  private readonly persons: Persons | null;
  private readonly seenSex: SeenSexValues;
  private readonly parts: TallyParts;
  /** Per layer, the row's table in it. */
  private readonly rowTables: Int32Array;
  private readonly groupIds: Int32Array;
  private readonly splitIds: Int32Array;
  private readonly groupMemos: Memo[];
  private readonly splitMemos: Memo[];
  /** The row's sex reading (null when the table is wide by sex). */
  private readonly sexMemo: Memo | null;
  private readonly sexSlot: number;
  /** Counts in columns (null: case rows, or rows with `count:`). */
  private readonly layout: LayoutCounting | null;
  private readonly countSexValues: boolean;
  private readonly countMemo: Memo | null;
  /** Per grouping or sex column, 1 when its cell is a total label (cached per cell id). */
  private readonly totalMemos: Memo[];
  /** The check of totals against their parts (aggregated extracts only: null without a count column). */
  private readonly totalsCheck: TotalsCheck | null;
  /** Per step and table, rows taken and rows hidden in the source (aggregated extracts only). */
  private readonly hiddenCells: HiddenCells | null;
  private readonly dayMemo: Memo | null;
  private readonly idReader: VariableReader | null;
  private readonly steps: StepMemos[];
  /** The current row as text, filled on demand (only the used columns). */
  private readonly scratch: string[];
  private scratchFilled = false;
  private finished = false;
  /** Tables every step's cells have room for. */
  private reservedTables = 0;

  constructor(readonly config: Config, readonly columns: ColumnResolver) {
    const plan = compilePlan(config, columns, this.place);
    this.plan = plan;
    this.usedColumns = plan.usedColumns;
    this.valueTables = plan.usedColumns.map(() => new ValueTable());
    this.row = { ids: new Int32Array(plan.usedColumns.length), overflow: plan.usedColumns.map(() => '') };
    this.scratch = new Array<string>(plan.headerWidth).fill('');

    const { maxGroups } = config.limits;
    this.groupings = plan.groupings.map((grouping) => new Combination(grouping.variables, grouping.readers, grouping.guardPersonnummer, maxGroups));
    this.splits = plan.splits.map((split) => new Combination(split.variables, split.readers, split.guardPersonnummer, maxGroups));
    this.criterionSplits = plan.steps.map((step) => step.criterionSplits);
    this.periodSplit = plan.periodSplit;
    this.groupMemos = this.groupings.map((grouping, index) => new Memo(plan.groupings[index]!.slots, () => grouping.idOf(this.text(), this.place) ?? UNPLACED));
    this.splitMemos = this.splits.map((split, index) => new Memo(plan.splits[index]!.slots, () => split.idOf(this.text(), this.place) ?? UNPLACED));
    this.rowTables = new Int32Array(plan.layers.length);
    this.groupIds = new Int32Array(plan.groupings.length);
    this.splitIds = new Int32Array(plan.splits.length);

    this.sexMemo = plan.sex ? this.memo(plan.sex.reading) : null;
    this.sexSlot = plan.sex?.slot ?? -1;
    this.countSexValues = plan.sex?.countValues ?? false;
    this.countMemo = plan.count ? this.memo(plan.count) : null;
    const { labels, labelSlots, keySlots } = plan.totals;
    this.totalMemos = labelSlots.map((slot) => new Memo([slot], () => (labels.isLabel(this.text()[this.usedColumns[slot]!]!) ? 1 : 0)));
    this.totalsCheck = plan.count ? new TotalsCheck(keySlots) : null;
    this.hiddenCells = plan.count ? new HiddenCells(plan.steps.length) : null;
    this.dayMemo = plan.unit?.day ? this.memo(plan.unit.day) : null;
    this.idReader = plan.unit?.id ?? null;
    this.stores = plan.steps.map((step) => (step.kind.kind === 'measure' ? new MeasureCells() : cellStoreFor(step.kind)));
    this.stepValues = plan.steps.map((step, position): StepValues => {
      const store = this.stores[position]!;
      if (step.kind.kind === 'categories' && store instanceof CategoryCells) {
        return new StepCategories(step.kind, step.name, step.value!.column, maxGroups, (index) => store.growCategories(index + 1));
      }
      return store instanceof MeasureCells ? store.values : null;
    });
    this.shownCache = plan.steps.map(() => null);
    this.steps = plan.steps.map((step, position) => ({
      among: step.among ? this.memo(step.among) : null,
      outcome: step.outcome ? this.memo(step.outcome) : step.value ? this.valueMemo(step.value, this.stepValues[position]!) : null,
      badValue: step.kind.kind === 'categories' ? 'unlisted-category' : step.kind.kind === 'measure' ? 'invalid-measure' : null,
      outcomeMissing: step.outcomeMissing ? this.memo(step.outcomeMissing) : null,
      layers: step.layers,
    }));

    this.tables = new TableIndex(plan.layers);
    this.persons = plan.unit
      ? new Persons(
          plan.unit.rule,
          plan.steps.map((step, position) => this.tieBreak(step.kind, this.stepValues[position]!)),
          plan.steps.map((step) => step.kind.kind === 'binary'),
        )
      : null;
    this.layout = plan.layout ? { plan: plan.layout, memos: plan.layout.counts.map((count) => this.memo(count)), values: new Float64Array(plan.layout.counts.length) } : null;
    // Wide by sex there is no sex column: no values to see.
    this.seenSex = new SeenSexValues(plan.sex ? this.valueTables[plan.sex.slot]! : new ValueTable());
    const seenSex = this.seenSex;
    const flush = () => this.flushRepeats();
    this.sexReader = {
      get seenValues() {
        flush();
        return seenSex.counts;
      },
      read: plan.sex?.classify ?? (() => 'missing-sex'),
    };
    this.counted = emptyState(
      plan.steps.map((step) => step.name),
      (plan.layout?.totals ?? []).map((total) => total.column),
    );
    const valueTables = this.valueTables;
    const side = sideSlotsOf(plan);
    this.sideSteps = side === null ? null : Int32Array.from(side.steps);
    this.isSideStep = plan.steps.map((_, position) => side?.steps.includes(position) ?? false);
    this.repeats = plan.unit
      ? null
      : new RowHistogram(
          this.row.ids,
          { length: valueTables.length, distinct: (slot) => valueTables[slot]!.values.length },
          (rows) => this.countRow(rows, true),
          {},
          side?.slots ?? [],
        );
    this.parts = {
      state: this.counted,
      groupings: this.groupings,
      splits: this.splits,
      layers: plan.layers,
      tables: this.tables,
      stores: this.stores,
      stepValues: this.stepValues,
      seenSex: this.seenSex,
      valueTables: this.valueTables,
      totals: this.totalsCheck,
      hiddenCells: this.hiddenCells,
    };
  }

  /** The counts so far (rows held as repeats are counted first). */
  get state(): TallyState {
    this.flushRepeats();
    return this.counted;
  }

  /** Counts the rows held as repeats of their combination (row-histogram.ts). */
  private flushRepeats(): void {
    if (this.repeats !== null) this.repeats.flush();
  }

  /** A row function of the plan, cached by the ids of the cells it depends on. */
  private memo(rowFunction: RowFunction): Memo {
    return new Memo(rowFunction.slots, () => rowFunction.compute(this.text()));
  }

  /**
   * A categorical or numeric step's value for the row, cached by the ids of its cells
   * like any row function: a category's index or a number's id (interned once per
   * distinct cell), or -1 (UNLISTED, or no number). A blank cell is the outcomeMissing
   * memo's; here it reads -1 and is never counted.
   */
  private valueMemo(value: NonNullable<TallyPlan['steps'][number]['value']>, values: StepValues): Memo {
    if (values instanceof StepCategories) {
      return new Memo(value.slots, () => {
        const text = value.read(this.text());
        return text === '' ? UNLISTED : values.indexOf(text, this.place);
      });
    }
    const numbers = values!;
    return new Memo(value.slots, () => {
      const number = parseMeasure(value.read(this.text()));
      return number === null ? -1 : numbers.idOf(number);
    });
  }

  /**
   * Which of two values a person keeps when two of their rows tie on the date of rule
   * first or last (or, under rule any, always): yes over no; for the other kinds an
   * order of the values themselves (the first listed category, else the first in
   * collation order; the smaller number), never the order rows come in.
   */
  private tieBreak(kind: OutcomeKind, values: StepValues): (a: number, b: number) => boolean {
    if (values instanceof StepCategories) {
      // Listed categories are interned in the list's order, `other` last.
      if (kind.kind === 'categories' && kind.values !== null) return (a, b) => a < b;
      return (a, b) => compareGroupValues(values.values[a]!, values.values[b]!) < 0;
    }
    if (values instanceof MeasureValues) return (a, b) => values.values[a]! < values.values[b]!;
    return (a) => a === YES;
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

  /** Counts one data row; `ragged` rows (wrong number of fields) are excluded with a reason. */
  add(fields: readonly string[], ragged = false, line = 0): void {
    const state = this.counted;
    this.place.line = line;
    state.rows++;
    if (ragged) {
      state.inputExcluded['ragged-row']++;
      return;
    }
    const { ids, overflow } = this.row;
    for (let slot = 0; slot < this.usedColumns.length; slot++) {
      const value = fields[this.usedColumns[slot]!]!;
      const id = this.valueTables[slot]!.idOf(value);
      ids[slot] = id;
      if (id < 0) overflow[slot] = value;
    }
    // A summary row ("Totalt;;;;123"): its label may be in a column the plan does not read.
    if (this.plan.totals.labels.isTotalRow(fields)) {
      this.scratchFilled = false;
      this.excludeTotalRow(1);
      return;
    }
    this.countRow(1, false);
  }

  /**
   * Counts the row in `row` (interned by the caller through `valueTables`): a data row
   * with as many fields as the header that is not a total row.
   */
  addInterned(line: number): void {
    this.counted.rows++;
    if (this.repeats !== null && this.repeats.hold()) {
      if (this.sideSteps !== null) {
        this.place.line = line;
        this.countSideSteps();
      }
      return;
    }
    this.place.line = line;
    this.countRow(1, false);
  }

  /**
   * A held row's numeric steps whose cells the histogram leaves out (side-slots.ts),
   * counted now: the rest of the row is counted with its combination's repeats
   * (countRow with `heldRepeats`), which skips these steps, unless the combination is not
   * among the step's rows (`among` reads only the combination's cells): then the repeats
   * count it, and the row costs nothing here. Whatever excludes the whole row (a total
   * row, a bad date) is a matter of the combination's cells: the repeats are excluded,
   * and so is the row here.
   */
  private countSideSteps(): void {
    const ids = this.row.ids;
    this.scratchFilled = false;
    const steps = this.sideSteps!;
    let placed = false;
    let sex = 0;
    for (let index = 0; index < steps.length; index++) {
      const position = steps[index]!;
      // A step the combination is not among (most rows of a step among opened investigations) is counted with its repeats: its cells do not matter.
      const among = this.steps[position]!.among;
      if (among !== null && among.get(ids) === 0) continue;
      if (!placed) {
        for (let total = 0; total < this.totalMemos.length; total++) {
          if (this.totalMemos[total]!.get(ids) === 1) return;
        }
        if (!this.placeRow()) return;
        sex = this.sexMemo!.get(ids);
        placed = true;
      }
      this.countStep(position, 1, sex, 1, null, 0);
    }
  }

  /** True when the held repeats of the row's combination skip the step: a side step the combination is among (countSideSteps counts it row by row). */
  private countedBySide(position: number): boolean {
    if (!this.isSideStep[position]) return false;
    const among = this.steps[position]!.among;
    return among === null || among.get(this.row.ids) !== 0;
  }

  /**
   * The loop's body: the row in `row`, counted `rows` times (once per row of its
   * combination held as repeats) in every step and table it belongs to; with
   * `heldRepeats`, not in the side steps (countSideSteps counted them row by row).
   */
  private countRow(rows: number, heldRepeats: boolean): void {
    const state = this.counted;
    const ids = this.row.ids;
    this.scratchFilled = false;
    for (let index = 0; index < this.totalMemos.length; index++) {
      if (this.totalMemos[index]!.get(ids) === 1) {
        this.excludeTotalRow(rows);
        return;
      }
    }
    if (this.layout !== null) {
      this.countLayoutRow(rows, this.layout);
      return;
    }
    let weight = 1;
    if (this.countMemo !== null) {
      weight = this.countMemo.get(ids);
      if (this.totalsCheck !== null) this.totalsCheck.note(ids, '', weight === NOT_APPLICABLE_COUNT ? 0 : weight, rows);
      if (weight < 0) {
        this.excludeUncounted(weight, rows);
        return;
      }
    }
    let personId: string | null = null;
    let day = 0;
    if (this.idReader !== null) {
      personId = this.idReader(this.text(), this.place);
      if (!personId) {
        state.inputExcluded['missing-id'] += rows;
        return;
      }
      if (this.dayMemo !== null) {
        day = this.dayMemo.get(ids);
        if (day === INVALID_DAY) {
          state.inputExcluded['invalid-date'] += rows;
          return;
        }
      }
    }
    if (!this.placeRow()) {
      state.inputExcluded['invalid-date'] += rows;
      return;
    }
    const sex = this.sexMemo!.get(ids);
    if (this.countSexValues) this.noteSex(rows);
    const added = weight * rows;
    for (let position = 0; position < this.steps.length; position++) {
      if (heldRepeats && this.countedBySide(position)) continue;
      this.countStep(position, rows, sex, added, personId, day);
    }
  }

  /** The row in `row`, counted `rows` times (`added` cases) in one step, in every table of the step it belongs to. */
  private countStep(position: number, rows: number, sex: number, added: number, personId: string | null, day: number): void {
    const ids = this.row.ids;
    const step = this.steps[position]!;
    const tally = this.counted.steps[position]!;
    if (step.among !== null && step.among.get(ids) === 0) {
      tally.notSelected += rows;
      return;
    }
    tally.taken += rows;
    if (this.hiddenCells !== null) this.hiddenCells.add(position, this.rowTables, step.layers, rows, 0);
    if (sex >= FIRST_EXCLUDED_READING) {
      tally.excluded[SEX_READINGS[sex] as StepExclusion] += rows;
      return;
    }
    tally.takenBySex[sex]! += rows;
    if (step.outcomeMissing !== null && step.outcomeMissing.get(ids) === 1) {
      tally.excluded['missing-outcome'] += rows;
      tally.missingOutcomeBySex[sex]! += rows;
      return;
    }
    const value = step.outcome!.get(ids);
    if (value < 0) {
      tally.excluded[step.badValue!] += rows;
      tally.missingOutcomeBySex[sex]! += rows;
      return;
    }
    tally.usedRows += rows;
    tally.usedCases += added;
    if (personId !== null) {
      this.persons!.note(personId, sex, position, this.rowTables, step.layers, value, day);
      return;
    }
    this.stores[position]!.addToTables(this.rowTables, step.layers, sex, value, added);
  }

  /**
   * Excludes a total row (reason total-row) and, in an aggregated extract, notes it for
   * the check against its parts: which key cells hold a total label (all of them when
   * the others are blank: a grand total), and its count.
   */
  private excludeTotalRow(rows: number): void {
    this.counted.inputExcluded['total-row'] += rows;
    if (this.totalsCheck === null) return;
    const { labels, keySlots } = this.plan.totals;
    const fields = this.text();
    let mask = '';
    let labelled = false;
    let otherCells = false;
    for (const slot of keySlots) {
      const cell = fields[this.usedColumns[slot]!]!;
      const total = labels.isLabel(cell);
      mask += total ? '1' : '0';
      labelled ||= total;
      otherCells ||= !total && cell.trim() !== '';
    }
    // A label outside the columns read, with other cells filled: its parts are unknown.
    if (!labelled && otherCells) return;
    if (!otherCells) mask = '1'.repeat(keySlots.length);
    const count = this.countMemo!.get(this.row.ids);
    this.totalsCheck.note(this.row.ids, mask, count === NOT_APPLICABLE_COUNT ? 0 : count, rows);
  }

  /**
   * Excludes a row whose count cell holds no count: hidden in the source (charged by the
   * data-quality gate to each step that would take the row, see StepTally.hidden), not
   * applicable, or invalid.
   */
  private excludeUncounted(code: number, rows: number): void {
    const state = this.counted;
    if (code === INVALID_COUNT) {
      state.inputExcluded['invalid-count'] += rows;
      return;
    }
    if (code === NOT_APPLICABLE_COUNT) {
      state.inputExcluded['not-applicable'] += rows;
      return;
    }
    if (code !== HIDDEN_COUNT) throw new Error(`count code ${code} is not one of count.ts's`);
    state.inputExcluded['hidden-in-source'] += rows;
    const ids = this.row.ids;
    // A table wide by sex has no sex column: its hidden cells are charged to no one sex.
    const sex = this.sexMemo === null ? FIRST_EXCLUDED_READING : this.sexMemo.get(ids);
    // Placed in its tables (when it can be), so that each table knows the hidden cells it rests on.
    const placed = this.placeRow();
    for (let position = 0; position < this.steps.length; position++) {
      const step = this.steps[position]!;
      if (step.among !== null && step.among.get(ids) === 0) continue;
      const tally = state.steps[position]!;
      tally.hidden += rows;
      if (sex < FIRST_EXCLUDED_READING) tally.hiddenBySex[sex]! += rows;
      if (placed) this.hiddenCells?.add(position, this.rowTables, step.layers, 0, rows);
    }
  }

  /**
   * The loop's body when counts are in columns (a funnel, or wide by sex; plan.ts
   * LayoutPlan): the row adds, per step and per sex it counts under, a yes count and a no
   * count read from its count cells, in every table it belongs to. A count cell that is
   * not a count excludes the row; a funnel whose `yes` exceeds its `of` stops the run.
   * Persons are never counted here (the configuration refuses `unit:` with these layouts).
   */
  private countLayoutRow(rows: number, layout: LayoutCounting): void {
    const state = this.counted;
    const ids = this.row.ids;
    this.scratchFilled = false;
    const values = layout.values;
    const plan = layout.plan;
    for (let index = 0; index < layout.memos.length; index++) {
      const value = layout.memos[index]!.get(ids);
      // A count cell that holds no count (invalid, hidden in the source, not applicable) excludes the row, unless it is only a total to check.
      if (value < 0 && !plan.checkedOnly[index]) {
        this.excludeUncounted(value, rows);
        return;
      }
      values[index] = value;
    }
    for (const step of plan.steps) {
      if (step.funnel === null) continue;
      for (let entry = 0; entry < step.funnel.of.length; entry++) {
        const of = step.funnel.of[entry]!;
        const yes = step.funnel.yes[entry]!;
        if (values[yes]! > values[of]!) {
          throw new InputError(
            'funnel-not-nested',
            { yesColumn: plan.countNames[yes]!, yesValue: values[yes]!, ofColumn: plan.countNames[of]!, ofValue: values[of]! },
            { file: this.place.file, line: this.place.line },
          );
        }
      }
    }
    if (!this.placeRow()) {
      state.inputExcluded['invalid-date'] += rows;
      return;
    }
    for (let index = 0; index < plan.totals.length; index++) {
      const total = plan.totals[index]!;
      // A total that is no count (hidden, say) has nothing to check the parts against.
      if (values[total.total]! < 0) continue;
      let parts = 0;
      for (const part of total.parts) parts += values[part]!;
      noteTotalColumn(state.totalColumns[index]!, values[total.total]! - parts, rows);
    }
    const rowSex = this.sexMemo === null ? -1 : this.sexMemo.get(ids);
    if (this.countSexValues) this.noteSex(rows);
    const sexes = plan.sexes;
    for (let position = 0; position < this.steps.length; position++) {
      const step = this.steps[position]!;
      const counts = plan.steps[position]!;
      const tally = state.steps[position]!;
      if (step.among !== null && step.among.get(ids) === 0) {
        tally.notSelected += rows;
        continue;
      }
      tally.taken += rows;
      if (rowSex >= FIRST_EXCLUDED_READING) {
        tally.excluded[SEX_READINGS[rowSex] as StepExclusion] += rows;
        continue;
      }
      for (const sex of sexes) tally.takenBySex[sex < 0 ? rowSex : sex]! += rows;
      if (step.outcomeMissing !== null && step.outcomeMissing.get(ids) === 1) {
        tally.excluded['missing-outcome'] += rows;
        for (const sex of sexes) tally.missingOutcomeBySex[sex < 0 ? rowSex : sex]! += rows;
        continue;
      }
      const store = this.stores[position]!;
      const category = step.outcome === null ? YES : step.outcome.get(ids);
      if (category < 0) {
        tally.excluded[step.badValue!] += rows;
        for (const sex of sexes) tally.missingOutcomeBySex[sex < 0 ? rowSex : sex]! += rows;
        continue;
      }
      tally.usedRows += rows;
      for (let entry = 0; entry < sexes.length; entry++) {
        const sex = sexes[entry]! < 0 ? rowSex : sexes[entry]!;
        if (counts.funnel !== null) {
          const of = values[counts.funnel.of[entry]!]! * rows;
          const yes = values[counts.funnel.yes[entry]!]! * rows;
          tally.usedCases += of;
          store.addToTables(this.rowTables, step.layers, sex, YES, yes);
          store.addToTables(this.rowTables, step.layers, sex, NO, of - yes);
        } else {
          const weight = counts.weight[entry]!;
          const cases = (weight < 0 ? 1 : values[weight]!) * rows;
          tally.usedCases += cases;
          store.addToTables(this.rowTables, step.layers, sex, category, cases);
        }
      }
    }
  }

  /**
   * Places the row in one table per layer (`rowTables`); false when a grouping or split
   * cannot be read (a bad date). Every grouping and split is read before a failure is
   * acted on, as one pass would.
   */
  private placeRow(): boolean {
    const ids = this.row.ids;
    let placed = true;
    for (let index = 0; index < this.groupMemos.length; index++) {
      const id = this.groupMemos[index]!.get(ids);
      this.groupIds[index] = id;
      if (id === UNPLACED) placed = false;
    }
    for (let index = 0; index < this.splitMemos.length; index++) {
      const id = this.splitMemos[index]!.get(ids);
      this.splitIds[index] = id;
      if (id === UNPLACED) placed = false;
    }
    if (!placed) return false;
    const tables = this.tables;
    tables.placeRow(this.groupIds, this.splitIds, this.rowTables);
    if (tables.count > this.reservedTables) this.reserveTables(tables.count);
    return true;
  }

  /**
   * A table's rows taken and rows hidden in the source, in a step; null when none of its
   * rows was hidden (or the extract has no count column).
   */
  hiddenShare(step: number, layerIndex: number, group: number, split: number): HiddenShare | null {
    this.flushRepeats();
    if (this.hiddenCells === null) return null;
    return this.hiddenCells.of(step, this.tables.find(layerIndex, group, split));
  }

  /**
   * The check of the totals of an aggregated extract against the sums of their parts
   * (totals-check.ts); null without a count column, without totals, or when the table
   * was too large to hold.
   */
  totalsFindings(): TotalsFindings | null {
    this.flushRepeats();
    return this.totalsCheck === null ? null : this.totalsCheck.findings(this.plan.totals.keyColumns, this.valueTables);
  }

  /** The distinct cells of the count column (null without one, or when its value table overflowed). */
  distinctCountCells(): readonly string[] | null {
    if (this.plan.countSlot < 0) return null;
    const table = this.valueTables[this.plan.countSlot]!;
    return table.overflowed ? null : table.values;
  }

  /** Makes room in every step's cells for the tables there are now (rarely: when a row opens a table). */
  private reserveTables(count: number): void {
    for (const store of this.stores) store.reserve(count);
    this.reservedTables = count;
  }

  /** Counts the row's sex cell for `seenValues`. */
  private noteSex(rows: number): void {
    const id = this.row.ids[this.sexSlot]!;
    if (id < 0) this.seenSex.noteText(this.row.overflow[this.sexSlot]!, rows);
    else this.seenSex.noteId(id, rows);
  }

  /** Ends counting: persons are added to their tables, once per step and table. Idempotent. */
  finish(): void {
    this.repeats?.stop();
    if (this.finished) return;
    this.finished = true;
    if (this.persons === null) return;
    const persons = this.persons.countInto(this.stores, this.tables.find(0, 0, 0));
    this.counted.steps.forEach((step, position) => {
      step.persons = persons[position]!;
    });
  }

  /** A step's kind of outcome: yes/no (read with `counts`), categories (`categoryTable`) or a measure (`measureTable`). */
  stepKind(step: number): OutcomeKind['kind'] {
    return this.plan.steps[step]!.kind.kind;
  }

  /** The index of the layer for a grouping and split. */
  layerIndex(grouping: number, split: number): number {
    return grouping * this.splits.length + split;
  }

  /** A table's counts in a yes/no step: yes and no by sex (zeros when the step never counted in it). */
  counts(step: number, layerIndex: number, group: number, split: number): TableCounts {
    this.flushRepeats();
    const store = this.binaryStore(step);
    const table = this.tables.find(layerIndex, group, split);
    return table < 0 ? EMPTY_TABLE : binaryCounts(store, table);
  }

  /**
   * Every (split id, counts) of one group in a split layer that has cases in this
   * yes/no step: the strata of a criterion, or the periods. Tables are shared by all
   * steps, so a table may exist only because another step counted in it; those are left out.
   */
  splitTables(step: number, grouping: number, split: number, group: number): { split: number; counts: TableCounts }[] {
    const store = this.binaryStore(step);
    return this.splitTablesOf(step, grouping, split, group).map(({ split: id, table }) => ({ split: id, counts: binaryCounts(store, table) }));
  }

  /** A categorical step's categories after pooling, in display order (a pooled `other` last). */
  categoryValues(step: number): readonly string[] {
    return this.shownCategories(step).values;
  }

  /** A table's counts in a categorical step: per sex, the cases of each category, aligned with categoryValues(step) (zeros when the step never counted in it). */
  categoryTable(step: number, layerIndex: number, group: number, split: number): CategoryTable {
    this.flushRepeats();
    return this.categoryTableAt(step, this.tables.find(layerIndex, group, split));
  }

  /** categorySplitTables is to categoryTable what splitTables is to counts: one group's strata or periods with cases in the step, ordered by value. */
  categorySplitTables(step: number, grouping: number, split: number, group: number): { split: number; table: CategoryTable }[] {
    return this.splitTablesOf(step, grouping, split, group).map(({ split: id, table }) => ({ split: id, table: this.categoryTableAt(step, table) }));
  }

  /** A table's values in a numeric step, per sex (empty samples when the step never counted in it). */
  measureTable(step: number, layerIndex: number, group: number, split: number): MeasureTable {
    this.flushRepeats();
    return this.measureTableAt(step, this.tables.find(layerIndex, group, split));
  }

  /** measureSplitTables is to measureTable what splitTables is to counts: one group's strata or periods with cases in the step, ordered by value. */
  measureSplitTables(step: number, grouping: number, split: number, group: number): { split: number; table: MeasureTable }[] {
    return this.splitTablesOf(step, grouping, split, group).map(({ split: id, table }) => ({ split: id, table: this.measureTableAt(step, table) }));
  }

  /** A yes/no step's cells (any other kind here is a bug in the caller: its counts mean something else). */
  private binaryStore(step: number): CategoryCells {
    const store = this.stores[step]!;
    if (this.plan.steps[step]!.kind.kind !== 'binary' || !(store instanceof CategoryCells)) {
      throw new Error(`step ${step} (${this.plan.steps[step]!.name}) is not a yes/no step: read it with categoryTable or measureTable`);
    }
    return store;
  }

  /** The tables (and their split ids) of one group in a split layer with cases in the step, ordered by the split's values. */
  private splitTablesOf(step: number, grouping: number, split: number, group: number): { split: number; table: number }[] {
    this.flushRepeats();
    const layerIndex = this.layerIndex(grouping, split);
    const store = this.stores[step]!;
    const found: { split: number; table: number }[] = [];
    for (const table of this.tables.tablesIn(layerIndex)) {
      const address = this.tables.addressOf(table);
      if (address.group !== group || store.isEmpty(table)) continue;
      found.push({ split: address.split, table });
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

  /**
   * A categorical step's categories as shown (step-categories.ts), decided on the overall
   * table once the rows are counted; decided again only when more rows were counted since.
   */
  private shownCategories(step: number): ShownCategories {
    this.flushRepeats();
    const values = this.stepValues[step];
    const store = this.stores[step];
    if (!(values instanceof StepCategories) || !(store instanceof CategoryCells)) {
      throw new Error(`step ${step} (${this.plan.steps[step]!.name}) is not a categorical step`);
    }
    const at = `${this.counted.rows}:${this.finished}`;
    const cached = this.shownCache[step];
    if (cached && cached.at === at) return cached.shown;
    const overall = this.tables.find(0, 0, 0);
    const cases = (index: number) => (overall < 0 ? 0 : SEX_CATEGORIES.reduce((sum, _, sex) => sum + store.count(overall, sex, index), 0));
    const shown = values.shown(cases, this.config.thresholds.minN);
    this.shownCache[step] = { at, shown };
    return shown;
  }

  /** A categorical step's counts in one table (-1: none), per sex and shown category. */
  private categoryTableAt(step: number, table: number): CategoryTable {
    const shown = this.shownCategories(step);
    const store = this.stores[step] as CategoryCells;
    const ofSex = (sex: number): number[] => {
      const counts = new Array<number>(shown.values.length).fill(0);
      if (table < 0) return counts;
      shown.positionOf.forEach((position, index) => (counts[position]! += store.count(table, sex, index)));
      return counts;
    };
    return { female: ofSex(0), male: ofSex(1), other: ofSex(2) };
  }

  /** A numeric step's values in one table (-1: none), per sex. */
  private measureTableAt(step: number, table: number): MeasureTable {
    const store = this.stores[step];
    if (!(store instanceof MeasureCells)) throw new Error(`step ${step} (${this.plan.steps[step]!.name}) is not a numeric step`);
    const ofSex = (sex: number): MeasureCounts => store.countsOf(table, sex);
    return { female: ofSex(0), male: ofSex(1), other: ofSex(2) };
  }

  /**
   * The distinct values a variable (a column or a derived variable) took over the rows
   * counted, as the steps' conditions compare them (trimmed; derived from each distinct
   * cell). Null when they are not known: the plan does not read the variable, its cells
   * overflowed the value table, or it is derived from more than one column. Memory is the
   * value tables' (bounded), and the work is per distinct cell, never per row.
   */
  distinctValues(name: string): ReadonlySet<string> | null {
    const variables = this.plan.variables;
    if (!variables.has(name)) return null;
    const columns = variables.columnsOf(name);
    if (columns.length !== 1) return null;
    const slot = this.usedColumns.indexOf(columns[0]!);
    const table = this.valueTables[slot];
    if (slot < 0 || !table || table.overflowed) return null;
    const read = variables.reader(name, '');
    const fields = new Array<string>(this.plan.headerWidth).fill('');
    const place: RowPlace = { file: this.place.file, line: 0 };
    const values = new Set<string>();
    for (const cell of table.values) {
      fields[columns[0]!] = cell;
      try {
        const value = read(fields, place);
        if (value !== null) values.add(value);
      } catch (error) {
        // A cell a `map` cannot map (no `other:`) has no value to compare with; counting says so where a row needs it.
        if (!(error instanceof InputError)) throw error;
      }
    }
    return values;
  }

  /** The distinct cells of the sex column (trimmed), or null when its value table overflowed. */
  distinctSexCells(): ReadonlySet<string> | null {
    if (this.plan.sex === null) return null;
    const table = this.valueTables[this.plan.sex.slot]!;
    return table.overflowed ? null : new Set(table.values.map((cell) => cell.trim()));
  }

  /** This tally as plain data (see TallySnapshot); not for person counts. */
  snapshot(): TallySnapshot {
    if (this.persons !== null) throw new Error('snapshot: person counts do not merge');
    this.flushRepeats();
    return snapshotOf(this.parts);
  }

  /**
   * Adds the tally of the rows that follow this tally's rows (same configuration and
   * header): afterwards this tally is the one a single pass over both would give. The
   * other tally's sex values must not have filled their tracking (`seenValuesFull`).
   */
  merge(other: TallySnapshot): void {
    if (this.persons !== null) throw new Error('merge: person counts do not merge');
    this.flushRepeats();
    mergeInto(this.parts, other);
  }
}
