/**
 * The plan of a tally: a configuration compiled once, against a file's header, into
 * what the counting loop needs and nothing else. Which columns are read and in which
 * slot of an interned row; each row function (sex, count, a step's selection and
 * outcome, a person's date) with the slots its value depends on, so that the loop can
 * cache it by cell ids; the groupings and splits and the layers that pair them; each
 * step's layers and criteria strata, and its outcome kind (yes/no, categories or a
 * measure), which decides the layout of its cells; the unit rule. The plan holds no
 * counts and no state: a Tally counts with it (and interns a categorical or numeric
 * step's values itself).
 *
 * Columns are looked up here, so a column missing from the header is a ConfigError
 * naming its key path (the order of look-ups decides which is named first). Rules that
 * need no header (a personnummer column as a group, a circle of derived variables) are
 * the configuration schema's (config/cross-key-rules.ts).
 */
import { intersectionVariables } from '../config/intersections.js';
import type { Config, UnitConfig } from '../config/types.js';
import { parseSwedishDate } from '../ingest/dates.js';
import { YES, NO, type OutcomeKind } from './cell-store.js';
import type { ColumnResolver } from './columns.js';
import { compileCondition, conditionVariables, outcomeColumns } from './conditions.js';
import { TotalLabels } from '../ingest/total-rows.js';
import { countCode, CountCellReader, parseCount, type CountPlace } from './count.js';
import { implausibleCount, implausibleCountError } from './implausible-count.js';
import { createSexClassifier, type SexReading } from './sex.js';
import { wideColumnIndex } from './wide-columns.js';
import { PERIOD_VARIABLE, VariableSet, type RowPlace, type VariableReader } from './variables.js';

/** Sex readings as numbers: the categories first, in SEX_CATEGORIES' order, then the reasons a row is excluded. */
export const SEX_READINGS: readonly SexReading[] = ['female', 'male', 'other', 'missing-sex', 'invalid-personnummer'];
/** Readings at or above this index exclude the row from a step. */
export const FIRST_EXCLUDED_READING = 3;
/** A date the unit's rule needs but cannot read (the row is excluded). */
export const INVALID_DAY = Number.NEGATIVE_INFINITY;
export { HIDDEN_COUNT, INVALID_COUNT, NOT_APPLICABLE_COUNT } from './count.js';
/** A combination id of a row that cannot be placed (a bad date). */
export const UNPLACED = -1;

/**
 * A number computed from a row's text, and the slots of the cells it depends on: it
 * is the same for every row with the same cells there, so it can be cached by their ids.
 */
export interface RowFunction {
  readonly slots: readonly number[];
  readonly compute: (fields: readonly string[]) => number;
}

/** A grouping or split: variables whose value combinations are interned (see Combination). */
export interface CombinationPlan {
  readonly variables: readonly string[];
  readonly readers: readonly VariableReader[];
  readonly slots: readonly number[];
  /** Refuse a value that looks like a personnummer (it would show one person). */
  readonly guardPersonnummer: boolean;
}

/** What a split divides a group by: nothing, the period, or one criterion's strata. */
export type SplitKind = 'none' | 'period' | 'criterion';

/** A split and what it divides by. */
export interface SplitPlan extends CombinationPlan {
  readonly kind: SplitKind;
}

/** A layer pairs a grouping with a split; every row is placed in one table per layer. */
export interface LayerPlan {
  readonly grouping: number;
  readonly split: number;
}

/** A categorical or numeric step's column: its value as text, read from the cells at `slots`. */
export interface StepValuePlan {
  /** The column (or derived variable) as configured, for messages. */
  readonly column: string;
  readonly slots: readonly number[];
  /** The value, trimmed ('' when blank or unreadable: the outcome is missing). */
  readonly read: (fields: readonly string[]) => string;
}

/** One step of the case-handling chain: which rows it takes, their outcome, and where it counts them. */
export interface StepPlan {
  readonly name: string;
  /** Yes/no, categories or a measure: decides the step's cells. */
  readonly kind: OutcomeKind;
  /** 1 when the row is taken, else 0 (null: the step takes every row). */
  readonly among: RowFunction | null;
  /** A yes/no outcome's value as the step's cell store counts it, YES or NO (null: a funnel step, see LayoutPlan, or another kind: `value`). */
  readonly outcome: RowFunction | null;
  /** A categorical or numeric step's column (null for yes/no): the tally interns its values. */
  readonly value: StepValuePlan | null;
  /** 1 when every outcome variable is empty: the outcome is missing (null: never). */
  readonly outcomeMissing: RowFunction | null;
  /** For each of the step's criteria, in order, the index of its split. */
  readonly criterionSplits: readonly number[];
  /** The layers the step counts in: the plain tables, the period and its criteria's strata. */
  readonly layers: readonly number[];
}

