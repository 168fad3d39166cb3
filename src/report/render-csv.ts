/**
 * The CSV renderer: one line per result with the JSON's fields; hidden values (disclosure
 * control) are written "..". Plain CSV is for scripts: its headers are stable machine names
 * (English snake_case) in any language. With `excel` it is for people: the dialect Swedish
 * Excel opens correctly (semicolons, decimal comma, UTF-8 with BOM, CRLF) and headers in the
 * chosen language from the catalogue, the same columns in the same order. With --no-suppress
 * (nothing hidden) every row leads with a column `publication` saying "ej för publicering" /
 * "not for publication": a first column is what a person sees in Excel, and a script reading
 * by header finds every other column where it was; a comment line instead would break both
 * Excel and CSV readers.
 */
import {
  CRITERIA,
  type PublishedCategoryComparison,
  type PublishedCategoryResult,
  type PublishedMeasureResult,
  type PublishedMeasureSummary,
  type PublishedReport as Report,
  type PublishedResult as Result,
} from '../model/report.js';
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { LabelArgs, LabelKey } from '../i18n/label-texts.js';
import type { NoArgs } from '../messages/message.js';
import { HIDDEN, isComparisonHidden, isShareHidden } from './published-values.js';
import { isCategoryComparisonHidden, isCategoryRowHidden, isMeasureComparisonHidden } from './distribution-rows.js';

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

/** The words a header for people is made of: the language and the report's names of the sexes. */
interface HeadWords {
  readonly language: Language;
  readonly female: string;
  readonly male: string;
}

/**
 * A column: its machine name (plain CSV, for scripts: stable, English snake_case), its
 * header for people (`--excel`: the catalogue's words, in the chosen language) and its value.
 */
interface Column {
  readonly name: string;
  readonly head: (words: HeadWords) => string;
  readonly get: Getter;
}

/** A label that shows no values (its text needs no arguments). */
type WordKey = { [K in LabelKey]: NoArgs extends LabelArgs[K] ? K : never }[LabelKey];

const label = (key: WordKey) => (words: HeadWords): string => say(words.language, 'label', key);
const sexHead = (sex: 'female' | 'male', figure: 'n' | 'pub.yes' | 'share') => (words: HeadWords): string => `${words[sex]} ${say(words.language, 'label', figure)}`;
const ratioLow = (ratio: 'pub.riskRatio' | 'pub.oddsRatio') => (words: HeadWords): string => say(words.language, 'label', 'ci95LowOf', { estimate: say(words.language, 'label', ratio) });
const ratioHigh = (ratio: 'pub.riskRatio' | 'pub.oddsRatio') => (words: HeadWords): string => say(words.language, 'label', 'ci95HighOf', { estimate: say(words.language, 'label', ratio) });
const adjustedHead = (criterion: (typeof CRITERIA)[number], figure: (language: Language) => string) => (words: HeadWords): string =>
  say(words.language, 'label', 'csv.adjusted', { criterion: say(words.language, 'label', `criterion.${criterion}`), figure: figure(words.language) });
const changeHead = (figure: (language: Language) => string) => (words: HeadWords): string => say(words.language, 'label', 'csv.change', { figure: figure(words.language) });
const pWord = (language: Language): string => say(language, 'label', 'p');
const qWord = (language: Language): string => say(language, 'label', 'q');
const diffWord = (language: Language): string => say(language, 'label', 'csv.adjustedDiff');

