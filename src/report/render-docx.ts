/**
 * The Word renderer (the docx library): the HTML report's structure as a document a
 * strategist edits and hands on. A title block (organisation, title, period, author)
 * with the publication note; the notices; the Sammanfattning (summary.ts); SKR's four
 * steps (1 per step its charts as pictures and a real Word table whose header row
 * repeats on every page, with its notes and row accounting; 2 each flagged difference
 * against the criteria; 3 the conclusions; 4 room to write); then the method, the row
 * accounting, the settings and the glossary. The step tables sit on landscape pages,
 * the prose on portrait ones. When small counts are shown (--no-suppress) every page's
 * header says the document is not for publication.
 *
 * Same report, same bytes: every id the library would draw at random or from a counter
 * is given, the document's dates are fixed, and the zip entries' dates are fixed after
 * writing (docx-fixed-dates.ts).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedResult, PublishedStepSummary } from '../model/report.js';
import { stepColumns, stepResults, type StepColumn } from './step-rows.js';
import { methodParagraphs, settingRows } from './method-text.js';
import { accountingLine, inputLines, reportNotes } from './report-notes.js';
import { rowPlace, verdictLabel, verdictSentence } from './verdict-text.js';
import { criterionAnswers, type CriterionAnswer } from './reflection-text.js';
import { rateCells, rateHeads, ratesTitle } from './rate-rows.js';
import { detectableSentences, noneFoundText } from './detectable-text.js';
import { noticeLines, noticesTitle } from './notices.js';
import { publicationNote } from './publication-note.js';
import { chartHiddenNote, distributionChartPngs, stepChartPngs, type ChartPicture } from './chart-png.js';
import { distributionKind, distributionMethod, distributionSteps, distributionTable, hasDistributionSteps, measureNotes, type DistributionKind, type DistributionTable } from './distribution-html-rows.js';
import { distributionFlags } from './distribution-sentences.js';
import { DISTRIBUTION_GLOSSARY_TERMS } from '../i18n/report-distribution-texts.js';
import { reportSummary } from './summary.js';
import { GLOSSARY_TERMS } from '../i18n/summary-texts.js';
import { visibleText } from './visible-text.js';
import { withFixedDocxDates } from './docx-fixed-dates.js';

export interface DocxOptions {
  readonly language: Language;
}

type Block = Paragraph | Table;

/** A4 in twentieths of a point, and margins of 2 cm (1.5 cm on the landscape table pages). */
const A4_SHORT = 11906;
const A4_LONG = 16838;
const MARGIN = 1134;
const TABLE_MARGIN = 850;
/** Half-points: 10 pt text, 8 pt in the tables. */
const TEXT_SIZE = 20;
const TABLE_SIZE = 16;
const FONT = 'Calibri';
const FLAG_FILL = 'FFE8A3';
const HEAD_FILL = 'E7E6E6';
const WARNING_COLOUR = 'B00000';

/**
 * A run of text. Text from the data may hold control characters, which XML (so Word)
 * cannot hold: they are shown as visible escapes (`\x07`), as on the terminal.
 */
