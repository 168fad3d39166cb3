/**
 * The words for verdicts and the plain sentences under each step: one per candidate
 * (what differs, by how much, among how many, what it was adjusted for), one per
 * explained or undecidable difference, and the change since the previous period.
 * Shared by every renderer that prints prose.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { AdjustedComparison, Criterion, PublishedReport as Report, PublishedResult as Result, VerdictFields } from '../model/report.js';
import { formatNumber, formatP, formatSignedPp } from './numbers.js';
import { comparisonText, formatCount, formatShare } from './published-values.js';

/** A list of criteria in words: "behov, annat stöd och samtycke". */
export function criteriaWords(criteria: readonly Criterion[], language: Language): string {
  const words = criteria.map((criterion) => say(language, 'label', `criterion.${criterion}`));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${say(language, 'label', 'and')} ${words.at(-1)}`;
}

/**
 * What verdictLabel reads of a row: its verdict fields and each criterion's warnings. A
 * yes/no row, a category of a categorical row and a numeric row (issue 15) all have them.
 */
export interface VerdictRow extends VerdictFields {
  readonly adjusted: readonly { readonly criterion: Criterion; readonly warnings: readonly string[] }[];
}

/** The verdict of a row in words ("kandidat", "förklaras av behov"); empty when not flagged. */
export function verdictLabel(result: VerdictRow, language: Language): string {
  switch (result.verdict) {
    case 'explained': {
      // Strata that differ under an explaining criterion: the table cell alone must not read as "explained" everywhere.
      const heterogeneous = result.adjusted.some((comparison) => result.explainedBy.includes(comparison.criterion) && comparison.warnings.includes('heterogeneous-strata'));
      return say(language, 'label', heterogeneous ? 'verdict.explainedOnAverage' : 'verdict.explained', { criteria: criteriaWords(result.explainedBy, language) });
    }
    case 'insufficient':
      return say(language, 'label', 'verdict.insufficient', { criteria: criteriaWords(result.insufficientFor, language) });
    case 'inconclusive':
      return say(language, 'label', 'verdict.inconclusive', { criteria: criteriaWords(result.inconclusiveFor, language) });
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

function criterionPlace(comparison: AdjustedComparison, language: Language): { criterion: string; variables: string } {
  return { criterion: say(language, 'label', `criterion.${comparison.criterion}`), variables: comparison.for.join(', ') };
}

/** The criteria a candidate persists under, "behov (Kontaktorsak, Riskbedömning), samtycke (Samtycke)". */
function adjustedFor(comparisons: readonly AdjustedComparison[], language: Language): string {
  return comparisons.map((comparison) => `${say(language, 'label', `criterion.${comparison.criterion}`)} (${comparison.for.join(', ')})`).join(', ');
}

/** The adjusted part of a candidate's sentence: where it persists, and which criteria cannot be examined within the group. */
function candidateAdjusted(result: Result, language: Language): string {
  const singleStratum = result.adjusted.filter((comparison) => comparison.reason === 'single-stratum');
  const persisting = result.adjusted.filter((comparison) => comparison.reason !== 'single-stratum');
  return [
    ...(persisting.length ? [say(language, 'label', 'sentence.adjustedPersists', { criteria: adjustedFor(persisting, language) })] : []),
    ...singleStratum.map((comparison) => say(language, 'label', 'sentence.singleStratum', criterionPlace(comparison, language))),
  ]
    .map((part) => `; ${part}`)
    .join('');
}

/** ": störst i A (+20,3 p.e.), lägst i E (−3,8 p.e.)", or '' when the strata are not named (or hidden). */
export function strataRangePhrase(comparison: AdjustedComparison, language: Language): string {
  const range = comparison.strataRange;
  if (!range) return '';
  return say(language, 'label', 'sentence.strataRange', {
    highest: range.highest.stratum,
    highestDiff: formatSignedPp(range.highest.diffPp, language),
    lowest: range.lowest.stratum,
    lowestDiff: formatSignedPp(range.lowest.diffPp, language),
  });
}

/**
 * One sentence per criterion of the row's verdict whose strata differ (warning
 * `heterogeneous-strata`): explained or persisting on average, with the strata of the
 * largest and the lowest difference.
 */
function heterogeneityPhrases(result: Result, language: Language): string {
  const key =
    result.verdict === 'explained' ? 'sentence.heterogeneousExplained' : result.verdict === 'candidate' ? 'sentence.heterogeneousPersists' : 'sentence.heterogeneousUnclear';
  const concerned =
    result.verdict === 'explained'
      ? result.explainedBy
      : result.verdict === 'inconclusive'
        ? result.inconclusiveFor
        : result.adjusted.filter((comparison) => comparison.reason !== 'single-stratum').map((comparison) => comparison.criterion);
  return result.adjusted
    .filter((comparison) => concerned.includes(comparison.criterion) && comparison.warnings.includes('heterogeneous-strata'))
    .map((comparison) =>
      say(language, 'label', key, { ...criterionPlace(comparison, language), q: formatP(comparison.homogeneityQ, language), range: strataRangePhrase(comparison, language) }),
    )
    .join('');
}

/** A list in words: "a, b och c" (or "a, b eller c" with `or`). */
function listWords(words: readonly string[], joiner: 'and' | 'or', language: Language): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${say(language, 'label', joiner)} ${words.at(-1)}`;
}

/** Why the inconclusive criteria leave the question open, with each adjusted interval (none when hidden). */
function inconclusiveDetails(result: Result, language: Language): string {
  const comparisons = result.adjusted.filter((comparison) => result.inconclusiveFor.includes(comparison.criterion));
  const criteria = comparisons.map((comparison) => {
    const interval = comparison.riskDiffPp?.ci95;
    return interval
      ? say(language, 'label', 'sentence.inconclusiveInterval', {
          ...criterionPlace(comparison, language),
          low: formatNumber(interval[0], language, 1),
          high: formatNumber(interval[1], language, 1),
        })
      : adjustedFor([comparison], language);
  });
  const names = comparisons.map((comparison) => say(language, 'label', `criterion.${comparison.criterion}`));
  return say(language, 'label', 'sentence.inconclusiveDetails', { criteria: listWords(criteria, 'and', language), names: listWords(names, 'or', language) });
}

/** The sentence for a flagged row, or null for a row that is not flagged. */
export function verdictSentence(result: Result, report: Report, language: Language): string | null {
  const where = rowPlace(result, language);
  const counts = countsPhrase(result, report, language);
  const heterogeneity = heterogeneityPhrases(result, language);
  switch (result.verdict) {
    case 'none':
      return null;
    case 'candidate':
      return (
        say(language, 'label', 'sentence.candidate', {
          where,
          counts,
          shortfall: shortfallPhrase(result, report, language),
          adjusted: candidateAdjusted(result, language),
        }) + heterogeneity
      );
    case 'explained':
      return (
        say(language, 'label', 'sentence.explained', {
          where,
          counts,
          criteria: criteriaWords(result.explainedBy, language),
          consentNote: result.explainedBy.includes('consent') ? say(language, 'label', 'sentence.consentNote') : '',
        }) + heterogeneity
      );
    case 'inconclusive':
      return say(language, 'label', 'sentence.inconclusive', { where, counts, details: inconclusiveDetails(result, language) }) + heterogeneity;
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
