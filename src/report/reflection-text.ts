/**
 * SKR's step 2, "Vi reflekterar": for a flagged difference, each criterion's question
 * (need? need met otherwise? consent? participation?) answered from the stratified
 * comparison in `result.adjusted` (CMH q, Mantel–Haenszel odds ratio and risk
 * difference, Breslow–Day–Tarone homogeneity), in the words of the verdict rules
 * (README, "Unwarranted differences: criteria and verdicts").
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import { CRITERIA, type AdjustedComparison, type Criterion, type PublishedResult } from '../model/report.js';
import { formatNumber, formatP, formatSignedPp } from './numbers.js';
import { isComparisonHidden } from './published-values.js';
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

/** The answer to one criterion's question, from the row's verdict lists and the comparison. */
function answerText(result: PublishedResult, comparison: AdjustedComparison, language: Language): string {
  const variables = comparison.for.join(', ');
  if (comparison.reason === 'single-stratum') return say(language, 'label', 'pub.answer.singleStratum', { variables });
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

/** The four criteria's questions with their answers for one flagged row. */
export function criterionAnswers(result: PublishedResult, language: Language): CriterionAnswer[] {
  return CRITERIA.map((criterion) => {
    const question = say(language, 'label', `pub.question.${criterion}`);
    const comparison = result.adjusted.find((candidate) => candidate.criterion === criterion);
    if (!comparison) return { criterion, question, answer: say(language, 'label', 'pub.answer.notAsked'), evidence: null };
    const answer = answerText(result, comparison, language);
    const note = criterion === 'consent' && result.explainedBy.includes('consent') ? ` ${say(language, 'label', 'pub.answer.consentNote')}` : '';
    if (comparison.reason === 'single-stratum') return { criterion, question, answer, evidence: null };
    if (isComparisonHidden(result)) return { criterion, question, answer: `${answer}${note}`, evidence: say(language, 'label', 'pub.answer.hidden') };
    return { criterion, question, answer: `${answer}${note}`, evidence: evidenceText(comparison, language) };
  });
}