const text = (content: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun => new TextRun({ text: visibleText(content), ...options });

const paragraph = (content: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): Paragraph =>
  new Paragraph({ children: [text(content, options)], spacing: { after: 120 } });

const heading = (content: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false): Paragraph =>
  new Paragraph({ heading: level, children: [text(content)], keepNext: true, pageBreakBefore });

const bullet = (content: string): Paragraph => new Paragraph({ children: [text(content)], bullet: { level: 0 }, spacing: { after: 60 } });

/** One table cell: its text (the group column indented by its leading spaces), bold or shaded as asked. */
function cell(content: string, options: { bold?: boolean; fill?: string; right?: boolean; columnSpan?: number; width?: number }): TableCell {
  const indent = /^ */.exec(content)![0].length;
  return new TableCell({
    children: [
      new Paragraph({
        children: [text(content.trimStart(), { bold: options.bold, size: TABLE_SIZE })],
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: indent ? { left: indent * 113 } : undefined,
      }),
    ],
    columnSpan: options.columnSpan,
    width: options.width === undefined ? undefined : { size: options.width, type: WidthType.DXA },
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
  });
}

/** Column widths that fill `total`: numbers get a fixed width, text columns share what is left (the first twice as much). */
function columnWidths(columns: readonly Pick<StepColumn, 'text'>[], total: number): number[] {
  const NUMBER = 850;
  const numbers = columns.filter((column) => !column.text).length;
  const textColumns = columns.filter((column) => column.text).length;
  const share = Math.floor((total - numbers * NUMBER) / (textColumns + 1));
  let first = true;
  return columns.map((column) => {
    if (!column.text) return NUMBER;
    const width = first ? share * 2 : share;
    first = false;
    return width;
  });
}

/** The step table's widths by column (twips), fitted to the figures they hold; the verdict takes what is left. */
const STEP_WIDTHS: Readonly<Record<string, number>> = { group: 3000, diff: 900, ci95: 1400, test: 1400, p: 950, q: 950 };
const STEP_NUMBER_WIDTH = 780;

function stepWidths(columns: readonly StepColumn[], total: number): number[] {
  const widths = columns.map((column) => (column.field === 'verdict' ? 0 : (STEP_WIDTHS[column.field] ?? STEP_NUMBER_WIDTH)));
  const rest = total - widths.reduce((sum, width) => sum + width, 0);
  return widths.map((width) => (width === 0 ? rest : width));
}

/** A Word table: a header row that repeats on every page, then the body rows. */
function wordTable(heads: readonly string[], rows: readonly TableRow[], widths: readonly number[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    rows: [new TableRow({ tableHeader: true, cantSplit: true, children: heads.map((head, index) => cell(head, { bold: true, fill: HEAD_FILL, width: widths[index] })) }), ...rows],
  });
}

const tableWidth = (orientation: 'portrait' | 'landscape'): number => (orientation === 'landscape' ? A4_LONG - 2 * TABLE_MARGIN : A4_SHORT - 2 * MARGIN);

function stepTable(report: PublishedReport, step: PublishedStepSummary, language: Language): Table {
  const columns = stepColumns(report, language);
  const widths = stepWidths(columns, tableWidth('landscape'));
  const rows: TableRow[] = [];
  let currentBy: string | null = null;
  for (const result of stepResults(report, step.name)) {
    if (result.by !== null && result.by !== currentBy) {
      currentBy = result.by;
      rows.push(new TableRow({ cantSplit: true, keepNext: true, children: [cell(result.by, { bold: true, columnSpan: columns.length })] }));
    }
    rows.push(
      new TableRow({
        cantSplit: true,
        children: columns.map((column, index) => cell(column.cell(result), { bold: result.flag, fill: result.flag ? FLAG_FILL : undefined, right: !column.text, width: widths[index] })),
      }),
    );
  }
  return wordTable(
    columns.map((column) => column.head),
    rows,
    widths,
  );
}

/** Numbers the document's pictures: the docx library's own counter runs on across documents in one process. */
interface PictureCounter {
  next: number;
}

/** A chart as one paragraph: the variable's name over its picture (scaled by `scale`), with its text alternative. */
function chartParagraph(picture: ChartPicture, description: string, stepName: string, counter: PictureCounter, scale = 1): Paragraph {
  return new Paragraph({
    spacing: { before: 120 },
    children: [
      text(picture.heading, { size: 18, color: '444444' }),
      new TextRun({ break: 1 }),
      new ImageRun({
        type: 'png',
        data: picture.png,
        transformation: { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) },
        altText: { id: String(++counter.next), name: visibleText(`${stepName}: ${picture.heading}`), description: `${picture.heading}. ${description}`, title: visibleText(stepName) },
      }),
    ],
  });
}

/** The notes under a step's table: small type, the last (the row accounting) in italics. */
function noteParagraphs(notes: readonly string[]): Paragraph[] {
  return notes.map((note, index) => new Paragraph({ children: [text(note, { size: 18, italics: index === notes.length - 1 })], spacing: { before: index === 0 ? 120 : 0, after: 120 } }));
}

