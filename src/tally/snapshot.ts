/**
 * A tally as plain data (a snapshot, posted between worker threads), and the merge of
 * a snapshot into a tally of the rows before it. Group and stratum ids, and table
 * numbers, follow the order rows arrive in and differ between tallies, so tables are
 * matched by the values behind their ids: afterwards the tally is the one a single
 * pass over both parts would give. A categorical step's categories and a numeric
 * step's values are matched the same way: by their text and their number, not by the
 * index each part gave them.
 */
import { CategoryCells } from './cell-store.js';
import type { MeasureCells, MeasureValues } from './measure-store.js';
import { StepCategories } from './step-categories.js';
import type { ValueTable } from './interned.js';
import type { Combination } from './combination.js';
import type { LayerPlan } from './plan.js';
import type { SeenSexValues } from './seen-sex-values.js';
import type { TableIndex } from './table-index.js';
import type { TotalsCheck, TotalsCheckSnapshot } from './totals-check.js';
import type { HiddenCells } from './hidden-cells.js';
import {
  INPUT_EXCLUSIONS,
  mergeTotalColumns,
  STEP_EXCLUSIONS,
  type InputExclusion,
  type StepExclusion,
  type TallyState,
  type TotalColumnCheck,
} from './tally-state.js';

/**
 * A tally in plain data, for sending between threads and merging: counts, the values
 * behind every group and stratum id, every table's address, and the sex values seen.
 */
export interface TallySnapshot {
  readonly rows: number;
  readonly inputExcluded: Record<InputExclusion, number>;
  /** The checks of a wide table's total columns (copies). */
  readonly totalColumns: readonly TotalColumnCheck[];
  readonly steps: readonly {
    readonly taken: number;
    readonly notSelected: number;
    readonly usedRows: number;
    readonly usedCases: number;
    readonly excluded: Record<StepExclusion, number>;
    readonly takenBySex: readonly number[];
    readonly missingOutcomeBySex: readonly number[];
    readonly hidden: number;
    readonly hiddenBySex: readonly number[];
    /**
     * The step's cells (CategoryCells.toPlain, or MeasureCells.toPlain's values, blocks of counts and runs for a
     * numeric step); its own buffer, so it can be transferred.
     */
    readonly cells: Float64Array;
    /** A categorical step: its categories by index, and the categories each table has room for (null for other kinds). */
    readonly categories: { readonly values: readonly string[]; readonly room: number } | null;
  }[];
  readonly groupings: readonly (readonly string[])[][];
  readonly splits: readonly (readonly string[])[][];
  /** Per table number: its layer, group id and split id. */
  readonly tables: { readonly layers: Int32Array; readonly groups: Int32Array; readonly splits: Int32Array };
  /** Sex values as SeenValues counts them, in the order first seen. */
  readonly seenValues: readonly [string, number][];
  /** True when the sex column had more distinct values than are tracked: a merge could differ from one pass. */
  readonly seenValuesFull: boolean;
  /** Per slot, the distinct cells seen (for the check of configured values), or null when the table overflowed. */
  readonly distinctCells: readonly (readonly string[] | null)[];
  /** The distinct rows held for the check of totals (null without a count column). */
  readonly totals: TotalsCheckSnapshot | null;
  /** HiddenCells.toPlain (null without a count column). */
  readonly hiddenCells: readonly (readonly number[])[] | null;
}

/** The parts of a tally a snapshot is made of and merged into. */
export interface TallyParts {
  readonly state: TallyState;
  readonly groupings: readonly Combination[];
  readonly splits: readonly Combination[];
  readonly layers: readonly LayerPlan[];
  readonly tables: TableIndex;
  readonly stores: readonly (CategoryCells | MeasureCells)[];
  /** Per step, a categorical step's categories, a numeric step's values, or null (yes/no). */
  readonly stepValues: readonly StepValues[];
  readonly seenSex: SeenSexValues;
  readonly valueTables: readonly ValueTable[];
  readonly totals: TotalsCheck | null;
  readonly hiddenCells: HiddenCells | null;
}

/** A step's interned values: categories, numbers, or none (yes/no). */
export type StepValues = StepCategories | MeasureValues | null;

