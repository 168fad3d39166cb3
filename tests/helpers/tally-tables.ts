/** What a tally counted, keyed by values rather than ids, for comparing two tallies. */
import { Tally, isEmptyTable, type TableCounts } from '../../src/tally/tally.js';

/**
 * Every non-empty table of a tally keyed by step, grouping and split values, with the
 * group and split values in id order and the sex values seen: the part of a tally that two
 * ways of counting the same rows must agree on whatever else a test compares.
 */
export function tallyTables(tally: Tally) {
  const tables: Record<string, TableCounts> = {};
  tally.state.steps.forEach((_, step) => {
    tally.groupings.forEach((grouping, groupingIndex) => {
      const groups = grouping.variables.length === 0 ? [[]] : grouping.values;
      tally.splits.forEach((split, splitIndex) => {
        const splits = split.variables.length === 0 ? [[]] : split.values;
        groups.forEach((groupValues, group) => {
          splits.forEach((splitValues, splitId) => {
            const counts = tally.counts(step, tally.layerIndex(groupingIndex, splitIndex), group, splitId);
            if (!isEmptyTable(counts)) tables[`${step}|${groupingIndex}:${groupValues.join('/')}|${splitIndex}:${splitValues.join('/')}`] = counts;
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
