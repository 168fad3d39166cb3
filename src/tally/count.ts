/**
 * Reading a count cell of an aggregated extract: a non-negative whole number, written
 * the Swedish way or not (space or no-break space between thousands, "12,0").
 */

/** The count a cell holds, or null when it is not a non-negative whole number. */
export function parseCount(raw: string): number | null {
  const text = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d+)(?:[.,]0+)?$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  return Number.isSafeInteger(value) ? value : null;
}
