/**
 * The rows of the steps with `categories:` and `measure:` (issue 15), read from the tally:
 * the overall row and every group of every `by` (no per-period rows yet), each with its
 * stratified comparisons under the step's criteria; and the notices about such steps
 * (a listed category that never occurs, an outcome without variation, `period:` not
 * applied to them).
 */
import type { Config, StepConfig } from '../config/types.js';
import type { ReportWarning } from '../messages/report-warning-codes.js';
import type { CategoryTable, MeasureTable, Tally } from '../tally/tally.js';
import { intersectionVariables } from '../config/intersections.js';
import { compareCategories, withCategoryCriteria, type UnadjustedCategoryResult } from './compare-categories.js';
import { compareMeasure, withMeasureCriteria, type UnadjustedMeasureResult } from './compare-measure.js';
import { hiddenCellsWarning, INTERSECTION_SEPARATOR, sortedIds } from './groups.js';

/** The kind of a step's outcome, by the key that configures it. */
export type StepKind = 'binary' | 'categories' | 'measure';

/** Whether a step compares a yes/no outcome, a categorical one or a numeric one. */
export function stepKind(step: StepConfig): StepKind {
  if (step.categories) return 'categories';
  return step.measure ? 'measure' : 'binary';
}

const sum = (counts: readonly number[]): number => counts.reduce((total, count) => total + count, 0);

/** Cases per sex in a categorical table. */
export function categoryCases(table: CategoryTable): { female: number; male: number; other: number } {
  return { female: sum(table.female), male: sum(table.male), other: sum(table.other) };
}

/** Values per sex in a numeric table. */
export function measureCases(table: MeasureTable): { female: number; male: number; other: number } {
  return { female: table.female.n, male: table.male.n, other: table.other.n };
}

/** The groups of every grouping of a step, in display order: by variable (null overall), label, ids. */
function forEachGroup(tally: Tally, visit: (by: string | null, label: string | null, grouping: number, group: number, layerIndex: number) => void): void {
  tally.groupings.forEach((grouping, groupingIndex) => {
    const by = groupingIndex === 0 ? null : tally.config.by[groupingIndex - 1]!;
    const layerIndex = tally.layerIndex(groupingIndex, 0);
    for (const group of groupingIndex === 0 ? [0] : sortedIds(grouping)) {
      visit(by, groupingIndex === 0 ? null : grouping.values[group]!.join(INTERSECTION_SEPARATOR), groupingIndex, group, layerIndex);
    }
  });
}

/** A stratum's label: its split's values joined. */
function stratumLabel(tally: Tally, split: number, id: number): string {
  return tally.splits[split]!.values[id]!.join(INTERSECTION_SEPARATOR);
}

/** Every row of every categorical step, in step order, then overall and by group, before the run-wide adjustment. */
export function compareCategorySteps(tally: Tally): UnadjustedCategoryResult[] {
  const { config } = tally;
  const rows: UnadjustedCategoryResult[] = [];
  config.steps.forEach((step, position) => {
    if (!step.categories) return;
    const values = tally.categoryValues(position);
    // The order covers the listed categories; a pooled `other` comes after them.
    const ordered = step.categories.ordered ? (step.categories.values?.length ?? values.length) : null;
    const column = step.categories.column;
    forEachGroup(tally, (by, label, grouping, group, layerIndex) => {
      // Grouped by its own column, each group holds one category: nothing to compare, and its
      // counts would equal the overall row's (a hidden group n would hide the overall counts).
      if (by !== null && intersectionVariables(by).includes(column)) return;
      const table = tally.categoryTable(position, layerIndex, group, 0);
      const cases = categoryCases(table);
      if (cases.female + cases.male + cases.other === 0) return;
      const compared = compareCategories(step.name, by, label, values, table, ordered, config);
      const hidden = hiddenCellsWarning(tally, position, layerIndex, group);
      const row = hidden === null ? compared : { ...compared, warnings: [...compared.warnings, hidden] };
      rows.push(
        withCategoryCriteria(
          row,
          step.explain,
          (criterion) => {
            const split = tally.criterionSplits[position]![criterion]!;
            return tally.categorySplitTables(position, grouping, split, group).map((stratum) => ({ label: stratumLabel(tally, split, stratum.split), table: stratum.table }));
          },
          config.thresholds.minN,
        ),
      );
    });
  });
  return rows;
}

/** The smallest flagged shift of a numeric step: its own `measure.minShift`, else thresholds.minShift. */
export function minShiftOf(step: StepConfig, config: Config): number {
  return step.measure?.minShift ?? config.thresholds.minShift;
}

