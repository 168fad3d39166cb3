/**
 * Signs of merged cells exported from Excel in one column: blank cells that continue
 * the value above (each value one unbroken run, its later rows left blank) while the
 * rest of the row is filled. `inspect` proposes `fill:` for such columns, and `analyze`
 * warns when a grouping column looks so without `fill:` (its blank cells would form a
 * group of their own). Fed cell by cell, with any key that tells values apart (the text,
 * or an interned id), so that it costs a comparison per row.
 */
export class RunWatch<Key> {
  private current: Key | null = null;
  private readonly seen = new Set<Key>();
  /** A value came back after another: the column is not in runs (not merged). */
  private broken = false;
  /**
   * Runs (values) followed by blank cells in rows whose other cells are filled. Runs, not
   * cells: a block of blank cells after the last value is missing values sorted last (an
   * empty sex after Flicka, Pojke, Annat), not a merge; a merge leaves blanks under many values.
   */
  private continuedRuns = 0;
  private currentContinued = false;

  /** A blank cell; `rowFilled` when most of the row's other cells are not blank. */
  blank(rowFilled: boolean): void {
    if (this.current !== null && rowFilled && !this.currentContinued) {
      this.continuedRuns++;
      this.currentContinued = true;
    }
  }

  /** A non-blank cell. */
  value(key: Key): void {
    if (this.broken || key === this.current) return;
    if (this.seen.has(key)) {
      this.broken = true;
      this.seen.clear();
      return;
    }
    this.seen.add(key);
    this.current = key;
    this.currentContinued = false;
  }

  /** Whether the column is no longer worth watching (a value came back). */
  get settled(): boolean {
    return this.broken;
  }

  /**
   * True when the column looks merged: at least two values, each in one run, and blank
   * continuation cells under at least two of them and at least half of them.
   */
  get looksMerged(): boolean {
    return !this.broken && this.seen.size >= 2 && this.continuedRuns >= 2 && this.continuedRuns * 2 >= this.seen.size;
  }
}

/** Whether most of a row's other cells (besides `column`) hold something. */
export function otherCellsFilled(fields: readonly string[], column: number): boolean {
  let filled = 0;
  for (let index = 0; index < fields.length; index++) if (index !== column && fields[index]!.trim() !== '') filled++;
  return filled * 2 >= fields.length - 1 && filled > 0;
}
