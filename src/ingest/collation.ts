/** Ordering of group values: Swedish collation (Å Ä Ö after Z), numbers by value, blanks last. */
const swedish = new Intl.Collator('sv', { numeric: true, sensitivity: 'variant' });

/** Compares two group values for display and output order. */
export function compareGroupValues(a: string, b: string): number {
  if (a === '' || b === '') return (a === '' ? 1 : 0) - (b === '' ? 1 : 0);
  return swedish.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
