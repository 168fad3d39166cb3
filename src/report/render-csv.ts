/**
 * The CSV renderer: one line per result with the JSON's fields, machine-readable
 * headers. With `excel`, the dialect Swedish Excel opens correctly: semicolons, decimal
 * comma, UTF-8 with BOM, CRLF.
 */
import type { Report, Result } from './model.js';

export interface CsvOptions {
  readonly excel: boolean;
}

const COLUMNS: ReadonlyArray<readonly [string, (result: Result) => string | number | boolean | null]> = [
  ['step', (r) => r.step],
  ['by', (r) => r.by],
  ['group', (r) => r.group],
  ['female_n', (r) => r.female.n],
  ['female_yes', (r) => r.female.yes],
  ['female_share', (r) => r.female.share],
  ['male_n', (r) => r.male.n],
  ['male_yes', (r) => r.male.yes],
  ['male_share', (r) => r.male.share],
  ['other_n', (r) => r.other.n],
  ['other_yes', (r) => r.other.yes],
  ['diff_pp', (r) => r.diffPp],
  ['ci95_low', (r) => r.ci95?.[0] ?? null],
  ['ci95_high', (r) => r.ci95?.[1] ?? null],
  ['test', (r) => r.test],
  ['statistic', (r) => r.statistic],
  ['df', (r) => r.df],
  ['p', (r) => r.p],
  ['q', (r) => r.q],
  ['flag', (r) => r.flag],
  ['reason', (r) => r.reason],
  ['risk_ratio', (r) => r.riskRatio?.estimate ?? null],
  ['risk_ratio_ci95_low', (r) => r.riskRatio?.ci95[0] ?? null],
  ['risk_ratio_ci95_high', (r) => r.riskRatio?.ci95[1] ?? null],
  ['odds_ratio', (r) => r.oddsRatio?.estimate ?? null],
  ['odds_ratio_ci95_low', (r) => r.oddsRatio?.ci95[0] ?? null],
  ['odds_ratio_ci95_high', (r) => r.oddsRatio?.ci95[1] ?? null],
  ['shortfall_male', (r) => r.shortfall?.male ?? null],
  ['shortfall_female', (r) => r.shortfall?.female ?? null],
  ['warnings', (r) => r.warnings.join(' ')],
  ['all_categories_p', (r) => r.allCategories?.p ?? null],
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

function cell(value: string | number | boolean | null, options: CsvOptions, delimiter: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return options.excel ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quote(guardFormula(value), delimiter);
}

/** Renders one line per result. */
export function renderCsv(report: Report, options: CsvOptions): string {
  const delimiter = options.excel ? ';' : ',';
  const newline = options.excel ? '\r\n' : '\n';
  const lines = [COLUMNS.map(([name]) => name).join(delimiter)];
  for (const result of report.results) {
    lines.push(COLUMNS.map(([, get]) => cell(get(result), options, delimiter)).join(delimiter));
  }
  return (options.excel ? '\uFEFF' : '') + lines.join(newline) + newline;
}
