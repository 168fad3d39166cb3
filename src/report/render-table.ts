/**
 * The terminal renderer: one table per step (cli-table3), flagged rows highlighted,
 * the row accounting and settings underneath. Each sex's cell reads "yes of n (share)";
 * a table wider than the width asked for loses columns in DROP_ORDER, then wraps its
 * cells, and says under it which columns it left out. Colour only when asked for. Every cell and
 * line that may hold text from the data is shown with its control characters escaped
 * (visible-text.ts), before colour is added, so the data cannot drive the terminal.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport as Report, PublishedResult, PublishedSexCounts, PublishedStepSummary as StepSummary } from '../model/report.js';
import { stepNotes } from './detectable-text.js';
import { stepColumns } from './step-rows.js';
import { fitColumns, wholeLines, wordLines, wordsLine, wrapLines, type AtomLine, type FitColumn } from './fit-columns.js';
import { HIDDEN, formatCount, formatShare } from './published-values.js';
import { accountingLine, reportNotes } from './report-notes.js';
import { rateCells, rateHeads, ratesTitle } from './rate-rows.js';
import { noticeLines, noticesTitle } from './notices.js';
import { visibleText } from './visible-text.js';
import { distributionStepTable } from './distribution-table.js';
import { stepKind } from './distribution-rows.js';

export interface TableOptions {
  readonly language: Language;
  readonly color: boolean;
  /** The width the step tables must fit (columns left out, cells wrapped); absent: every column, unwrapped. */
  readonly width?: number;
}

/** A step table's column for the terminal: its name for the narrow note, its cell, and when it may be left out. */
interface TerminalColumn extends FitColumn {
  readonly name: string;
  readonly text: boolean;
}

/**
 * The order in which columns are left out of a table too wide for the terminal: the test's
 * name first, then the interval, p, the count of other or unknown sex, and q. The group,
 * both sexes' cells, the difference and the verdict (which carries the flag) always stay.
 */
export const DROP_ORDER = ['test', 'ci95', 'p', 'other-n', 'q'] as const;

const dropRank = (field: string): number | null => {
  const rank = (DROP_ORDER as readonly string[]).indexOf(field);
  return rank < 0 ? null : rank;
};

/** One sex's cell as gtsummary and tableone show it: "3 877 av 9 123 (42,5 %)"; ".." alone when the count is hidden. */
function sexCell(counts: PublishedSexCounts, result: PublishedResult, language: Language): AtomLine[] {
  if (counts.n === null) return [{ indent: '', atoms: [HIDDEN] }];
  const share = formatShare(counts, result, language);
  const shown = share === HIDDEN || share === '–' ? share : say(language, 'label', 'percentText', { value: share });
  return [{ indent: '', atoms: [`${formatCount(counts.yes, language)} ${say(language, 'label', 'yesOf')}`, formatCount(counts.n, language), `(${shown})`] }];
}

/** A sex's head: its name, N of the step's overall row when shown, and what the cells hold. */
function sexHead(name: string, overall: PublishedSexCounts | undefined, language: Language): AtomLine[] {
  const total = overall?.n === null || overall?.n === undefined ? [] : [`N = ${formatCount(overall.n, language)}`];
  return [{ indent: '', atoms: total.length ? [`${visibleText(name)},`, ...total] : [visibleText(name)] }, wordsLine(say(language, 'label', 'yesOfNHead'))];
}

/** The step table's columns for the terminal, from the shared columns (step-rows.ts) with the two sexes' n and share made one cell each. */
function terminalColumns(report: Report, rows: readonly PublishedResult[], language: Language): TerminalColumn[] {
  const overall = rows.find((result) => result.by === null && result.period === null);
  const shared = stepColumns(report, language);
  const columns: TerminalColumn[] = [];
  for (const column of shared) {
    const cells = (cell: (result: PublishedResult) => AtomLine[]) => rows.map((result) => cell(result));
    if (column.field === 'female-n' || column.field === 'male-n') {
      const sex = column.field === 'female-n' ? 'female' : 'male';
      const name = say(language, 'label', `sex.${sex}.${report.sexTerms}`);
      const sexCells = cells((result) => sexCell(result[sex], result, language));
      const floor = Math.max(...sexCells.map((lines) => [...lines.flatMap((line) => line.atoms.slice(0, 2)).join(' ')].length));
      columns.push({ name, text: false, dropRank: null, floor, head: sexHead(name, overall?.[sex], language), cells: sexCells });
    } else if (column.field === 'female-share' || column.field === 'male-share') {
      continue;
    } else {
      const lines = column.text || column.field === 'diff' ? wordLines : wholeLines;
      columns.push({
        name: column.head,
        text: column.text,
        cuttable: column.text,
        dropRank: dropRank(column.field),
        head: wordLines(visibleText(column.head)),
        cells: cells((result) => lines(visibleText(column.cell(result)))),
      });
    }
  }
  return columns;
}

