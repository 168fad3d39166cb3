/** Builders of weighted samples for the numeric-statistics tests. */
import type { WeightedSample } from '../../src/stats/weighted-sample.js';

/** The weighted sample of a list of case values (distinct values ascending with their counts). */
export function sampleOf(cases: readonly number[]): WeightedSample {
  const counts = new Map<number, number>();
  for (const value of cases) counts.set(value, (counts.get(value) ?? 0) + 1);
  const values = [...counts.keys()].sort((a, b) => a - b);
  return { values, counts: values.map((value) => counts.get(value)!) };
}

/** A weighted sample from parallel value/count lists (values ascending). */
export function weighted(values: readonly number[], counts: readonly number[]): WeightedSample {
  return { values: Float64Array.from(values), counts: Float64Array.from(counts) };
}

/** An empty sample. */
export const EMPTY: WeightedSample = { values: [], counts: [] };