const COLUMNS: readonly Column[] = [
  { name: 'step', head: label('step'), get: (r) => r.step },
  { name: 'by', head: label('pub.variable'), get: (r) => r.by },
  { name: 'group', head: label('group'), get: (r) => r.group },
  { name: 'period', head: label('period'), get: (r) => r.period },
  { name: 'female_n', head: sexHead('female', 'n'), get: count((r) => r.female.n) },
  { name: 'female_yes', head: sexHead('female', 'pub.yes'), get: count((r) => r.female.yes) },
  { name: 'female_share', head: sexHead('female', 'share'), get: share('female') },
  { name: 'male_n', head: sexHead('male', 'n'), get: count((r) => r.male.n) },
  { name: 'male_yes', head: sexHead('male', 'pub.yes'), get: count((r) => r.male.yes) },
  { name: 'male_share', head: sexHead('male', 'share'), get: share('male') },
  { name: 'other_n', head: label('otherN'), get: count((r) => r.other.n) },
  { name: 'other_yes', head: label('csv.otherYes'), get: count((r) => r.other.yes) },
  { name: 'diff_pp', head: label('difference'), get: compared((r) => r.diffPp) },
  { name: 'ci95_low', head: label('ci95Low'), get: compared((r) => r.ci95?.[0] ?? null) },
  { name: 'ci95_high', head: label('ci95High'), get: compared((r) => r.ci95?.[1] ?? null) },
  { name: 'test', head: label('test'), get: (r) => r.test },
  { name: 'statistic', head: label('csv.statistic'), get: compared((r) => r.statistic) },
  { name: 'df', head: label('csv.df'), get: (r) => r.df },
  { name: 'p', head: label('p'), get: compared((r) => r.p) },
  { name: 'q', head: label('q'), get: compared((r) => r.q) },
  { name: 'flag', head: label('flag'), get: (r) => r.flag },
  { name: 'reason', head: label('csv.reason'), get: (r) => r.reason },
  { name: 'risk_ratio', head: label('pub.riskRatio'), get: compared((r) => r.riskRatio?.estimate ?? null) },
  { name: 'risk_ratio_ci95_low', head: ratioLow('pub.riskRatio'), get: compared((r) => r.riskRatio?.ci95[0] ?? null) },
  { name: 'risk_ratio_ci95_high', head: ratioHigh('pub.riskRatio'), get: compared((r) => r.riskRatio?.ci95[1] ?? null) },
  { name: 'odds_ratio', head: label('pub.oddsRatio'), get: compared((r) => r.oddsRatio?.estimate ?? null) },
  { name: 'odds_ratio_ci95_low', head: ratioLow('pub.oddsRatio'), get: compared((r) => r.oddsRatio?.ci95[0] ?? null) },
  { name: 'odds_ratio_ci95_high', head: ratioHigh('pub.oddsRatio'), get: compared((r) => r.oddsRatio?.ci95[1] ?? null) },
  { name: 'shortfall_male', head: (words) => say(words.language, 'label', 'pub.shortfall', { sex: words.male.toLowerCase() }), get: compared((r) => r.shortfall?.male ?? null) },
  { name: 'shortfall_female', head: (words) => say(words.language, 'label', 'pub.shortfall', { sex: words.female.toLowerCase() }), get: compared((r) => r.shortfall?.female ?? null) },
  { name: 'warnings', head: label('csv.warnings'), get: (r) => r.warnings.join(' ') },
  { name: 'all_categories_p', head: label('csv.allCategoriesP'), get: (r) => (r.other.n === null ? HIDDEN_VALUE : (r.allCategories?.p ?? null)) },
  { name: 'verdict', head: label('verdict'), get: (r) => r.verdict },
  { name: 'explained_by', head: label('csv.explainedBy'), get: (r) => r.explainedBy.join(' ') },
  { name: 'insufficient_for', head: label('csv.insufficientFor'), get: (r) => r.insufficientFor.join(' ') },
  ...CRITERIA.flatMap((criterion): Column[] => {
    const adjusted = (r: Result) => r.adjusted.find((comparison) => comparison.criterion === criterion);
    return [
      { name: `${criterion}_p`, head: adjustedHead(criterion, pWord), get: compared((r) => adjusted(r)?.p ?? null) },
      { name: `${criterion}_q`, head: adjustedHead(criterion, qWord), get: compared((r) => adjusted(r)?.q ?? null) },
      { name: `${criterion}_risk_diff_pp`, head: adjustedHead(criterion, diffWord), get: compared((r) => adjusted(r)?.riskDiffPp?.estimate ?? null) },
    ];
  }),
  { name: 'change_diff_pp', head: changeHead(diffWord), get: (r) => r.overTime?.change?.diffPp ?? null },
  { name: 'change_p', head: changeHead(pWord), get: (r) => r.overTime?.change?.p ?? null },
  { name: 'change_q', head: changeHead(qWord), get: (r) => r.overTime?.change?.q ?? null },
  { name: 'suppressed', head: label('csv.suppressed'), get: (r) => r.suppressed },
  // Added after the first columns were published: new columns go last, so that readers by position keep working.
  { name: 'inconclusive_for', head: label('csv.inconclusiveFor'), get: (r) => r.inconclusiveFor.join(' ') },
];

