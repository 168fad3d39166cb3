/**
 * The xlsx output: the same bytes on every run, real numbers with number formats, a
 * frozen header, flagged rows highlighted, hidden values as "..", the "About" sheet, and
 * text a spreadsheet would run as a formula kept as text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/run-cli.js';
import { tempFile, tempPath } from '../helpers/temp.js';
import { loadWorkbook } from '../helpers/xlsx-dump.js';
import { yieldToEventLoop } from '../helpers/yield.js';

describe('xlsx output', () => {
  afterEach(yieldToEventLoop);
  it('is the same bytes when written twice', () => {
    const first = tempPath('first.xlsx');
    const second = tempPath('second.xlsx');
    expect(runCli(['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-o', first]).code).toBe(0);
    expect(runCli(['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-o', second]).code).toBe(0);
    expect(Buffer.compare(readFileSync(first), readFileSync(second))).toBe(0);
  });

  it('holds numbers as numbers with formats, a frozen header and highlighted flags', async () => {
    const path = tempPath('exempel.xlsx');
    expect(runCli(['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-o', path, '--lang', 'en']).code).toBe(0);
    const workbook = await loadWorkbook(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Utredning inleds', 'Barnet vidtalat', 'Insats beviljas', 'Insats accepteras', 'Kontaktorsak', 'Riskbedömning', 'Handläggningstid', 'About']);
    const sheet = workbook.getWorksheet('Utredning inleds')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('B1').value).toBe('Group');
    const overall = sheet.getRow(2);
    expect(overall.getCell(2).value).toBe('Overall');
    expect(overall.getCell(3).value).toBe(9123);
    expect(overall.getCell(3).numFmt).toBe('#,##0');
    expect(overall.getCell(5).value).toBeCloseTo(0.425, 3);
    expect(overall.getCell(5).numFmt).toBe('0.0%');
    expect(typeof overall.getCell(10).value).toBe('number');
    expect(overall.getCell(16).value).toBe('FLAG');
    expect((overall.getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFE8A3');
    expect(sheet.getColumn(2).width).toBe(26);
    const about = workbook.getWorksheet('About')!;
    const texts: string[] = [];
    about.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toEqual(expect.arrayContaining(['Input files', 'Row accounting', 'Settings', 'Method', 'Notes', 'fixtures/exempel.csv']));
    // The method of the categorical and numeric steps too, as the HTML and Word reports give it.
    const method = texts.slice(texts.indexOf('Method') + 1);
    expect(method.some((text) => text.includes('Wilcoxon'))).toBe(true);
  });

  it('writes hidden counts as ".." and keeps formula-like text as text', async () => {
    const rows = ['Kön;Stadsdel;Utfall'];
    const groups = ['=SUM(A1)', 'Norr', 'Söder'];
    groups.forEach((group, index) => {
      for (let case_ = 0; case_ < 40; case_++) rows.push(`${case_ % 2 ? 'Flicka' : 'Pojke'};${group};${case_ % (index + 2) ? 'Ja' : 'Nej'}`);
    });
    rows.push('Flicka;Väster;Ja', 'Pojke;Väster;Nej', 'Pojke;Väster;Ja');
    const extract = tempFile(`${rows.join('\n')}\n`);
    const path = tempPath('guarded.xlsx');
    const run = runCli(['analyze', extract, '--sex', 'Kön', '--by', 'Stadsdel', '--outcome', 'Utfall=Ja', '-o', path]);
    expect(run.stderr.replace(/^Skrev .*\n/m, '')).toBe('');
    const sheet = (await loadWorkbook(path)).worksheets[0]!;
    const values = sheet.getColumn(2).values.map(String);
    expect(values).toContain("'=SUM(A1)");
    const hidden = sheet.getRow(values.indexOf('Väster'));
    expect(hidden.getCell(3).value).toBe('..');
    expect(hidden.getCell(10).value).toBe('..');
  });
});
