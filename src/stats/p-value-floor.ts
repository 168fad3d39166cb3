import type { StatWarning } from './types.js';

/** The smallest positive double (a subnormal, about 4.9e-324). */
export const SMALLEST_P_VALUE = Number.MIN_VALUE;

/** A p-value together with the warnings that its computation raised. */
export interface FlooredPValue {
  readonly pValue: number;
  readonly warnings: readonly StatWarning[];
}

/**
 * Turns a computed tail probability into a reportable p-value. Every test here has a
 * strictly positive p, so a 0 can only mean the true value is below the smallest double:
 * we report that bound with the warning `p-underflow` rather than a p of exactly 0.
 * Values above 1 (rounding in a sum of probabilities) are capped at 1, as R does.
 */
export function floorPValue(probability: number): FlooredPValue {
  if (probability > 0) return { pValue: Math.min(1, probability), warnings: [] };
  return { pValue: SMALLEST_P_VALUE, warnings: ['p-underflow'] };
}

/** {@link floorPValue} for a probability given by its natural logarithm. */
export function floorLogPValue(logProbability: number): FlooredPValue {
  // exp of anything below about -745.13 is 0; floorPValue turns that into the bound.
  return floorPValue(Math.exp(Math.min(0, logProbability)));
}
