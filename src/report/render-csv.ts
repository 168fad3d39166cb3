/**
 * The CSV renderer: one line per result with the JSON's fields, machine-readable
 * headers; hidden values (disclosure control) are written "..". With `excel`, the dialect Swedish Excel opens correctly: semicolons, decimal
 * comma, UTF-8 with BOM, CRLF. With --no-suppress (nothing hidden) every row leads with a
 * column `publication` saying "ej för publicering" / "not for publication": a first column
 * is what a person sees in Excel, and a script reading by header finds every other column
 * where it was; a comment line instead would break both Excel and CSV readers.
 */
import { CRITERIA, type PublishedReport as Report, type PublishedResult as Result } from '../model/report.js';
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import { HIDDEN, isComparisonHidden, isShareHidden } from './published-values.js';

export interface CsvOptions {
  readonly excel: boolean;
  /** The language of the not-for-publication mark (Swedish when not given). */
  readonly language?: Language;
}

/** A hidden value, written "..": a symbol, so that no text in a field can be mistaken for it. */
const HIDDEN_VALUE = Symbol('hidden');
type CellValue = string | number | boolean | null | typeof HIDDEN_VALUE;
type Getter = (result: Result) => CellValue;

/** A count: hidden when null. */
const count = (get: (result: Result) => number | null): Getter => (result) => get(result) ?? HIDDEN_VALUE;
/** A figure of the female–male comparison: hidden with the comparison. */
const compared = (get: Getter): Getter => (result) => (isComparisonHidden(result) ? HIDDEN_VALUE : get(result));
const share = (sex: 'female' | 'male'): Getter => (result) => (isShareHidden(result[sex], result) ? HIDDEN_VALUE : result[sex].share);

const COLUMNS: ReadonlyArray<readonly [string, Getter]> = [
  ['step', (r) => r.step],
  ['by', (r) => r.by],
  ['group', (r) => r.group],
  ['period', (r) => r.period],
  ['female_n', count((r) => r.female.n)],
  ['female_yes', count((r) => r.female.yes)],
  ['female_share', share('female')],
  ['male_n', count((r) => r.male.n)],
  ['male_yes', count((r) => r.male.yes)],
  ['male_share', share('male')],
  ['other_n', count((r) => r.other.n)],
  ['other_yes', count((r) => r.other.yes)],
  ['diff_pp', compared((r) => r.diffPp)],
  ['ci95_low', compared((r) => r.ci95?.[0] ?? null)],
  ['ci95_high', compared((r) => r.ci95?.[1] ?? null)],
  ['test', (r) => r.test],
  ['statistic', compared((r) => r.statistic)],
  ['df', (r) => r.df],
  ['p', compared((r) => r.p)],
  ['q', compared((r) => r.q)],
  ['flag', (r) => r.flag],
  ['reason', (r) => r.reason],
  ['risk_ratio', compared((r) => r.riskRatio?.estimate ?? null)],
  ['risk_ratio_ci95_low', compared((r) => r.riskRatio?.ci95[0] ?? null)],
  ['risk_ratio_ci95_high', compared((r) => r.riskRatio?.ci95[1] ?? null)],
  ['odds_ratio', compared((r) => r.oddsRatio?.estimate ?? null)],
  ['odds_ratio_ci95_low', compared((r) => r.oddsRatio?.ci95[0] ?? null)],
  ['odds_ratio_ci95_high', compared((r) => r.oddsRatio?.ci95[1] ?? null)],
  ['shortfall_male', compared((r) => r.shortfall?.male ?? null)],
  ['shortfall_female', compared((r) => r.shortfall?.female ?? null)],
  ['warnings', (r) => r.warnings.join(' ')],
  ['all_categories_p', (r) => (r.other.n === null ? HIDDEN_VALUE : (r.allCategories?.p ?? null))],
  ['verdict', (r) => r.verdict],
  ['explained_by', (r) => r.explainedBy.join(' ')],
  ['insufficient_for', (r) => r.insufficientFor.join(' ')],
  ...CRITERIA.flatMap((criterion) => [
    [`${criterion}_p`, compared((r) => r.adjusted.find((comparison) => comparison.criterion === criterion)?.p ?? null)] as const,
    [`${criterion}_q`, compared((r) => r.adjusted.find((comparison) => comparison.criterion === criterion)?.q ?? null)] as const,
    [`${criterion}_risk_diff_pp`, compared((r) => r.adjusted.find((comparison) => comparison.criterion === criterion)?.riskDiffPp?.estimate ?? null)] as const,
  ]),
  ['change_diff_pp', (r) => r.overTime?.change?.diffPp ?? null],
  ['change_p', (r) => r.overTime?.change?.p ?? null],
  ['change_q', (r) => r.overTime?.change?.q ?? null],
  ['suppressed', (r) => r.suppressed],
  // Added after the first columns were published: new columns go last, so that readers by position keep working.
  ['inconclusive_for', (r) => r.inconclusiveFor.join(' ')],
];

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Keeps text that a spreadsheet would run as a formula as text, by a leading apostrophe. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: CellValue, options: CsvOptions, delimiter: string): string {
  if (value === null) return '';
  if (value === HIDDEN_VALUE) return HIDDEN;
  if (typeof value === 'number') return options.excel ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quote(guardFormula(value), delimiter);
}

/** The leading column of a report with nothing hidden, the same text on every row. */
function publicationColumn(report: Report, options: CsvOptions): ReadonlyArray<readonly [string, Getter]> {
  if (report.settings.suppressBelow !== null) return [];
  const mark = say(options.language ?? 'sv', 'label', 'csv.notForPublication');
  return [['publication', () => mark]];
}

/** Renders one line per result; led by the not-for-publication column when nothing is hidden. */
export function renderCsv(report: Report, options: CsvOptions): string {
  const delimiter = options.excel ? ';' : ',';
  const newline = options.excel ? '\r\n' : '\n';
  const columns = [...publicationColumn(report, options), ...COLUMNS];
  const lines = [columns.map(([name]) => name).join(delimiter)];
  for (const result of report.results) {
    lines.push(columns.map(([, get]) => cell(get(result), options, delimiter)).join(delimiter));
  }
  return (options.excel ? '\uFEFF' : '') + lines.join(newline) + newline;
}
