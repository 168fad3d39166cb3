/**
 * A workbook that works in Excel and LibreOffice (issue 16, item 7): every step sheet has an
 * autofilter over its table and prints on A4 landscape one page wide with its header row on
 * every page; p and q show "< 0,001" by number format while the cell keeps the number; every
 * cell names its font (a bold font without a name became a serif in LibreOffice); the notes
 * under a table wrap across its width; the headers are words from the catalogue. And CSV
 * with --excel is headed in the chosen language while plain CSV keeps its machine names.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { runMain } from '../helpers/run-main.js';
import { tempPath } from '../helpers/temp.js';
import { loadWorkbook } from '../helpers/xlsx-dump.js';
import { yieldToEventLoop } from '../helpers/yield.js';

const STEPS = ['Utredning inleds', 'Barnet vidtalat', 'Insats beviljas', 'Insats accepteras'];

async function workbookOf(language: 'sv' | 'en'): Promise<ExcelJS.Workbook> {
  const path = tempPath(`print-${language}.xlsx`);
  const run = await runMain(['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '--lang', language, '-o', path]);
  expect(run.code).toBe(0);
  return loadWorkbook(path);
}

/** The rows of a step sheet's table: the header and each result, up to the blank row before the notes. */
function tableRows(sheet: ExcelJS.Worksheet): number {
  let rows = 0;
  while (sheet.getRow(rows + 1).cellCount > 0 && sheet.getRow(rows + 1).hasValues) rows++;
  return rows;
}

describe('xlsx for reading and printing', () => {
  afterEach(yieldToEventLoop);

  it('filters and prints every step sheet one page wide on A4 landscape, the header on every page', async () => {
    const workbook = await workbookOf('sv');
    for (const name of STEPS) {
      const sheet = workbook.getWorksheet(name)!;
      const rows = tableRows(sheet);
      expect(rows).toBeGreaterThan(2);
      expect(sheet.autoFilter).toBe(`A1:V${rows}`);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
      expect(sheet.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4 });
      expect(sheet.headerFooter.oddFooter).toContain('Sida &P av &N');
    }
    for (const sheet of workbook.worksheets) expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it("keeps the print titles' reference whole when a step's name has an apostrophe", async () => {
    const path = tempPath('apostrophe.xlsx');
    const run = await runMain(['analyze', 'fixtures/utf8.csv', '--sex', 'Kön', '--outcome', 'Förhandsbedömning=Utredning inleds', '--step-name', "Barn's utredning", '-o', path]);
    expect(run.code).toBe(0);
    const sheet = (await loadWorkbook(path)).worksheets[0]!;
    expect(sheet.name).toBe('Barn’s utredning');
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
  });

  it('shows p and q below 0.001 as "< 0,001" by number format and keeps the exact value', async () => {
    for (const [language, shown] of [['sv', '< 0,001'], ['en', '< 0.001']] as const) {
      const sheet = (await workbookOf(language)).getWorksheet('Utredning inleds')!;
      const overall = sheet.getRow(2);
      for (const column of [14, 15]) {
        const cell = overall.getCell(column);
        expect(cell.numFmt).toBe(`[<0.001]"${shown}";0.000`);
        expect(typeof cell.value).toBe('number');
        expect(cell.value as number).toBeGreaterThan(0);
        expect(cell.value as number).toBeLessThan(1e-20);
      }
      expect(sheet.getCell('N1').value).toBe('p');
      expect(sheet.getCell('O1').value).toBe('q');
    }
  });

  it('names the font of every cell, bold ones too', async () => {
    for (const language of ['sv', 'en'] as const) {
      const workbook = await workbookOf(language);
      let bold = 0;
      for (const sheet of workbook.worksheets) {
        sheet.eachRow((row) => {
          row.eachCell((cell) => {
            expect(cell.font?.name, `${sheet.name}!${cell.address}`).toBe('Arial');
            if (cell.font?.bold) bold++;
          });
        });
      }
      expect(bold).toBeGreaterThan(100);
    }
  });

  it('heads the interval with words and wraps long text across the table', async () => {
    const swedish = (await workbookOf('sv')).getWorksheet('Utredning inleds')!;
    expect([swedish.getCell('K1').value, swedish.getCell('L1').value]).toEqual(['95 % KI, nedre', '95 % KI, övre']);
    expect(swedish.getCell('A1').alignment).toMatchObject({ wrapText: true });
    const english = (await workbookOf('en')).getWorksheet('Utredning inleds')!;
    expect([english.getCell('K1').value, english.getCell('L1').value]).toEqual(['95% CI, lower', '95% CI, upper']);
    const rows = tableRows(english);
    const note = english.getRow(rows + 4).getCell(1);
    expect(String(note.value)).toMatch(/^Candidate – /);
    expect(note.alignment).toMatchObject({ wrapText: true });
    expect(english.model.merges).toContain(`A${rows + 4}:V${rows + 4}`);
    // A header longer than its column wraps, and the header row is made tall enough for it.
    expect(english.getRow(1).height).toBeGreaterThan(40);
    const about = (await workbookOf('en')).getWorksheet('About')!;
    let tallest = 0;
    about.eachRow((row) => (tallest = Math.max(tallest, row.height ?? 0)));
    expect(tallest).toBeGreaterThan(60);
  });
});

describe('CSV headers', () => {
  const RUN = ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'csv'];
  const header = (text: string, delimiter: string): string[] => text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(delimiter);

  it('are machine names in plain CSV, whatever the language', async () => {
    const swedish = header((await runMain(RUN)).stdout, ',');
    const english = header((await runMain([...RUN, '--lang', 'en'])).stdout, ',');
    expect(swedish).toEqual(english);
    expect(swedish.slice(0, 5)).toEqual(['step', 'by', 'group', 'period', 'female_n']);
  });

  it('are the catalogue words in the chosen language with --excel, one per column', async () => {
    const plain = header((await runMain(RUN)).stdout, ',');
    const swedish = header((await runMain([...RUN, '--excel'])).stdout, ';');
    const english = header((await runMain([...RUN, '--excel', '--lang', 'en'])).stdout, ';');
    expect(swedish).toHaveLength(plain.length);
    expect(english).toHaveLength(plain.length);
    expect(swedish.slice(0, 7)).toEqual(['Steg', 'Variabel', 'Grupp', 'Period', 'Flickor n', 'Flickor ja', 'Flickor andel']);
    expect(english.slice(0, 7)).toEqual(['Step', 'Variable', 'Group', 'Period', 'Girls n', 'Girls yes', 'Girls share']);
    expect(swedish[plain.indexOf('ci95_low')]).toBe('95 % KI, nedre');
    expect(english[plain.indexOf('ci95_high')]).toBe('95% CI, upper');
    expect(swedish[plain.indexOf('need_q')]).toBe('Justerat för behov: q');
    expect(new Set(swedish).size).toBe(swedish.length);
    expect(new Set(english).size).toBe(english.length);
    for (const head of [...swedish, ...english]) expect(head).not.toMatch(/_/);
  });
});
