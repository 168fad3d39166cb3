/**
 * Count cells that cannot be counts of cases: a personnummer (or samordningsnummer) read
 * as a count would print a birth date as n, and a count beyond `limits.maxCount` is a
 * mistake (a phone number, two cells run together), not a group. Both stop the run; the
 * caller says where (file, line, column) and quotes the cell masked. Kept apart from
 * parseCount, which only reads the number.
 */
import { InputError, type Place } from '../errors.js';
import { containsIdentityNumber, maskPersonnummer } from '../ingest/personnummer.js';

/** Why a count cell cannot be a count. */
export type ImplausibleCount = 'identity' | 'over-limit';

/**
 * Why the count cell `raw` (read as `count` by parseCount, or null) cannot be a count,
 * or null when it can: `identity` when it holds a personnummer-shaped number in any form
 * (10 or 12 digits, with or without a separator, valid or not), `over-limit` when its
 * count is above `maxCount`.
 */
export function implausibleCount(raw: string, count: number | null, maxCount: number): ImplausibleCount | null {
  if (containsIdentityNumber(raw)) return 'identity';
  return count !== null && count > maxCount ? 'over-limit' : null;
}

/** The error that stops a run at an implausible count cell, quoting the cell trimmed and masked. */
export function implausibleCountError(why: ImplausibleCount, column: string, raw: string, maxCount: number, place: Place): InputError {
  const value = maskPersonnummer(raw.trim());
  return why === 'identity' ? new InputError('count-is-personnummer', { column, value }, place) : new InputError('count-over-limit', { column, value, limit: maxCount }, place);
}
