/**
 * Groups that would show a person: a `by`, intersection, criterion or period variable
 * whose values hold personnummer-shaped text (free text such as "Anmälan gäller
 * 20XXXXXX-XXXX"). A cell that is a personnummer is refused on sight (combination.ts);
 * text that merely contains one is refused once the pass has seen IDENTITY_VALUES_REFUSED
 * distinct such values, so that a stray number in one note (masked in every output) does
 * not stop a run, while a column of notes that name children does. The check reads the
 * interned combinations after the pass: each distinct value is tested once.
 */
import { containsIdentityNumber } from '../ingest/personnummer.js';
import type { Combination } from './combination.js';

/** Distinct values with personnummer-shaped text at which a variable can no longer split tables (README, Personal data). */
export const IDENTITY_VALUES_REFUSED = 3;

/** A variable refused as a group, and how many of its distinct values looked like personnummer. */
export interface IdentityGroup {
  readonly variable: string;
  readonly values: number;
}

/**
 * The first variable of `combinations` (groupings and splits, in the configuration's order)
 * with at least IDENTITY_VALUES_REFUSED distinct values holding personnummer-shaped text, or null.
 */
export function identityGroup(combinations: readonly Combination[]): IdentityGroup | null {
  const seen = new Map<string, Set<string>>();
  for (const combination of combinations) {
    combination.variables.forEach((variable, position) => {
      let values = seen.get(variable);
      if (!values) seen.set(variable, (values = new Set()));
      for (const parts of combination.values) {
        const value = parts[position]!;
        if (!values.has(value) && containsIdentityNumber(value)) values.add(value);
      }
    });
  }
  for (const [variable, values] of seen) {
    if (values.size >= IDENTITY_VALUES_REFUSED) return { variable, values: values.size };
  }
  return null;
}
