/**
 * Dates as Swedish extracts write them: ISO (2024-03-19, optionally with a time),
 * compact (20240319), and the day-first forms Excel produces (19/03/2024, 19.03.2024,
 * 19-03-2024). Only real calendar dates are accepted.
 */

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date a cell holds as YYYY-MM-DD, or null when it is not a real date in a known form. */
export function parseSwedishDate(text: string): string | null {
  const value = text.trim();
  let match = ISO.exec(value) ?? COMPACT.exec(value);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_FIRST.exec(value);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}
