/**
 * The words for verdicts and the plain sentences under each step: one per candidate
 * (what differs, by how much, among how many, what it was adjusted for), one per
 * explained or undecidable difference, and the change since the previous period.
 * Shared by every renderer that prints prose.
 */
import type { Language } from '../i18n/messages.js';
import { label, sexLabel, type LabelKey } from '../i18n/labels.js';
import type { Criterion, PublishedReport as Report, PublishedResult as Result } from '../model/report.js';
import { formatNumber, formatP, formatSignedPp } from './numbers.js';
import { comparisonText, formatCount, formatShare } from './published-values.js';

/** A list of criteria in words: "behov, annat stöd och samtycke". */
export function criteriaWords(criteria: readonly Criterion[], language: Language): string {
  const words = criteria.map((criterion) => label(`criterion.${criterion}` as LabelKey, language));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${label('and', language)} ${words.at(-1)}`;
}

/** The verdict of a row in words ("kandidat", "förklaras av behov"); empty when not flagged. */
export function verdictLabel(result: Result, language: Language): string {
  switch (result.verdict) {
    case 'explained':
      return label('verdict.explained', language, { criteria: criteriaWords(result.explainedBy, language) });
    case 'insufficient':
      return label('verdict.insufficient', language, { criteria: criteriaWords(result.insufficientFor, language) });
    default:
      return label(`verdict.${result.verdict}` as LabelKey, language);
  }
}

/** Where a row is: "Insats beviljas, Stadsdelsområde Rinkeby-Kista". */
export function rowPlace(result: Result, language: Language): string {
  const group = result.by === null ? label('overall', language).toLowerCase() : `${result.by} ${result.group || label('blankGroup', language)}`;
  return `${result.step}, ${group}${result.period ? ` (${result.period})` : ''}`;
}

function countsPhrase(result: Result, report: Report, language: Language): string {
  return label('sentence.counts', language, {
    female: sexLabel('female', report.sexTerms, language).toLowerCase(),
    male: sexLabel('male', report.sexTerms, language).toLowerCase(),
    femaleShare: formatShare(result.female, result, language),
    maleShare: formatShare(result.male, result, language),
    femaleN: formatCount(result.female.n, language),
    maleN: formatCount(result.male.n, language),
    diff: comparisonText(result, () => formatSignedPp(result.diffPp, language)),
    low: comparisonText(result, () => (result.ci95 ? formatNumber(result.ci95[0], language, 1) : '–')),
    high: comparisonText(result, () => (result.ci95 ? formatNumber(result.ci95[1], language, 1) : '–')),
  });
}

/** "; med flickornas andel skulle 23 fler pojkar ha fått ”ja” i steget", or '' when hidden or none. */
function shortfallPhrase(result: Result, report: Report, language: Language): string {
  if (!result.shortfall || result.diffPp === null || result.diffPp === 0) return '';
  const [higher, lower] = result.diffPp > 0 ? (['female', 'male'] as const) : (['male', 'female'] as const);
  const count = result.shortfall[lower];
  if (count <= 0) return '';
  return `; ${label('sentence.shortfall', language, {
    higher: label(`genitive.${higher}.${report.sexTerms}` as LabelKey, language),
    lower: sexLabel(lower, report.sexTerms, language).toLowerCase(),
    count: formatNumber(count, language),
  })}`;
}

function adjustedFor(result: Result, language: Language): string {
  return result.adjusted
    .map((comparison) => `${label(`criterion.${comparison.criterion}` as LabelKey, language)} (${comparison.for.join(', ')})`)
    .join(', ');
}

/** The sentence for a flagged row, or null for a row that is not flagged. */
export function verdictSentence(result: Result, report: Report, language: Language): string | null {
  const where = rowPlace(result, language);
  const counts = countsPhrase(result, report, language);
  switch (result.verdict) {
    case 'none':
      return null;
    case 'candidate':
      return label('sentence.candidate', language, {
        where,
        counts,
        shortfall: shortfallPhrase(result, report, language),
        adjusted: result.adjusted.length ? `; ${label('sentence.adjustedPersists', language, { criteria: adjustedFor(result, language) })}` : '',
      });
    case 'explained':
      return label('sentence.explained', language, {
        where,
        counts,
        criteria: criteriaWords(result.explainedBy, language),
        consentNote: result.explainedBy.includes('consent') ? label('sentence.consentNote', language) : '',
      });
    case 'insufficient':
      return label('sentence.insufficient', language, { where, counts, criteria: criteriaWords(result.insufficientFor, language) });
  }
}

/**
 * Sentences on how the difference moved since the previous period: one per row whose
 * change is significant after adjustment, or one saying there is none.
 */
export function changeSentences(results: readonly Result[], alpha: number, language: Language): string[] {
  const withChange = results.filter((result) => result.period === null && result.overTime?.change);
  if (withChange.length === 0) return [];
  const clear = withChange.filter((result) => (result.overTime!.change!.q ?? 1) < alpha);
  const { from, to } = withChange[0]!.overTime!.change!;
  if (clear.length === 0) return [label('sentence.noChange', language, { from, to })];
  return clear.map((result) => {
    const change = result.overTime!.change!;
    return label('sentence.change', language, {
      from: change.from,
      to: change.to,
      where: rowPlace(result, language),
      diff: formatSignedPp(change.diffPp, language),
      low: formatNumber(change.ci95[0], language, 1),
      high: formatNumber(change.ci95[1], language, 1),
      q: formatP(change.q, language),
    });
  });
}

/**
 * Every sentence under one step: a note when flagged rows could not be tested against
 * any criterion, one sentence per flagged row, then the changes since the previous period.
 */
export function stepSentences(rows: readonly Result[], report: Report, language: Language): string[] {
  const flagged = rows.filter((result) => result.verdict !== 'none');
  const untested = flagged.some((result) => result.adjusted.length === 0 && result.period === null);
  return [
    ...(untested ? [label('sentence.noCriteria', language)] : []),
    ...flagged.map((result) => verdictSentence(result, report, language)).filter((sentence): sentence is string => sentence !== null),
    ...changeSentences(rows, report.settings.alpha, language),
  ];
}
