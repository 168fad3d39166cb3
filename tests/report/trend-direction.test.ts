/**
 * An ordered step's trend line says which sex's cases lie higher on the scale, when its
 * q is below alpha (the trend flags nothing, so a direction without a significant test
 * is not said), in the text and the HTML/Word tables alike; hidden rows say nothing.
 */
import { describe, expect, it } from 'vitest';
import { categoryTable } from '../../src/report/distribution-rows.js';
import { distributionTable } from '../../src/report/distribution-html-rows.js';
import type { PublishedReport } from '../../src/model/report.js';
import { distributionPublishedReport } from '../helpers/distribution-published-report.js';
import { writeFileSync } from 'node:fs';
import { renderXlsx } from '../../src/report/render-xlsx.js';
import { loadWorkbook } from '../helpers/xlsx-dump.js';
import { tempPath } from '../helpers/temp.js';

const base = distributionPublishedReport();
const STEP = 'Riskbedömning';

/** The report with every trend of the step given this q and direction. */
function withTrend(q: number, higher: 'female' | 'male' | null): PublishedReport {
  return {
    ...base,
    categoryResults: base.categoryResults!.map((row) => (row.step === STEP && row.trend ? { ...row, trend: { ...row.trend, q, higher } } : row)),
  };
}

/** The verdict cells of the trend lines: in the text table, and in the HTML/Word table. */
function trendVerdicts(report: PublishedReport, language: 'sv' | 'en'): { text: string[]; html: string[] } {
  const text = categoryTable(report, STEP, language, (value) => value);
  const verdict = text.columns.findIndex((column) => column.field === 'verdict');
  const trendLabel = language === 'sv' ? 'trend (ordnade kategorier)' : 'trend (ordered categories)';
  const textCells = text.lines.flatMap((line) => ('cells' in line && line.cells[0]!.trim() === trendLabel ? [line.cells[verdict]!] : []));
  const html = distributionTable(report, STEP, 'categories', language);
  const htmlVerdict = html.columns.findIndex((column) => column.field === 'verdict');
  const htmlCells = html.lines.flatMap((line) => (line.kind === 'trend' ? [line.cells[htmlVerdict]!] : []));
  return { text: textCells, html: htmlCells };
}

describe("an ordered step's trend line", () => {
  it('names the sex whose cases lie higher on the scale when q is below alpha', () => {
    const { text, html } = trendVerdicts(withTrend(0.01, 'female'), 'sv');
    expect(text.length).toBeGreaterThan(0);
    expect(text.every((cell) => cell === 'flickor högre på skalan')).toBe(true);
    // The HTML/Word table says it too, except on a row whose counts are hidden.
    expect(html).toContain('flickor högre på skalan');
    expect(html.every((cell) => cell === 'flickor högre på skalan' || cell === '')).toBe(true);
    expect(trendVerdicts(withTrend(0.01, 'male'), 'en').text).toContain('boys higher on the scale');
  });

  it('says nothing when q is at or above alpha, or no sex is higher', () => {
    expect(trendVerdicts(withTrend(0.05, 'female'), 'sv').text.every((cell) => cell === '')).toBe(true);
    expect(trendVerdicts(withTrend(0.01, null), 'sv').html.every((cell) => cell === '')).toBe(true);
  });

  it('says it in the Excel sheet too, in the trend line\'s verdict cell', async () => {
    const path = tempPath('trend.xlsx');
    writeFileSync(path, await renderXlsx(withTrend(0.01, 'female'), { language: 'sv' }));
    const workbook = await loadWorkbook(path);
    const verdicts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => {
        const values = row.values as unknown[];
        if (values.includes('trend (ordnade kategorier)')) verdicts.push(String(values.at(-1) ?? ''));
      }),
    );
    expect(verdicts).toContain('flickor högre på skalan');
    expect(verdicts.every((cell) => cell === 'flickor högre på skalan' || cell === '')).toBe(true);
  });
});
