/**
 * The Sammanfattning's sentences for the flagged categories and measures (issue 15;
 * src/report/distribution-sentences.ts, summary.ts): which sex more often has the category,
 * with both shares; which sex's measure is longer or higher, with both medians and the shift
 * with its interval; each verdict in its own section with its qualifier; the sex words of
 * the report's sexTerms; and both languages.
 */
import { describe, expect, it } from 'vitest';
import { reportSummary, type SummaryKind } from '../../src/report/summary.js';
import type { PublishedMeasureResult, PublishedReport } from '../../src/model/report.js';
import { distributionPublishedReport } from '../helpers/distribution-published-report.js';

const items = (report: PublishedReport, language: 'sv' | 'en', kind: SummaryKind): readonly string[] =>
  reportSummary(report, language).sections.find((section) => section.kind === kind)?.items ?? [];

/** The report with the overall measure row changed. */
function withMeasure(change: Partial<PublishedMeasureResult>, sexTerms: PublishedReport['sexTerms'] = 'children'): PublishedReport {
  const report = distributionPublishedReport(sexTerms);
  return { ...report, measureResults: report.measureResults!.map((row, index) => (index === 0 ? { ...row, ...change } : row)) };
}

describe('the summary of flagged categories and measures', () => {
  it('says the candidates in Swedish, with the sex words and both figures', () => {
    const candidates = items(distributionPublishedReport(), 'sv', 'candidates');
    expect(candidates).toContain('Pojkar har oftare Beteendeproblematik (Kontaktorsak): 23,1\u00a0% mot 7,2\u00a0%.');
    expect(candidates).toContain('Handläggningstid: längre för flickor, median 41 mot 33 dagar (skillnad 8 dagar räknat par för par, 95\u00a0% KI 3–13).');
  });

  it('says them in English', () => {
    const candidates = items(distributionPublishedReport(), 'en', 'candidates');
    expect(candidates).toContain('Boys more often have Beteendeproblematik (Kontaktorsak): 23.1% vs 7.2%.');
    expect(candidates).toContain('Handläggningstid: longer for girls, median 41 vs 33 dagar (shift 8 dagar, 95% CI 3–13).');
  });

  it('counts them in the overview', () => {
    expect(reportSummary(distributionPublishedReport(), 'sv').overview).toContain('2 skillnader är kandidater till omotiverade skillnader, 1 förklaras av kriterierna, 0 är osäkra.');
  });

  it('says an explained category with where it is and its qualifier', () => {
    expect(items(distributionPublishedReport(), 'sv', 'explained')).toEqual(['Flickor har oftare Psykisk ohälsa (Kontaktorsak, Stadsdelsområde Bromma): 52,9\u00a0% mot 24,0\u00a0%; förklaras av behov.']);
    expect(items(distributionPublishedReport(), 'en', 'explained')).toEqual(['Girls more often have Psykisk ohälsa (Kontaktorsak, Stadsdelsområde Bromma): 52.9% vs 24.0%; explained by need.']);
  });

  it('puts an inconclusive and an insufficient measure in their sections, with their qualifiers', () => {
    const inconclusive = withMeasure({ verdict: 'inconclusive', inconclusiveFor: ['need'] });
    expect(items(inconclusive, 'sv', 'inconclusive')).toEqual(['Handläggningstid: längre för flickor, median 41 mot 33 dagar (skillnad 8 dagar räknat par för par, 95\u00a0% KI 3–13); oklart (behov).']);
    expect(items(inconclusive, 'en', 'inconclusive')).toEqual(['Handläggningstid: longer for girls, median 41 vs 33 dagar (shift 8 dagar, 95% CI 3–13); inconclusive (need).']);
    expect(items(inconclusive, 'sv', 'candidates')).not.toContain(expect.stringContaining('Handläggningstid'));
    const insufficient = withMeasure({ verdict: 'insufficient', insufficientFor: ['need'] });
    expect(items(insufficient, 'sv', 'insufficient')).toEqual(['Handläggningstid: längre för flickor, median 41 mot 33 dagar (skillnad 8 dagar räknat par för par, 95\u00a0% KI 3–13); kan ej bedömas (behov).']);
    expect(items(insufficient, 'en', 'insufficient')).toEqual(['Handläggningstid: longer for girls, median 41 vs 33 dagar (shift 8 dagar, 95% CI 3–13); cannot be judged (need).']);
    expect(reportSummary(insufficient, 'sv').overview).toContain('och 1 kan inte bedömas');
  });

  it('says an explained measure too, should a verdict say so', () => {
    const explained = withMeasure({ verdict: 'explained', explainedBy: ['need'] });
    expect(items(explained, 'sv', 'explained')).toContain('Handläggningstid: längre för flickor, median 41 mot 33 dagar (skillnad 8 dagar räknat par för par, 95\u00a0% KI 3–13); förklaras av behov.');
  });

  it('turns a shift in favour of the male sex around: the sex with the larger values, the size and its interval positive', () => {
    const report = withMeasure({ estimate: -4.5, ci95: [-9, -1], female: { n: 250, median: 30, q1: 20, q3: 45, mean: 33, sd: 15 }, male: { n: 272, median: 35, q1: 22, q3: 50, mean: 37, sd: 16 } }, 'adults');
    expect(items(report, 'sv', 'candidates')).toContain('Handläggningstid: längre för män, median 35 mot 30 dagar (skillnad 4,5 dagar räknat par för par, 95\u00a0% KI 1–9).');
    expect(items(report, 'en', 'candidates')).toContain('Handläggningstid: longer for men, median 35 vs 30 dagar (shift 4.5 dagar, 95% CI 1–9).');
  });

  it('says "higher" for a measure that is not a duration, and nothing of a unit when none is given', () => {
    const report = withMeasure({ unit: null });
    expect(items(report, 'sv', 'candidates')).toContain('Handläggningstid: högre för flickor, median 41 mot 33 (skillnad 8 räknat par för par, 95\u00a0% KI 3–13).');
  });

  it('uses the sex words of the report', () => {
    expect(items(distributionPublishedReport('adults'), 'sv', 'candidates')).toContain('Män har oftare Beteendeproblematik (Kontaktorsak): 23,1\u00a0% mot 7,2\u00a0%.');
    expect(items(distributionPublishedReport('neutral'), 'en', 'candidates')).toContain('Men/boys more often have Beteendeproblematik (Kontaktorsak): 23.1% vs 7.2%.');
  });

  it('never shows a hidden figure: a flagged measure with a hidden summary says so', () => {
    const report = withMeasure({ female: { n: null, median: null, q1: null, q3: null, mean: null, sd: null }, estimate: null, ci95: null });
    expect(items(report, 'sv', 'candidates')).toContain('Handläggningstid: skillnaden är flaggad, men siffrorna döljs för att skydda enskilda.');
  });

  it('says what the hidden categories and groups leave out', () => {
    const limits = items(distributionPublishedReport(), 'sv', 'limits');
    expect(limits).toContain('Kontaktorsak: 2 kategorier visas inte i någon grupp, eftersom så små antal kan röja enskilda.');
    expect(limits).toContain('Handläggningstid: 1 grupp visas inte, eftersom så få värden kan röja enskilda.');
  });
});
