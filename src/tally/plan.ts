/**
 * The plan of a tally: a configuration compiled once, against a file's header, into
 * what the counting loop needs and nothing else. Which columns are read and in which
 * slot of an interned row; each row function (sex, count, a step's selection and
 * outcome, a person's date) with the slots its value depends on, so that the loop can
 * cache it by cell ids; the groupings and splits and the layers that pair them; each
 * step's layers and criteria strata; the unit rule; and the outcome kind that decides
 * the layout of the cells. The plan holds no counts and no state: a Tally counts with it.
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
import { parseCount } from './count.js';
import { implausibleCount, implausibleCountError } from './implausible-count.js';
import { createSexClassifier, type SexReading } from './sex.js';
import { PERIOD_VARIABLE, VariableSet, type RowPlace, type VariableReader } from './variables.js';

/** Sex readings as numbers: the categories first, in SEX_CATEGORIES' order, then the reasons a row is excluded. */
export const SEX_READINGS: readonly SexReading[] = ['female', 'male', 'other', 'missing-sex', 'invalid-personnummer'];
/** Readings at or above this index exclude the row from a step. */
export const FIRST_EXCLUDED_READING = 3;
/** A date the unit's rule needs but cannot read (the row is excluded). */
export const INVALID_DAY = Number.NEGATIVE_INFINITY;
/** `count` of a count cell that is not a whole non-negative number. */
export const INVALID_COUNT = -1;
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

/** One step of the case-handling chain: which rows it takes, their outcome, and where it counts them. */
export interface StepPlan {
  readonly name: string;
  /** 1 when the row is taken, else 0 (null: the step takes every row). */
  readonly among: RowFunction | null;
  /** The outcome's value as the step's cell store counts it: for a binary outcome, YES or NO. */
  readonly outcome: RowFunction;
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

/** Everything the counting loop needs, compiled from a configuration and a header. */
export interface TallyPlan {
  readonly outcome: OutcomeKind;
  /** Fields in a row of the file. */
  readonly headerWidth: number;
  /** The columns the configuration reads, ascending; a column's slot is its position here. */
  readonly usedColumns: readonly number[];
  readonly sex: {
    readonly slot: number;
    /** The reading as an index into SEX_READINGS. */
    readonly reading: RowFunction;
    readonly classify: (raw: string) => SexReading;
    /** The column's raw values are counted for messages (not for a personnummer). */
    readonly countValues: boolean;
  };
  /** The row's weight, or INVALID_COUNT (null: every row weighs 1). */
  readonly count: RowFunction | null;
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
function readCount(raw: string, config: Config, countIndex: number, place: RowPlace): number {
  const count = parseCount(raw);
  const implausible = implausibleCount(raw, count, config.limits.maxCount);
  if (implausible !== null) throw implausibleCountError(implausible, config.count!, raw, config.limits.maxCount, { file: place.file, line: place.line, column: countIndex + 1 });
  return count ?? INVALID_COUNT;
}

/**
 * Compiles a configuration against a header. `place` is where the row being counted
 * is: compiled readers name it in their messages.
 */
export function compilePlan(config: Config, columns: ColumnResolver, place: RowPlace): TallyPlan {
  const variables = new VariableSet(config, columns);
  const sexIndex = columns.index(config.sex.column, config.sex.kind === 'column' ? 'sex.column' : 'sex.personnummer');
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
  const conditions = config.steps.map((step) => ({
    among: step.among ? compileCondition(step.among, variables, `${step.keyPath}.among`, place) : null,
    outcome: compileCondition(step.outcome, variables, `${step.keyPath}.outcome`, place),
    outcomeReaders: readersOf(outcomeColumns(step.outcome), `${step.keyPath}.outcome`),
  }));
  const unitId = config.unit ? variables.reader(config.unit.id, 'unit.id') : null;
  const unitDate = config.unit?.date ? variables.reader(config.unit.date, 'unit.date') : null;

  // Every reader is made by now: the columns they read are the used columns.
  const columnsOf = (names: readonly string[]) => names.flatMap((name) => variables.columnsOf(name));
  const groupColumns = groupings.map((grouping) => columnsOf(grouping.variables));
  const splitColumns = splits.map((split) => columnsOf(split.variables));
  const stepColumns = config.steps.map((step) => ({
    among: step.among ? columnsOf(conditionVariables(step.among)) : [],
    outcome: columnsOf(conditionVariables(step.outcome)),
    outcomeMissing: columnsOf(outcomeColumns(step.outcome)),
  }));
  const unitColumns = config.unit ? columnsOf([config.unit.id, ...(config.unit.date ? [config.unit.date] : [])]) : [];
  const used = new Set<number>([sexIndex, ...(countIndex >= 0 ? [countIndex] : [])]);
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
  const classify = createSexClassifier(config.sex);
  return {
    outcome: { kind: 'binary' },
    variables,
    headerWidth: columns.header.length,
    usedColumns,
    sex: {
      slot: slotOf.get(sexIndex)!,
      reading: { slots: [slotOf.get(sexIndex)!], compute: (fields) => sexReadingIndex(classify(fields[sexIndex]!)) },
      classify,
      countValues: config.sex.kind === 'column',
    },
    count: countIndex >= 0 ? { slots: [slotOf.get(countIndex)!], compute: (fields) => readCount(fields[countIndex]!, config, countIndex, place) } : null,
    groupings: groupings.map((grouping, index) => ({ ...grouping, slots: slots(groupColumns[index]!), guardPersonnummer: index > 0 })),
    splits: splits.map((split, index) => ({ ...split, slots: slots(splitColumns[index]!), guardPersonnummer: index > 0 })),
    layers,
    periodSplit,
    steps: config.steps.map((step, position) => {
      const { among, outcome, outcomeReaders } = conditions[position]!;
      const columnsOfStep = stepColumns[position]!;
      const stepSplits = new Set([0, ...(periodSplit === null ? [] : [periodSplit]), ...criterionSplits[position]!]);
      return {
        name: step.name,
        among: among ? { slots: slots(columnsOfStep.among), compute: (fields) => (among(fields) ? 1 : 0) } : null,
        outcome: { slots: slots(columnsOfStep.outcome), compute: (fields) => (outcome(fields) ? YES : NO) },
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