async function stepBlocks(report: PublishedReport, step: PublishedStepSummary, language: Language, counter: PictureCounter): Promise<Block[]> {
  const blocks: Block[] = [heading(`${say(language, 'label', 'step')}: ${step.name}`, HeadingLevel.HEADING_2)];
  const charts = await stepChartPngs(report, step, language);
  const hiddenNote = chartHiddenNote(report, step, language);
  if (charts.pictures.length) blocks.push(new Paragraph({ keepNext: true, children: [text(say(language, 'label', 'chart.title', { step: step.name }), { bold: true })] }));
  for (const picture of charts.pictures) {
    // The variable's name and its chart in one paragraph, so that a page never ends between them.
    // Not kept with the next: a chain of every chart of a step could not fit one page, and the
    // word processor then moved it all on, leaving the page before nearly empty.
    blocks.push(chartParagraph(picture, charts.description, step.name, counter));
  }
  // The chart's description is its alternative text (for screen readers), not a caption
  // to read twice; only what the chart leaves out is said under it.
  if (hiddenNote) blocks.push(paragraph(hiddenNote, { italics: true, size: 16 }));
  blocks.push(stepTable(report, step, language));
  const notes = [...detectableSentences(stepResults(report, step.name), report, language), accountingLine(step, language)];
  blocks.push(...noteParagraphs(notes));
  return blocks;
}

/** The tallest picture a landscape page holds under a heading, in CSS pixels (96 to the inch). */
const LANDSCAPE_PICTURE_HEIGHT = 600;

/** Widths (twips) of the categorical and numeric steps' table columns, by field; the verdict takes what is left. */
const DISTRIBUTION_WIDTHS: Readonly<Record<DistributionKind, Readonly<Record<string, number>>>> = {
  categories: { group: 3200, female: 1500, male: 1500, 'other-n': 900, diff: 900, ci95: 1400, test: 1200, p: 850, q: 850 },
  measure: { group: 1900, 'female-n': 800, 'female-median': 1300, 'female-mean': 1150, 'male-n': 800, 'male-median': 1300, 'male-mean': 1150, 'other-n': 800, diff: 900, ci95: 1000, test: 1050, p: 900, q: 900 },
};

/** A line's cells; a trend's or a criterion's name spans the empty figures' columns up to its test, as in the HTML table. */
function lineCells(line: Exclude<DistributionTable['lines'][number], { kind: 'by' }>, content: DistributionTable, widths: readonly number[], kind: DistributionKind): TableCell[] {
  const span = line.kind === 'trend' || line.kind === 'adjusted' ? Math.max(1, content.columns.findIndex((column) => column.field === 'test')) : 1;
  const bold = line.flagged || (kind === 'categories' && line.kind === 'group');
  const fill = line.flagged ? FLAG_FILL : undefined;
  return line.cells.flatMap((text_, index) => {
    if (index > 0 && index < span) return [];
    const width = index === 0 ? widths.slice(0, span).reduce((sum, value) => sum + value, 0) : widths[index];
    return [cell(text_, { bold, fill, right: !content.columns[index]!.text, width, columnSpan: index === 0 && span > 1 ? span : undefined })];
  });
}

/** The table of a categorical or numeric step: a variable's heading row spans the table; flagged lines bold and shaded, as in the yes/no tables. */
function distributionWordTable(content: DistributionTable, kind: DistributionKind): Table {
  const widths = content.columns.map((column) => (column.field === 'verdict' ? 0 : (DISTRIBUTION_WIDTHS[kind][column.field] ?? 900)));
  const rest = tableWidth('landscape') - widths.reduce((sum, width) => sum + width, 0);
  const fitted = widths.map((width) => (width === 0 ? rest : width));
  const rows = content.lines.map((line) =>
    line.kind === 'by'
      ? new TableRow({ cantSplit: true, keepNext: true, children: [cell(line.text, { bold: true, columnSpan: content.columns.length })] })
      : new TableRow({
          cantSplit: true,
          children: lineCells(line, content, fitted, kind),
        }),
  );
  return wordTable(
    content.columns.map((column) => column.head),
    rows,
    fitted,
  );
}

/** A categorical or numeric step: what its chart shows, the charts as pictures, the notes under them, the table, Welch's note and the row accounting. */
async function distributionStepBlocks(report: PublishedReport, step: PublishedStepSummary, kind: DistributionKind, language: Language, counter: PictureCounter): Promise<Block[]> {
  const female = say(language, 'label', `sex.female.${report.sexTerms}`).toLowerCase();
  const male = say(language, 'label', `sex.male.${report.sexTerms}`).toLowerCase();
  const blocks: Block[] = [
    heading(`${say(language, 'label', 'step')}: ${step.name}`, HeadingLevel.HEADING_2),
    paragraph(say(language, 'label', kind === 'categories' ? 'dist.seeCategories' : 'dist.seeMeasure', { female, male })),
  ];
  const charts = await distributionChartPngs(report, step, kind, language);
  if (charts.pictures.length) blocks.push(new Paragraph({ keepNext: true, children: [text(charts.title, { bold: true })] }));
  for (const picture of charts.pictures) {
    // A chart of many groups is drawn smaller rather than cut at the page's foot.
    blocks.push(chartParagraph(picture, charts.description, step.name, counter, Math.min(1, LANDSCAPE_PICTURE_HEIGHT / picture.height)));
  }
  for (const note of charts.notes) blocks.push(paragraph(note, { italics: true, size: 16 }));
  blocks.push(distributionWordTable(distributionTable(report, step.name, kind, language), kind));
  const notes = [...(kind === 'measure' ? measureNotes(report, step.name, language) : []), accountingLine(step, language)];
  blocks.push(...noteParagraphs(notes));
  return blocks;
}