function stepTable(report: Report, step: StepSummary, options: TableOptions): string {
  const { language } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const rows = report.results.filter((candidate) => candidate.step === step.name);
  // A variable's name heads its groups on a row of its own, in the group column.
  const lines: Array<{ readonly variable: string } | { readonly result: PublishedResult; readonly index: number }> = [];
  let currentBy: string | null = null;
  rows.forEach((result, index) => {
    if (result.by !== null && result.by !== currentBy) {
      currentBy = result.by;
      lines.push({ variable: result.by });
    }
    lines.push({ result, index });
  });
  const allColumns = terminalColumns(report, rows, language);
  const variableLines = lines.flatMap((line) => ('variable' in line ? [wordLines(visibleText(line.variable))] : []));
  const fitted = fitColumns(
    allColumns.map((column, position) => (position === 0 ? { ...column, cells: [...column.cells, ...variableLines] } : column)),
    options.width,
  );
  const columns = fitted.kept.map((index) => allColumns[index] as TerminalColumn);
  const width = (position: number): number => fitted.widths[position] ?? 1;
  const table = new Table({
    head: columns.map((column, position) => wrapLines(column.head, width(position))),
    style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [] },
    // No rule between body rows: steps with many groups stay readable on one screen.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: columns.map((column) => (column.text ? 'left' : 'right')),
  });
  for (const line of lines) {
    if ('variable' in line) {
      table.push([chalk.bold(wrapLines(wordLines(visibleText(line.variable)), width(0))), ...Array<string>(columns.length - 1).fill('')]);
      continue;
    }
    const row = columns.map((column, position) => wrapLines(column.cells[line.index] ?? [], width(position)));
    table.push(line.result.flag ? row.map((text) => chalk.yellow.bold(text)) : row);
  }
  const left = allColumns.filter((_, index) => !fitted.kept.includes(index)).map((column) => visibleText(column.name));
  const narrow = left.length ? `\n${say(language, 'label', 'narrowTable', { columns: left.join(', ') })}` : '';
  const sentences = stepNotes(rows, report, language);
  const notes = sentences.length ? `\n${sentences.map((sentence) => `• ${visibleText(sentence)}`).join('\n')}` : '';
  return `${chalk.bold(`${say(language, 'label', 'step')}: ${visibleText(step.name)}`)}\n${table.toString()}${narrow}\n${visibleText(accountingLine(step, language))}${notes}\n`;
}

function ratesTable(report: Report, options: TableOptions): string {
  const table = new Table({
    head: rateHeads(report, options.language).map(visibleText),
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  });
  for (const row of report.rates) table.push(rateCells(row, options.language).map(visibleText));
  return `${visibleText(ratesTitle(report, options.language))}\n${table.toString()}\n`;
}

/** Renders the report as terminal tables, one per step, with notes. */
export function renderTable(report: Report, options: TableOptions): string {
  const { language } = options;
  const settings = report.settings;
  // Steps with categories or a measure (issue 15) have tables of their own (distribution-table.ts).
  const parts = report.steps.map((step) => (stepKind(report, step.name) === 'yes-no' ? stepTable(report, step, options) : distributionStepTable(report, step, options)));
  if (report.rates.length > 0) parts.push(ratesTable(report, options));
  const notes = [
    ...(settings.unit === 'person' ? [say(language, 'label', 'personsCounted', { id: settings.unitId ?? '', rule: settings.unitRule ?? 'any' })] : []),
    ...reportNotes(report, language),
  ].map(visibleText);
  const notices = noticeLines(report, language).map(visibleText);
  const above = notices.length ? `${noticesTitle(language)}:\n${notices.map((line) => `! ${line}`).join('\n')}\n\n` : '';
  return `${above}${parts.join('\n')}\n${notes.join('\n')}\n`;
}
