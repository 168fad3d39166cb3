/**
 * The near-value rule: when a value named in the configuration never occurs in its
 * column, is there a value that does occur and that it was probably meant to be?
 */
import { distance } from 'fastest-levenshtein';

/** Edits (Levenshtein distance) that still make two values near, at most. */
export const MAX_NEAR_EDITS = 2;

/**
 * The occurring value `value` was probably meant to be, or undefined when none is near.
 * Near means the same letters in another case ("utredning inleds" for "Utredning
 * inleds"), or at most MAX_NEAR_EDITS edits and at most a third of the longer value's
 * length: so that "Utredning inled" finds "Utredning inleds", but the one-letter codes
 * "K" and "M", or "Ja" and "Nu", are not near. `ignore` are values the configuration
 * names itself (another value of the same list), never a suggestion.
 * Ties go to the fewest edits, then to the first in `seen`.
 */
export function nearValue(value: string, seen: Iterable<string>, ignore: ReadonlySet<string> = new Set()): string | undefined {
  const lower = value.toLocaleLowerCase('sv');
  let best: string | undefined;
  let bestEdits = Number.POSITIVE_INFINITY;
  for (const candidate of seen) {
    if (candidate === value || ignore.has(candidate) || candidate === '') continue;
    if (candidate.toLocaleLowerCase('sv') === lower) return candidate;
    const edits = distance(value, candidate);
    if (edits <= MAX_NEAR_EDITS && edits <= Math.floor(Math.max(value.length, candidate.length) / 3) && edits < bestEdits) {
      best = candidate;
      bestEdits = edits;
    }
  }
  return best;
}
