/**
 * SKR's step 2, "Vi reflekterar": for a flagged difference, each criterion's question
 * (need? need met otherwise? consent? participation?) answered from the stratified
 * comparison in `result.adjusted` (CMH q, Mantel–Haenszel odds ratio and risk
 * difference, Breslow–Day–Tarone homogeneity), in the words of the verdict rules
 * (README, "Unwarranted differences: criteria and verdicts").
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import {
  CRITERIA,
  type AdjustedComparison,
  type Criterion,
  type DistributionAdjusted,
  type PublishedCategoryComparison,
  type PublishedMeasureResult,
  type PublishedResult,
  type VerdictFields,
} from '../model/report.js';
import { formatNumber, formatP, formatSignedPp } from './numbers.js';
import { isComparisonHidden } from './published-values.js';
import { isCategoryComparisonHidden, isMeasureComparisonHidden } from './distribution-rows.js';
import { strataRangePhrase } from './verdict-text.js';

export interface CriterionAnswer {
  readonly criterion: Criterion;
  readonly question: string;
  readonly answer: string;
  /** The figures behind the answer, or null when there are none to show. */
  readonly evidence: string | null;
}

function evidenceText(comparison: AdjustedComparison, language: Language): string {
  const number = (value: number | undefined, digits: number): string => (value === undefined ? '–' : formatNumber(value, language, digits));
  return say(language, 'label', 'pub.evidence', {
    q: formatP(comparison.q, language),
    oddsRatio: number(comparison.oddsRatio?.estimate, 2),
    oddsLow: number(comparison.oddsRatio?.ci95[0], 2),
    oddsHigh: number(comparison.oddsRatio?.ci95[1], 2),
    riskDiff: comparison.riskDiffPp ? formatSignedPp(comparison.riskDiffPp.estimate, language) : '–',
    riskLow: number(comparison.riskDiffPp?.ci95[0], 1),
    riskHigh: number(comparison.riskDiffPp?.ci95[1], 1),
    homogeneity: formatP(comparison.homogeneityP, language),
    strata: formatNumber(comparison.strata.used, language),
  });
}

/** A flagged 2×2 comparison with its stratified comparisons: a yes/no row, or one category of a categorical row against the rest. */
type TwoByTwoSubject = VerdictFields & { readonly adjusted: readonly AdjustedComparison[] };

/** The answer to one criterion's question, from the row's verdict lists and the comparison (of more than one stratum: perCriterion answers the others). */
function answerText(result: TwoByTwoSubject, comparison: AdjustedComparison, language: Language): string {
  const variables = comparison.for.join(', ');
  const interval = (value: number | undefined) => (value === undefined ? '–' : formatNumber(value, language, 1));
  const answer = result.explainedBy.includes(comparison.criterion)
    ? say(language, 'label', 'pub.answer.explained', { variables })
    : result.inconclusiveFor.includes(comparison.criterion)
      ? say(language, 'label', 'pub.answer.inconclusive', { variables, low: interval(comparison.riskDiffPp?.ci95[0]), high: interval(comparison.riskDiffPp?.ci95[1]) })
      : result.insufficientFor.includes(comparison.criterion)
        ? say(language, 'label', 'pub.answer.insufficient', { variables })
        : say(language, 'label', 'pub.answer.persists', { variables });
  if (!comparison.warnings.includes('heterogeneous-strata')) return answer;
  return `${answer}${say(language, 'label', 'pub.answer.heterogeneous', { q: formatP(comparison.homogeneityQ, language), range: strataRangePhrase(comparison, language) })}`;
}

/**
 * The four criteria's questions, each answered by `answer` from the criterion's
 * comparison (from the verdict lists, which a published report keeps); "not tested" where
 * the criterion has none; no figures where they are hidden, or there are none to show (one
 * stratum, or none informative).
 */
