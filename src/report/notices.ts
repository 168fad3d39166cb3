/**
 * A report's notices (`report.warnings`) in words, for the renderers that show them
 * above the tables: values that never occur, a step whose outcome is the same in every
 * row, a step run with --allow-excluded. One helper, so every format says the same.
 * (CSV stays one line per result: its `warnings` column carries the step's warning.)
 */
import { say } from '../i18n/catalogue.js';
import type { Language } from '../messages/languages.js';
import type { PublishedReport } from '../model/report.js';

/** The title over the notices ("Observera"). */
export function noticesTitle(language: Language): string {
  return say(language, 'label', 'notices.title');
}

/** Each notice as a sentence, in report order; none when the report has none. */
export function noticeLines(report: Pick<PublishedReport, 'warnings'>, language: Language): string[] {
  return (report.warnings ?? []).map((warning) => say(language, 'warning', warning.code, warning.args));
}
