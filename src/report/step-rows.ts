/**
 * The columns and cells of a step's table as text, shared by the renderers that print
 * tables for people (terminal, Markdown, HTML): group, each sex's n and share, the
 * difference and its interval, the test, p, q and the verdict. Hidden values read "..".
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport, PublishedResult } from '../model/report.js';
import { formatNumber, formatP, formatSignedPp } from './numbers.js';
import { comparisonText, formatCount, formatShare } from './published-values.js';
import { verdictLabel } from './verdict-text.js';
import { detectableCell } from './detectable-text.js';

/** The rows of one step, in report order. */
export function stepResults(report: PublishedReport, step: string): PublishedResult[] {
  return report.results.filter((result) => result.step === step);
}

/** A row's group in words: "Totalt", the group's value, "(tomt)", with the period when there is one. */
export function groupName(result: PublishedResult, language: Language): string {
  const name = result.by === null ? say(language, 'label', 'overall') : result.group === '' || result.group === null ? say(language, 'label', 'blankGroup') : result.group;
  return result.period === null ? name : `${name} (${result.period})`;
}

/** A row's first cell: the overall row, a group indented under its variable, a period indented under its group. */
export function groupCell(result: PublishedResult, language: Language): string {
  const name = result.by === null ? say(language, 'label', 'overall') : `  ${result.group === '' || result.group === null ? say(language, 'label', 'blankGroup') : result.group}`;
  return result.period === null ? name : `${' '.repeat(result.by === null ? 2 : 4)}${result.period}`;
}

/** The interval of the difference: "1,2 – 3,4". */
export function intervalText(result: PublishedResult, language: Language): string {
  return comparisonText(result, () => (result.ci95 ? `${formatNumber(result.ci95[0], language, 1)} – ${formatNumber(result.ci95[1], language, 1)}` : '–'));
}

/** The test's name, or why there is none. */
export function testName(result: PublishedResult, language: Language): string {
  if (result.test === null) return result.reason ? say(language, 'label', `reason.${result.reason}`) : say(language, 'label', 'noTest');
  return say(language, 'label', result.test);
}

/** One column of a step's table: its field name (HTML's data-field), head, whether it holds text, and its cell. */
export interface StepColumn {
  readonly field: string;
  readonly head: string;
  /** Text columns are left-aligned; numbers are right-aligned. */
  readonly text: boolean;
  readonly cell: (result: PublishedResult) => string;
}

/**
 * True when some row has cases of other or unknown sex (a hidden count counts): only then
 * do the tables get a column for them, so that female n + male n + other n add up to the
 * cases of the row.
 */
function hasOtherSex(report: PublishedReport): boolean {
  return report.results.some((result) => result.other.n !== 0);
}

/** The columns of a step's table, in order. */
export function stepColumns(report: PublishedReport, language: Language): StepColumn[] {
  const female = say(language, 'label', `sex.female.${report.sexTerms}`);
  const male = say(language, 'label', `sex.male.${report.sexTerms}`);
  const share = `% ${say(language, 'label', 'share')}`;
  const column = (field: string, head: string, cell: StepColumn['cell'], text = false): StepColumn => ({ field, head, text, cell });
  return [
    column('group', say(language, 'label', 'group'), (result) => groupCell(result, language), true),
    column('female-n', `${female} ${say(language, 'label', 'n')}`, (result) => formatCount(result.female.n, language)),
    column('female-share', share, (result) => formatShare(result.female, result, language)),
    column('male-n', `${male} ${say(language, 'label', 'n')}`, (result) => formatCount(result.male.n, language)),
    column('male-share', share, (result) => formatShare(result.male, result, language)),
    ...(hasOtherSex(report) ? [column('other-n', say(language, 'label', 'otherN'), (result) => formatCount(result.other.n, language))] : []),
    column('diff', say(language, 'label', 'difference'), (result) => comparisonText(result, () => formatSignedPp(result.diffPp, language))),
    column('ci95', say(language, 'label', 'ci95'), (result) => intervalText(result, language)),
    column('test', say(language, 'label', 'test'), (result) => testName(result, language), true),
    column('p', say(language, 'label', 'p'), (result) => comparisonText(result, () => formatP(result.p, language))),
    column('q', say(language, 'label', 'q'), (result) => comparisonText(result, () => formatP(result.q, language))),
    column('verdict', say(language, 'label', 'verdict'), (result) => verdictCell(result, report, language), true),
  ];
}

/** The verdict cell: the verdict, or for an unflagged row with too few cases, how large a difference could have been seen. */
export function verdictCell(result: PublishedResult, report: PublishedReport, language: Language): string {
  return verdictLabel(result, language) || detectableCell(result, report, language);
}

/** The cells of one row, in the order of stepColumns. */
export function rowCells(result: PublishedResult, report: PublishedReport, language: Language): string[] {
  return stepColumns(report, language).map((column) => column.cell(result));
}
