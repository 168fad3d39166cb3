/** What a tally counted, keyed by values rather than ids, for comparing two tallies. */
import { Tally, isEmptyTable, type CategoryTable, type MeasureTable, type TableCounts } from '../../src/tally/tally.js';

/** A table of any step kind, as plain arrays (a numeric step's samples as [value, count] pairs). */
type AnyTable = TableCounts | (CategoryTable & { readonly categories: readonly string[] }) | Record<'female' | 'male' | 'other', [number, number][]>;

/** A table's contents, or null when it counts no one in the step. */
function tableOf(tally: Tally, step: number, layer: number, group: number, split: number): AnyTable | null {
  switch (tally.stepKind(step)) {
    case 'binary': {
      const counts = tally.counts(step, layer, group, split);
      return isEmptyTable(counts) ? null : counts;
    }
    case 'categories': {
      const table = tally.categoryTable(step, layer, group, split);
      const all = [...table.female, ...table.male, ...table.other];
      return all.every((count) => count === 0) ? null : { categories: tally.categoryValues(step), ...table };
    }
    case 'measure': {
      const table: MeasureTable = tally.measureTable(step, layer, group, split);
      const pairs = (sex: 'female' | 'male' | 'other'): [number, number][] => [...table[sex].values].map((value, index) => [value, table[sex].counts[index]!]);
      return table.female.n + table.male.n + table.other.n === 0 ? null : { female: pairs('female'), male: pairs('male'), other: pairs('other') };
    }
  }
}

/**
 * Every non-empty table of a tally keyed by step, grouping and split values, with the
 * group and split values in id order and the sex values seen: the part of a tally that two
 * ways of counting the same rows must agree on whatever else a test compares.
 */
export function tallyTables(tally: Tally) {
  const tables: Record<string, AnyTable> = {};
  tally.state.steps.forEach((_, step) => {
    tally.groupings.forEach((grouping, groupingIndex) => {
      const groups = grouping.variables.length === 0 ? [[]] : grouping.values;
      tally.splits.forEach((split, splitIndex) => {
        const splits = split.variables.length === 0 ? [[]] : split.values;
        groups.forEach((groupValues, group) => {
          splits.forEach((splitValues, splitId) => {
            const table = tableOf(tally, step, tally.layerIndex(groupingIndex, splitIndex), group, splitId);
            if (table !== null) tables[`${step}|${groupingIndex}:${groupValues.join('/')}|${splitIndex}:${splitValues.join('/')}`] = table;
          });
        });
      });
    });
  });
  return {
    groupings: tally.groupings.map((grouping) => grouping.values),
    splits: tally.splits.map((split) => split.values),
    tables,
    seen: [...tally.sexReader.seenValues],
  };
}
