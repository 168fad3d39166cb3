/**
 * The words for verdicts and the plain sentences under each step: one per candidate
 * (what differs, by how much, among how many, what it was adjusted for), one per
 * explained or undecidable difference, and the change since the previous period.
 * Shared by every renderer that prints prose.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { Criterion, PublishedReport as Report, PublishedResult as Result } from '../model/report.js';
import { formatNumber, formatP, formatSignedPp } from './numbers.js';
import { comparisonText, formatCount, formatShare } from './published-values.js';

/** A list of criteria in words: "behov, annat stöd och samtycke". */
export function criteriaWords(criteria: readonly Criterion[], language: Language): string {
  const words = criteria.map((criterion) => say(language, 'label', `criterion.${criterion}`));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${say(language, 'label', 'and')} ${words.at(-1)}`;
}

/** The verdict of a row in words ("kandidat", "förklaras av behov"); empty when not flagged. */
export function verdictLabel(result: Result, language: Language): string {
  switch (result.verdict) {
    case 'explained':
      return say(language, 'label', 'verdict.explained', { criteria: criteriaWords(result.explainedBy, language) });
    case 'insufficient':
      return say(language, 'label', 'verdict.insufficient', { criteria: criteriaWords(result.insufficientFor, language) });
    default:
      return say(language, 'label', `verdict.${result.verdict}`);
  }
}

/** Where a row is: "Insats beviljas, Stadsdelsområde Rinkeby-Kista". */
export function rowPlace(result: Result, language: Language): string {
  const group = result.by === null ? say(language, 'label', 'overall').toLowerCase() : `${result.by} ${result.group || say(language, 'label', 'blankGroup')}`;
  return `${result.step}, ${group}${result.period ? ` (${result.period})` : ''}`;
}

function countsPhrase(result: Result, report: Report, language: Language): string {
  return say(language, 'label', 'sentence.counts', {
    female: say(language, 'label', `sex.female.${report.sexTerms}`).toLowerCase(),
    male: say(language, 'label', `sex.male.${report.sexTerms}`).toLowerCase(),
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
  return `; ${say(language, 'label', 'sentence.shortfall', {
    higher: say(language, 'label', `genitive.${higher}.${report.sexTerms}`),
    lower: say(language, 'label', `sex.${lower}.${report.sexTerms}`).toLowerCase(),
    count: formatNumber(count, language),
  })}`;
}

function adjustedFor(result: Result, language: Language): string {
  return result.adjusted
    .map((comparison) => `${say(language, 'label', `criterion.${comparison.criterion}`)} (${comparison.for.join(', ')})`)
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
      return say(language, 'label', 'sentence.candidate', {
        where,
        counts,
        shortfall: shortfallPhrase(result, report, language),
        adjusted: result.adjusted.length ? `; ${say(language, 'label', 'sentence.adjustedPersists', { criteria: adjustedFor(result, language) })}` : '',
      });
    case 'explained':
      return say(language, 'label', 'sentence.explained', {
        where,
        counts,
        criteria: criteriaWords(result.explainedBy, language),
        consentNote: result.explainedBy.includes('consent') ? say(language, 'label', 'sentence.consentNote') : '',
      });
    case 'insufficient':
      return say(language, 'label', 'sentence.insufficient', { where, counts, criteria: criteriaWords(result.insufficientFor, language) });
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
  if (clear.length === 0) return [say(language, 'label', 'sentence.noChange', { from, to })];
  return clear.map((result) => {
    const change = result.overTime!.change!;
    return say(language, 'label', 'sentence.change', {
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
    ...(untested ? [say(language, 'label', 'sentence.noCriteria')] : []),
    ...flagged.map((result) => verdictSentence(result, report, language)).filter((sentence): sentence is string => sentence !== null),
    ...changeSentences(rows, report.settings.alpha, language),
  ];
}