/*
 * Steps beyond yes/no (issue 15). When the report has them, the CSV keeps one table: every
 * column above, then the columns below, and a column `kind` that says what a line is:
 * `yes-no` (a yes/no row), `categories` (a categorical row: each sex's n and the whole
 * distribution's test), `category` (one category of that row: its count per sex against
 * the sex's n, and the comparison, in the yes/no columns), `measure` (a numeric row: n per
 * sex and Wilcoxon's test in the yes/no columns, the summaries, the shift and Welch's test
 * in the new ones). A yes/no run's CSV is unchanged.
 */
type DistributionLine =
  | { readonly kind: 'categories'; readonly row: PublishedCategoryResult }
  | { readonly kind: 'category'; readonly row: PublishedCategoryResult; readonly category: PublishedCategoryComparison }
  | { readonly kind: 'measure'; readonly row: PublishedMeasureResult };
type Line = { readonly kind: 'yes-no'; readonly result: Result } | DistributionLine;
type LineGetter = (line: DistributionLine) => CellValue;

const hiddenIf = (hidden: boolean, value: CellValue): CellValue => (hidden ? HIDDEN_VALUE : value);
const rowHidden = (line: DistributionLine): boolean =>
  line.kind === 'categories' ? isCategoryRowHidden(line.row) : line.kind === 'category' ? isCategoryComparisonHidden(line.category) : isMeasureComparisonHidden(line.row);
/** A figure of a line's comparison: hidden with it; empty on a line that has no such figure (`applies` false). */
const lineCompared = (get: LineGetter, applies: (line: DistributionLine) => boolean = () => true): LineGetter => (line) => (applies(line) ? hiddenIf(rowHidden(line), get(line)) : null);
const isCategory = (line: DistributionLine): boolean => line.kind === 'category';
const isMeasure = (line: DistributionLine): boolean => line.kind === 'measure';
const sexN = (sex: 'female' | 'male' | 'other'): LineGetter => (line) => (line.kind === 'category' ? line.category[sex].n : line.row[sex].n) ?? HIDDEN_VALUE;
const categoryOnly = (get: (category: PublishedCategoryComparison) => CellValue): LineGetter => (line) => (line.kind === 'category' ? get(line.category) : null);
const categoryShare = (sex: 'female' | 'male'): LineGetter =>
  categoryOnly((category) => (category[sex].share === null && (category[sex].n === null || category[sex].yes === null) ? HIDDEN_VALUE : category[sex].share));
const verdictOf = (line: DistributionLine) => (line.kind === 'category' ? line.category : line.kind === 'measure' ? line.row : null);

/** The yes/no columns' values on the lines of the other kinds (a column not named here is empty). */
const DISTRIBUTION_VALUES: Readonly<Record<string, LineGetter>> = {
  step: (line) => line.row.step,
  by: (line) => line.row.by,
  group: (line) => line.row.group,
  female_n: sexN('female'),
  female_yes: categoryOnly((category) => category.female.yes ?? HIDDEN_VALUE),
  female_share: categoryShare('female'),
  male_n: sexN('male'),
  male_yes: categoryOnly((category) => category.male.yes ?? HIDDEN_VALUE),
  male_share: categoryShare('male'),
  other_n: sexN('other'),
  other_yes: categoryOnly((category) => category.other.yes ?? HIDDEN_VALUE),
  diff_pp: lineCompared(categoryOnly((category) => category.diffPp), isCategory),
  ci95_low: lineCompared(categoryOnly((category) => category.ci95?.[0] ?? null), isCategory),
  ci95_high: lineCompared(categoryOnly((category) => category.ci95?.[1] ?? null), isCategory),
  test: (line) => (line.kind === 'category' ? line.category.test : line.row.test),
  statistic: lineCompared((line) => (line.kind === 'category' ? line.category.statistic : line.row.statistic)),
  df: (line) => (line.kind === 'categories' ? line.row.df : null),
  p: lineCompared((line) => (line.kind === 'category' ? line.category.p : line.row.p)),
  q: lineCompared((line) => (line.kind === 'category' ? line.category.q : line.row.q)),
  flag: (line) => (line.kind === 'category' ? line.category.flag : line.row.flag),
  reason: (line) => (line.kind === 'category' ? line.category.reason : line.row.reason),
  warnings: (line) => (line.kind === 'category' ? line.category.warnings : line.row.warnings).join(' '),
  verdict: (line) => verdictOf(line)?.verdict ?? null,
  explained_by: (line) => verdictOf(line)?.explainedBy.join(' ') ?? null,
  insufficient_for: (line) => verdictOf(line)?.insufficientFor.join(' ') ?? null,
  inconclusive_for: (line) => verdictOf(line)?.inconclusiveFor.join(' ') ?? null,
  suppressed: (line) => (line.kind === 'category' ? line.category.suppressed : line.row.suppressed),
  ...Object.fromEntries(
    CRITERIA.flatMap((criterion) => {
      const adjusted = (line: DistributionLine) => (line.kind === 'category' ? line.category.adjusted : line.row.adjusted).find((entry) => entry.criterion === criterion);
      const configured = (line: DistributionLine): boolean => adjusted(line) !== undefined;
      return [
        [`${criterion}_p`, lineCompared((line) => adjusted(line)?.p ?? null, configured)],
        [`${criterion}_q`, lineCompared((line) => adjusted(line)?.q ?? null, configured)],
        [
          `${criterion}_risk_diff_pp`,
          lineCompared((line) => (line.kind === 'category' ? (line.category.adjusted.find((entry) => entry.criterion === criterion)?.riskDiffPp?.estimate ?? null) : null), (line) => isCategory(line) && configured(line)),
        ],
      ];
    }),
  ),
};

