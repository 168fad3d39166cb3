/** Defaults for every optional setting, in one place. */
import type { Correction } from '../stats/types.js';
import { DEFAULT_TOTAL_LABELS } from '../ingest/total-rows.js';

/** The default of `totals.labels`: defined where total labels are decided (ingest/total-rows.ts). */
export { DEFAULT_TOTAL_LABELS };

export const DEFAULT_THRESHOLDS = Object.freeze({
  alpha: 0.05,
  minDiffPp: 5,
  minN: 20,
  correction: 'bh' as Correction,
  minShift: 0,
});

/**
 * Sex codes recognised without a `values:` mapping, compared in lower case. A Map, so
 * that a cell such as "constructor" is not found as an Object property.
 */
export const DEFAULT_SEX_VALUES: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ['flicka', 'female'],
  ['pojke', 'male'],
  ['kvinna', 'female'],
  ['man', 'male'],
  ['k', 'female'],
  ['m', 'male'],
  ['f', 'female'],
  ['female', 'female'],
  ['male', 'male'],
  ['flickor', 'female'],
  ['pojkar', 'male'],
  ['kvinnor', 'female'],
  ['män', 'male'],
]);

/** Counts from 1 to this − 1 are hidden in every output unless told otherwise (SCB's "fewer than five"). */
export const DEFAULT_SUPPRESS_BELOW = 5;

/** Defaults of the `validate:` keys: what `jamstat validate` tolerates. */
export const DEFAULT_VALIDATION = Object.freeze({
  maxExcludedShare: 0.01,
  rareValueCount: 3,
  maxRowChange: 0.3,
  maxShareChangePp: 10,
});

/** Defaults of the `quality:` keys: the data-quality gate of `analyze` (analysis/quality-gate.ts). */
export const DEFAULT_QUALITY = Object.freeze({
  maxExcludedShare: 0.05,
  allowExcluded: false,
});

/**
 * Defaults of the `limits:` keys. maxCount: the largest count a count cell may hold; a
 * larger one is a mistake (a personnummer or a phone number read as a count), not a count
 * of cases in one group: Sweden has some 10.5 million people. maxGroups: the groups a `by`
 * variable, an intersection, a criterion's strata or the periods may have (README, "Limits").
 */
export const DEFAULT_LIMITS = Object.freeze({
  maxCount: 10_000_000,
  maxGroups: 1000,
});

/**
 * Defaults of the `markers:` keys: the symbols of Swedish official statistics (SCB,
 * Kolada, PX files) in a count cell. Hidden or unavailable ("..", "...", "x"; often
 * sekretess for small counts), zero ("-", "–", "—"), not applicable (".", cannot occur).
 */
export const DEFAULT_MARKERS = Object.freeze({
  hidden: Object.freeze(['..', '...', 'x']),
  zero: Object.freeze(['-', '\u2013', '\u2014']),
  notApplicable: Object.freeze(['.']),
});
