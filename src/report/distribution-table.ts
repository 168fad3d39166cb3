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
import { fitColumns, wholeLines, wordLines, wrapLines, type FitColumn } from './fit-columns.js';
import { categoryTable, distributionNotes, measureRowsOf, measureTable, stepKind, type TextTable } from './distribution-rows.js';
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

function fitted(table: TextTable, dropOrder: readonly string[], width: number | undefined) {
  const cellLines = table.lines.flatMap((line) => ('cells' in line ? [line.cells] : []));
  const variables = table.lines.flatMap((line) => ('variable' in line ? [wordLines(line.variable)] : []));
  const columns: FitColumn[] = table.columns.map((column, position) => {
    const lines = column.text ? wordLines : wholeLines;
    const rank = dropOrder.indexOf(column.field);
    return {
      head: wordLines(column.head),
      cells: [...cellLines.map((cells) => lines(cells[position] ?? '')), ...(position === 0 ? variables : [])],
      dropRank: rank < 0 ? null : rank,
      cuttable: column.text,
    };
  });
  return { columns, fit: fitColumns(columns, width) };
}

/** A categorical or numeric step as a terminal table with its unit, accounting and notes. */
export function distributionStepTable(report: PublishedReport, step: PublishedStepSummary, options: DistributionTableOptions): string {
  const { language } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const kind = stepKind(report, step.name);
  const table = kind === 'categories' ? categoryTable(report, step.name, language, visibleText) : measureTable(report, step.name, language, visibleText);
  const { columns, fit } = fitted(table, kind === 'categories' ? CATEGORY_DROP_ORDER : MEASURE_DROP_ORDER, options.width);
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
    const row = fit.kept.map((index, position) => wrapLines((kept[position]!.text ? wordLines : wholeLines)(line.cells[index] ?? ''), width(position)));
    out.push(line.flag ? row.map((text) => chalk.yellow.bold(text)) : line.heading ? row.map((text) => chalk.bold(text)) : row);
  }
  const left = table.columns.filter((_, index) => !fit.kept.includes(index)).map((column) => column.head);
  const narrow = left.length ? `\n${say(language, 'label', 'narrowTable', { columns: left.join(', ') })}` : '';
  const unit = kind === 'measure' ? measureRowsOf(report, step.name)[0]?.unit : null;
  const title = `${say(language, 'label', 'step')}: ${visibleText(step.name)}${unit ? ` (${say(language, 'label', 'dist.unit', { unit: visibleText(unit) })})` : ''}`;
  const notes = distributionNotes(report, step.name, language, visibleText).map((sentence) => `• ${sentence}`);
  return `${chalk.bold(title)}\n${out.toString()}${narrow}\n${visibleText(accountingLine(step, language))}${notes.length ? `\n${notes.join('\n')}` : ''}\n`;
}
