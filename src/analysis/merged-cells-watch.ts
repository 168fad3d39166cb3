/**
 * The analysis's look for merged cells: a `by` column (not under `fill:`) whose blank
 * cells continue the value above would make a blank group of its own and compare the
 * wrong rows, so the report says so (`column-looks-merged`). Fed each row the tally
 * takes, interned or as text; an interned row costs a comparison per watched column
 * (its cell is the interned string itself).
 */
import { RunWatch } from '../ingest/merged-cells.js';
import type { Tally } from '../tally/tally.js';

interface Watched {
  readonly column: number;
  readonly slot: number;
  readonly name: string;
  readonly watch: RunWatch<string>;
}

/** Watches the plain `by` columns of a tally for the fill-down shape. */
export class MergedCellWatch {
  private readonly watched: Watched[];
  /** Per slot, per id: 1 blank, 2 not blank, 0 not yet known. */
  private readonly blankIds: Uint8Array[];

  constructor(private readonly tally: Tally) {
    const header = tally.columns.header;
    const names = new Set(tally.config.by.flatMap((entry) => entry.split('*').map((name) => name.trim())));
    this.watched = [...names]
      .filter((name) => !tally.config.fill.includes(name))
      .map((name) => ({ name, column: header.indexOf(name) }))
      .filter(({ column }) => column >= 0 && tally.usedColumns.includes(column))
      .map(({ name, column }) => ({ name, column, slot: tally.usedColumns.indexOf(column), watch: new RunWatch<string>() }));
    this.blankIds = tally.usedColumns.map(() => new Uint8Array(0));
  }

  /** True when there is nothing to watch. */
  get idle(): boolean {
    return this.watched.length === 0;
  }

  /** The row interned in the tally's `row`. */
  interned(): void {
    const { ids, overflow } = this.tally.row;
    for (const watched of this.watched) {
      if (watched.watch.settled) continue;
      const id = ids[watched.slot]!;
      const text = id < 0 ? overflow[watched.slot]! : null;
      if (text !== null ? text.trim() === '' : this.isBlankId(watched.slot, id)) watched.watch.blank(this.othersFilled(watched.slot));
      else watched.watch.value(text ?? this.tally.valueTables[watched.slot]!.values[id]!);
    }
  }

  /** A row handed over as text (not ragged). */
  text(fields: readonly string[]): void {
    for (const watched of this.watched) {
      if (watched.watch.settled) continue;
      const cell = fields[watched.column] ?? '';
      if (cell.trim() === '') {
        const others = this.tally.usedColumns.filter((column) => column !== watched.column);
        watched.watch.blank(others.filter((column) => (fields[column] ?? '').trim() !== '').length * 2 >= others.length);
        continue;
      }
      watched.watch.value(cell);
    }
  }

  /** The watched columns that look merged. */
  columns(): string[] {
    return this.watched.filter((watched) => watched.watch.looksMerged).map((watched) => watched.name);
  }

  private isBlankId(slot: number, id: number): boolean {
    let known = this.blankIds[slot]!;
    if (id >= known.length) {
      const grown = new Uint8Array(Math.max(64, id * 2 + 1));
      grown.set(known);
      this.blankIds[slot] = known = grown;
    }
    if (known[id] === 0) known[id] = this.tally.valueTables[slot]!.values[id]!.trim() === '' ? 1 : 2;
    return known[id] === 1;
  }

  private othersFilled(slot: number): boolean {
    const { ids, overflow } = this.tally.row;
    let others = 0;
    let filled = 0;
    for (let other = 0; other < ids.length; other++) {
      if (other === slot) continue;
      others++;
      const id = ids[other]!;
      if (id < 0 ? overflow[other]!.trim() !== '' : !this.isBlankId(other, id)) filled++;
    }
    return filled * 2 >= others;
  }
}
