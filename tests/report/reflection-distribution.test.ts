/**
 * SKR's step 2 ("Vi reflekterar") for the flagged categories and measures (issue 15):
 * each criterion's question answered as for a yes/no row, from the category's 2×2
 * against the rest within the criterion's strata (CMH), or from the measure's van Elteren
 * test; in the HTML and Word reports' reflections.
 */
import { describe, expect, it } from 'vitest';
import { categoryCriterionAnswers, measureCriterionAnswers } from '../../src/report/reflection-text.js';
import { distributionFlags } from '../../src/report/distribution-sentences.js';
import { renderHtml } from '../../src/report/render-html.js';
import type { PublishedMeasureResult } from '../../src/model/report.js';
import { distributionPublishedReport } from '../helpers/distribution-published-report.js';

const report = distributionPublishedReport();
const category = (group: string | null, value: string) =>
  report.categoryResults!.find((row) => row.step === 'Kontaktorsak' && row.group === group)!.categories.find((found) => found.value === value)!;
const overallMeasure = report.measureResults!.find((row) => row.step === 'Handläggningstid' && row.by === null)!;

describe('the criteria of a flagged category', () => {
  it('persists: the category differs within the need strata too, with the CMH figures behind it', () => {
    const answers = categoryCriterionAnswers(category(null, 'Beteendeproblematik'), 'sv');
    expect(answers.map((answer) => answer.criterion)).toEqual(['need', 'otherSupport', 'consent', 'participation']);
    expect(answers[0]!.answer).toBe('Nej. Skillnaden kvarstår inom grupper lika i Riskbedömning.');
    expect(answers[0]!.evidence).toMatch(/^CMH q < 0,001; oddskvot /);
    expect(answers[1]!.answer).toBe('Inte prövat: kriteriet har inga variabler för det här steget (explain: i konfigurationen, eller under steget, som då gäller i stället).');
    expect(answers[1]!.evidence).toBeNull();
  });

  it('explained: not significant within the strata', () => {
    const answers = categoryCriterionAnswers(category('Bromma', 'Psykisk ohälsa'), 'en');
    expect(answers[0]!.answer).toBe('Yes, probably. Within groups alike in Riskbedömning, the difference is not significant.');
    expect(answers[0]!.evidence).toMatch(/^CMH q 0\.660; odds ratio /);
  });

  it('shows no figures when the category is hidden, and no dashes when no stratum was informative', () => {
    const shown = category(null, 'Beteendeproblematik');
    const hidden = { ...shown, female: { ...shown.female, n: null } };
    expect(categoryCriterionAnswers(hidden, 'sv')[0]!.evidence).toBe('Underlaget visas inte (små antal).');
    const published = { ...hidden, adjusted: shown.adjusted.map((entry) => ({ ...entry, p: null, q: null, statistic: null })) };
    expect(categoryCriterionAnswers(published, 'sv')[0]).toMatchObject({ answer: 'Nej. Skillnaden kvarstår inom grupper lika i Riskbedömning.', evidence: 'Underlaget visas inte (små antal).' });
    const none = { ...shown, insufficientFor: ['need' as const], adjusted: shown.adjusted.map((entry) => ({ ...entry, p: null, q: null })) };
    expect(categoryCriterionAnswers(none, 'sv')[0]).toMatchObject({ answer: 'Kan inte avgöras: för få jämförbara grupper i Riskbedömning.', evidence: null });
  });
});

describe('the criteria of a flagged measure', () => {
  it('persists when van Elteren is significant within the strata', () => {
    const [need] = measureCriterionAnswers(overallMeasure, 'sv');
    expect(need!.answer).toBe('Nej. Skillnaden kvarstår inom grupper lika i Riskbedömning.');
    expect(need!.evidence).toMatch(/^van Elterens test: z = 3,40, q 0,006; \d+ strata\.$/);
  });

  it('is unclear, never explained, when it is not: the test has no adjusted shift to tell which', () => {
    const unclear: PublishedMeasureResult = {
      ...overallMeasure,
      verdict: 'inconclusive',
      inconclusiveFor: ['need'],
      adjusted: overallMeasure.adjusted.map((entry) => ({ ...entry, p: 0.4, q: 0.55 })),
    };
    const [need] = measureCriterionAnswers(unclear, 'en');
    expect(need!.answer).toMatch(/^Inconclusive\. Within groups alike in Riskbedömning the difference is not significant\. Riskbedömning may explain it, or the groups may be too small/);
    expect(need!.evidence).toBe(`van Elteren's test: z = 3.40, q 0.550; ${unclear.adjusted[0]!.strata.used} strata.`);
  });

  it('cannot be examined within a group of one stratum, and shows no figures when hidden', () => {
    const single: PublishedMeasureResult = { ...overallMeasure, adjusted: overallMeasure.adjusted.map((entry) => ({ ...entry, reason: 'single-stratum' as const })) };
    expect(measureCriterionAnswers(single, 'sv')[0]).toMatchObject({ answer: 'Kan inte prövas inom gruppen: alla dess ärenden har samma Riskbedömning.', evidence: null });
    const hidden: PublishedMeasureResult = { ...overallMeasure, female: { ...overallMeasure.female, n: null } };
    expect(measureCriterionAnswers(hidden, 'sv')[0]!.evidence).toBe('Underlaget visas inte (små antal).');
    // As a published report hides it: the criterion's figures are null too, and the answer still follows the verdict.
    const published: PublishedMeasureResult = { ...hidden, adjusted: overallMeasure.adjusted.map((entry) => ({ ...entry, statistic: null, p: null, q: null })) };
    expect(measureCriterionAnswers(published, 'sv')[0]).toMatchObject({ answer: 'Nej. Skillnaden kvarstår inom grupper lika i Riskbedömning.', evidence: 'Underlaget visas inte (små antal).' });
    // No figures to hide where there are none: a criterion without an informative stratum.
    const none: PublishedMeasureResult = { ...hidden, verdict: 'insufficient', insufficientFor: ['need'], adjusted: overallMeasure.adjusted.map((entry) => ({ ...entry, p: null, q: null })) };
    expect(measureCriterionAnswers(none, 'sv')[0]).toMatchObject({ answer: 'Kan inte avgöras: för få jämförbara grupper i Riskbedömning.', evidence: null });
  });
});

describe('the reflections of the reports', () => {
  it('carry the answers with every flagged category and measure', () => {
    const flags = distributionFlags(report, 'sv', true);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(flag.answers.map((answer) => answer.criterion)).toEqual(['need', 'otherSupport', 'consent', 'participation']);
  });

  it('list the questions and answers under each flagged category and measure in the HTML report', async () => {
    const html = await renderHtml(report, { language: 'sv' });
    const articles = [...html.matchAll(/<article class="reflection" data-kind="distribution">(.*?)<\/article>/gs)].map((match) => match[1]!);
    expect(articles.length).toBe(distributionFlags(report, 'sv', true).length);
    for (const article of articles) expect(article).toMatch(/<dl class="criteria"><dt>Behov: förklaras skillnaden/);
    expect(articles.some((article) => article.includes('van Elterens test: z = 3,40'))).toBe(true);
  });
});