function ratesBlocks(report: PublishedReport, language: Language): Block[] {
  if (report.rates.length === 0) return [];
  const heads = rateHeads(report, language);
  // The group, the ratio with its interval and the flag share the width left by the figures.
  const kinds = heads.map((_, index) => ({ text: index === 0 || index === 5 || index === 8 }));
  const widths = columnWidths(kinds, tableWidth('landscape'));
  const rows = report.rates.map(
    (rate) => new TableRow({ cantSplit: true, children: rateCells(rate, language).map((content, index) => cell(content, { bold: rate.flag, fill: rate.flag ? FLAG_FILL : undefined, right: index !== 0 && index !== 8, width: widths[index] })) }),
  );
  return [heading(ratesTitle(report, language), HeadingLevel.HEADING_2), wordTable(heads, rows, widths)];
}

function flaggedRows(report: PublishedReport): PublishedResult[] {
  return report.results.filter((result) => result.flag);
}

function reflectBlocks(report: PublishedReport, language: Language): Block[] {
  const flagged = flaggedRows(report);
  // The flagged categories and measures: where, and the sentence with its verdict.
  const others = distributionFlags(report, language, true).flatMap((flag) => [heading(flag.place, HeadingLevel.HEADING_3), paragraph(flag.sentence), ...answerBlocks(flag.answers)]);
  if (flagged.length === 0 && others.length === 0) return [paragraph(say(language, 'label', 'pub.html.reflectNone'))];
  return [
    ...flagged.flatMap((result) => [
      heading(rowPlace(result, language), HeadingLevel.HEADING_3),
      paragraph(verdictSentence(result, report, language) ?? ''),
      ...answerBlocks(criterionAnswers(result, language)),
    ]),
    ...others,
  ];
}

/** Each criterion's question in bold, its answer indented below with the figures behind it in small italics. */
function answerBlocks(answers: readonly CriterionAnswer[]): Block[] {
  return answers.flatMap((entry) => [
    new Paragraph({ children: [text(entry.question, { bold: true })], keepNext: true, spacing: { after: 40 } }),
    new Paragraph({
      indent: { left: 360 },
      spacing: { after: 120 },
      children: [text(entry.answer), ...(entry.evidence ? [new TextRun({ text: entry.evidence, italics: true, size: 18, break: 1 })] : [])],
    }),
  ]);
}

function conclusionBlocks(report: PublishedReport, verdict: PublishedResult['verdict'], language: Language): Block[] {
  const rows = flaggedRows(report).filter((result) => result.verdict === verdict);
  const others = distributionFlags(report, language).filter((flag) => flag.verdict === verdict);
  // Never a bare "None": say that none were found and, for candidates, what the counts could have shown.
  if (rows.length === 0 && others.length === 0) return [paragraph(verdict === 'candidate' ? noneFoundText(report, language) : say(language, 'label', 'pub.html.noneFound'))];
  return [...rows.map((result) => bullet(`${rowPlace(result, language)}: ${verdictLabel(result, language)}`)), ...others.map((flag) => bullet(`${flag.place}: ${flag.label}`))];
}

function concludeBlocks(report: PublishedReport, language: Language): Block[] {
  return [
    paragraph(say(language, 'label', 'pub.html.concludeIntro')),
    heading(say(language, 'label', 'pub.html.candidates'), HeadingLevel.HEADING_3),
    ...conclusionBlocks(report, 'candidate', language),
    heading(say(language, 'label', 'pub.html.explained'), HeadingLevel.HEADING_3),
    ...conclusionBlocks(report, 'explained', language),
    heading(say(language, 'label', 'pub.html.inconclusive'), HeadingLevel.HEADING_3),
    ...conclusionBlocks(report, 'inconclusive', language),
    heading(say(language, 'label', 'pub.html.insufficient'), HeadingLevel.HEADING_3),
    ...conclusionBlocks(report, 'insufficient', language),
  ];
}

