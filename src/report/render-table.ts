/**
 * The terminal renderer: one table per step (cli-table3), flagged rows highlighted,
 * the row accounting and settings underneath. Colour only when asked for. Every cell and
 * line that may hold text from the data is shown with its control characters escaped
 * (visible-text.ts), before colour is added, so the data cannot drive the terminal.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport as Report, PublishedStepSummary as StepSummary } from '../model/report.js';
import { stepNotes } from './detectable-text.js';
import { rowCells, stepColumns } from './step-rows.js';
import { accountingLine, reportNotes } from './report-notes.js';
import { rateCells, rateHeads, ratesTitle } from './rate-rows.js';
import { noticeLines, noticesTitle } from './notices.js';
import { visibleText } from './visible-text.js';

export interface TableOptions {
  readonly language: Language;
  readonly color: boolean;
}

function stepTable(report: Report, step: StepSummary, options: TableOptions): string {
  const { language } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const columns = stepColumns(report, language);
  const table = new Table({
    head: columns.map((column) => visibleText(column.head)),
    style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [] },
    // No rule between body rows: steps with many groups stay readable on one screen.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: columns.map((column) => (column.text ? 'left' : 'right')),
  });
  let currentBy: string | null = null;
  for (const result of report.results.filter((candidate) => candidate.step === step.name)) {
    if (result.by !== null && result.by !== currentBy) {
      currentBy = result.by;
      table.push([chalk.bold(visibleText(result.by)), ...Array<string>(columns.length - 1).fill('')]);
    }
    const row = rowCells(result, report, language).map(visibleText);
    table.push(result.flag ? row.map((text) => chalk.yellow.bold(text)) : row);
  }
  const rows = report.results.filter((candidate) => candidate.step === step.name);
  const sentences = stepNotes(rows, report, language);
  const notes = sentences.length ? `\n${sentences.map((sentence) => `• ${visibleText(sentence)}`).join('\n')}` : '';
  return `${chalk.bold(`${say(language, 'label', 'step')}: ${visibleText(step.name)}`)}\n${table.toString()}\n${visibleText(accountingLine(step, language))}${notes}\n`;
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
  const parts = report.steps.map((step) => stepTable(report, step, options));
  if (report.rates.length > 0) parts.push(ratesTable(report, options));
  const notes = [
    ...(settings.unit === 'person' ? [say(language, 'label', 'personsCounted', { id: settings.unitId ?? '', rule: settings.unitRule ?? 'any' })] : []),
    ...reportNotes(report, language),
  ].map(visibleText);
  const notices = noticeLines(report, language).map(visibleText);
  const above = notices.length ? `${noticesTitle(language)}:\n${notices.map((line) => `! ${line}`).join('\n')}\n\n` : '';
  return `${above}${parts.join('\n')}\n${notes.join('\n')}\n`;
}
