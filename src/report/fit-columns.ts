/**
 * Fitting a terminal table to a width: columns left out in a fixed order, then cells
 * wrapped at the places that may break. A cell is given as lines of atoms, the pieces
 * that must stay together ("9 123" is one atom: its space separates thousands), so a
 * number is never cut in two unless even one atom is wider than the column can be.
 */

/** One line of a cell as the pieces that may go on separate lines, with the indentation every line keeps. */
export interface AtomLine {
  readonly indent: string;
  readonly atoms: readonly string[];
  /**
   * For each atom, true when it follows the one before without a space on the same line
   * ("(81–" and "134)" read "(81–134)" but may break after the dash); absent: a space before every atom.
   */
  readonly glued?: readonly boolean[];
}

/** The separator before atom `index` of a line when both are on the same line. */
const separator = (line: AtomLine, index: number): string => (line.glued?.[index] ? '' : ' ');

/** The atoms of a line joined as they read on one line. */
function joined(line: AtomLine): string {
  return line.atoms.map((atom, index) => (index === 0 ? atom : separator(line, index) + atom)).join('');
}

/** A column to fit: its head and cells as atom lines, and when it may be left out (lower first; null: never). */
export interface FitColumn {
  readonly head: readonly AtomLine[];
  readonly cells: ReadonlyArray<readonly AtomLine[]>;
  readonly dropRank: number | null;
  /** A width the column keeps while other columns can still give (a sex's "yes of n" on one line). */
  readonly floor?: number;
  /** True when a word of the column may be cut when nothing else gives (names), false for numbers. */
  readonly cuttable?: boolean;
}

/** The columns kept (their indexes, in order) and the text width of each. */
export interface Fit {
  readonly kept: readonly number[];
  readonly widths: readonly number[];
}

/** A line of words split at plain spaces, its indentation kept. */
export function wordsLine(text: string): AtomLine {
  const indent = /^ */.exec(text)?.[0] ?? '';
  return { indent, atoms: text.slice(indent.length).split(' ').filter((word) => word !== '') };
}

/** Text as atom lines: each of its lines split into words. */
export function wordLines(text: string): AtomLine[] {
  return text.split('\n').map(wordsLine);
}

/** Text that never breaks (a number, an interval): one atom per line. */
export function wholeLines(text: string): AtomLine[] {
  return text.split('\n').map((line) => ({ indent: '', atoms: line === '' ? [] : [line] }));
}

const length = (text: string): number => [...text].length;
const lineLength = (line: AtomLine): number => length(line.indent) + length(joined(line));
const allLines = (column: FitColumn): AtomLine[] => [...column.head, ...column.cells.flat()];

/** The width a column takes unwrapped. */
function naturalWidth(column: FitColumn): number {
  return Math.max(1, ...allLines(column).map(lineLength));
}

/** The narrowest a column can be without cutting an atom. */
function unbrokenWidth(column: FitColumn): number {
  return Math.max(1, ...allLines(column).flatMap((line) => line.atoms.map((atom) => length(line.indent) + length(atom))));
}

/** A table's width with cli-table3's borders: one rule per column and one more, a space either side of each cell. */
export function tableWidth(widths: readonly number[]): number {
  return widths.reduce((sum, width) => sum + width + 3, 1);
}

/** The narrowest a column is ever made: narrower, no word of the terminal's texts reads. */
const NARROWEST = 4;

/**
 * Chooses the columns and their widths for a table `width` characters wide: while the
 * columns are too wide even wrapped as far as they read well (no word cut, a sex's
 * "yes of n" on one line, names on about two lines), leaves out the droppable one of lowest rank; then narrows the widest column, in stages: down to its floor (a sex's "yes of
 * n" stays on one line), down to its longest atom, then (when the width is very small)
 * names below it, and last of all numbers. Without a width every column is kept at its natural width.
 */
