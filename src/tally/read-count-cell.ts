/**
 * Reading one cell of a count column of a funnel or of a table wide by sex. One
 * function, so that the reading of markers (`..` hidden, `-` zero) and thousands
 * separators, when it lands in count.ts, is swapped in here and nowhere else.
 */
import { parseCount } from './count.js';

/** The count a cell holds, or null when it is not a count (the row is then excluded, reason `invalid-count`). */
export function readCountCell(raw: string): number | null {
  return parseCount(raw);
}