/** Counting persons rather than rows (`unit:`). */
export interface UnitPlan {
  readonly rule: UnitConfig['rule'];
  /** The person's id (empty: the row is excluded). */
  readonly id: VariableReader;
  /** The day number of the row's date, or INVALID_DAY (null: the rule needs no date). */
  readonly day: RowFunction | null;
}

/**
 * What makes a row a total row, and the key of a row in the check of totals against
 * their parts (totals-check.ts).
 */
export interface TotalsPlan {
  /** The configuration's total labels (`totals.labels`). */
  readonly labels: TotalLabels;
  /**
   * The slots of the grouping columns (`by` variables, criteria, period) and of the sex
   * column: a total label in any of them makes the row a total row.
   */
  readonly labelSlots: readonly number[];
  /** The slots of every column read except the count column, ascending, and their names. */
  readonly keySlots: readonly number[];
  readonly keyColumns: readonly string[];
}

/**
 * A row's counts when they are in columns: a funnel (a step's `of` and `yes` count
 * columns) or a table wide by sex (one count column per sex). Each row then adds, per
 * step and per sex it counts under, a yes count and a no count read from its cells,
 * rather than its weight to one outcome. Column numbers here are indexes into
 * `counts` (each count column read once a row); -1 is "no column" (weight 1).
 */
export interface LayoutPlan {
  /** The count columns a row reads, each its value or INVALID_COUNT; an invalid one excludes the row, unless it is only checked. */
  readonly counts: readonly RowFunction[];
  /** Per count column, true when it is only a total to check (an invalid cell then skips the check, not the row). */
  readonly checkedOnly: readonly boolean[];
  /** Per count column, its name (for messages). */
  readonly countNames: readonly string[];
  /** The sexes a row counts under, as SEX_READINGS indexes: one per sex column when wide; [-1] when the row's sex column says. */
  readonly sexes: readonly number[];
  /** Per step, per entry of `sexes`. */
  readonly steps: readonly {
    /** A funnel step: the `of` and `yes` count columns; null for a step with an outcome condition. */
    readonly funnel: { readonly of: readonly number[]; readonly yes: readonly number[] } | null;
    /** A step with an outcome condition: the count column weighing the row (-1: each row is one case). */
    readonly weight: readonly number[];
  }[];
  /** Total columns of a wide table, each with the count columns of its parts: checked, never counted. */
  readonly totals: readonly { readonly column: string; readonly total: number; readonly parts: readonly number[] }[];
}

/** Everything the counting loop needs, compiled from a configuration and a header. */
export interface TallyPlan {
  /** Fields in a row of the file. */
  readonly headerWidth: number;
  /** The columns the configuration reads, ascending; a column's slot is its position here. */
  readonly usedColumns: readonly number[];
  /** The sex column (null when the table is wide by sex: the sexes are columns, see `layout`). */
  readonly sex: {
    readonly slot: number;
    /** The reading as an index into SEX_READINGS. */
    readonly reading: RowFunction;
    readonly classify: (raw: string) => SexReading;
    /** The column's raw values are counted for messages (not for a personnummer). */
    readonly countValues: boolean;
  } | null;
  /**
   * The row's weight, or INVALID_COUNT, HIDDEN_COUNT or NOT_APPLICABLE_COUNT (count.ts
   * countCode; null: every row weighs 1). Throws on a number that is not whole.
   */
  readonly count: RowFunction | null;
  /** The count column's slot (-1 when there is none). */
  readonly countSlot: number;
  /** Total rows and columns (see TotalsPlan). */
  readonly totals: TotalsPlan;
  /** Counts in columns (a funnel, or wide by sex); null for case rows and rows with `count:`. */
  readonly layout: LayoutPlan | null;
  /** Grouping 0 is the overall row; then one per `by` entry, in order. */
  readonly groupings: readonly CombinationPlan[];
  /** Split 0 is "none"; then the period (if any), then each distinct criterion variable list. */
  readonly splits: readonly SplitPlan[];
  /** Layer grouping * splits.length + split. */
  readonly layers: readonly LayerPlan[];
  readonly periodSplit: number | null;
  readonly steps: readonly StepPlan[];
  readonly unit: UnitPlan | null;
  /** The variables' readers, for reading the distinct values of a variable after counting (not in the loop). */
  readonly variables: VariableSet;
}

