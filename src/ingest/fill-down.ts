/**
 * Fill-down of grouping columns (`fill:` in the configuration): a blank cell continues
 * the value above it in the same column, as merged cells exported from Excel leave it.
 * Used by the scanner for every row below the header, and by any other row source (an
 * .xlsx reader maps its merge ranges to the same rule): one class that takes text fields.
 */

/** True when a cell holds nothing but white space. */
export function isBlankCell(cell: string | undefined): boolean {
  return cell === undefined || cell.trim() === '';
}

/**
 * Remembers, per fill column, the last non-blank value of the file, and fills blank
 * cells with it. A blank cell before any value stays blank (an ordinary missing value).
 */
export class FillDown {
  /** Per fill column (by position in `columns`), the last non-blank value, or null before the first. */
  private readonly last: (string | null)[];

  /** `columns`: the indexes of the fill columns in the header. */
  constructor(readonly columns: readonly number[]) {
    this.last = columns.map(() => null);
  }

  /** True when there is nothing to fill. */
  get empty(): boolean {
    return this.columns.length === 0;
  }

  /** Whether any fill column of the row is blank (the row then needs `fill`). */
  hasBlank(fields: readonly string[]): boolean {
    return this.columns.some((column) => isBlankCell(fields[column]));
  }

  /** Remembers the row's non-blank fill cells (a row that needs no filling). */
  remember(fields: readonly string[]): void {
    this.columns.forEach((column, slot) => {
      const cell = fields[column];
      if (!isBlankCell(cell)) this.last[slot] = cell!;
    });
  }

  /** Remembers one fill column's value by its slot (its position in `columns`), for readers that see cells one at a time. */
  rememberSlot(slot: number, value: string): void {
    this.last[slot] = value;
  }

  /** The value a blank cell of the fill column in `slot` takes, or null before any value. */
  valueFor(slot: number): string | null {
    return this.last[slot] ?? null;
  }

  /** The row with blank fill cells filled from above (a new array when any was filled); remembers its values. */
  fill(fields: readonly string[]): readonly string[] {
    let filled: string[] | null = null;
    this.columns.forEach((column, slot) => {
      const cell = fields[column];
      if (column >= fields.length) return;
      if (!isBlankCell(cell)) {
        this.last[slot] = cell!;
        return;
      }
      const above = this.last[slot] ?? null;
      if (above === null) return;
      filled ??= [...fields];
      filled[column] = above;
    });
    return filled ?? fields;
  }
}
