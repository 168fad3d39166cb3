/**
 * Renderers for `validate`: a list a person reads (one line per problem: severity,
 * place, rows, what was found and what to do, then a summary), or JSON
 * `{ ok, problems: [{ code, severity, file, line, column, count, message }] }`.
 * Every message is masked once more for personnummer, whatever its arguments held, and
 * the values it names from the data have their control characters escaped (visible-text.ts).
 */
import { Chalk } from 'chalk';
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import { maskPersonnummer } from '../ingest/personnummer.js';
import type { Problem } from '../validate/problem.js';
import type { ValidationReport } from '../validate/validate.js';
import { formatNumber } from './numbers.js';
import { visibleArgs, visibleText } from './visible-text.js';

export interface ValidateRenderOptions {
  readonly language: Language;
  readonly color: boolean;
}

function message(found: Problem, language: Language): string {
  return maskPersonnummer(say(language, 'problem', found.code, visibleArgs({ ...found.args, count: found.count })));
}

/** Renders a validation as JSON with a final newline; messages in `language`. */
export function renderValidateJson(report: ValidationReport, language: Language): string {
  const problems = report.problems.map((found) => ({
    code: found.code,
    severity: found.severity,
    file: found.file,
    line: found.line,
    column: found.column,
    ...(found.columnLetter ? { columnLetter: found.columnLetter } : {}),
    count: found.count,
    message: message(found, language),
  }));
  return `${JSON.stringify({ ok: report.ok, problems }, null, 2)}\n`;
}

/** "1 rad", "3 rader": a count with the word in the singular or the plural. */
function counted(count: number, one: 'row' | 'oneError' | 'oneWarning', many: 'rows' | 'errors' | 'warnings', language: Language): string {
  return count === 1 ? say(language, 'label', `validate.${one}`) : say(language, 'label', `validate.${many}`, { count: formatNumber(count, language) });
}

/** "fixtures/x.csv, rad 12, kolumn "Kön" (3 rader)" */
function place(found: Problem, language: Language): string {
  const parts: string[] = [];
  if (found.file !== null) parts.push(visibleText(found.file));
  if (found.line !== null) parts.push(`${say(language, 'label', 'place.line')} ${formatNumber(found.line, language)}`);
  if (found.column !== null) {
    // In a workbook as Excel names it: kolumn C (Antal).
    const column = found.columnLetter ? `${found.columnLetter} (${visibleText(found.column)})` : `"${visibleText(found.column)}"`;
    parts.push(`${say(language, 'label', 'place.column')} ${column}`);
  }
  const rows = found.count === null ? '' : counted(found.count, 'row', 'rows', language);
  if (rows) parts.push(parts.length ? `(${rows})` : rows);
  return parts.join(', ').replace(', (', ' (');
}

/** Renders a validation as lines of text, then a summary of what to do. */
export function renderValidateTable(report: ValidationReport, options: ValidateRenderOptions): string {
  const { language } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const lines = report.problems.map((found) => {
    const severity = say(language, 'label', `severity.${found.severity}`).toUpperCase();
    const tag = found.severity === 'error' ? chalk.red.bold(severity) : found.severity === 'warning' ? chalk.yellow(severity) : chalk.cyan(severity);
    const where = place(found, language);
    return `${tag} ${where ? `${where}: ` : ''}${message(found, language)}`;
  });
  const errors = report.problems.filter((found) => found.severity === 'error').length;
  // Notes say how the data is (a "-" for zero): they are listed, but neither errors nor warnings.
  const warnings = report.problems.filter((found) => found.severity === 'warning').length;
  let verdict: string;
  if (report.problems.length === 0) verdict = say(language, 'label', 'validate.clean');
  else if (report.ok) verdict = say(language, 'label', 'validate.passed');
  else verdict = say(language, 'label', errors > 0 ? 'validate.failed' : 'validate.failedStrict');
  const summary =
    report.problems.length === 0
      ? verdict
      : `${counted(errors, 'oneError', 'errors', language)}, ${counted(warnings, 'oneWarning', 'warnings', language)}. ${verdict}`;
  return `${[...lines, ...(lines.length ? [''] : []), summary].join('\n')}\n`;
}