/** A reading's index in SEX_READINGS; anything else is a bug that would count a row in another table's cells. */
function sexReadingIndex(reading: SexReading): number {
  const index = SEX_READINGS.indexOf(reading);
  if (index < 0) throw new Error(`sex reading ${String(reading)} is not one of ${SEX_READINGS.join(', ')}`);
  return index;
}

/**
 * A count cell's weight, or INVALID_COUNT when it is no whole number. A cell that cannot be
 * a count (a personnummer, or more than limits.maxCount) stops the run where it stands.
 */
function readCount(raw: string, config: Config, reader: CountCellReader, place: CountPlace): number {
  const implausible = implausibleCount(raw, parseCount(raw), config.limits.maxCount);
  if (implausible !== null) throw implausibleCountError(implausible, place.column, raw, config.limits.maxCount, { file: place.file, line: place.line, column: place.position });
  return countCode(reader, raw, place);
}
/**
 * Compiles a configuration against a header. `place` is where the row being counted
 * is: compiled readers name it in their messages.
 */
export function compilePlan(config: Config, columns: ColumnResolver, place: RowPlace): TallyPlan {
  const variables = new VariableSet(config, columns);
  const sexIndex = config.sex.kind === 'columns' ? -1 : columns.index(config.sex.column, config.sex.kind === 'column' ? 'sex.column' : 'sex.personnummer');
  const countIndex = config.count === null ? -1 : columns.index(config.count, 'count');

  // Readers first, in the order of the configuration, so that the first missing column is the one named.
  const readersOf = (names: readonly string[], keyPath: string) => names.map((name) => variables.reader(name, keyPath));
  const groupings = [
    { variables: [] as string[], readers: [] as VariableReader[], kind: 'none' as const },
    ...config.by.map((spec, index) => {
      const names = intersectionVariables(spec);
      return { variables: names, readers: readersOf(names, `by[${index}]`), kind: 'none' as const };
    }),
  ];
  const splits: { variables: readonly string[]; readers: readonly VariableReader[]; kind: SplitKind }[] = [{ variables: [], readers: [], kind: 'none' }];
  const splitByKey = new Map<string, number>();
  const addSplit = (names: readonly string[], kind: SplitKind, keyPath: string): number => {
    const key = `${kind}:${names.join('\u0000')}`;
    let index = splitByKey.get(key);
    if (index === undefined) {
      index = splits.length;
      splits.push({ variables: names, readers: readersOf(names, keyPath), kind });
      splitByKey.set(key, index);
    }
    return index;
  };
  const periodSplit = config.period ? addSplit([PERIOD_VARIABLE], 'period', 'period.column') : null;
  const criterionSplits = config.steps.map((step) =>
    step.explain.map((criterion) => addSplit(criterion.variables, 'criterion', `${step.keyPath}.explain.${criterion.criterion}`)),
  );
  const conditions = config.steps.map((step) => {
    const valueColumn = step.categories?.column ?? step.measure?.column ?? null;
    const valueKeyPath = `${step.keyPath}.${step.categories ? 'categories' : 'measure'}.column`;
    return {
      among: step.among ? compileCondition(step.among, variables, `${step.keyPath}.among`, place) : null,
      outcome: step.outcome ? compileCondition(step.outcome, variables, `${step.keyPath}.outcome`, place) : null,
      outcomeReaders: step.outcome ? readersOf(outcomeColumns(step.outcome), `${step.keyPath}.outcome`) : valueColumn !== null ? readersOf([valueColumn], valueKeyPath) : [],
      valueColumn,
    };
  });
  const layout = compileLayout(config, columns);
  const unitId = config.unit ? variables.reader(config.unit.id, 'unit.id') : null;
  const unitDate = config.unit?.date ? variables.reader(config.unit.date, 'unit.date') : null;

  // Every reader is made by now: the columns they read are the used columns.
  const columnsOf = (names: readonly string[]) => names.flatMap((name) => variables.columnsOf(name));
  const groupColumns = groupings.map((grouping) => columnsOf(grouping.variables));
  const splitColumns = splits.map((split) => columnsOf(split.variables));
  const stepColumns = config.steps.map((step, position) => {
    const valueColumn = conditions[position]!.valueColumn;
    return {
      among: step.among ? columnsOf(conditionVariables(step.among)) : [],
      outcome: step.outcome ? columnsOf(conditionVariables(step.outcome)) : valueColumn !== null ? columnsOf([valueColumn]) : [],
      outcomeMissing: step.outcome ? columnsOf(outcomeColumns(step.outcome)) : valueColumn !== null ? columnsOf([valueColumn]) : [],
    };
  });
  const unitColumns = config.unit ? columnsOf([config.unit.id, ...(config.unit.date ? [config.unit.date] : [])]) : [];
  const used = new Set<number>([...(sexIndex >= 0 ? [sexIndex] : []), ...(countIndex >= 0 ? [countIndex] : []), ...(layout?.columns ?? [])]);
  for (const list of [...groupColumns, ...splitColumns, ...stepColumns.flatMap((step) => [step.among, step.outcome]), unitColumns]) {
    for (const column of list) used.add(column);
  }
  const usedColumns = [...used].sort((a, b) => a - b);
  const slotOf = new Map(usedColumns.map((column, slot) => [column, slot]));
  const slots = (list: readonly number[]) => [...new Set(list)].sort((a, b) => a - b).map((column) => slotOf.get(column)!);

  const layers: LayerPlan[] = [];
  for (let grouping = 0; grouping < groupings.length; grouping++) {
    for (let split = 0; split < splits.length; split++) layers.push({ grouping, split });
  }
  const sex = config.sex;
  const classify = sex.kind === 'columns' ? null : createSexClassifier(sex);
  const countReader = new CountCellReader(config.markers);
  const countName = config.count ?? '';
  const labelColumns = [...groupColumns.flat(), ...splitColumns.flat(), ...(config.sex.kind === 'column' ? [sexIndex] : [])];
  const keyColumns = usedColumns.filter((column) => column !== countIndex);
  return {
    variables,
    headerWidth: columns.header.length,
    usedColumns,
    sex:
      classify === null
        ? null
        : {
            slot: slotOf.get(sexIndex)!,
            reading: { slots: [slotOf.get(sexIndex)!], compute: (fields) => sexReadingIndex(classify(fields[sexIndex]!)) },
            classify,
            countValues: config.sex.kind === 'column',
          },
    count:
      countIndex >= 0
        ? {
            slots: [slotOf.get(countIndex)!],
            compute: (fields) => readCount(fields[countIndex]!, config, countReader, { file: place.file, line: place.line, column: countName, position: countIndex + 1 }),
          }
        : null,
    countSlot: countIndex >= 0 ? slotOf.get(countIndex)! : -1,
    totals: {
      labels: new TotalLabels(config.totals.labels),
      labelSlots: slots(labelColumns),
      keySlots: keyColumns.map((column) => slotOf.get(column)!),
      keyColumns: keyColumns.map((column) => columns.header[column]!),
    },
    layout:
      layout === null
        ? null
        : {
            counts: layout.columns.map((column) => ({ slots: [slotOf.get(column)!], compute: (fields) =>
                readCount(fields[column]!, config, countReader, { file: place.file, line: place.line, column: columns.header[column]!, position: column + 1 }) })),
            countNames: layout.columns.map((column) => columns.header[column]!),
            checkedOnly: layout.checkedOnly,
            sexes: layout.sexes,
            steps: layout.steps,
            totals: layout.totals,
          },
    groupings: groupings.map((grouping, index) => ({ ...grouping, slots: slots(groupColumns[index]!), guardPersonnummer: index > 0 })),
    splits: splits.map((split, index) => ({ ...split, slots: slots(splitColumns[index]!), guardPersonnummer: index > 0 })),
    layers,
    periodSplit,
    steps: config.steps.map((step, position) => {
      const { among, outcome, outcomeReaders, valueColumn } = conditions[position]!;
      const columnsOfStep = stepColumns[position]!;
      const stepSplits = new Set([0, ...(periodSplit === null ? [] : [periodSplit]), ...criterionSplits[position]!]);
      const readValue = valueColumn === null ? null : outcomeReaders[0]!;
      return {
        name: step.name,
        kind: outcomeKindOf(step),
        among: among ? { slots: slots(columnsOfStep.among), compute: (fields) => (among(fields) ? 1 : 0) } : null,
        outcome: outcome ? { slots: slots(columnsOfStep.outcome), compute: (fields) => (outcome(fields) ? YES : NO) } : null,
        value:
          readValue === null
            ? null
            : { column: valueColumn!, slots: slots(columnsOfStep.outcome), read: (fields) => readValue(fields, place) ?? '' },
        outcomeMissing:
          outcomeReaders.length > 0
            ? { slots: slots(columnsOfStep.outcomeMissing), compute: (fields) => (outcomeReaders.every((read) => !read(fields, place)) ? 1 : 0) }
            : null,
        criterionSplits: criterionSplits[position]!,
        layers: layers.flatMap((layer, index) => (stepSplits.has(layer.split) ? [index] : [])),
      };
    }),
    unit:
      config.unit && unitId
        ? {
            rule: config.unit.rule,
            id: unitId,
            day: unitDate
              ? {
                  slots: slots(columnsOf([config.unit.date!])),
                  compute: (fields) => {
                    const date = parseSwedishDate(unitDate(fields, place) ?? '');
                    return date === null ? INVALID_DAY : Date.parse(date) / 86_400_000;
                  },
                }
              : null,
          }
        : null,
  };
}

