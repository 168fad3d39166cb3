/**
 * The xlsx renderer (exceljs): a sheet per step with a frozen header and an autofilter,
 * numbers stored as numbers with number formats (p and q shown "< 0,001" while the cell
 * keeps the exact value), flagged rows highlighted, set column widths, wrapped text with
 * row heights to match, and a sheet "Om analysen"/"About" with the input files, the row
 * accounting, the settings, the method and the notes. Every sheet prints on A4 landscape,
 * one page wide, with the header row repeated on every page. Every style names its font,
 * so that no viewer falls back to another. Same report, same bytes: fixed document dates,
 * and the zip entries' dates fixed after writing.
 */
import ExcelJS from 'exceljs';
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedResult } from '../model/report.js';
import { guardFormula } from './render-csv.js';
import { HIDDEN, isComparisonHidden, isShareHidden } from './published-values.js';
import { groupName, stepResults, testName, verdictCell } from './step-rows.js';
import { methodParagraphs, settingRows } from './method-text.js';
import { distributionMethod } from './distribution-html-rows.js';
import { accountingLine, reportNotes } from './report-notes.js';
import { stepNotes } from './detectable-text.js';
import { withFixedDates } from './deterministic-zip.js';
import { workbookFormatText } from './file-format-text.js';
import { noticeLines, noticesTitle } from './notices.js';
import { formatP } from './numbers.js';
import {
  categoryRowsOf,
  distributionNotes,
  distributionVerdict,
  isCategoryComparisonHidden,
  isCategoryRowHidden,
  isMeasureComparisonHidden,
  measureRowsOf,
  rowName,
  sexWords,
  stepKind,
  testWords,
  trendHigherText,
} from './distribution-rows.js';

export interface XlsxOptions {
  readonly language: Language;
}

/** The document date: fixed, so that the same report gives the same file. */
const DOCUMENT_DATE = new Date(Date.UTC(2000, 0, 1));
const FLAG_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE8A3' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
/** Every cell's font, named: a style without a name made LibreOffice fall back to a serif. */
const FONT: Partial<ExcelJS.Font> = { name: 'Arial', family: 2, size: 10 };
const BOLD: Partial<ExcelJS.Font> = { ...FONT, bold: true };
const HEADING: Partial<ExcelJS.Font> = { ...FONT, bold: true, size: 13 };
/** A line of wrapped text in points: Arial 10 takes 12.75. */
const LINE_HEIGHT = 13;
/** Characters of text per unit of column width (the width of a digit in the default font); bold text is wider. */
const CHARACTERS_PER_WIDTH = 1.1;
const CHARACTERS_PER_WIDTH_BOLD = 1;
/** A4 landscape, one page wide and as many tall as needed, margins in inches. */
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
};
const COUNT = '#,##0';
const POINTS = '+0.0;-0.0;0.0';
/** A share: Swedish writes a space before the per cent sign (42,5 %), English none (42.5%). */
function percentFormat(language: Language): string {
  return language === 'sv' ? '0.0 %' : '0.0%';
}

/**
 * p and q: "< 0,001" below 0.001 and three decimals above, by number format, so that the
 * cell keeps the exact value for sorting and formulas. In a format code `.` is the decimal
 * separator, which the viewer shows in its locale's way (0,023 in Swedish Excel), while a
 * quoted literal is shown as written: so the literal is in the report's language.
 */
function pValueFormat(language: Language): string {
  return `[<0.001]"${formatP(0, language)}";0.000`;
}

const RATIO = '0.00';
/** A size in percentage points, never signed (the detectable difference). */
const SIZE = '0.0';

type CellValue = string | number | null;

interface Column {
  readonly head: string;
  readonly width: number;
  readonly format?: string;
  /** Text that may be longer than the column: wrapped, and the row made tall enough. */
  readonly wrap?: boolean;
  /** A short word (the flag) set apart from the numbers beside it. */
  readonly centred?: boolean;
  readonly value: (result: PublishedResult) => CellValue;
}

/** A count, or ".." when hidden. */
const count = (value: number | null): CellValue => value ?? HIDDEN;
/** A figure of the comparison, or ".." when the comparison is hidden. */
const compared = (result: PublishedResult, value: number | null | undefined): CellValue => (isComparisonHidden(result) ? HIDDEN : (value ?? null));

