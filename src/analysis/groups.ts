/**
 * The groups of a grouping (or the values of a split) in display order, and whether a
 * group's table rests on cells hidden in the source: shared by the rows of every step
 * kind (yes/no, categories, measures).
 */
import { compareGroupValues } from '../ingest/collation.js';
import { DEFAULT_QUALITY } from '../config/defaults.js';
import type { Combination, Tally } from '../tally/tally.js';

/** The separator between the values of an intersection's group label. */
export const INTERSECTION_SEPARATOR = ' × ';

function compareValueLists(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const order = compareGroupValues(a[index]!, b[index]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** The ids of a combination's values in display order (Swedish collation, blanks last). */
export function sortedIds(combination: Combination): number[] {
  return combination.values.map((_, id) => id).sort((a, b) => compareValueLists(combination.values[a]!, combination.values[b]!));
}

/**
 * Whether a table of a step rests on cells hidden in the source: `hidden-in-source` (no
 * flag) when more than quality.maxExcludedShare of the cells it would take are hidden,
 * the data-quality gate's rule per table (a girl's hidden ".." in a district's "yes"
 * cell otherwise shows as 0 % yes and a confident difference); `partly-hidden` (less
 * certain) when fewer are; null when none is.
 */
export function hiddenCellsWarning(tally: Tally, step: number, layerIndex: number, group: number): 'hidden-in-source' | 'partly-hidden' | null {
  const hidden = tally.hiddenShare(step, layerIndex, group, 0);
  if (hidden === null) return null;
  return hidden.hidden / (hidden.cells + hidden.hidden) > (tally.config.quality ?? DEFAULT_QUALITY).maxExcludedShare ? 'hidden-in-source' : 'partly-hidden';
}