/** The tally's parts as plain data (copies). */
export function snapshotOf(parts: TallyParts): TallySnapshot {
  const { state, tables } = parts;
  return {
    rows: state.rows,
    inputExcluded: { ...state.inputExcluded },
    totalColumns: state.totalColumns.map((check) => ({ ...check })),
    steps: state.steps.map((step, position) => ({
      taken: step.taken,
      notSelected: step.notSelected,
      usedRows: step.usedRows,
      usedCases: step.usedCases,
      excluded: { ...step.excluded },
      takenBySex: [...step.takenBySex],
      missingOutcomeBySex: [...step.missingOutcomeBySex],
      hidden: step.hidden,
      hiddenBySex: [...step.hiddenBySex],
      cells: parts.stores[position]!.toPlain(tables.count),
      categories: categoriesOf(parts, position),
    })),
    groupings: parts.groupings.map((grouping) => grouping.values),
    splits: parts.splits.map((split) => split.values),
    tables: tables.toPlain(),
    seenValues: [...parts.seenSex.counts],
    seenValuesFull: parts.seenSex.full,
    distinctCells: parts.valueTables.map((table) => (table.overflowed ? null : [...table.values])),
    totals: parts.totals === null ? null : parts.totals.snapshot(parts.valueTables),
    hiddenCells: parts.hiddenCells === null ? null : parts.hiddenCells.toPlain(),
  };
}

/** A categorical step's categories and its cells' room for them, for the snapshot (null for other kinds). */
function categoriesOf(parts: TallyParts, position: number): TallySnapshot['steps'][number]['categories'] {
  const values = parts.stepValues[position];
  const store = parts.stores[position];
  if (!(values instanceof StepCategories) || !(store instanceof CategoryCells)) return null;
  return { values: [...values.values], room: store.categories };
}

/**
 * Adds the snapshot of the rows that follow the tally's rows (same configuration and
 * header). The snapshot's sex values must not have filled their tracking (`seenValuesFull`).
 */
export function mergeInto(parts: TallyParts, other: TallySnapshot): void {
  const { state } = parts;
  state.rows += other.rows;
  for (const reason of INPUT_EXCLUSIONS) state.inputExcluded[reason] += other.inputExcluded[reason];
  mergeTotalColumns(state.totalColumns, other.totalColumns);
  // A combination of no variables (the overall row, no split) has the one id 0 and no values.
  const remap = (combination: Combination, values: readonly (readonly string[])[]) =>
    combination.variables.length === 0 ? [0] : values.map((parts) => combination.idOfValues(parts));
  const groupIds = parts.groupings.map((grouping, index) => remap(grouping, other.groupings[index]!));
  const splitIds = parts.splits.map((split, index) => remap(split, other.splits[index]!));
  const tableIds: number[] = [];
  const { layers, groups, splits } = other.tables;
  for (let table = 0; table < layers.length; table++) {
    const layer = parts.layers[layers[table]!]!;
    tableIds[table] = parts.tables.indexOf(layers[table]!, groupIds[layer.grouping]![groups[table]!]!, splitIds[layer.split]![splits[table]!]!);
  }
  state.steps.forEach((step, position) => {
    const from = other.steps[position]!;
    step.taken += from.taken;
    step.notSelected += from.notSelected;
    step.usedRows += from.usedRows;
    step.usedCases += from.usedCases;
    for (const reason of STEP_EXCLUSIONS) step.excluded[reason] += from.excluded[reason];
    from.takenBySex.forEach((rows, sex) => (step.takenBySex[sex]! += rows));
    from.missingOutcomeBySex.forEach((rows, sex) => (step.missingOutcomeBySex[sex]! += rows));
    step.hidden += from.hidden;
    from.hiddenBySex.forEach((rows, sex) => (step.hiddenBySex[sex]! += rows));
    const store = parts.stores[position]!;
    const values = parts.stepValues[position];
    if (values instanceof StepCategories && store instanceof CategoryCells && from.categories !== null) {
      const categoryIds = from.categories.values.map((value) => values.indexOf(value));
      store.addPlainCategories(from.cells, from.categories.room, categoryIds, tableIds);
    } else {
      store.addPlain(from.cells, tableIds);
    }
  });
  for (const [value, count] of other.seenValues) parts.seenSex.noteText(value, count);
  // The later part's cells join the value tables, so that the distinct values are those of both parts.
  other.distinctCells.forEach((cells, slot) => {
    const table = parts.valueTables[slot]!;
    if (cells === null) table.overflowed = true;
    else for (const cell of cells) table.idOf(cell);
  });
  if (parts.totals !== null && other.totals !== null) parts.totals.merge(other.totals, parts.valueTables);
  if (parts.hiddenCells !== null && other.hiddenCells !== null) parts.hiddenCells.addPlain(other.hiddenCells, tableIds);
}
