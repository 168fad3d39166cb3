/**
 * The Word report's summary, until the shared one (summary.ts, written for the HTML
 * report) is merged: the flagged differences in words, or that none was found. Kept in
 * its own file so that the shared summary replaces it in one place.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport } from '../model/report.js';
import { verdictLabel, verdictSentence } from './verdict-text.js';
import { noneFoundText } from './detectable-text.js';

export interface SummaryText {
  readonly title: string;
  /** One paragraph each. */
  readonly paragraphs: readonly string[];
}

/**
 * The summary: how many differences are flagged; each step's overall difference in words
 * when it is flagged; then each step's flagged groups with their verdicts, one paragraph a
 * step. Or, when nothing is flagged, that none was found.
 */
export function summaryText(report: PublishedReport, language: Language): SummaryText {
  const flagged = report.results.filter((result) => result.flag && result.period === null);
  const title = say(language, 'label', 'pub.word.summary');
  if (flagged.length === 0) return { title, paragraphs: [noneFoundText(report, language)] };
  const overall = flagged.filter((result) => result.by === null).map((result) => verdictSentence(result, report, language) ?? '');
  const groups = report.steps.flatMap((step) => {
    const rows = flagged.filter((result) => result.step === step.name && result.by !== null);
    return rows.length ? [`${step.name}: ${rows.map((result) => `${result.by} ${result.group || say(language, 'label', 'blankGroup')} (${verdictLabel(result, language)})`).join('; ')}.`] : [];
  });
  return { title, paragraphs: [say(language, 'label', 'pub.word.summaryIntro', { count: flagged.length }), ...overall, ...groups] };
}
