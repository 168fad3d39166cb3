/**
 * Dates as Swedish extracts write them: ISO (2024-03-19, optionally with a time
 * 10:15 or 10:15:00, after a space or a T), compact (20240319), and the day-first forms
 * that Excel and older systems produce (19/03/2024, 19.03.2024, 19-03-2024). Only real
 * calendar dates and real times are accepted; the two separators of a day-first date
 * must be the same.
 */

const TIME = '(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,6})?)?)?';
const ISO = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_FIRST = new RegExp(`^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${TIME}$`);

/** Days in a month of the proleptic Gregorian calendar (leap years included). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealTime(hour: string | undefined, minute: string | undefined, second: string | undefined): boolean {
  if (hour === undefined) return true;
  return Number(hour) <= 23 && Number(minute) <= 59 && (second === undefined || Number(second) <= 59);
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Parses a date cell of an extract into YYYY-MM-DD, or null when it is not a real date in
 * one of the known forms. Surrounding white space is ignored; a time part is checked and
 * dropped.
 *
 * @example parseSwedishDate('19.03.2024') // '2024-03-19'
 * @example parseSwedishDate('2023-02-29') // null: 2023 is not a leap year
 */
export function parseSwedishDate(text: string): string | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) return isRealTime(iso[4], iso[5], iso[6]) ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
  const compact = COMPACT.exec(value);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst && isRealTime(dayFirst[5], dayFirst[6], dayFirst[7])) {
    return isoDate(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  }
  return null;
}
