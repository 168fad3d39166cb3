/**
 * Cells hidden in the source, per table: in an aggregated extract, how many rows (cells
 * of the published table) each step took in each of its tables, and how many more it
 * would have taken whose count is hidden (".."). A comparison whose table rests on many
 * hidden cells cannot carry a confident flag (analysis/analyze.ts). Memory grows with
 * the tables, never with rows; kept only when the extract has a count column.
 */

/** Rows taken and rows hidden in one table of one step. */
export interface HiddenShare {
  readonly cells: number;
  readonly hidden: number;
}

/** Per step, per table number: rows taken and rows hidden. */
export class HiddenCells {
  private readonly perStep: Map<number, { cells: number; hidden: number }>[];

  constructor(steps: number) {
    this.perStep = Array.from({ length: steps }, () => new Map());
  }

  /** Adds `cells` taken and `hidden` hidden rows to the row's table in each of `layers`. */
  add(step: number, rowTables: Int32Array, layers: readonly number[], cells: number, hidden: number): void {
    const tables = this.perStep[step]!;
    for (const layer of layers) this.addTo(tables, rowTables[layer]!, cells, hidden);
  }

  private addTo(tables: Map<number, { cells: number; hidden: number }>, table: number, cells: number, hidden: number): void {
    const entry = tables.get(table);
    if (entry === undefined) tables.set(table, { cells, hidden });
    else {
      entry.cells += cells;
      entry.hidden += hidden;
    }
  }

  /** A table's rows in a step, or null when it has no hidden row. */
  of(step: number, table: number): HiddenShare | null {
    const entry = table < 0 ? undefined : this.perStep[step]!.get(table);
    return entry === undefined || entry.hidden === 0 ? null : entry;
  }

  /** As plain data: per step, [table, cells, hidden] triples. */
  toPlain(): number[][] {
    return this.perStep.map((tables) => [...tables].flatMap(([table, entry]) => [table, entry.cells, entry.hidden]));
  }

  /** Adds another part's plain data, its table numbers mapped to this tally's (`tableIds`). */
  addPlain(plain: readonly (readonly number[])[], tableIds: readonly number[]): void {
    plain.forEach((triples, step) => {
      for (let at = 0; at < triples.length; at += 3) this.addTo(this.perStep[step]!, tableIds[triples[at]!]!, triples[at + 1]!, triples[at + 2]!);
    });
  }
}