/** The step sheets' columns: narrow, with headers that wrap, so that a table prints one page wide at a readable size. */
function columns(report: PublishedReport, language: Language): Column[] {
  const female = say(language, 'label', `sex.female.${report.sexTerms}`);
  const male = say(language, 'label', `sex.male.${report.sexTerms}`);
  const yes = say(language, 'label', 'pub.yes');
  const share = say(language, 'label', 'share');
  const pValue = pValueFormat(language);
  const percent = percentFormat(language);
  return [
    { head: say(language, 'label', 'pub.variable'), width: 16, wrap: true, value: (r) => r.by },
    { head: say(language, 'label', 'group'), width: 26, wrap: true, value: (r) => groupName(r, language) },
    { head: `${female} ${say(language, 'label', 'n')}`, width: 8, format: COUNT, value: (r) => count(r.female.n) },
    { head: `${female} ${yes}`, width: 8, format: COUNT, value: (r) => count(r.female.yes) },
    { head: `${female} ${share}`, width: 8, format: percent, value: (r) => (isShareHidden(r.female, r) ? HIDDEN : r.female.share) },
    { head: `${male} ${say(language, 'label', 'n')}`, width: 8, format: COUNT, value: (r) => count(r.male.n) },
    { head: `${male} ${yes}`, width: 8, format: COUNT, value: (r) => count(r.male.yes) },
    { head: `${male} ${share}`, width: 8, format: percent, value: (r) => (isShareHidden(r.male, r) ? HIDDEN : r.male.share) },
    { head: say(language, 'label', 'otherN'), width: 9, format: COUNT, value: (r) => count(r.other.n) },
    { head: say(language, 'label', 'difference'), width: 9, format: POINTS, value: (r) => compared(r, r.diffPp) },
    { head: say(language, 'label', 'ci95Low'), width: 8, format: POINTS, value: (r) => compared(r, r.ci95?.[0]) },
    { head: say(language, 'label', 'ci95High'), width: 8, format: POINTS, value: (r) => compared(r, r.ci95?.[1]) },
    { head: say(language, 'label', 'test'), width: 7, value: (r) => testName(r, language) },
    { head: say(language, 'label', 'p'), width: 8, format: pValue, value: (r) => compared(r, r.p) },
    { head: say(language, 'label', 'q'), width: 8, format: pValue, value: (r) => compared(r, r.q) },
    { head: say(language, 'label', 'flag'), width: 9, centred: true, value: (r) => (r.flag ? say(language, 'label', 'flagged') : null) },
    { head: say(language, 'label', 'verdict'), width: 20, wrap: true, value: (r) => verdictCell(r, report, language) || null },
    { head: say(language, 'label', 'pub.riskRatio'), width: 9, format: RATIO, value: (r) => compared(r, r.riskRatio?.estimate) },
    { head: say(language, 'label', 'pub.oddsRatio'), width: 9, format: RATIO, value: (r) => compared(r, r.oddsRatio?.estimate) },
    { head: say(language, 'label', 'pub.shortfall', { sex: male.toLowerCase() }), width: 11, format: COUNT, value: (r) => compared(r, r.shortfall?.male) },
    { head: say(language, 'label', 'pub.shortfall', { sex: female.toLowerCase() }), width: 11, format: COUNT, value: (r) => compared(r, r.shortfall?.female) },
    { head: say(language, 'label', 'detectableHead'), width: 11, format: SIZE, value: (r) => compared(r, r.detectableDiffPp) },
  ];
}

/** Text stays text, and text a spreadsheet would run as a formula gets a leading apostrophe. */
function safe(value: CellValue): CellValue {
  return typeof value === 'string' ? guardFormula(value) : value;
}

/**
 * The lines a text takes when wrapped at spaces in a column this wide. Neither Excel nor
 * LibreOffice fits a merged cell's height to its text (and Excel not always a wrapped
 * one), so rows with wrapped text get a height from this estimate.
 */