/** A column of the steps beyond yes/no: its value on a yes/no line and on the other lines. */
interface DistributionColumn {
  readonly name: string;
  readonly head: (words: HeadWords) => string;
  readonly yesNo: (result: Result) => CellValue;
  readonly get: LineGetter;
}

const measureOnly = (get: (row: PublishedMeasureResult) => CellValue): LineGetter => (line) => (line.kind === 'measure' ? get(line.row) : null);
const summaryFigure = (sex: 'female' | 'male', figure: keyof PublishedMeasureSummary, key: 'dist.median' | 'dist.q1' | 'dist.q3' | 'dist.mean' | 'dist.sd'): DistributionColumn => ({
  name: `${sex}_${figure}`,
  head: (words) => say(words.language, 'label', 'csv.sexFigure', { sex: words[sex], figure: say(words.language, 'label', key).toLowerCase() }),
  yesNo: () => null,
  get: measureOnly((row) => (row[sex][figure] === null && row[sex].n === null && row[sex].mean === null ? HIDDEN_VALUE : row[sex][figure])),
});
const shiftWord = (language: Language): string => say(language, 'label', 'csv.shift');
const welchHead = (figure: (language: Language) => string) => (words: HeadWords): string => say(words.language, 'label', 'csv.welch', { figure: figure(words.language) });

const DISTRIBUTION_COLUMNS: readonly DistributionColumn[] = [
  { name: 'kind', head: label('csv.kind'), yesNo: () => 'yes-no', get: (line) => line.kind },
  { name: 'category', head: label('csv.category'), yesNo: () => null, get: categoryOnly((category) => category.value) },
  { name: 'ordered', head: label('csv.ordered'), yesNo: () => null, get: (line) => (line.kind === 'measure' ? null : line.row.ordered) },
  { name: 'trend_p', head: label('csv.trendP'), yesNo: () => null, get: lineCompared((line) => (line.kind === 'categories' ? (line.row.trend?.p ?? null) : null), (line) => line.kind === 'categories' && line.row.trend !== null) },
  { name: 'trend_q', head: label('csv.trendQ'), yesNo: () => null, get: lineCompared((line) => (line.kind === 'categories' ? (line.row.trend?.q ?? null) : null), (line) => line.kind === 'categories' && line.row.trend !== null) },
  { name: 'unit', head: label('csv.unit'), yesNo: () => null, get: measureOnly((row) => row.unit) },
  ...(['female', 'male'] as const).flatMap((sex) => [
    summaryFigure(sex, 'median', 'dist.median'),
    summaryFigure(sex, 'q1', 'dist.q1'),
    summaryFigure(sex, 'q3', 'dist.q3'),
    summaryFigure(sex, 'mean', 'dist.mean'),
    summaryFigure(sex, 'sd', 'dist.sd'),
  ]),
  { name: 'shift', head: label('csv.shift'), yesNo: () => null, get: lineCompared(measureOnly((row) => row.estimate), isMeasure) },
  { name: 'shift_ci95_low', head: (words) => say(words.language, 'label', 'ci95LowOf', { estimate: shiftWord(words.language) }), yesNo: () => null, get: lineCompared(measureOnly((row) => row.ci95?.[0] ?? null), isMeasure) },
  { name: 'shift_ci95_high', head: (words) => say(words.language, 'label', 'ci95HighOf', { estimate: shiftWord(words.language) }), yesNo: () => null, get: lineCompared(measureOnly((row) => row.ci95?.[1] ?? null), isMeasure) },
  { name: 'exact', head: label('csv.exact'), yesNo: () => null, get: measureOnly((row) => row.exact) },
  { name: 'min_shift', head: label('csv.minShift'), yesNo: () => null, get: measureOnly((row) => row.minShift) },
  { name: 'welch_diff', head: label('dist.welchDiff'), yesNo: () => null, get: lineCompared(measureOnly((row) => row.welch?.estimate ?? null), isMeasure) },
  { name: 'welch_ci95_low', head: welchHead((language) => say(language, 'label', 'ci95Low')), yesNo: () => null, get: lineCompared(measureOnly((row) => row.welch?.ci95[0] ?? null), isMeasure) },
  { name: 'welch_ci95_high', head: welchHead((language) => say(language, 'label', 'ci95High')), yesNo: () => null, get: lineCompared(measureOnly((row) => row.welch?.ci95[1] ?? null), isMeasure) },
  { name: 'welch_statistic', head: welchHead((language) => say(language, 'label', 'csv.statistic')), yesNo: () => null, get: lineCompared(measureOnly((row) => row.welch?.statistic ?? null), isMeasure) },
  { name: 'welch_df', head: welchHead((language) => say(language, 'label', 'csv.df')), yesNo: () => null, get: lineCompared(measureOnly((row) => row.welch?.df ?? null), isMeasure) },
  { name: 'welch_p', head: welchHead(pWord), yesNo: () => null, get: lineCompared(measureOnly((row) => row.welch?.p ?? null), isMeasure) },
];

