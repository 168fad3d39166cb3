/**
 * The text of an Excel cell as the rest of jamstat reads cells: what a CSV export of
 * the sheet would hold, but from the stored value, never from the formatted display.
 * A number 1234 becomes "1234" (never "1 234" or "1,234" from a locale), a non-whole
 * number takes a decimal comma ("12,5") as Swedish extracts write it, a date becomes
 * ISO 8601, a formula its cached result and rich text its plain text.
 */

/** The ISO date of a date cell, with the time only when it is not midnight. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // exceljs gives Excel's serial dates as UTC instants: read them back in UTC.
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  if (time === '00:00:00') return iso.slice(0, 10);
  return `${iso.slice(0, 10)} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

/** A number as the count reader takes it: digits, and a decimal comma for non-whole numbers. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value).replace('.', ',');
}

/**
 * The plain text of a cell value as exceljs gives it: null, a number, a string, a
 * boolean, a Date, or an object for rich text, hyperlinks, formulas and errors.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) return object.richText.map((run: { text?: unknown }) => cellText(run.text)).join('');
    // A formula (shared or not): the result Excel stored when the file was saved.
    if ('formula' in object || 'sharedFormula' in object) return cellText(object.result);
    if ('hyperlink' in object || 'text' in object) return cellText(object.text);
    if ('error' in object) return cellText(object.error);
  }
  return String(value);
}

/** The letter of a 0-based column index as Excel names it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** "C (Antal)": a column as an Excel user finds it, by letter, with its name when it has one. */
export function excelColumn(index: number, name?: string): string {
  return name ? `${columnLetter(index)} (${name})` : columnLetter(index);
}