function wrappedLines(text: string, width: number, bold = false): number {
  const capacity = Math.max(1, Math.floor(width * (bold ? CHARACTERS_PER_WIDTH_BOLD : CHARACTERS_PER_WIDTH)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      if (used > 0 && used + 1 + word.length > capacity) {
        lines += 1;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + word.length;
      // A word longer than the line is broken where the line ends.
      for (; used > capacity; used -= capacity) lines += 1;
    }
  }
  return lines;
}

/** Makes a row tall enough for its tallest wrapped text. */
function fitHeight(row: ExcelJS.Row, lines: number): void {
  if (lines > 1) row.height = lines * LINE_HEIGHT + 2;
}

function styleHead(row: ExcelJS.Row, widths: readonly number[]): void {
  let lines = 1;
  row.eachCell((cell, column) => {
    cell.font = BOLD;
    cell.fill = HEAD_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
    lines = Math.max(lines, wrappedLines(String(cell.value ?? ''), widths[column - 1] ?? 10, true));
  });
  fitHeight(row, lines);
}

/** Text across the whole width of a table (a note, a paragraph), wrapped, its row as tall as the text. */
function addWideText(sheet: ExcelJS.Worksheet, text: string, widths: readonly number[], font: Partial<ExcelJS.Font> = FONT): ExcelJS.Row {
  const row = sheet.addRow([safe(text)]);
  if (widths.length > 1) sheet.mergeCells(row.number, 1, row.number, widths.length);
  const cell = row.getCell(1);
  cell.font = font;
  cell.alignment = { wrapText: true, vertical: 'top' };
  fitHeight(row, wrappedLines(text, widths.reduce((sum, width) => sum + width, 0), font.bold === true));
  return row;
}

/** A4 landscape, one page wide, the header row repeated on every page and the sheet's name and page number in the footer. */
function setUpPrinting(sheet: ExcelJS.Worksheet, language: Language, repeatHeader: boolean): void {
  sheet.pageSetup = { ...PAGE_SETUP, ...(repeatHeader ? { printTitlesRow: '1:1' } : {}) };
  // Each section of the footer names its font too (&"font,style"), or it is printed in the default one; &A is the sheet's name.
  const font = `&"${FONT.name},Regular"&8`;
  sheet.headerFooter = { oddFooter: `&L${font}&A&R${font}${say(language, 'label', 'xlsx.page')}` };
}

/** Names the font of every cell that has none (an empty cell of a styled column, a plain data cell). */
function nameFonts(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.font?.name === undefined) cell.font = cell.font?.bold === true ? BOLD : FONT;
    });
  });
}