/** Section 4: the intro and a framed space to write in (Word is where the analyst writes). */
function changeBlocks(language: Language): Block[] {
  const line = { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 6 };
  return [
    paragraph(say(language, 'label', 'pub.html.changeIntro')),
    new Paragraph({
      border: { top: line, bottom: line, left: line, right: line },
      spacing: { before: 120, after: 1800 },
      children: [text(say(language, 'label', 'pub.html.notesPlaceholder'), { color: '666666' })],
    }),
  ];
}

function accountingBlocks(report: PublishedReport, language: Language): Block[] {
  return [...inputLines(report, language), ...report.steps.map((step) => `${say(language, 'label', 'step')} ${step.name}: ${accountingLine(step, language)}`)].map(bullet);
}

function settingsBlocks(report: PublishedReport, language: Language): Block[] {
  const total = tableWidth('portrait');
  const widths = [Math.round(total * 0.45), total - Math.round(total * 0.45)];
  const rows = settingRows(report, language).map(([name, value]) => new TableRow({ cantSplit: true, children: [cell(name, { bold: true, width: widths[0] }), cell(value, { width: widths[1] })] }));
  const table = new Table({ layout: TableLayoutType.FIXED, width: { size: total, type: WidthType.DXA }, columnWidths: widths, rows });
  return [table, new Paragraph({ children: [] }), ...reportNotes(report, language).slice(-3).map((note) => paragraph(note, { size: 18 }))];
}

/** The header of every page: the not-for-publication mark when small counts are shown, else nothing. */
function pageHeader(report: PublishedReport, language: Language): { default: Header } | undefined {
  if (report.settings.suppressBelow !== null) return undefined;
  return { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(publicationNote(report.settings, language), { bold: true, color: WARNING_COLOUR })] })] }) };
}

function pageFooter(report: PublishedReport, language: Language): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: `${say(language, 'label', 'pub.html.footer', { generator: report.generator })} `, size: 16, color: '666666' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '666666' })],
        }),
      ],
    }),
  };
}

function section(report: PublishedReport, language: Language, orientation: 'portrait' | 'landscape', children: Block[]): ISectionOptions {
  const landscape = orientation === 'landscape';
  const margin = landscape ? TABLE_MARGIN : MARGIN;
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: { width: A4_SHORT, height: A4_LONG, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: margin, bottom: margin, left: margin, right: margin },
      },
    },
    headers: pageHeader(report, language),
    footers: pageFooter(report, language),
    children,
  };
}

/** The Sammanfattning (summary.ts, shared with the HTML report): the overview, then each section's heading and its items as a list. */
function summaryBlocks(report: PublishedReport, language: Language): Block[] {
  const summary = reportSummary(report, language);
  return [
    heading(summary.title, HeadingLevel.HEADING_1),
    paragraph(summary.overview),
    ...summary.sections.flatMap((part) => [heading(part.heading, HeadingLevel.HEADING_3), ...part.items.map(bullet)]),
  ];
}

/** The period the report covers: the configured text, else the first and last period of the data, else none (as the HTML report). */
function reportPeriod(report: PublishedReport): string | null {
  if (report.report?.period) return report.report.period;
  const periods = [...new Set(report.results.map((result) => result.period).filter((period): period is string => period !== null))].sort();
  if (periods.length === 0) return null;
  return periods.length === 1 ? periods[0]! : `${periods[0]} – ${periods.at(-1)}`;
}

/** The title block: the organisation, the title (report.title or the steps'), then the period and author when known (as the HTML report). */
function titleBlocks(report: PublishedReport, title: string, language: Language): Block[] {
  const meta: Array<[string, string | null | undefined]> = [
    [say(language, 'label', 'period'), reportPeriod(report)],
    [say(language, 'label', 'meta.author'), report.report?.author],
  ];
  const shown = meta.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return [
    ...(report.report?.organisation ? [paragraph(report.report.organisation, { bold: true, size: 24, color: '1F3864' })] : []),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(title)] }),
    ...shown.map(([name, value]) => new Paragraph({ spacing: { after: 40 }, children: [text(`${name}: `, { bold: true }), text(value)] })),
  ];
}

