/**
 * The terminal renderer: one table per step (cli-table3), flagged rows highlighted,
 * the row accounting and settings underneath. Colour only when asked for.
 */
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Language } from '../i18n/messages.js';
import { label, sexLabel, type LabelKey } from '../i18n/labels.js';
import type { Report, Result, StepSummary } from './model.js';
import { formatNumber, formatP, formatPercent, formatSignedPp } from './numbers.js';

export interface TableOptions {
  readonly language: Language;
  readonly color: boolean;
}

function groupLabel(result: Result, language: Language): string {
  if (result.by === null) return label('overall', language);
  return result.group === '' || result.group === null ? label('blankGroup', language) : `  ${result.group}`;
}

function interval(result: Result, language: Language): string {
  if (!result.ci95) return '–';
  return `${formatNumber(result.ci95[0], language, 1)} – ${formatNumber(result.ci95[1], language, 1)}`;
}

function testLabel(result: Result, language: Language): string {
  if (result.test === null) return result.reason ? label(`reason.${result.reason}` as LabelKey, language) : label('noTest', language);
  return label(result.test, language);
}

function accountingLine(step: StepSummary, language: Language): string {
  const parts = [
    `${label('rowsInStep', language)}: ${formatNumber(step.rows, language)}`,
    `${label('used', language)} ${formatNumber(step.used, language)}`,
  ];
  if (step.cases !== step.used) parts.push(`${label('cases', language)} ${formatNumber(step.cases, language)}`);
  for (const exclusion of step.excluded) {
    parts.push(`${label('excluded', language)}: ${label(`exclusion.${exclusion.reason}` as LabelKey, language)} ${formatNumber(exclusion.rows, language)}`);
  }
  if (step.notSelected > 0) parts.push(`${label('notSelected', language)} ${formatNumber(step.notSelected, language)}`);
  return parts.join('; ');
}

function stepTable(report: Report, step: StepSummary, options: TableOptions): string {
  const { language } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const female = sexLabel('female', report.sexTerms, language);
  const male = sexLabel('male', report.sexTerms, language);
  const table = new Table({
    head: [
      label('group', language),
      `${female} ${label('n', language)}`,
      `% ${label('share', language)}`,
      `${male} ${label('n', language)}`,
      `% ${label('share', language)}`,
      label('difference', language),
      label('ci95', language),
      label('test', language),
      label('p', language),
      label('q', language),
      label('flag', language),
    ],
    style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [] },
    // No rule between body rows: steps with many groups stay readable on one screen.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'right', 'right', 'left'],
  });
  let currentBy: string | null = null;
  for (const result of report.results.filter((candidate) => candidate.step === step.name)) {
    if (result.by !== null && result.by !== currentBy) {
      currentBy = result.by;
      table.push([chalk.bold(result.by), ...Array<string>(10).fill('')]);
    }
    const row = [
      groupLabel(result, language),
      formatNumber(result.female.n, language),
      formatPercent(result.female.share, language),
      formatNumber(result.male.n, language),
      formatPercent(result.male.share, language),
      formatSignedPp(result.diffPp, language),
      interval(result, language),
      testLabel(result, language),
      formatP(result.p, language),
      formatP(result.q, language),
      result.flag ? label('flagged', language) : '',
    ];
    table.push(result.flag ? row.map((text) => chalk.yellow.bold(text)) : row);
  }
  return `${chalk.bold(`${label('step', language)}: ${step.name}`)}\n${table.toString()}\n${accountingLine(step, language)}\n`;
}

function inputLines(report: Report, language: Language): string[] {
  const lines = report.input.files.map(
    (file) =>
      `${label('file', language)}: ${file.path} (${formatNumber(file.rows, language)} ${label('rows', language).toLowerCase()}; ${label('encoding', language)} ${file.encoding}${file.bom ? ' BOM' : ''}; ${label('delimiter', language)} "${file.delimiter === '\t' ? 'tab' : file.delimiter}"${file.titleLines ? `; ${label('titleLines', language)} ${file.titleLines}` : ''})`,
  );
  const excluded = report.input.excluded.map((exclusion) => `${label(`exclusion.${exclusion.reason}` as LabelKey, language)} ${formatNumber(exclusion.rows, language)}`);
  lines.push(`${label('inputRows', language)}: ${formatNumber(report.input.rows, language)}${excluded.length ? `; ${label('inputExcluded', language)}: ${excluded.join(', ')}` : ''}`);
  return lines;
}

/** Renders the report as terminal tables, one per step, with notes. */
export function renderTable(report: Report, options: TableOptions): string {
  const { language } = options;
  const settings = report.settings;
  const parts = report.steps.map((step) => stepTable(report, step, options));
  const notes = [
    ...inputLines(report, language),
    label('settingsLine', language, {
      alpha: formatNumber(settings.alpha, language, 2),
      minDiffPp: formatNumber(settings.minDiffPp, language),
      minN: formatNumber(settings.minN, language),
      correction: settings.correction,
      familySize: formatNumber(settings.familySize, language),
    }),
    label('flagNote', language),
  ];
  return `${parts.join('\n')}\n${notes.join('\n')}\n`;
}