/** A step's outcome kind, from its configuration. */
function outcomeKindOf(step: Config['steps'][number]): OutcomeKind {
  if (step.categories !== null) return { kind: 'categories', values: step.categories.values, ordered: step.categories.ordered, other: step.categories.other };
  if (step.measure !== null) return { kind: 'measure' };
  return { kind: 'binary' };
}

/** A LayoutPlan before slots are known: count columns as header indexes. */
interface LayoutColumns extends Omit<LayoutPlan, 'counts' | 'countNames' | 'checkedOnly'> {
  /** The count columns, as header indexes. */
  readonly columns: readonly number[];
  readonly checkedOnly: readonly boolean[];
}

/**
 * The count columns of a funnel or of a table wide by sex, looked up in the header
 * (null: neither; rows count as today). Wide, each measure is read once per sex column
 * (wide-columns.ts): the `total` column of each measure is checked against its parts.
 */
function compileLayout(config: Config, columns: ColumnResolver): LayoutColumns | null {
  const wide = config.sex.kind === 'columns' ? config.sex.columns : null;
  if (wide === null && config.steps.every((step) => step.funnel === null)) return null;
  const counted = wide?.filter((column) => column.role !== 'total') ?? [];
  const totalColumn = wide?.find((column) => column.role === 'total') ?? null;
  const indexes: number[] = [];
  const countOf = (column: number): number => {
    let at = indexes.indexOf(column);
    if (at < 0) at = indexes.push(column) - 1;
    return at;
  };
  const totals: { column: string; total: number; parts: number[] }[] = [];
  const checkedMeasures = new Set<string | null>();
  /** Per sex entry, the count of `measure` (null: the sex column itself); notes the measure's total for checking. */
  const perSex = (measure: string | null, keyPath: string): number[] => {
    if (wide === null) return [countOf(columns.index(measure!, keyPath))];
    const parts = counted.map((column) => countOf(wideColumnIndex(columns, measure, column.name, measure === null ? `sex.columns.${column.name}` : keyPath)));
    if (totalColumn !== null && !checkedMeasures.has(measure)) {
      checkedMeasures.add(measure);
      const total = wideColumnIndex(columns, measure, totalColumn.name, measure === null ? `sex.columns.${totalColumn.name}` : keyPath);
      totals.push({ column: columns.header[total]!, total: countOf(total), parts });
    }
    return parts;
  };
  const sexes = wide === null ? [-1] : counted.map((column) => sexReadingIndex(column.role as SexReading));
  const steps = config.steps.map((step) => {
    if (step.funnel !== null) {
      return { funnel: { of: perSex(step.funnel.of, `${step.keyPath}.of`), yes: perSex(step.funnel.yes, `${step.keyPath}.yes`) }, weight: [] };
    }
    return { funnel: null, weight: wide === null ? [-1] : perSex(null, 'sex.columns') };
  });
  const counts = new Set(steps.flatMap((step) => [...(step.funnel?.of ?? []), ...(step.funnel?.yes ?? []), ...step.weight]));
  return { columns: indexes, checkedOnly: indexes.map((_, index) => !counts.has(index)), sexes, steps, totals };
}
