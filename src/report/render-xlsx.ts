/**
 * The xlsx renderer (exceljs): a sheet per step with a frozen header, numbers stored as
 * numbers with number formats, flagged rows highlighted and set column widths, and a
 * sheet "Om analysen"/"About" with the input files, the row accounting, the settings,
 * the method and the notes. Same report, same bytes: fixed document dates, and the zip
 * entries' dates fixed after writing.
 */
import ExcelJS from 'exceljs';
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedResult } from '../model/report.js';
import { guardFormula } from './render-csv.js';
import { HIDDEN, isComparisonHidden, isShareHidden } from './published-values.js';
import { groupName, stepResults, testName, verdictCell } from './step-rows.js';
import { methodParagraphs, settingRows } from './method-text.js';
import { accountingLine, reportNotes } from './report-notes.js';
import { stepNotes } from './detectable-text.js';
import { withFixedDates } from './deterministic-zip.js';
import { workbookFormatText } from './file-format-text.js';
import { noticeLines, noticesTitle } from './notices.js';

export interface XlsxOptions {
  readonly language: Language;
}

/** The document date: fixed, so that the same report gives the same file. */
const DOCUMENT_DATE = new Date(Date.UTC(2000, 0, 1));
const FLAG_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE8A3' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const COUNT = '#,##0';
const PERCENT = '0.0%';
const POINTS = '+0.0;-0.0;0.0';
const P_VALUE = '[<0.001]0.0E+00;0.000';
const RATIO = '0.00';
/** A size in percentage points, never signed (the detectable difference). */
const SIZE = '0.0';

type CellValue = string | number | null;

interface Column {
  readonly head: string;
  readonly width: number;
  readonly format?: string;
  readonly value: (result: PublishedResult) => CellValue;
}

/** A count, or ".." when hidden. */
const count = (value: number | null): CellValue => value ?? HIDDEN;
/** A figure of the comparison, or ".." when the comparison is hidden. */
const compared = (result: PublishedResult, value: number | null | undefined): CellValue => (isComparisonHidden(result) ? HIDDEN : (value ?? null));

function columns(report: PublishedReport, language: Language): Column[] {
  const female = say(language, 'label', `sex.female.${report.sexTerms}`);
  const male = say(language, 'label', `sex.male.${report.sexTerms}`);
  const other = say(language, 'label', 'other');
  const yes = say(language, 'label', 'pub.yes');
  const share = say(language, 'label', 'share');
  return [
    { head: say(language, 'label', 'pub.variable'), width: 22, value: (r) => r.by },
    { head: say(language, 'label', 'group'), width: 28, value: (r) => groupName(r, language) },
    { head: `${female} ${say(language, 'label', 'n')}`, width: 11, format: COUNT, value: (r) => count(r.female.n) },
    { head: `${female} ${yes}`, width: 11, format: COUNT, value: (r) => count(r.female.yes) },
    { head: `${female} ${share}`, width: 11, format: PERCENT, value: (r) => (isShareHidden(r.female, r) ? HIDDEN : r.female.share) },
    { head: `${male} ${say(language, 'label', 'n')}`, width: 11, format: COUNT, value: (r) => count(r.male.n) },
    { head: `${male} ${yes}`, width: 11, format: COUNT, value: (r) => count(r.male.yes) },
    { head: `${male} ${share}`, width: 11, format: PERCENT, value: (r) => (isShareHidden(r.male, r) ? HIDDEN : r.male.share) },
    { head: `${other} ${say(language, 'label', 'n')}`, width: 12, format: COUNT, value: (r) => count(r.other.n) },
    { head: say(language, 'label', 'difference'), width: 14, format: POINTS, value: (r) => compared(r, r.diffPp) },
    { head: `${say(language, 'label', 'ci95')} –`, width: 11, format: POINTS, value: (r) => compared(r, r.ci95?.[0]) },
    { head: `${say(language, 'label', 'ci95')} +`, width: 11, format: POINTS, value: (r) => compared(r, r.ci95?.[1]) },
    { head: say(language, 'label', 'test'), width: 18, value: (r) => testName(r, language) },
    { head: say(language, 'label', 'p'), width: 10, format: P_VALUE, value: (r) => compared(r, r.p) },
    { head: say(language, 'label', 'q'), width: 10, format: P_VALUE, value: (r) => compared(r, r.q) },
    { head: say(language, 'label', 'flag'), width: 10, value: (r) => (r.flag ? say(language, 'label', 'flagged') : null) },
    { head: say(language, 'label', 'verdict'), width: 26, value: (r) => verdictCell(r, report, language) || null },
    { head: say(language, 'label', 'pub.riskRatio'), width: 10, format: RATIO, value: (r) => compared(r, r.riskRatio?.estimate) },
    { head: say(language, 'label', 'pub.oddsRatio'), width: 10, format: RATIO, value: (r) => compared(r, r.oddsRatio?.estimate) },
    { head: say(language, 'label', 'pub.shortfall', { sex: male.toLowerCase() }), width: 16, format: COUNT, value: (r) => compared(r, r.shortfall?.male) },
    { head: say(language, 'label', 'pub.shortfall', { sex: female.toLowerCase() }), width: 16, format: COUNT, value: (r) => compared(r, r.shortfall?.female) },
    { head: say(language, 'label', 'detectableHead'), width: 16, format: SIZE, value: (r) => compared(r, r.detectableDiffPp) },
  ];
}

