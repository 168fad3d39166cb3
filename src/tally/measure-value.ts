/**
 * The number in a cell of a measure column (`measure:`), as Swedish extracts and
 * Excel write it: an optional sign (also the minus sign U+2212), digits with spaces or
 * no-break spaces between groups of three, and a decimal comma or point; Excel's own
 * text of a number ("12,5", "1,5e-7") reads the same. Anything else is no number: the
 * row is excluded (`invalid-measure`) rather than guessed at.
 */

const MEASURE = /^([+\-\u2212]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?(?:[eE]([+-]?\d+))?$/;
/** A decimal part with no whole part (",5", "-.5"). */
const FRACTION_ONLY = /^([+\-\u2212]?)[.,](\d+)$/;

/** The cell's number, or null when it holds none (the cell is trimmed first; a blank cell is null too). */
export function parseMeasure(raw: string): number | null {
  const text = raw.trim();
  const fraction = FRACTION_ONLY.exec(text);
  if (fraction !== null) return signed(fraction[1]!, Number(`0.${fraction[2]!}`));
  const match = MEASURE.exec(text);
  if (match === null) return null;
  const digits = match[2]!.replace(/[ \u00a0\u202f]/g, '');
  const value = Number(`${digits}${match[3] === undefined ? '' : `.${match[3]}`}${match[4] === undefined ? '' : `e${match[4]}`}`);
  return Number.isFinite(value) ? signed(match[1]!, value) : null;
}

/** The value with its sign; -0 is 0, so that one value has one key in a value → count map. */
function signed(sign: string, value: number): number {
  return sign === '-' || sign === '\u2212' ? 0 - value || 0 : value;
}
