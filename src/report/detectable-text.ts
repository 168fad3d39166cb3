/**
 * What the counts could have shown: where a row has no flag and its detectable
 * difference (80 % power at the run's alpha, stats/detectable-difference.ts) is larger
 * than `minDiffPp`, "no flag" does not mean "no difference", and every report for people
 * says so in words: a short note in the row's verdict cell, a sentence under the step,
 * and, in the HTML conclusion, instead of a bare "None".
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedResult } from '../model/report.js';
import { formatNumber } from './numbers.js';
import { rowPlace, stepSentences } from './verdict-text.js';

/** True when the row has no flag and its counts could only have shown a difference larger than `minDiffPp`. */
function isBelowDetection(result: PublishedResult, minDiffPp: number): boolean {
  // A row that rests on hidden cells is unflagged for that, not for its counts being small.
  return !result.flag && result.period === null && result.detectableDiffPp !== null && result.detectableDiffPp > minDiffPp && !result.warnings.includes('hidden-in-source');
}

/** A detectable difference as shown: one decimal, like every difference in the reports. */
function formatDetectable(value: number, language: Language): string {
  return formatNumber(value, language, 1);
}

/** The verdict cell of an unflagged row whose counts are too small: "syns först > 14,8 p.e."; else ''. */
export function detectableCell(result: PublishedResult, report: PublishedReport, language: Language): string {
  if (!isBelowDetection(result, report.settings.minDiffPp)) return '';
  return say(language, 'label', 'detectable.cell', { pp: formatDetectable(result.detectableDiffPp!, language) });
}

/**
 * The sentences under a step on what its counts could have shown: one for the overall
 * row, and one for its groups (one group by name, several by count and range).
 */
export function detectableSentences(rows: readonly PublishedResult[], report: PublishedReport, language: Language): string[] {
  const below = rows.filter((result) => isBelowDetection(result, report.settings.minDiffPp));
  const sentence = (result: PublishedResult): string =>
    say(language, 'label', 'detectable.sentence', { where: rowPlace(result, language), pp: formatDetectable(result.detectableDiffPp!, language) });
  const overall = below.filter((result) => result.by === null).map(sentence);
  const groups = below.filter((result) => result.by !== null);
  if (groups.length <= 1) return [...overall, ...groups.map(sentence)];
  const values = groups.map((result) => result.detectableDiffPp!);
  return [
    ...overall,
    say(language, 'label', 'detectable.groups', {
      count: formatNumber(groups.length, language),
      low: formatDetectable(Math.min(...values), language),
      high: formatDetectable(Math.max(...values), language),
    }),
  ];
}

/** Every sentence under one step: the verdict sentences, then what the counts could have shown. */
export function stepNotes(rows: readonly PublishedResult[], report: PublishedReport, language: Language): string[] {
  return [...stepSentences(rows, report, language), ...detectableSentences(rows, report, language)];
}

/**
 * The HTML conclusion when nothing was found: "Inga hittades.", and where a step's
 * overall counts could only have shown a difference larger than `minDiffPp`, how large.
 */
export function noneFoundText(report: PublishedReport, language: Language): string {
  const steps = report.results
    .filter((result) => result.by === null && isBelowDetection(result, report.settings.minDiffPp))
    .map((result) => say(language, 'label', 'detectable.step', { step: result.step, pp: formatDetectable(result.detectableDiffPp!, language) }));
  return steps.length === 0 ? say(language, 'label', 'pub.html.noneFound') : say(language, 'label', 'pub.html.noneFoundDetectable', { steps: steps.join('; ') });
}