/**
 * A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the
 * workbook. A straight apostrophe becomes a typographic one: exceljs writes the print
 * titles as 'name'!$1:$1 without doubling it, which would break the reference.
 */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').replace(/'/g, '’').trim().slice(0, 31) || 'Steg';
  let candidate = base;
  for (let number = 2; taken.has(candidate.toLowerCase()); number++) candidate = `${base.slice(0, 31 - String(number).length - 1)} ${number}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function addStepSheet(workbook: ExcelJS.Workbook, report: PublishedReport, step: PublishedReport['steps'][number], language: Language, taken: Set<string>): void {
  const sheet = workbook.addWorksheet(sheetName(step.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  const layout = columns(report, language);
  const widths = layout.map((column) => column.width);
  sheet.columns = layout.map((column) => ({ header: column.head, width: column.width, style: { font: FONT, ...(column.format ? { numFmt: column.format } : {}) } }));
  styleHead(sheet.getRow(1), widths);
  for (const result of stepResults(report, step.name)) {
    const values = layout.map((column) => safe(column.value(result)));
    const row = sheet.addRow(values);
    let lines = 1;
    row.eachCell({ includeEmpty: true }, (cell, number) => {
      const column = layout[number - 1];
      const wraps = column?.wrap === true && typeof cell.value === 'string';
      // Top-aligned, so that a row made taller by a wrapped group name still reads as one line.
      cell.alignment = { vertical: 'top', ...(cell.value === HIDDEN ? { horizontal: 'right' } : column?.centred === true ? { horizontal: 'center' } : {}), ...(wraps ? { wrapText: true } : {}) };
      if (wraps && column !== undefined) lines = Math.max(lines, wrappedLines(String(cell.value), column.width, result.flag));
    });
    fitHeight(row, lines);
    if (result.flag) {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.font = BOLD;
        cell.fill = FLAG_FILL;
      });
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rowCount, column: layout.length } };
  const notes = [accountingLine(step, language), ...stepNotes(stepResults(report, step.name), report, language)];
  sheet.addRow([]);
  for (const note of notes) addWideText(sheet, note, widths);
  setUpPrinting(sheet, language, true);
  nameFonts(sheet);
}

/** A column of a sheet of a step beyond yes/no: its head, width, number format, and whether its text wraps. */
interface SheetColumn {
  readonly head: string;
  readonly width: number;
  readonly format?: string;
  readonly wrap?: boolean;
}

/** A line of such a sheet: its values, flagged (highlighted) or a row's heading line (bold). */
interface SheetLine {
  readonly values: readonly CellValue[];
  readonly flag: boolean;
  readonly heading: boolean;
}

/** A measure's figures: one decimal, the cell keeping the exact value. */
const MEASURE = '0.0';

/** A sheet of a categorical or numeric step: as a yes/no step's sheet (frozen header, filter, flagged lines highlighted, notes under it). */
function addLinesSheet(workbook: ExcelJS.Workbook, name: string, layout: readonly SheetColumn[], lines: readonly SheetLine[], notes: readonly string[], language: Language, taken: Set<string>): void {
  const sheet = workbook.addWorksheet(sheetName(name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = layout.map((column) => column.width);
  sheet.columns = layout.map((column) => ({ header: column.head, width: column.width, style: { font: FONT, ...(column.format ? { numFmt: column.format } : {}) } }));
  styleHead(sheet.getRow(1), widths);
  for (const line of lines) {
    const row = sheet.addRow(line.values.map(safe));
    let height = 1;
    row.eachCell({ includeEmpty: true }, (cell, number) => {
      const column = layout[number - 1];
      const wraps = column?.wrap === true && typeof cell.value === 'string';
      cell.alignment = { vertical: 'top', ...(cell.value === HIDDEN ? { horizontal: 'right' } : {}), ...(wraps ? { wrapText: true } : {}) };
      if (wraps && column !== undefined) height = Math.max(height, wrappedLines(String(cell.value), column.width, line.flag || line.heading));
    });
    fitHeight(row, height);
    if (line.flag || line.heading) {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.font = BOLD;
        if (line.flag) cell.fill = FLAG_FILL;
      });
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rowCount, column: layout.length } };
  sheet.addRow([]);
  for (const note of notes) addWideText(sheet, note, widths);
  setUpPrinting(sheet, language, true);
  nameFonts(sheet);
}

/** A categorical step's sheet: per row a line for the whole distribution, its trend line when ordered, and a line per category. */
function addCategorySheet(workbook: ExcelJS.Workbook, report: PublishedReport, step: PublishedReport['steps'][number], language: Language, taken: Set<string>): void {
  const { female, male } = sexWords(report, language);
  const countWord = say(language, 'label', 'dist.count');
  const share = say(language, 'label', 'share');
  const n = say(language, 'label', 'n');
  const percent = percentFormat(language);
  const pValue = pValueFormat(language);
  const layout: SheetColumn[] = [
    { head: say(language, 'label', 'pub.variable'), width: 16, wrap: true },
    { head: say(language, 'label', 'group'), width: 20, wrap: true },
    { head: say(language, 'label', 'dist.category'), width: 22, wrap: true },
    { head: `${female} ${n}`, width: 8, format: COUNT },
    { head: `${female} ${countWord}`, width: 8, format: COUNT },
    { head: `${female} ${share}`, width: 8, format: percent },
    { head: `${male} ${n}`, width: 8, format: COUNT },
    { head: `${male} ${countWord}`, width: 8, format: COUNT },
    { head: `${male} ${share}`, width: 8, format: percent },
    { head: say(language, 'label', 'otherN'), width: 9, format: COUNT },
    { head: say(language, 'label', 'difference'), width: 9, format: POINTS },
    { head: say(language, 'label', 'ci95Low'), width: 8, format: POINTS },
    { head: say(language, 'label', 'ci95High'), width: 8, format: POINTS },
    { head: say(language, 'label', 'test'), width: 9, wrap: true },
    { head: say(language, 'label', 'csv.df'), width: 7 },
    { head: say(language, 'label', 'p'), width: 8, format: pValue },
    { head: say(language, 'label', 'q'), width: 8, format: pValue },
    { head: say(language, 'label', 'flag'), width: 9 },
    { head: say(language, 'label', 'verdict'), width: 20, wrap: true },
  ];
  const lines: SheetLine[] = [];
  for (const row of categoryRowsOf(report, step.name)) {
    const hidden = isCategoryRowHidden(row);
    const shown = (value: number | null | undefined): CellValue => (hidden ? HIDDEN : (value ?? null));
    const group = groupCell(row, language);
    lines.push({
      heading: true,
      flag: false,
      values: [row.by, group, say(language, 'label', 'dist.wholeDistribution'), count(row.female.n), null, null, count(row.male.n), null, null, count(row.other.n), null, null, null, testWords(row.test, row.reason, language), row.df, shown(row.p), shown(row.q), row.flag ? say(language, 'label', 'flagged') : null, null],
    });
    if (row.trend !== null) {
      lines.push({
        heading: false,
        flag: false,
        values: [row.by, group, say(language, 'label', 'dist.trend'), null, null, null, null, null, null, null, null, null, null, testWords(row.trend.test, row.trend.reason, language), null, shown(row.trend.p), shown(row.trend.q), null, hidden ? null : trendHigherText(row.trend, report, language) || null],
      });
    }
    for (const category of row.categories) {
      const compared = isCategoryComparisonHidden(category);
      const figure = (value: number | null | undefined): CellValue => (compared ? HIDDEN : (value ?? null));
      const sexShare = (counts: typeof category.female): CellValue => (counts.share === null && (counts.n === null || counts.yes === null) ? HIDDEN : counts.share);
      lines.push({
        heading: false,
        flag: category.flag,
        values: [
          row.by, group, category.value,
          count(category.female.n), count(category.female.yes), sexShare(category.female),
          count(category.male.n), count(category.male.yes), sexShare(category.male),
          count(category.other.yes),
          figure(category.diffPp), figure(category.ci95?.[0]), figure(category.ci95?.[1]),
          testWords(category.test, category.reason, language), null, figure(category.p), figure(category.q),
          category.flag ? say(language, 'label', 'flagged') : null, distributionVerdict(category, language) || null,
        ],
      });
    }
  }
  const notes = [accountingLine(step, language), ...distributionNotes(report, step.name, language, (text) => text)];
  addLinesSheet(workbook, step.name, layout, lines, notes, language, taken);
}

/** A row's group cell: "Totalt" or the group's value. */
function groupCell(row: { readonly by: string | null; readonly group: string | null }, language: Language): string {
  return rowName(row, language);
}

/** A numeric step's sheet: one line per row, each sex's n and summary, the shift, Wilcoxon's and Welch's tests. */
function addMeasureSheet(workbook: ExcelJS.Workbook, report: PublishedReport, step: PublishedReport['steps'][number], language: Language, taken: Set<string>): void {
  const rows = measureRowsOf(report, step.name);
  const { female, male } = sexWords(report, language);
  const pValue = pValueFormat(language);
  const unit = rows[0]?.unit ?? null;
  const figures = [
    [say(language, 'label', 'n'), COUNT],
    [say(language, 'label', 'dist.median').toLowerCase(), MEASURE],
    [say(language, 'label', 'dist.q1'), MEASURE],
    [say(language, 'label', 'dist.q3'), MEASURE],
    [say(language, 'label', 'dist.mean').toLowerCase(), MEASURE],
    [say(language, 'label', 'dist.sd'), MEASURE],
  ] as const;
  const layout: SheetColumn[] = [
    { head: say(language, 'label', 'pub.variable'), width: 16, wrap: true },
    { head: say(language, 'label', 'group'), width: 22, wrap: true },
    ...[female, male].flatMap((sex) => figures.map(([figure, format]) => ({ head: `${sex} ${figure}`, width: 8, format }))),
    { head: say(language, 'label', 'otherN'), width: 9, format: COUNT },
    { head: unit === null ? say(language, 'label', 'dist.shiftNoUnit') : say(language, 'label', 'dist.shift', { unit }), width: 10, format: MEASURE },
    { head: say(language, 'label', 'ci95Low'), width: 8, format: MEASURE },
    { head: say(language, 'label', 'ci95High'), width: 8, format: MEASURE },
    { head: say(language, 'label', 'test'), width: 9, wrap: true },
    { head: say(language, 'label', 'p'), width: 8, format: pValue },
    { head: say(language, 'label', 'q'), width: 8, format: pValue },
    { head: say(language, 'label', 'dist.welchDiff'), width: 10, format: MEASURE },
    { head: say(language, 'label', 'dist.welchP'), width: 8, format: pValue },
    { head: say(language, 'label', 'flag'), width: 9 },
    { head: say(language, 'label', 'verdict'), width: 20, wrap: true },
  ];
  const lines = rows.map((row): SheetLine => {
    const hidden = isMeasureComparisonHidden(row);
    const shown = (value: number | null | undefined): CellValue => (hidden ? HIDDEN : (value ?? null));
    const summary = (side: typeof row.female): CellValue[] => {
      const wholeHidden = side.n === null && side.mean === null && side.median === null;
      return [count(side.n), ...[side.median, side.q1, side.q3, side.mean, side.sd].map((value) => (wholeHidden ? HIDDEN : value))];
    };
    return {
      heading: false,
      flag: row.flag,
      values: [
        row.by, groupCell(row, language), ...summary(row.female), ...summary(row.male), count(row.other.n),
        shown(row.estimate), shown(row.ci95?.[0]), shown(row.ci95?.[1]), testWords(row.test, row.reason, language), shown(row.p), shown(row.q),
        shown(row.welch?.estimate), shown(row.welch?.p), row.flag ? say(language, 'label', 'flagged') : null, distributionVerdict(row, language) || null,
      ],
    };
  });
  const notes = [accountingLine(step, language), ...distributionNotes(report, step.name, language, (text) => text)];
  addLinesSheet(workbook, step.name, layout, lines, notes, language, taken);
}

function addRatesSheet(workbook: ExcelJS.Workbook, report: PublishedReport, language: Language, taken: Set<string>): void {
  if (report.rates.length === 0) return;
  const sheet = workbook.addWorksheet(sheetName(say(language, 'label', 'rates'), taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  const female = say(language, 'label', `sex.female.${report.sexTerms}`);
  const male = say(language, 'label', `sex.male.${report.sexTerms}`);
  const perThousand = say(language, 'label', 'perThousand');
  const population = say(language, 'label', 'population');
  const pValue = pValueFormat(language);
  const layout: Array<{ header: string; width: number; style: Partial<ExcelJS.Style> }> = [
    { header: say(language, 'label', 'step'), width: 20, style: { font: FONT } },
    { header: say(language, 'label', 'pub.variable'), width: 16, style: { font: FONT } },
    { header: say(language, 'label', 'group'), width: 24, style: { font: FONT } },
    ...[female, male].flatMap((sex) => [
      { header: sex, width: 9, style: { font: FONT, numFmt: COUNT } },
      { header: `${sex} ${population}`, width: 11, style: { font: FONT, numFmt: COUNT } },
      { header: `${sex} ${perThousand}`, width: 10, style: { font: FONT, numFmt: '0.0' } },
    ]),
    { header: say(language, 'label', 'rateRatio'), width: 10, style: { font: FONT, numFmt: RATIO } },
    { header: say(language, 'label', 'p'), width: 8, style: { font: FONT, numFmt: pValue } },
    { header: say(language, 'label', 'q'), width: 8, style: { font: FONT, numFmt: pValue } },
    { header: say(language, 'label', 'flag'), width: 9, style: { font: FONT } },
  ];
  sheet.columns = layout;
  const widths = layout.map((column) => column.width);
  styleHead(sheet.getRow(1), widths);
  for (const rate of report.rates) {
    const side = (figures: PublishedReport['rates'][number]['female']): CellValue[] => [count(figures.cases), figures.population, figures.cases === null ? HIDDEN : figures.per1000];
    const shown = (value: number | null | undefined): CellValue => (rate.suppressed ? HIDDEN : (value ?? null));
    const row = sheet.addRow(
      [rate.step, rate.by, rate.by === null ? say(language, 'label', 'overall') : rate.group, ...side(rate.female), ...side(rate.male), shown(rate.rateRatio?.estimate), shown(rate.p), shown(rate.q), rate.flag ? say(language, 'label', 'flagged') : null].map(safe),
    );
    let lines = 1;
    for (const number of [1, 2, 3]) {
      const cell = row.getCell(number);
      if (typeof cell.value !== 'string') continue;
      cell.alignment = { wrapText: true, vertical: 'top' };
      lines = Math.max(lines, wrappedLines(cell.value, widths[number - 1] ?? 10));
    }
    fitHeight(row, lines);
    if (rate.flag) row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = FLAG_FILL));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rowCount, column: layout.length } };
  setUpPrinting(sheet, language, true);
  nameFonts(sheet);
}

/** The report's notices on a first sheet, so that they are seen before the tables; none when there are none. */
function addNoticesSheet(workbook: ExcelJS.Workbook, report: PublishedReport, language: Language, taken: Set<string>): void {
  const notices = noticeLines(report, language);
  if (notices.length === 0) return;
  const sheet = workbook.addWorksheet(sheetName(noticesTitle(language), taken));
  const widths = [120];
  sheet.columns = [{ width: 120, style: { font: FONT } }];
  sheet.addRow([noticesTitle(language)]).font = HEADING;
  for (const line of notices) addWideText(sheet, line, widths);
  setUpPrinting(sheet, language, false);
  nameFonts(sheet);
}

function addAboutSheet(workbook: ExcelJS.Workbook, report: PublishedReport, language: Language, taken: Set<string>): void {
  const sheet = workbook.addWorksheet(sheetName(say(language, 'label', 'pub.about'), taken));
  const widths = [42, 18, 60];
  sheet.columns = widths.map((width) => ({ width, style: { font: FONT } }));
  const heading = (text: string): void => {
    if (sheet.rowCount > 0) sheet.addRow([]);
    sheet.addRow([text]).font = HEADING;
  };
  /** A row whose last text may be long: wrapped in the last column, the row as tall as needed. */
  const addRow = (values: CellValue[]): ExcelJS.Row => {
    const row = sheet.addRow(values.map(safe));
    let lines = 1;
    row.eachCell((cell, number) => {
      if (typeof cell.value !== 'string') return;
      cell.alignment = { wrapText: true, vertical: 'top' };
      lines = Math.max(lines, wrappedLines(cell.value, widths[number - 1] ?? 10));
    });
    fitHeight(row, lines);
    return row;
  };
  heading(say(language, 'label', 'pub.inputFiles'));
  for (const file of report.input.files) {
    addRow([file.path, file.rows, workbookFormatText(file, language) ?? `${file.encoding}${file.bom ? ' BOM' : ''}, "${file.delimiter === '\t' ? 'tab' : file.delimiter}"`]).getCell(2).numFmt = COUNT;
  }
  heading(say(language, 'label', 'pub.accounting'));
  addRow([say(language, 'label', 'inputRows'), report.input.rows]).getCell(2).numFmt = COUNT;
  for (const exclusion of report.input.excluded) {
    addRow([`${say(language, 'label', 'inputExcluded')}: ${say(language, 'label', `exclusion.${exclusion.reason}`)}`, exclusion.rows]).getCell(2).numFmt = COUNT;
  }
  for (const step of report.steps) addRow([step.name, null, accountingLine(step, language)]);
  heading(say(language, 'label', 'pub.settings'));
  for (const [name, value] of settingRows(report, language)) {
    const row = addRow([name, value]);
    // A setting's value may be a sentence: it takes the second and third columns.
    sheet.mergeCells(row.number, 2, row.number, 3);
    fitHeight(row, Math.max(wrappedLines(name, widths[0] ?? 42), wrappedLines(value, (widths[1] ?? 18) + (widths[2] ?? 60))));
  }
  heading(say(language, 'label', 'pub.method'));
  // The method of the categorical and numeric steps follows, as in the HTML and Word reports.
  for (const paragraph of [...methodParagraphs(report, language), ...distributionMethod(report, language)]) addWideText(sheet, paragraph, widths);
  heading(say(language, 'label', 'pub.notes'));
  for (const note of reportNotes(report, language)) addWideText(sheet, note, widths);
  addWideText(sheet, `${say(language, 'label', 'pub.generator')} ${report.generator}`, widths);
  setUpPrinting(sheet, language, false);
  nameFonts(sheet);
}

/** Renders the published report as an xlsx workbook. */
export async function renderXlsx(report: PublishedReport, options: XlsxOptions): Promise<Uint8Array> {
  const { language } = options;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.generator;
  workbook.lastModifiedBy = report.generator;
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  const taken = new Set<string>();
  addNoticesSheet(workbook, report, language, taken);
  for (const step of report.steps) {
    // Steps with categories or a measure (issue 15) have sheets of their own.
    const kind = stepKind(report, step.name);
    if (kind === 'categories') addCategorySheet(workbook, report, step, language, taken);
    else if (kind === 'measure') addMeasureSheet(workbook, report, step, language, taken);
    else addStepSheet(workbook, report, step, language, taken);
  }
  addRatesSheet(workbook, report, language, taken);
  addAboutSheet(workbook, report, language, taken);
  const buffer = await workbook.xlsx.writeBuffer();
  return withFixedDates(new Uint8Array(buffer as ArrayBuffer));
}