/** Every line of a report with steps beyond yes/no: the yes/no rows, then each categorical row and its categories, then the numeric rows. */
function linesOf(report: Report): Line[] {
  return [
    ...report.results.map((result): Line => ({ kind: 'yes-no', result })),
    ...(report.categoryResults ?? []).flatMap((row): Line[] => [{ kind: 'categories', row }, ...row.categories.map((category): Line => ({ kind: 'category', row, category }))]),
    ...(report.measureResults ?? []).map((row): Line => ({ kind: 'measure', row })),
  ];
}

/** A column as it reads any line. */
function readLine(column: Column, line: Line): CellValue {
  if (line.kind === 'yes-no') return column.get(line.result);
  // The not-for-publication mark is the same text on every line, whatever the line holds.
  if (column.name === 'publication') return column.get(undefined as unknown as Result);
  const get = DISTRIBUTION_VALUES[column.name];
  return get === undefined ? null : get(line);
}

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
function publicationColumn(report: Report, options: CsvOptions): readonly Column[] {
  if (report.settings.suppressBelow !== null) return [];
  const mark = say(options.language ?? 'sv', 'label', 'csv.notForPublication');
  return [{ name: 'publication', head: label('csv.publication'), get: () => mark }];
}

/**
 * Renders one line per result; led by the not-for-publication column when nothing is hidden.
 * Plain CSV is for scripts and keeps the machine names as headers; `--excel` is for people
 * and heads the same columns, in the same order, with the catalogue's words.
 */
export function renderCsv(report: Report, options: CsvOptions): string {
  const delimiter = options.excel ? ';' : ',';
  const newline = options.excel ? '\r\n' : '\n';
  const language = options.language ?? 'sv';
  const words: HeadWords = { language, female: say(language, 'label', `sex.female.${report.sexTerms}`), male: say(language, 'label', `sex.male.${report.sexTerms}`) };
  const columns = [...publicationColumn(report, options), ...COLUMNS];
  const distribution = report.categoryResults !== undefined || report.measureResults !== undefined;
  const extra = distribution ? DISTRIBUTION_COLUMNS : [];
  const heads = [...columns, ...extra].map((column) => (options.excel ? cell(column.head(words), options, delimiter) : column.name));
  const lines = [heads.join(delimiter)];
  if (!distribution) {
    for (const result of report.results) {
      lines.push(columns.map((column) => cell(column.get(result), options, delimiter)).join(delimiter));
    }
  } else {
    for (const line of linesOf(report)) {
      const values = [
        ...columns.map((column) => readLine(column, line)),
        ...extra.map((column) => (line.kind === 'yes-no' ? column.yesNo(line.result) : column.get(line))),
      ];
      lines.push(values.map((value) => cell(value, options, delimiter)).join(delimiter));
    }
  }
  return (options.excel ? '\uFEFF' : '') + lines.join(newline) + newline;
}
