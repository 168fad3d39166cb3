/**
 * Which columns of a table look like merged cells exported from Excel: grouping columns
 * at the left whose blank cells continue the value above. `inspect` reports them with
 * the `fill:` line to add; `init` may write that line (`fillDownColumns`).
 */
import { otherCellsFilled, RunWatch } from '../ingest/merged-cells.js';

/** Watches every column of a table, row by row, for the fill-down shape. */
export class FillDownDetector {
  private readonly watches: RunWatch<string>[];
  private readonly blanks: number[];
  private readonly numeric: number[];
  private readonly filled: number[];

  constructor(private readonly header: readonly string[]) {
    this.watches = header.map(() => new RunWatch<string>());
    this.blanks = header.map(() => 0);
    this.numeric = header.map(() => 0);
    this.filled = header.map(() => 0);
  }

  /** One row with the header's number of fields (ragged rows and notes are left out). */
  add(fields: readonly string[]): void {
    for (let column = 0; column < this.header.length; column++) {
      const cell = fields[column]!.trim();
      if (cell === '') {
        this.blanks[column]!++;
        this.watches[column]!.blank(otherCellsFilled(fields, column));
        continue;
      }
      this.filled[column]!++;
      if (/^[-+]?[\d\s.,]+$/.test(cell)) this.numeric[column]!++;
      this.watches[column]!.value(cell);
    }
  }

  /**
   * The columns that look merged, left to right: each must be at the table's left, with
   * only such columns or columns without blanks before it, and before the first column of
   * numbers that does not look merged (counts and rates are not grouping columns).
   */
  columns(): string[] {
    const found: string[] = [];
    for (let column = 0; column < this.header.length; column++) {
      if (this.watches[column]!.looksMerged) {
        found.push(this.header[column]!);
        continue;
      }
      const numbers = this.filled[column]! > 0 && this.numeric[column]! === this.filled[column]!;
      if (numbers || this.blanks[column]! > 0) break;
    }
    return found;
  }
}

/** The columns of rows (as text, header first) that look like merged cells to fill down; for `init` and tests. */
export function fillDownColumns(header: readonly string[], rows: Iterable<readonly string[]>): string[] {
  const detector = new FillDownDetector(header);
  for (const row of rows) if (row.length === header.length) detector.add(row);
  return detector.columns();
}
