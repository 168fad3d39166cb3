/**
 * The notes of every report for people: each step's row accounting, and at the end the
 * input files and rows, the settings line, what a flag means, and what disclosure
 * control hid.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import { workbookFormatText } from './file-format-text.js';
import type { PublishedReport as Report, PublishedStepSummary as StepSummary } from '../model/report.js';
import { formatNumber } from './numbers.js';
import { formatCount } from './published-values.js';
import { publicationNote } from './publication-note.js';

/** The step's row accounting in one line: rows taken, used, cases, exclusions, rows not in the step. */
export function accountingLine(step: StepSummary, language: Language): string {
  const parts = [
    `${say(language, 'label', 'rowsInStep')}: ${formatCount(step.rows, language)}`,
    `${say(language, 'label', 'used')} ${formatCount(step.used, language)}`,
  ];
  if (step.cases !== step.used) parts.push(`${say(language, 'label', 'cases')} ${formatCount(step.cases, language)}`);
  // One "uteslutna:" for every reason: "uteslutna: kön saknas 48, kategorin finns inte i listan 7 486".
  if (step.excluded.length > 0) {
    const reasons = step.excluded.map((exclusion) => `${say(language, 'label', `exclusion.${exclusion.reason}`)} ${formatCount(exclusion.rows, language)}`);
    parts.push(`${say(language, 'label', 'excluded')}: ${reasons.join(', ')}`);
  }
  if (step.notSelected !== 0) parts.push(`${say(language, 'label', 'notSelected')} ${formatCount(step.notSelected, language)}`);
  // A hidden count here is mostly hidden because the others would give a small one away
  // (rows without sex, say): the line says what ".." is, where the reader meets it.
  const counts = [step.rows, step.used, step.cases, step.notSelected, ...step.excluded.map((exclusion) => exclusion.rows)];
  if (counts.includes(null)) parts.push(say(language, 'label', 'accountingHidden'));
  return parts.join('; ');
}

/** The input files and the rows read and excluded before the analysis, one line each. */
export function inputLines(report: Report, language: Language): string[] {
  const lines = report.input.files.map(
    (file) =>
      `${say(language, 'label', 'file')}: ${file.path} (${formatNumber(file.rows, language)} ${say(language, 'label', 'rows').toLowerCase()}; ${workbookFormatText(file, language) ?? `${say(language, 'label', 'encoding')} ${file.encoding}${file.bom ? ' BOM' : ''}; ${say(language, 'label', 'delimiter')} "${file.delimiter === '\t' ? 'tab' : file.delimiter}"${file.titleLines ? `; ${say(language, 'label', 'titleLines')} ${file.titleLines}` : ''}`})`,
  );
  const excluded = report.input.excluded.map((exclusion) => `${say(language, 'label', `exclusion.${exclusion.reason}`)} ${formatNumber(exclusion.rows, language)}`);
  lines.push(`${say(language, 'label', 'inputRows')}: ${formatNumber(report.input.rows, language)}${excluded.length ? `; ${say(language, 'label', 'inputExcluded')}: ${excluded.join(', ')}` : ''}`);
  return lines;
}


/** The notes under the tables, one sentence or fact each. */
export function reportNotes(report: Report, language: Language): string[] {
  const settings = report.settings;
  return [
    ...inputLines(report, language),
    say(language, 'label', 'settingsLine', {
      alpha: formatNumber(settings.alpha, language, 2),
      minDiffPp: formatNumber(settings.minDiffPp, language),
      minN: formatNumber(settings.minN, language),
      correction: settings.correction,
      familySize: formatNumber(settings.familySize, language),
    }),
    say(language, 'label', 'flagNote'),
    publicationNote(settings, language),
  ];
}
