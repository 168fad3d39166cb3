/**
 * Total rows: a summary line ("Totalt;;;123") at the end of a table is not data. This is
 * the one place that decides what a total row is; every reader and check asks here.
 */

/** Labels that mark a summary row rather than data, compared trimmed and in lower case. */
export const TOTAL_ROW_LABELS: ReadonlySet<string> = new Set(['totalt', 'total', 'summa', 'samtliga', 'alla']);

/** Whether a row is a total row: its first non-blank cell is one of TOTAL_ROW_LABELS. */
export function isTotalRow(fields: readonly string[]): boolean {
  const first = fields.find((field) => field.trim() !== '');
  return first !== undefined && TOTAL_ROW_LABELS.has(first.trim().toLowerCase());
}

/**
 * Whether a row whose first non-blank cell starts with this character could be a total
 * row: readers that do not decode every cell hand such rows over as text.
 */
export function mayStartTotalRow(character: string): boolean {
  const lower = character.toLowerCase();
  for (const label of TOTAL_ROW_LABELS) if (label.startsWith(lower)) return true;
  return false;
}