/** Text stays text, and text a spreadsheet would run as a formula gets a leading apostrophe. */
function safe(value: CellValue): CellValue {
  return typeof value === 'string' ? guardFormula(value) : value;
}

function styleHead(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEAD_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Steg';
  let candidate = base;
  for (let number = 2; taken.has(candidate.toLowerCase()); number++) candidate = `${base.slice(0, 31 - String(number).length - 1)} ${number}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

function addStepSheet(workbook: ExcelJS.Workbook, report: PublishedReport, step: PublishedReport['steps'][number], language: Language, taken: Set<string>): void {
  const sheet = workbook.addWorksheet(sheetName(step.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  const layout = columns(report, language);
  sheet.columns = layout.map((column) => ({ header: column.head, width: column.width, style: column.format ? { numFmt: column.format } : {} }));
  styleHead(sheet.getRow(1));
  for (const result of stepResults(report, step.name)) {
    const row = sheet.addRow(layout.map((column) => safe(column.value(result))));
    row.eachCell((cell) => {
      if (cell.value === HIDDEN) cell.alignment = { horizontal: 'right' };
    });
    if (result.flag) {
      row.font = { bold: true };
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.fill = FLAG_FILL;
      });
    }
  }
  const notes = [accountingLine(step, language), ...stepNotes(stepResults(report, step.name), report, language)];
  sheet.addRow([]);
  for (const note of notes) sheet.addRow([safe(note)]);
}

function addRatesSheet(workbook: ExcelJS.Workbook, report: PublishedReport, language: Language, taken: Set<string>): void {
  if (report.rates.length === 0) return;
  const sheet = workbook.addWorksheet(sheetName(say(language, 'label', 'rates'), taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  const female = say(language, 'label', `sex.female.${report.sexTerms}`);
  const male = say(language, 'label', `sex.male.${report.sexTerms}`);
  const perThousand = say(language, 'label', 'perThousand');
  const population = say(language, 'label', 'population');
  sheet.columns = [
    { header: say(language, 'label', 'step'), width: 22 },
    { header: say(language, 'label', 'pub.variable'), width: 22 },
    { header: say(language, 'label', 'group'), width: 28 },
    ...[female, male].flatMap((sex) => [
      { header: sex, width: 11, style: { numFmt: COUNT } },
      { header: `${sex} ${population}`, width: 14, style: { numFmt: COUNT } },
      { header: `${sex} ${perThousand}`, width: 12, style: { numFmt: '0.0' } },
    ]),
    { header: say(language, 'label', 'rateRatio'), width: 12, style: { numFmt: RATIO } },
    { header: say(language, 'label', 'p'), width: 10, style: { numFmt: P_VALUE } },
    { header: say(language, 'label', 'q'), width: 10, style: { numFmt: P_VALUE } },
    { header: say(language, 'label', 'flag'), width: 10 },
  ];
  styleHead(sheet.getRow(1));
  for (const rate of report.rates) {
    const side = (figures: PublishedReport['rates'][number]['female']): CellValue[] => [count(figures.cases), figures.population, figures.cases === null ? HIDDEN : figures.per1000];
    const shown = (value: number | null | undefined): CellValue => (rate.suppressed ? HIDDEN : (value ?? null));
    const row = sheet.addRow(
      [rate.step, rate.by, rate.by === null ? say(language, 'label', 'overall') : rate.group, ...side(rate.female), ...side(rate.male), shown(rate.rateRatio?.estimate), shown(rate.p), shown(rate.q), rate.flag ? say(language, 'label', 'flagged') : null].map(safe),
    );
    if (rate.flag) row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = FLAG_FILL));
  }
}

/** The report's notices on a first sheet, so that they are seen before the tables; none when there are none. */
function addNoticesSheet(workbook: ExcelJS.Workbook, report: PublishedReport, language: Language, taken: Set<string>): void {
  const notices = noticeLines(report, language);
  if (notices.length === 0) return;
  const sheet = workbook.addWorksheet(sheetName(noticesTitle(language), taken));
  sheet.columns = [{ width: 120 }];
  sheet.addRow([noticesTitle(language)]).font = { bold: true, size: 13 };
  for (const line of notices) sheet.addRow([safe(line)]);
}

function addAboutSheet(workbook: ExcelJS.Workbook, report: PublishedReport, language: Language, taken: Set<string>): void {
  const sheet = workbook.addWorksheet(sheetName(say(language, 'label', 'pub.about'), taken));
  sheet.columns = [{ width: 42 }, { width: 18 }, { width: 60 }];
  const heading = (text: string): void => {
    if (sheet.rowCount > 0) sheet.addRow([]);
    sheet.addRow([text]).font = { bold: true, size: 13 };
  };
  heading(say(language, 'label', 'pub.inputFiles'));
  for (const file of report.input.files) {
    sheet.addRow([safe(file.path), file.rows, workbookFormatText(file, language) ?? `${file.encoding}${file.bom ? ' BOM' : ''}, "${file.delimiter === '\t' ? 'tab' : file.delimiter}"`]).getCell(2).numFmt = COUNT;
  }
  heading(say(language, 'label', 'pub.accounting'));
  sheet.addRow([say(language, 'label', 'inputRows'), report.input.rows]).getCell(2).numFmt = COUNT;
  for (const exclusion of report.input.excluded) {
    sheet.addRow([`${say(language, 'label', 'inputExcluded')}: ${say(language, 'label', `exclusion.${exclusion.reason}`)}`, exclusion.rows]).getCell(2).numFmt = COUNT;
  }
  for (const step of report.steps) sheet.addRow([safe(step.name), null, safe(accountingLine(step, language))]);
  heading(say(language, 'label', 'pub.settings'));
  for (const [name, value] of settingRows(report, language)) sheet.addRow([name, safe(value)]);
  heading(say(language, 'label', 'pub.method'));
  for (const paragraph of methodParagraphs(report, language)) sheet.addRow([paragraph]);
  heading(say(language, 'label', 'pub.notes'));
  for (const note of reportNotes(report, language)) sheet.addRow([safe(note)]);
  sheet.addRow([`${say(language, 'label', 'pub.generator')} ${report.generator}`]);
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
  for (const step of report.steps) addStepSheet(workbook, report, step, language, taken);
  addRatesSheet(workbook, report, language, taken);
  addAboutSheet(workbook, report, language, taken);
  const buffer = await workbook.xlsx.writeBuffer();
  return withFixedDates(new Uint8Array(buffer as ArrayBuffer));
}
