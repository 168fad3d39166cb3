/**
 * The terminal tables of steps beyond yes/no (issue 15), from the shared text tables
 * (distribution-rows.ts), fitted to the terminal's width as the yes/no tables are
 * (fit-columns.ts): columns left out in a fixed order, then text cells wrapped; numbers
 * never break. Every text from the data is shown with its control characters escaped.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedStepSummary } from '../model/report.js';
import { fitColumns, tableWidth, wholeLines, wordLines, wrapLines, type AtomLine, type FitColumn } from './fit-columns.js';
import { categoryTable, distributionNotes, measureRowsOf, measureTable, stepKind, type TextColumn, type TextLine, type TextTable } from './distribution-rows.js';
import { accountingLine } from './report-notes.js';
import type { Language } from '../messages/languages.js';
import { visibleText } from './visible-text.js';

/** The terminal table's options (render-table.ts's TableOptions, which calls this file). */
export interface DistributionTableOptions {
  readonly language: Language;
  readonly color: boolean;
  readonly width?: number;
}

/** The order in which a categorical table's columns are left out when too wide: as the yes/no table's. */
export const CATEGORY_DROP_ORDER = ['test', 'ci95', 'p', 'other-n', 'q'] as const;
/** A numeric table's: Welch's secondary figures first, then the means, then as the yes/no table's. */
export const MEASURE_DROP_ORDER = ['welch-p', 'welch-diff', 'female-mean', 'male-mean', 'ci95', 'p', 'other-n', 'q'] as const;
/**
 * A numeric table keeps two columns per sex besides the group, the shift and the verdict:
 * on a very narrow terminal (below about 50 characters) even cut to the narrowest they do
 * not fit, and the sexes' n are left out last, so that the medians and the shift still show.
 */
const MEASURE_LAST_DROPPED = ['female-n', 'male-n'] as const;

/**
 * A line whose ranges ("(81–134)", "(Q1–Q3)") and slashed words ("Annat/okänt") may also
 * break after the dash or the slash, read as one word when on one line.
 */
function rangesBreak(line: AtomLine): AtomLine {
  const atoms: string[] = [];
  const glued: boolean[] = [];
  line.atoms.forEach((atom, index) => {
    // \u2013 is the en dash: escaped, as every character past Latin-1 in code (docs/build.md).
    atom.split(/(?<=[\u2013/])(?=[^\s)])/).forEach((part, position) => {
      atoms.push(part);
      glued.push(position > 0 || (line.glued?.[index] ?? false));
    });
  });
  return { indent: line.indent, atoms, glued };
}

/** A head as atom lines: at every space, and after a range's dash or a slash. */
const headLines = (text: string): AtomLine[] => wordLines(text).map(rangesBreak);

/** A cell as atom lines: at its pieces when the table gives them (and after a range's dash), else at every space for text, never for figures. */
function cellLines(line: TextLine, column: TextColumn, text: string): AtomLine[] {
  if ('variable' in line) return wordLines(text);
  const pieces = line.pieces?.[column.field];
  if (pieces !== undefined) return [rangesBreak({ indent: '', atoms: pieces.filter((piece) => piece !== '') })];
  return column.text ? wordLines(text) : wholeLines(text);
}

/**
 * The width a column of figures keeps while other columns can still give: a sex's category
 * count keeps "453 av 3 877" on one line, as the yes/no table's "yes of n"; a median keeps
 * its quartiles "(72,8–124)" unbroken.
 */
function figureFloor(table: TextTable, field: string): number | undefined {
  const kept = (pieces: readonly string[]): string[] => (field === 'female' || field === 'male' ? [pieces.slice(0, 2).join(' ')] : field.endsWith('-median') ? [...pieces] : []);
  const widths = table.lines.flatMap((line) => ('cells' in line && line.pieces?.[field] ? kept(line.pieces[field]!).map((text) => [...text].length) : []));
  return widths.length ? Math.max(...widths) : undefined;
}

function fitted(table: TextTable, dropOrder: readonly string[], width: number | undefined) {
  const variables = table.lines.flatMap((line) => ('variable' in line ? [wordLines(line.variable)] : []));
  const columns: FitColumn[] = table.columns.map((column, position) => {
    const rank = dropOrder.indexOf(column.field);
    const floor = figureFloor(table, column.field);
    return {
      head: headLines(column.head),
      cells: [...table.lines.flatMap((line) => ('cells' in line ? [cellLines(line, column, line.cells[position] ?? '')] : [])), ...(position === 0 ? variables : [])],
      dropRank: rank < 0 ? null : rank,
      cuttable: column.text,
      ...(floor === undefined ? {} : { floor }),
    };
  });
  const fit = fitColumns(columns, width);
  return { columns, fit };
}

/** A categorical or numeric step as a terminal table with its unit, accounting and notes. */
export function distributionStepTable(report: PublishedReport, step: PublishedStepSummary, options: DistributionTableOptions): string {
  const { language } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const kind = stepKind(report, step.name);
  const table = kind === 'categories' ? categoryTable(report, step.name, language, visibleText) : measureTable(report, step.name, language, visibleText);
  const dropOrder: readonly string[] = kind === 'categories' ? CATEGORY_DROP_ORDER : MEASURE_DROP_ORDER;
  let { columns, fit } = fitted(table, dropOrder, options.width);
  if (kind === 'measure' && options.width !== undefined && tableWidth(fit.widths) > options.width) ({ columns, fit } = fitted(table, [...dropOrder, ...MEASURE_LAST_DROPPED], options.width));
  const width = (position: number): number => fit.widths[position] ?? 1;
  const kept = fit.kept.map((index) => table.columns[index]!);
  const out = new Table({
    head: fit.kept.map((index, position) => wrapLines(columns[index]!.head, width(position))),
    style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: kept.map((column) => (column.text ? 'left' : 'right')),
  });
  for (const line of table.lines) {
    if ('variable' in line) {
      out.push([chalk.bold(wrapLines(wordLines(line.variable), width(0))), ...Array<string>(kept.length - 1).fill('')]);
      continue;
    }
    const row = fit.kept.map((index, position) => wrapLines(cellLines(line, kept[position]!, line.cells[index] ?? ''), width(position)));
    out.push(line.flag ? row.map((text) => chalk.yellow.bold(text)) : line.heading ? row.map((text) => chalk.bold(text)) : row);
  }
  const left = table.columns.filter((_, index) => !fit.kept.includes(index)).map((column) => column.head);
  const narrow = left.length ? `\n${say(language, 'label', 'narrowTable', { columns: left.join(', ') })}` : '';
  const unit = kind === 'measure' ? measureRowsOf(report, step.name)[0]?.unit : null;
  const title = `${say(language, 'label', 'step')}: ${visibleText(step.name)}${unit ? ` (${say(language, 'label', 'dist.unit', { unit: visibleText(unit) })})` : ''}`;
  const notes = distributionNotes(report, step.name, language, visibleText).map((sentence) => `• ${sentence}`);
  return `${chalk.bold(title)}\n${out.toString()}${narrow}\n${visibleText(accountingLine(step, language))}${notes.length ? `\n${notes.join('\n')}` : ''}\n`;
}
