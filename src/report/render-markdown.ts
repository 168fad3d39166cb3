/**
 * The Markdown renderer (GitHub-flavoured): a heading and a table per step, the row
 * accounting and the verdict sentences under it, and the notes at the end. Every text
 * from the data is made inert first (markdown-text.ts), so a value shows as text, never as
 * HTML, an image, a link or a cell boundary.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport } from '../model/report.js';
import { groupName, rowCells, stepColumns, stepResults } from './step-rows.js';
import { accountingLine, reportNotes } from './report-notes.js';
import { stepNotes } from './detectable-text.js';
import { rateCells, rateHeads, ratesTitle } from './rate-rows.js';
import { noticeLines, noticesTitle } from './notices.js';
import { markdownSafeReport, markdownText } from './markdown-text.js';
import { categoryTable, distributionNotes, measureRowsOf, measureTable, stepKind } from './distribution-rows.js';

export interface MarkdownOptions {
  readonly language: Language;
}

/**
 * Text safe in a table cell. The data's pipes, backslashes and line breaks are escaped
 * already (markdownSafeReport); a line break in jamstat's own words becomes a space.
 */
function cellText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

const tableLine = (cells: readonly string[]): string => `| ${cells.map(cellText).join(' | ')} |`;

/** The line under a table's heads: text columns left-aligned, numbers right-aligned. */
const alignmentLine = (heads: readonly string[], textColumns: readonly number[]): string =>
  `|${heads.map((_, index) => (textColumns.includes(index) ? ' --- ' : ' ---: ')).join('|')}|`;

function ratesSection(report: PublishedReport, language: Language): string[] {
  if (report.rates.length === 0) return [];
  const heads = rateHeads(report, language);
  const rows = report.rates.map((rate) => tableLine(rateCells(rate, language).map((cell) => cell.trim())));
  return [`## ${cellText(ratesTitle(report, language))}`, '', tableLine(heads), alignmentLine(heads, [0, 8]), ...rows, ''];
}

function stepSection(report: PublishedReport, step: PublishedReport['steps'][number], language: Language): string[] {
  const columns = stepColumns(report, language);
  const heads = columns.map((column) => column.head);
  const textColumns = columns.flatMap((column, index) => (column.text ? [index] : []));
  const lines = [`## ${say(language, 'label', 'step')}: ${cellText(step.name)}`, '', tableLine(heads), alignmentLine(heads, textColumns)];
  let currentBy: string | null = null;
  const results = stepResults(report, step.name);
  for (const result of results) {
    if (result.by !== null && result.by !== currentBy) {
      currentBy = result.by;
      lines.push(tableLine([`**${result.by}**`, ...Array<string>(heads.length - 1).fill('')]));
    }
    // Markdown collapses the terminal table's indentation: the group is named in full ("Bromma (2024-Q1)").
    const cells = [groupName(result, language), ...rowCells(result, report, language).slice(1)];
    lines.push(tableLine(result.flag ? cells.map((cell) => (cell ? `**${cell}**` : cell)) : cells));
  }
  lines.push('', accountingLine(step, language));
  const sentences = stepNotes(results, report, language);
  if (sentences.length > 0) lines.push('', ...sentences.map((sentence) => `- ${sentence}`));
  return [...lines, ''];
}

/**
 * A categorical or numeric step (issue 15): its table from the shared text tables
 * (distribution-rows.ts), the data's text made inert here (the rows of these steps are
 * escaped as they are read, not by markdownSafeReport), then the accounting and the notes.
 */
function distributionSection(report: PublishedReport, step: PublishedReport['steps'][number], language: Language): string[] {
  // `report` is as published (its data not yet escaped): every text from it goes through markdownText.
  const kind = stepKind(report, step.name);
  const table = kind === 'categories' ? categoryTable(report, step.name, language, markdownText) : measureTable(report, step.name, language, markdownText);
  const heads = table.columns.map((column) => column.head);
  const textColumns = table.columns.flatMap((column, index) => (column.text ? [index] : []));
  const unit = kind === 'measure' ? measureRowsOf(report, step.name)[0]?.unit : null;
  const title = `## ${say(language, 'label', 'step')}: ${markdownText(step.name)}${unit ? ` (${say(language, 'label', 'dist.unit', { unit: markdownText(unit) })})` : ''}`;
  const lines = [title, '', tableLine(heads), alignmentLine(heads, textColumns)];
  for (const line of table.lines) {
    if ('variable' in line) {
      lines.push(tableLine([`**${line.variable}**`, ...Array<string>(heads.length - 1).fill('')]));
      continue;
    }
    // Markdown collapses the indentation: a group's line is bold, a category's reads under it.
    const cells = line.cells.map((cell, index) => (index === 0 ? cell.trim() : cell));
    lines.push(tableLine(line.flag || line.heading ? cells.map((cell) => (cell ? `**${cell}**` : cell)) : cells));
  }
  lines.push('', accountingLine(step, language));
  const notes = distributionNotes(report, step.name, language, markdownText);
  if (notes.length > 0) lines.push('', ...notes.map((note) => `- ${note}`));
  return [...lines, ''];
}

/** Renders the published report as GitHub-flavoured Markdown. */
export function renderMarkdown(published: PublishedReport, options: MarkdownOptions): string {
  const { language } = options;
  const report = markdownSafeReport(published);
  const title = say(language, 'label', 'pub.html.title', { steps: report.steps.map((step) => step.name).join(', ') });
  const notices = noticeLines(report, language);
  const above = notices.length ? [`> **${noticesTitle(language)}**`, '>', ...notices.map((line) => `> - ${line}`), ''] : [];
  const lines = [`# ${title}`, '', ...above, ...report.steps.flatMap((step, index) => {
      const original = published.steps[index]!;
      return stepKind(published, original.name) === 'yes-no' ? stepSection(report, step, language) : distributionSection(published, original, language);
    }), ...ratesSection(report, language), `## ${say(language, 'label', 'pub.notes')}`, ''];
  lines.push(...reportNotes(report, language).map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}
