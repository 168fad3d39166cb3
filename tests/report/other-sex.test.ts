/**
 * Cases of other or unknown sex are visible (issue 12, case 6): the terminal table,
 * Markdown and HTML get a column with their n, hidden like every count, so that
 * female n + male n + other n is the row's cases; an extract without such cases gets no
 * column.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { suppressReport } from '../../src/report/suppress.js';
import { renderTable } from '../../src/report/render-table.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import type { Report, Result, SexCounts } from '../../src/model/report.js';

const counts = (yes: number, no: number): SexCounts => ({ n: yes + no, yes, share: yes + no > 0 ? yes / (yes + no) : null });

function result(by: string | null, group: string | null, cells: readonly number[]): Result {
  return {
    step: 'S', by, group, period: null,
    female: counts(cells[0]!, cells[1]!), male: counts(cells[2]!, cells[3]!), other: counts(cells[4]!, cells[5]!),
    diffPp: 1, ci95: [0, 2], detectableDiffPp: 3, test: 'chi2', statistic: 1, df: 1, p: 0.5, q: 0.5, flag: false, reason: null,
    riskRatio: null, oddsRatio: null, shortfall: null, warnings: [], allCategories: null,
    adjusted: [], verdict: 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [], overTime: null,
  };
}

function reportOf(results: Result[]): Report {
  return {
    schemaVersion: 1, generator: 'test', input: { files: [], rows: 400, excluded: [] },
    settings: { alpha: 0.05, minDiffPp: 5, minN: 20, correction: 'bh', yates: true, familySize: 1, adjustedFamilySize: 0, homogeneityFamilySize: 0, unit: 'case', criteria: {}, sexSource: 'column', countColumn: null, by: ['A'] },
    sexTerms: 'children', steps: [{ name: 'S', rows: 400, used: 400, cases: 400, notSelected: 0, excluded: [] }], results, rates: [], warnings: [],
  };
}

describe('other and unknown sex', () => {
  it('get a column in the terminal table and Markdown, hidden when small', () => {
    const report = reportOf([result(null, null, [50, 50, 50, 50, 100, 100]), result('A', 'a1', [25, 25, 25, 25, 98, 99]), result('A', 'a2', [25, 25, 25, 25, 2, 1])]);
    const published = suppressReport(report, { below: 5 });
    const table = renderTable(published, { language: 'en', color: false });
    expect(table).toContain('Other/unknown sex n');
    expect(table).toMatch(/Overall[^\n]*│\s+200 │/);
    expect(table).toMatch(/a2[^\n]*│\s+\.\. │/);
    const markdown = renderMarkdown(published, { language: 'sv' });
    expect(markdown).toContain('| Annat/okänt kön n |');
  });

  it('get no column when no row has any', () => {
    const report = reportOf([result(null, null, [50, 50, 50, 50, 0, 0])]);
    expect(renderTable(suppressReport(report, { below: 5 }), { language: 'en', color: false })).not.toContain('Other/unknown');
  });

  it('make the overall row add up to the cases used on the example extract', async () => {
    const run = await runMain(['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'html']);
    expect(run.stdout).toContain('<td data-field="other-n">49</td>');
    // The overall row's three n, read from the output (not written out), add up to the cases used.
    const overall = run.stdout.match(/data-field="female-n">([\d ]+)<\/td>.*?data-field="male-n">([\d ]+)<\/td>.*?data-field="other-n">(\d+)<\/td>/s);
    const [female, male, other] = overall!.slice(1).map((n) => Number(n.replace(/ /g, '')));
    expect([female, male, other]).toEqual([9123, 10780, 49]);
    expect(female! + male! + other!).toBe(19952);
    expect(run.stdout).toContain('used 19 952'.replace('used', 'använda'));
  });
});
