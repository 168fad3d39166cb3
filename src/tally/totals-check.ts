/**
 * The check of total rows against the sum of their parts, in an aggregated extract (one
 * row per combination with a count column). Each distinct row of the table is held
 * once, by the ids of its cells in every column read except the count column (its key),
 * with the sum of its counts: memory grows with the distinct rows of the table (it is a
 * table), never with case rows, and stops at MAX_TABLE_ROWS (the check is then skipped).
 *
 * A total row's parts are the rows that are not totals and equal it in every key column
 * where it holds no total label: the total "Kön = Totalt, Stadsdel = Bromma, Beslut =
 * Ja" is the sum of every sex's row for Bromma and Ja. A total row whose other key cells
 * are all blank ("Totalt;;;;2000") is a grand total: its parts are every row. A total
 * whose count is hidden, or that has no parts at all, cannot be checked and is skipped.
 * A part whose count is hidden or unreadable makes its total's parts smaller than they
 * are: that is counted (`hiddenParts`), so that the message can say so.
 */
import type { ValueTable } from './interned.js';

/** Distinct rows held, at most; past it the check is skipped (a table this large is no published table). */
export const MAX_TABLE_ROWS = 1 << 20;

/** One distinct row as held: the sum of its counts, and rows whose count is not known. */
interface HeldRow {
  readonly ids: readonly number[];
  /** Per key position '1' where the cell is a total label (or, for a grand total, everywhere); '' for a part. */
  readonly mask: string;
  weight: number;
  unknown: number;
}

/** A held row as plain data: its key cells as text (ids differ between tallies). */
export interface HeldRowSnapshot {
  readonly values: readonly string[];
  readonly mask: string;
  readonly weight: number;
  readonly unknown: number;
}

/** The check as plain data, for merging tallies of parts of a file. */
export interface TotalsCheckSnapshot {
  readonly rows: readonly HeldRowSnapshot[];
  readonly incomplete: boolean;
}

/** The total that differs most from its parts: where it is (non-blank key cells) and the numbers. */
export interface TotalMismatch {
  readonly where: readonly { readonly column: string; readonly value: string }[];
  readonly total: number;
  readonly parts: number;
}

/** What the check found. */
export interface TotalsFindings {
  /** Totals compared with their parts. */
  readonly checked: number;
  /** Of them, totals that differ from the sum of their parts. */
  readonly differing: number;
  /** Of the differing totals, those with a hidden or unreadable part. */
  readonly withHiddenParts: number;
  /** The largest difference (absolute), or null when none differs. */
  readonly largest: TotalMismatch | null;
}

/** Holds the distinct rows of an aggregated table and checks its totals when asked. */
export class TotalsCheck {
  private readonly rows = new Map<string, HeldRow>();
  /** True when a row could not be held (a cell not interned, too many rows): no findings then. */
  private incomplete = false;

  /** `keySlots`: the slots of the key columns, in order. */
  constructor(
    private readonly keySlots: readonly number[],
    private readonly maxRows = MAX_TABLE_ROWS,
  ) {}

  /**
   * Notes `rows` rows with these cell ids (slots as in the tally's row): a part (mask
   * '') or a total, with `count` each (a negative count: not known, e.g. hidden).
   */
  note(ids: Int32Array, mask: string, count: number, rows: number): void {
    if (this.incomplete) return;
    const key: number[] = [];
    for (const slot of this.keySlots) {
      const id = ids[slot]!;
      if (id < 0) {
        this.incomplete = true;
        return;
      }
      key.push(id);
    }
    this.add(key, mask, count >= 0 ? count * rows : 0, count >= 0 ? 0 : rows);
  }

  private add(key: readonly number[], mask: string, weight: number, unknown: number): void {
    const at = `${mask}|${key.join(',')}`;
    const held = this.rows.get(at);
    if (held !== undefined) {
      held.weight += weight;
      held.unknown += unknown;
      return;
    }
    if (this.rows.size >= this.maxRows) {
      this.incomplete = true;
      return;
    }
    this.rows.set(at, { ids: key, mask, weight, unknown });
  }

  /** The check as plain data, its cells as text from `tables` (per slot). */
  snapshot(tables: readonly ValueTable[]): TotalsCheckSnapshot {
    const rows = [...this.rows.values()].map((row) => ({
      values: row.ids.map((id, position) => tables[this.keySlots[position]!]!.values[id]!),
      mask: row.mask,
      weight: row.weight,
      unknown: row.unknown,
    }));
    return { rows, incomplete: this.incomplete };
  }

  /** Adds the rows of another part of the input, interning their cells in `tables`. */
  merge(other: TotalsCheckSnapshot, tables: readonly ValueTable[]): void {
    if (other.incomplete) this.incomplete = true;
    for (const row of other.rows) {
      if (this.incomplete) return;
      const key = row.values.map((value, position) => tables[this.keySlots[position]!]!.idOf(value));
      if (key.some((id) => id < 0)) {
        this.incomplete = true;
        return;
      }
      this.add(key, row.mask, row.weight, row.unknown);
    }
  }

  /**
   * Compares every total with the sum of its parts. `columnNames` and `tables` name the
   * key cells of the total that differs most. Null when the check could not be made or
   * there was no total to check.
   */
  findings(columnNames: readonly string[], tables: readonly ValueTable[]): TotalsFindings | null {
    if (this.incomplete) return null;
    const parts: HeldRow[] = [];
    const totals: HeldRow[] = [];
    for (const row of this.rows.values()) (row.mask === '' ? parts : totals).push(row);
    if (totals.length === 0) return null;
    const sumsByMask = new Map<string, Map<string, { sum: number; unknown: number }>>();
    const wildKey = (ids: readonly number[], mask: string) => ids.map((id, position) => (mask[position] === '1' ? '*' : String(id))).join(',');
    let checked = 0;
    let differing = 0;
    let withHiddenParts = 0;
    let largest: { row: HeldRow; parts: number } | null = null;
    for (const total of totals) {
      if (total.unknown > 0) continue;
      let sums = sumsByMask.get(total.mask);
      if (sums === undefined) {
        sums = new Map();
        for (const part of parts) {
          const key = wildKey(part.ids, total.mask);
          const entry = sums.get(key) ?? { sum: 0, unknown: 0 };
          entry.sum += part.weight;
          entry.unknown += part.unknown;
          sums.set(key, entry);
        }
        sumsByMask.set(total.mask, sums);
      }
      const found = sums.get(wildKey(total.ids, total.mask));
      if (found === undefined) continue;
      checked++;
      if (found.sum === total.weight) continue;
      differing++;
      if (found.unknown > 0) withHiddenParts++;
      if (largest === null || Math.abs(total.weight - found.sum) > Math.abs(largest.row.weight - largest.parts)) largest = { row: total, parts: found.sum };
    }
    if (checked === 0) return null;
    return {
      checked,
      differing,
      withHiddenParts,
      largest:
        largest === null
          ? null
          : {
              where: largest.row.ids
                .map((id, position) => ({ column: columnNames[position]!, value: tables[this.keySlots[position]!]!.values[id]!.trim() }))
                .filter((cell) => cell.value !== ''),
              total: largest.row.weight,
              parts: largest.parts,
            },
    };
  }
}
