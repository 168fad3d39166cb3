/**
 * The Sammanfattning (src/report/summary.ts): the candidates in words with both shares,
 * counts and direction, the explained and the inconclusive ones, what the data could not
 * show and what was excluded; never a number that disclosure control hid (issue 16, item 5).
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { suppressReport } from '../../src/report/suppress.js';
import { reportSummary, summaryText, SUMMARY_KINDS } from '../../src/report/summary.js';
import type { AdjustedComparison, PublishedReport, Report, Result, SexCounts } from '../../src/model/report.js';

async function published(config: string): Promise<PublishedReport> {
  const run = await runMain(['analyze', 'fixtures/exempel.csv', '-c', config, '-f', 'json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as PublishedReport;
}

const counts = (yes: number, n: number): SexCounts => ({ n, yes, share: n > 0 ? yes / n : null });

function result(by: string | null, group: string | null, female: SexCounts, male: SexCounts, extra: Partial<Result> = {}): Result {
  const diffPp = female.share !== null && male.share !== null ? (female.share - male.share) * 100 : null;
  return {
    step: 'Utredning inleds', by, group, period: null, female, male, other: counts(0, 0),
    diffPp, ci95: diffPp === null ? null : [diffPp - 3, diffPp + 3], detectableDiffPp: 4, test: 'chi2', statistic: 1, df: 1, p: 0.5, q: 0.5, flag: false, reason: null,
    riskRatio: null, oddsRatio: null, shortfall: null, warnings: [], allCategories: null,
    adjusted: [], verdict: 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [], overTime: null, ...extra,
  };
}

function reportOf(results: Result[], excluded: Report['input']['excluded'] = []): Report {
  return {
    schemaVersion: 1, generator: 'test', input: { files: [], rows: 3000, excluded },
    settings: { alpha: 0.05, minDiffPp: 5, minN: 20, correction: 'bh', yates: true, familySize: results.length, adjustedFamilySize: 0, homogeneityFamilySize: 0, unit: 'case', criteria: {}, sexSource: 'column', countColumn: null, by: ['Stadsdelsområde'] },
    sexTerms: 'children', steps: [{ name: 'Utredning inleds', rows: 3000, used: 2614, cases: 2614, notSelected: 0, excluded: [] }], results, rates: [], warnings: [],
  };
}

const flagged = { flag: true, p: 0.001, q: 0.002 } as const;

function adjusted(criterion: AdjustedComparison['criterion'], low: number, high: number): AdjustedComparison {
  return {
    criterion, for: ['Kontaktorsak'], test: 'cmh', statistic: 1, p: 0.2, q: 0.3, oddsRatio: null, riskDiffPp: { estimate: (low + high) / 2, ci95: [low, high] },
    homogeneityP: null, strata: { used: 3, dropped: 0 }, reason: null, homogeneityQ: null, strataRange: null, warnings: [],
  };
}

describe('the summary of the example extract', () => {
  it('says each candidate with both shares, the counts, the size and the direction', async () => {
    const summary = reportSummary(await published('fixtures/exempel.yml'), 'sv');
    expect(summary.sections.map((section) => section.kind)).toEqual(['candidates', 'explained', 'inconclusive', 'limits', 'excluded']);
    const text = summaryText(summary);
    expect(text).toContain('Utredning inleds: bland flickorna 42,5\u00a0% (3 877 av 9 123 ärenden), bland pojkarna 34,4\u00a0% (3 710 av 10 780) – 8,1 procentenheter högre bland flickorna.');
    expect(text).toContain('Insats beviljas, per Stadsdelsområde: högre bland flickorna i Bromma (9,1 p.e.)');
    expect(text).toContain('Ingen flaggad skillnad förklaras av kriterierna.');
    expect(text).toContain('Steget Utredning inleds: 48 rader uteslöts (kön saknas).');
    // The later steps' exclusions would give the hidden missing-sex counts back: they stay "..".
    expect(text).toContain('Steget Barnet vidtalat: .. rader uteslöts (kön saknas).');
    expect(summary.overview).toBe('Rapporten jämför 7 steg i handläggningen (20 000 rader). 146 skillnader är kandidater till omotiverade skillnader, 0 förklaras av kriterierna, 3 är osäkra.');
  });

  it('with criteria, lists the explained (consent with its note) and the inconclusive with their intervals, in English too', async () => {
    const report = await published('fixtures/kriterier.yml');
    const text = summaryText(reportSummary(report, 'sv'));
    expect(text).toContain('- Insats beviljas, totalt: +9,4 procentenheter, förklaras av behov.');
    expect(text).toContain('Insats accepteras, totalt: +9,1 procentenheter, förklaras av samtycke. En skillnad som förklaras av samtycke är laglig');
    expect(text).toContain('Utredning inleds, Stadsdelsområde Farsta: +7,4 procentenheter. Med hänsyn till behov (Kontaktorsak, Riskbedömning: 1,9 till 12,3 p.e.) är intervallet för brett');
    expect(text).toContain('per Stadsdelsområde × Åldersgrupp: högre bland flickorna i Enskede-Årsta-Vantör × 0–6');
    expect(text).toContain('Insats accepteras: 41 grupper visas inte');
    const english = summaryText(reportSummary(report, 'en'));
    expect(english).toContain('Utredning inleds: among girls 42.5% (3,877 of 9,123 cases), among boys 34.4% (3,710 of 10,780) – 8.1 percentage points higher among girls.');
    expect(english).toContain('What was excluded');
  });
});

describe('the summary at the edges', () => {
  it('with no flag at all says so in every section, and what the counts could have shown', () => {
    const report = suppressReport(reportOf([result(null, null, counts(30, 100), counts(28, 100), { detectableDiffPp: 19.6 })]), { below: 5 });
    const summary = reportSummary(report, 'sv');
    const byKind = Object.fromEntries(summary.sections.map((section) => [section.kind, section.items]));
    expect(byKind.candidates).toEqual(['Ingen skillnad kvarstår som kandidat till en omotiverad skillnad.']);
    expect(byKind.explained).toEqual(['Ingen flaggad skillnad förklaras av kriterierna.']);
    expect(byKind.inconclusive).toEqual(['Ingen flaggad skillnad är osäker.']);
    expect(byKind.limits).toEqual(['Utredning inleds, totalt: ingen flaggad skillnad, men med dessa antal syns bara skillnader större än 19,6 p.e.']);
    expect(byKind.excluded).toEqual(['Inga rader uteslöts.']);
    expect(summary.overview).toContain('0 skillnader är kandidater');
  });

  it('when every flagged row is inconclusive, lists each with why and no candidate', () => {
    const rows = [
      result(null, null, counts(600, 1300), counts(500, 1300), { ...flagged, verdict: 'inconclusive', inconclusiveFor: ['need'], adjusted: [adjusted('need', -1.5, 14.2)] }),
      result('Stadsdelsområde', 'Bromma', counts(60, 100), counts(40, 100), { ...flagged, verdict: 'inconclusive', inconclusiveFor: ['need', 'consent'], adjusted: [adjusted('need', 2, 30), adjusted('consent', 1, 33)] }),
    ];
    const summary = reportSummary(suppressReport(reportOf(rows), { below: 5 }), 'sv');
    const byKind = Object.fromEntries(summary.sections.map((section) => [section.kind, section.items]));
    expect(byKind.candidates).toEqual(['Ingen skillnad kvarstår som kandidat till en omotiverad skillnad.']);
    expect(byKind.inconclusive).toEqual([
      'Utredning inleds, totalt: +7,7 procentenheter. Med hänsyn till behov (Kontaktorsak: -1,5 till 14,2 p.e.) är intervallet för brett för att avgöra om skillnaden förklaras.',
      'Utredning inleds, Stadsdelsområde Bromma: +20,0 procentenheter. Med hänsyn till behov (Kontaktorsak: 2,0 till 30,0 p.e.) och samtycke (Kontaktorsak: 1,0 till 33,0 p.e.) är intervallen för breda för att avgöra om skillnaden förklaras.',
    ]);
    expect(summary.overview).toContain('2 är osäkra');
  });

  it('never shows a suppressed count: a hidden candidate group is counted, not described', () => {
    const rows = [
      result(null, null, counts(603, 1500), counts(403, 1500), { ...flagged, verdict: 'candidate' }),
      result('Stadsdelsområde', 'Bromma', counts(600, 1497), counts(400, 1497), { ...flagged, verdict: 'candidate' }),
      result('Stadsdelsområde', 'Farsta', counts(3, 3), counts(3, 3), { ...flagged, verdict: 'candidate' }),
    ];
    const report = suppressReport(reportOf(rows, [{ reason: 'total-row', rows: 3 }]), { below: 5 });
    const text = summaryText(reportSummary(report, 'sv'));
    // Secondary suppression hides Bromma too (it is the total minus Farsta): neither group is described.
    expect(report.results.filter((row) => row.female.n === null).map((row) => row.group)).toEqual(['Bromma', 'Farsta']);
    expect(text).toContain('Utredning inleds, per Stadsdelsområde: 2 grupper till med dolda siffror.');
    expect(text).toContain('Utredning inleds: 2 grupper visas inte, eftersom så små antal kan röja enskilda.');
    expect(text).not.toMatch(/Bromma|Farsta|1 497|600 av|13,4/);
    expect(text).toContain('Utredning inleds: bland flickorna 40,2\u00a0% (603 av 1 500 ärenden)');
  });

  it('has the same kinds in both languages, in SUMMARY_KINDS order', () => {
    const report = suppressReport(reportOf([result(null, null, counts(30, 100), counts(28, 100))]), { below: 5 });
    for (const language of ['sv', 'en'] as const) {
      const kinds = reportSummary(report, language).sections.map((section) => section.kind);
      expect(kinds).toEqual(SUMMARY_KINDS.filter((kind) => kind !== 'insufficient'));
    }
  });
});