/** The glossary: each term in bold and its meaning in plain words (the HTML report's, with the categorical and numeric steps' terms when the report has such a step). */
function glossaryBlocks(report: PublishedReport, language: Language): Block[] {
  return [
    paragraph(say(language, 'label', 'glossary.intro')),
    ...[...GLOSSARY_TERMS, ...(hasDistributionSteps(report) ? DISTRIBUTION_GLOSSARY_TERMS : [])].map((term) => {
      const [word, meaning] = say(language, 'label', `glossary.${term}`).split('|') as [string, string];
      return new Paragraph({ spacing: { after: 80 }, children: [text(`${word}: `, { bold: true }), text(meaning)] });
    }),
  ];
}

/** The document's title: the HTML report's. */
export function docxTitle(report: PublishedReport, language: Language): string {
  return say(language, 'label', 'pub.html.title', { steps: report.steps.map((step) => step.name).join(', ') });
}

/** Renders the published report as a Word document (docx bytes). */
export async function renderDocx(report: PublishedReport, options: DocxOptions): Promise<Uint8Array> {
  const { language } = options;
  const female = say(language, 'label', `sex.female.${report.sexTerms}`).toLowerCase();
  const male = say(language, 'label', `sex.male.${report.sexTerms}`).toLowerCase();
  const title = report.report?.title || docxTitle(report, language);
  const notices = noticeLines(report, language);
  const notForPublication = report.settings.suppressBelow === null;
  const opening: Block[] = [
    ...titleBlocks(report, title, language),
    paragraph(say(language, 'label', 'pub.html.lead'), { italics: true }),
    paragraph(publicationNote(report.settings, language), notForPublication ? { bold: true, color: WARNING_COLOUR } : { size: 18 }),
    ...(notices.length ? [heading(noticesTitle(language), HeadingLevel.HEADING_2), ...notices.map(bullet)] : []),
    ...summaryBlocks(report, language),
  ];
  const steps: Block[] = [heading(say(language, 'label', 'pub.html.see'), HeadingLevel.HEADING_1), paragraph(say(language, 'label', 'pub.html.seeIntro', { female, male }))];
  const counter: PictureCounter = { next: 0 };
  // The categorical and numeric steps follow the yes/no steps.
  for (const step of report.steps) if (!distributionKind(report, step.name)) steps.push(...(await stepBlocks(report, step, language, counter)));
  for (const { step, kind } of distributionSteps(report)) steps.push(...(await distributionStepBlocks(report, step, kind, language, counter)));
  steps.push(...ratesBlocks(report, language));
  const closing: Block[] = [
    heading(say(language, 'label', 'pub.html.reflect'), HeadingLevel.HEADING_1),
    paragraph(say(language, 'label', 'pub.html.reflectIntro')),
    ...reflectBlocks(report, language),
    heading(say(language, 'label', 'pub.html.conclude'), HeadingLevel.HEADING_1),
    ...concludeBlocks(report, language),
    heading(say(language, 'label', 'pub.html.change'), HeadingLevel.HEADING_1),
    ...changeBlocks(language),
    heading(say(language, 'label', 'pub.method'), HeadingLevel.HEADING_1, true),
    ...[...methodParagraphs(report, language), ...distributionMethod(report, language)].map((content) => paragraph(content)),
    heading(say(language, 'label', 'pub.accounting'), HeadingLevel.HEADING_1),
    ...accountingBlocks(report, language),
    heading(say(language, 'label', 'pub.settings'), HeadingLevel.HEADING_1),
    ...settingsBlocks(report, language),
    heading(say(language, 'label', 'glossary.title'), HeadingLevel.HEADING_1),
    ...glossaryBlocks(report, language),
  ];
  const document = new Document({
    title: visibleText(title),
    creator: report.generator,
    lastModifiedBy: report.generator,
    revision: 1,
    description: say(language, 'label', 'pub.html.lead'),
    styles: {
      default: {
        document: { run: { font: FONT, size: TEXT_SIZE, language: { value: language === 'sv' ? 'sv-SE' : 'en-GB' } } },
        title: { run: { font: FONT, size: 40, bold: true } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: FONT, size: 21, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [section(report, language, 'portrait', opening), section(report, language, 'landscape', steps), section(report, language, 'portrait', closing)],
  });
  return withFixedDocxDates(new Uint8Array(await Packer.toBuffer(document)));
}
