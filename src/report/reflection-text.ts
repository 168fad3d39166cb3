/**
 * SKR's step 2, "Vi reflekterar": for a flagged difference, each criterion's question
 * (need? need met otherwise? consent? participation?) answered from the stratified
 * comparison in `result.adjusted` (CMH q, Mantel–Haenszel odds ratio and risk
 * difference, Breslow–Day–Tarone homogeneity).
 */
import type { Language } from '../i18n/messages.js';
import { label, type LabelKey } from '../i18n/labels.js';
import { CRITERIA, type AdjustedComparison, type Criterion, type PublishedResult } from '../model/report.js';
import { formatNumber, formatP, formatSignedPp } from './numbers.js';
import { isComparisonHidden } from './published-values.js';

export interface CriterionAnswer {
  readonly criterion: Criterion;
  readonly question: string;
  readonly answer: string;
  /** The figures behind the answer, or null when there are none to show. */
  readonly evidence: string | null;
}

function evidenceText(comparison: AdjustedComparison, language: Language): string {
  const number = (value: number | undefined, digits: number): string => (value === undefined ? '–' : formatNumber(value, language, digits));
  return label('pub.evidence', language, {
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

function answerKey(result: PublishedResult, criterion: Criterion): LabelKey {
  if (result.explainedBy.includes(criterion)) return 'pub.answer.explained';
  if (result.insufficientFor.includes(criterion)) return 'pub.answer.insufficient';
  return 'pub.answer.persists';
}

/** The four criteria's questions with their answers for one flagged row. */
export function criterionAnswers(result: PublishedResult, language: Language): CriterionAnswer[] {
  return CRITERIA.map((criterion) => {
    const question = label(`pub.question.${criterion}` as LabelKey, language);
    const comparison = result.adjusted.find((candidate) => candidate.criterion === criterion);
    if (!comparison) return { criterion, question, answer: label('pub.answer.notAsked', language), evidence: null };
    const answer = label(answerKey(result, criterion), language, { variables: comparison.for.join(', ') });
    const note = criterion === 'consent' && result.explainedBy.includes('consent') ? ` ${label('pub.answer.consentNote', language)}` : '';
    if (isComparisonHidden(result)) return { criterion, question, answer: `${answer}${note}`, evidence: label('pub.answer.hidden', language) };
    return { criterion, question, answer: `${answer}${note}`, evidence: evidenceText(comparison, language) };
  });
}