/** Every row of every numeric step, in step order, then overall and by group, before the run-wide adjustment. */
export function compareMeasureSteps(tally: Tally): UnadjustedMeasureResult[] {
  const { config } = tally;
  const rows: UnadjustedMeasureResult[] = [];
  config.steps.forEach((step, position) => {
    if (!step.measure) return;
    const minShift = minShiftOf(step, config);
    forEachGroup(tally, (by, label, grouping, group, layerIndex) => {
      const table = tally.measureTable(position, layerIndex, group, 0);
      const cases = measureCases(table);
      if (cases.female + cases.male + cases.other === 0) return;
      const compared = compareMeasure(step.name, by, label, step.measure!.unit, table, minShift);
      const hidden = hiddenCellsWarning(tally, position, layerIndex, group);
      const row = hidden === null ? compared : { ...compared, warnings: [...compared.warnings, hidden] };
      rows.push(
        withMeasureCriteria(row, step.explain, (criterion) => {
          const split = tally.criterionSplits[position]![criterion]!;
          return tally.measureSplitTables(position, grouping, split, group).map((stratum) => ({ label: stratumLabel(tally, split, stratum.split), table: stratum.table }));
        }),
      );
    });
  });
  return rows;
}

/** Cases per sex of a step's overall table, whatever its kind. */
export function overallCases(tally: Tally, position: number): { female: number; male: number; other: number } {
  const step = tally.config.steps[position]!;
  switch (stepKind(step)) {
    case 'categories':
      return categoryCases(tally.categoryTable(position, 0, 0, 0));
    case 'measure':
      return measureCases(tally.measureTable(position, 0, 0, 0));
    case 'binary': {
      const { female, male, other } = tally.counts(position, 0, 0, 0);
      return { female: female.yes + female.no, male: male.yes + male.no, other: other.yes + other.no };
    }
  }
}

/**
 * The categorical and numeric steps whose outcome does not vary: every case in one
 * category, or every value equal. There is nothing to compare the sexes on; their rows
 * are not flagged (as a yes/no step whose outcome is constant).
 */
export function constantDistributions(tally: Tally): { step: string; warning: ReportWarning }[] {
  return tally.config.steps.flatMap((step, position): { step: string; warning: ReportWarning }[] => {
    if (step.categories) {
      const table = tally.categoryTable(position, 0, 0, 0);
      const occurring = tally.categoryValues(position).filter((_, index) => (table.female[index] ?? 0) + (table.male[index] ?? 0) + (table.other[index] ?? 0) > 0);
      return occurring.length === 1 ? [{ step: step.name, warning: { code: 'categories-constant', args: { step: step.name, value: occurring[0]! } } }] : [];
    }
    if (step.measure) {
      const { female, male, other } = tally.measureTable(position, 0, 0, 0);
      // Each sample's values are distinct and ascending: one value overall when every sample's first and last agree.
      const ends = [female, male, other].filter((sample) => sample.values.length > 0).flatMap((sample) => [sample.values[0]!, sample.values[sample.values.length - 1]!]);
      return ends.length > 0 && ends.every((value) => value === ends[0]) ? [{ step: step.name, warning: { code: 'measure-constant', args: { step: step.name } } }] : [];
    }
    return [];
  });
}

/** The categories a step lists (`values:` or `ordered:`) that no case of the step has: kept, with zeros, and named in a notice. */
export function categoriesNeverOccurring(tally: Tally): ReportWarning[] {
  return tally.config.steps.flatMap((step, position): ReportWarning[] => {
    const listed = step.categories?.values;
    if (!step.categories || !listed) return [];
    const values = tally.categoryValues(position);
    const table = tally.categoryTable(position, 0, 0, 0);
    const listedSet = new Set(listed);
    return values.flatMap((value, index): ReportWarning[] => {
      if (!listedSet.has(value) || (table.female[index] ?? 0) + (table.male[index] ?? 0) + (table.other[index] ?? 0) > 0) return [];
      return [{ code: 'category-never-occurs', args: { step: step.name, value, column: step.categories!.column } }];
    });
  });
}

/** A categorical step's criteria that stratify by the step's own column, which leaves nothing to compare within a stratum: a notice each. */
export function criteriaOnOwnColumn(config: Config): ReportWarning[] {
  return config.steps.flatMap((step) => {
    const column = step.categories?.column;
    if (column === undefined) return [];
    return step.explain
      .filter((criterion) => criterion.variables.includes(column))
      .map((criterion): ReportWarning => ({ code: 'criterion-own-column', args: { step: step.name, criterion: criterion.criterion, column } }));
  });
}

/** With `period:` configured, the categorical and numeric steps get no per-period rows (yet): a notice names them. */
export function periodNotApplied(config: Config): ReportWarning[] {
  if (config.period === null) return [];
  const steps = config.steps.filter((step) => stepKind(step) !== 'binary').map((step) => step.name);
  return steps.length === 0 ? [] : [{ code: 'period-not-for-distributions', args: { steps: steps.join('; ') } }];
}
