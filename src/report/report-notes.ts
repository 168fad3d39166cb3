/**
 * The notes of every report for people: each step's row accounting, and at the end the
 * input files and rows, the settings line, what a flag means, and what disclosure
 * control hid.
 */
import type { Language } from '../i18n/messages.js';
import { label, type LabelKey } from '../i18n/labels.js';
import type { PublishedReport as Report, PublishedStepSummary as StepSummary } from '../model/report.js';
import { formatNumber } from './numbers.js';
import { formatCount } from './published-values.js';
import { publicationNote } from './publication-note.js';

/** The step's row accounting in one line: rows taken, used, cases, exclusions, rows not in the step. */
export function accountingLine(step: StepSummary, language: Language): string {
  const parts = [
    `${label('rowsInStep', language)}: ${formatCount(step.rows, language)}`,
    `${label('used', language)} ${formatCount(step.used, language)}`,
  ];
  if (step.cases !== step.used) parts.push(`${label('cases', language)} ${formatCount(step.cases, language)}`);
  for (const exclusion of step.excluded) {
    parts.push(`${label('excluded', language)}: ${label(`exclusion.${exclusion.reason}` as LabelKey, language)} ${formatCount(exclusion.rows, language)}`);
  }
  if (step.notSelected !== 0) parts.push(`${label('notSelected', language)} ${formatCount(step.notSelected, language)}`);
  return parts.join('; ');
}

/** The input files and the rows read and excluded before the analysis, one line each. */
export function inputLines(report: Report, language: Language): string[] {
  const lines = report.input.files.map(
    (file) =>
      `${label('file', language)}: ${file.path} (${formatNumber(file.rows, language)} ${label('rows', language).toLowerCase()}; ${label('encoding', language)} ${file.encoding}${file.bom ? ' BOM' : ''}; ${label('delimiter', language)} "${file.delimiter === '\t' ? 'tab' : file.delimiter}"${file.titleLines ? `; ${label('titleLines', language)} ${file.titleLines}` : ''})`,
  );
  const excluded = report.input.excluded.map((exclusion) => `${label(`exclusion.${exclusion.reason}` as LabelKey, language)} ${formatNumber(exclusion.rows, language)}`);
  lines.push(`${label('inputRows', language)}: ${formatNumber(report.input.rows, language)}${excluded.length ? `; ${label('inputExcluded', language)}: ${excluded.join(', ')}` : ''}`);
  return lines;
}


/** The notes under the tables, one sentence or fact each. */
export function reportNotes(report: Report, language: Language): string[] {
  const settings = report.settings;
  return [
    ...inputLines(report, language),
    label('settingsLine', language, {
      alpha: formatNumber(settings.alpha, language, 2),
      minDiffPp: formatNumber(settings.minDiffPp, language),
      minN: formatNumber(settings.minN, language),
      correction: settings.correction,
      familySize: formatNumber(settings.familySize, language),
    }),
    label('flagNote', language),
    publicationNote(settings, language),
  ];
}