export function fitColumns(columns: readonly FitColumn[], width: number | undefined): Fit {
  const all = columns.map((_, index) => index);
  const natural = columns.map(naturalWidth);
  if (width === undefined) return { kept: all, widths: natural };
  // The narrowest a column reads well: no atom cut, a sex's "yes of n" on one line, names on two lines at most.
  const comfortable = columns.map((column) => {
    const halfNames = column.cuttable ? Math.ceil(naturalWidth(column) / 2) : 0;
    return Math.min(naturalWidth(column), Math.max(unbrokenWidth(column), column.floor ?? 0, halfNames));
  });
  let kept = all;
  while (tableWidth(kept.map((index) => comfortable[index] ?? 1)) > width) {
    const droppable = kept.filter((index) => columns[index]?.dropRank !== null);
    if (droppable.length === 0) break;
    const next = droppable.reduce((best, index) => ((columns[index]?.dropRank ?? 0) < (columns[best]?.dropRank ?? 0) ? index : best));
    kept = kept.filter((index) => index !== next);
  }
  const widths = kept.map((index) => natural[index] ?? 1);
  const keptColumns = kept.map((index) => columns[index] as FitColumn);
  const floors = keptColumns.map(unbrokenWidth);
  const stages = [
    kept.map((index) => comfortable[index] ?? 1),
    floors,
    floors.map((floor, position) => (keptColumns[position]?.cuttable ? NARROWEST : floor)),
    floors.map(() => NARROWEST),
  ];
  for (const floor of stages) {
    while (tableWidth(widths) > width) {
      let widest = -1;
      widths.forEach((current, position) => {
        if (current > (floor[position] ?? 1) && (widest < 0 || current > (widths[widest] ?? 0))) widest = position;
      });
      if (widest < 0) break;
      widths[widest] = (widths[widest] ?? 1) - 1;
    }
  }
  return { kept, widths };
}

/** Cuts an atom wider than the column into pieces that fit (only when the width is very small). */
function cut(atom: string, room: number): string[] {
  const characters = [...atom];
  const pieces: string[] = [];
  for (let start = 0; start < characters.length; start += room) pieces.push(characters.slice(start, start + room).join(''));
  return pieces;
}

/**
 * The text of a cell wrapped to `width`: atoms joined by spaces, a new line where the next
 * would not fit. Glued atoms ("(81–" "134)") go together to the next line when they fit
 * there, and break between them only when they do not. An indentation that leaves less
 * than two characters is shortened, so that no line is ever wider than `width`.
 */
export function wrapLines(lines: readonly AtomLine[], width: number): string {
  const out: string[] = [];
  for (const line of lines) {
    const indent = [...line.indent].slice(0, Math.max(0, Math.min(length(line.indent), width - 2))).join('');
    const room = Math.max(1, width - length(indent));
    // Runs of glued atoms, each as its atoms (cut when wider than the room) and the separators between them.
    const runs: Array<Array<{ readonly atom: string; readonly gap: string }>> = [];
    line.atoms.forEach((whole, index) => {
      const pieces = (length(whole) > room ? cut(whole, room) : [whole]).map((atom, piece) => ({ atom, gap: piece === 0 ? separator(line, index) : ' ' }));
      if (index > 0 && line.glued?.[index] && runs.length > 0) runs[runs.length - 1]!.push(...pieces);
      else runs.push(pieces);
    });
    let current = '';
    const place = (atom: string, gap: string): void => {
      if (current === '') current = atom;
      else if (length(current) + gap.length + length(atom) <= room) current += gap + atom;
      else {
        out.push(indent + current);
        current = atom;
      }
    };
    for (const run of runs) {
      const text = run.map(({ atom, gap }, index) => (index === 0 ? atom : gap + atom)).join('');
      if (current !== '' && length(current) + 1 + length(text) > room && length(text) <= room) {
        out.push(indent + current);
        current = '';
      }
      run.forEach(({ atom, gap }, index) => place(atom, index === 0 ? ' ' : gap));
    }
    out.push(indent + current);
  }
  return out.join('\n');
}