function perCriterion<Comparison extends { readonly criterion: Criterion; readonly for: readonly string[]; readonly reason: string | null; readonly p: number | null }>(
  subject: { readonly adjusted: readonly Comparison[]; readonly insufficientFor: readonly Criterion[] },
  hidden: boolean,
  language: Language,
  answer: (comparison: Comparison, variables: string) => string,
  evidence: (comparison: Comparison) => string,
): CriterionAnswer[] {
  return CRITERIA.map((criterion) => {
    const question = say(language, 'label', `pub.question.${criterion}`);
    const comparison = subject.adjusted.find((candidate) => candidate.criterion === criterion);
    if (!comparison) return { criterion, question, answer: say(language, 'label', 'pub.answer.notAsked'), evidence: null };
    const variables = comparison.for.join(', ');
    if (comparison.reason === 'single-stratum') return { criterion, question, answer: say(language, 'label', 'pub.answer.singleStratum', { variables }), evidence: null };
    const text = answer(comparison, variables);
    // No figures where no stratum was informative (the verdict lists say so, hidden or not); a published report
    // also nulls a hidden row's figures, so hidden comes before a missing p.
    if (subject.insufficientFor.includes(criterion)) return { criterion, question, answer: text, evidence: null };
    if (hidden) return { criterion, question, answer: text, evidence: say(language, 'label', 'pub.answer.hidden') };
    if (comparison.p === null) return { criterion, question, answer: text, evidence: null };
    return { criterion, question, answer: text, evidence: evidence(comparison) };
  });
}

/** The four criteria's questions with their answers for one flagged 2×2 comparison; `hidden`: its counts are not shown. */
function twoByTwoAnswers(result: TwoByTwoSubject, hidden: boolean, language: Language): CriterionAnswer[] {
  return perCriterion(
    result,
    hidden,
    language,
    (comparison) => {
      const note = comparison.criterion === 'consent' && result.explainedBy.includes('consent') ? ` ${say(language, 'label', 'pub.answer.consentNote')}` : '';
      return `${answerText(result, comparison, language)}${note}`;
    },
    (comparison) => evidenceText(comparison, language),
  );
}

/** The four criteria's questions with their answers for one flagged row. */
export function criterionAnswers(result: PublishedResult, language: Language): CriterionAnswer[] {
  return twoByTwoAnswers(result, isComparisonHidden(result), language);
}

/**
 * The same for one flagged category of a categorical step: its verdict comes from the
 * 2×2 of the category against the rest within each criterion's strata, as a yes/no row's.
 */
export function categoryCriterionAnswers(category: PublishedCategoryComparison, language: Language): CriterionAnswer[] {
  return twoByTwoAnswers(category, isCategoryComparisonHidden(category), language);
}

/**
 * The same for one flagged measure row, from van Elteren's test within each criterion's
 * strata (criteria.ts, distributionVerdictOf): the shift persists (q < alpha), is unclear
 * (q ≥ alpha: explained, or the groups too small to show it; the test gives no stratified
 * shift to tell which) or cannot be examined. Never "explained".
 */
export function measureCriterionAnswers(row: PublishedMeasureResult, language: Language): CriterionAnswer[] {
  return perCriterion(
    row,
    isMeasureComparisonHidden(row),
    language,
    (comparison, variables) =>
      row.inconclusiveFor.includes(comparison.criterion)
        ? say(language, 'label', 'pub.answer.measureUnclear', { variables })
        : row.insufficientFor.includes(comparison.criterion)
          ? say(language, 'label', 'pub.answer.insufficient', { variables })
          : say(language, 'label', 'pub.answer.persists', { variables }),
    (comparison) => measureEvidence(comparison, language),
  );
}

/** van Elteren's figures for one criterion: "van Elterens test: z = 3,12, q 0,004; 5 strata." */
function measureEvidence(comparison: DistributionAdjusted, language: Language): string {
  return say(language, 'label', 'pub.measureEvidence', {
    z: comparison.statistic === null ? '–' : formatNumber(comparison.statistic, language, 2),
    q: formatP(comparison.q, language),
    strata: formatNumber(comparison.strata.used, language),
  });
}
