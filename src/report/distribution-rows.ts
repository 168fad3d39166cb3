/**
 * The tables of steps beyond yes/no (issue 15) as text, shared by the renderers that print
 * tables for people (terminal, Markdown): columns, lines and cells, and the notes under a
 * table. Hidden values read "..".
 *
 * A categorical step is one block per row (overall, then the groups of each `by`
 * variable): the row's line with each sex's n and the whole distribution's test, the trend
 * line of ordered categories, and a line per category with each sex's "count of n (share)",
 * the difference in percentage points with its interval, the test, p, q and the verdict.
 * A numeric step is one line per row: each sex's n, median (q1–q3) and mean (sd), the
 * shift female − male with its interval, Wilcoxon's p and q, Welch's difference and p,
 * and the verdict. The stratified tests are listed under the table.
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type {
  DistributionAdjusted,
  PublishedCategoryComparison,
  PublishedCategoryResult,
  PublishedMeasureResult,
  PublishedMeasureSummary,
  PublishedReport,
  PublishedSexCounts,
  VerdictFields,
} from '../model/report.js';
import { formatNumber, formatP, formatPercent, formatSignedPp } from './numbers.js';
import { HIDDEN, formatCount } from './published-values.js';
import { criteriaWords } from './verdict-text.js';

/** The kind of a step: which of the report's arrays holds its rows. */
export type StepKind = 'yes-no' | 'categories' | 'measure';

/** Which array holds the rows of the step named `step`. */
export function stepKind(report: PublishedReport, step: string): StepKind {
  if (report.categoryResults?.some((row) => row.step === step)) return 'categories';
  if (report.measureResults?.some((row) => row.step === step)) return 'measure';
  return 'yes-no';
}

/** The rows of a categorical step, in report order. */
export function categoryRowsOf(report: PublishedReport, step: string): PublishedCategoryResult[] {
  return (report.categoryResults ?? []).filter((row) => row.step === step);
}

/** The rows of a numeric step, in report order. */
export function measureRowsOf(report: PublishedReport, step: string): PublishedMeasureResult[] {
  return (report.measureResults ?? []).filter((row) => row.step === step);
}

/** A column of a table: its field (for leaving it out and for HTML), its head, and whether it holds text. */
export interface TextColumn {
  readonly field: string;
  readonly head: string;
  readonly text: boolean;
}

/**
 * One line of a table: a variable's heading, or a line of cells (one per column); flagged
 * lines are highlighted. `pieces` gives, by column, where a figure's cell may break when a
 * terminal is narrow ("453 av", "3 877", "(11,7 %)": the spaces inside a number never
 * break); a cell not named there breaks at every space when its column holds text, never otherwise.
 */
export type TextLine =
  | { readonly variable: string }
  | { readonly cells: readonly string[]; readonly flag: boolean; readonly heading: boolean; readonly pieces?: Readonly<Partial<Record<string, readonly string[]>>> };

/** A cell given as the pieces it may break into (joined by a space it reads as one line), or as text. */
type CellValue = string | readonly string[];

/** A line's cells in the order of the columns, and the pieces of the cells given as pieces. */
function lineCells(columns: readonly TextColumn[], values: Readonly<Record<string, CellValue>>): { cells: string[]; pieces: Partial<Record<string, readonly string[]>> } {
  const pieces: Partial<Record<string, readonly string[]>> = {};
  const cells = columns.map((column) => {
    const value = values[column.field] ?? '';
    if (typeof value === 'string') return value;
    pieces[column.field] = value;
    return value.join(' ');
  });
  return { cells, pieces };
}

/** A whole table as text. */
export interface TextTable {
  readonly columns: readonly TextColumn[];
  readonly lines: readonly TextLine[];
}

/** How text from the data is made safe for the format (control characters, Markdown). */
export type DataText = (text: string) => string;

const hiddenOr = (value: number | null | undefined, hidden: boolean, format: (value: number) => string): string => (hidden ? HIDDEN : value === null || value === undefined ? '–' : format(value));

/**
 * A value of a measure as every format shows it: whole numbers as they are, others with
 * one decimal ("–" for none). Within 1e-9 of a whole number counts as whole: a
 * Hodges–Lehmann shift or a mean computed as 7.999999999 reads "8", not "8,0".
 */
export function formatMeasure(value: number | null, language: Language): string {
  if (value === null) return '–';
  return formatNumber(value, language, Math.abs(value - Math.round(value)) < 1e-9 ? 0 : 1);
}

/** A signed shift or difference in the measure's unit ("+8", "-2,5"), as every format shows it. */
export function formatSignedMeasure(value: number | null, language: Language): string {
  if (value === null) return '–';
  const text = formatMeasure(value, language);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/** An interval "a – b" with a formatter, "–" when there is none (kept on one line, as in the yes/no tables). */
function intervalText(interval: readonly [number, number] | null, format: (value: number) => string): string {
  return interval === null ? '–' : `${format(interval[0])} – ${format(interval[1])}`;
}

/** A row's place in words: "Totalt", or the group's value, "(tomt)" when blank. */
export function rowName(row: { readonly by: string | null; readonly group: string | null }, language: Language): string {
  if (row.by === null) return say(language, 'label', 'overall');
  return row.group === '' || row.group === null ? say(language, 'label', 'blankGroup') : row.group;
}

/** A row's place for a sentence: "Totalt", or "Stadsdel Bromma". */
function placeName(row: { readonly by: string | null; readonly group: string | null }, language: Language, data: DataText): string {
  return row.by === null ? say(language, 'label', 'overall') : `${data(row.by)} ${data(rowName(row, language))}`;
}

/** The verdict of a flaggable row or category in words (as a yes/no row's, verdict-text.ts). */
export function distributionVerdict(fields: VerdictFields & { readonly adjusted: readonly { readonly criterion: string; readonly warnings: readonly string[] }[] }, language: Language): string {
  switch (fields.verdict) {
    case 'explained': {
      const heterogeneous = fields.adjusted.some((comparison) => (fields.explainedBy as readonly string[]).includes(comparison.criterion) && comparison.warnings.includes('heterogeneous-strata'));
      return say(language, 'label', heterogeneous ? 'verdict.explainedOnAverage' : 'verdict.explained', { criteria: criteriaWords(fields.explainedBy, language) });
    }
    case 'insufficient':
      return say(language, 'label', 'verdict.insufficient', { criteria: criteriaWords(fields.insufficientFor, language) });
    case 'inconclusive':
      return say(language, 'label', 'verdict.inconclusive', { criteria: criteriaWords(fields.inconclusiveFor, language) });
    default:
      return say(language, 'label', `verdict.${fields.verdict}`);
  }
}

/** A test's name in words, or why there is none. */
export function testWords(test: 'chi2' | 'fisher' | 'wilcoxon' | 'van-elteren' | 'cmh' | null, reason: string | null, language: Language): string {
  if (test === null) return reason ? say(language, 'label', `reason.${reason}` as 'reason.no-cases') : say(language, 'label', 'noTest');
  return say(language, 'label', test === 'cmh' ? 'cmh-generalized' : test);
}

/** A category's count for one sex as the pieces a narrow terminal may put on separate lines: "24 av", "225", "(10,7 %)", with ".." for what is hidden. */
export function categoryCountPieces(counts: PublishedSexCounts, language: Language): readonly string[] {
  const share = counts.share === null ? (counts.n === null || counts.yes === null ? HIDDEN : '–') : say(language, 'label', 'percentText', { value: formatPercent(counts.share, language) });
  return [`${formatCount(counts.yes, language)} ${say(language, 'label', 'yesOf')}`, formatCount(counts.n, language), `(${share})`];
}

/** A category's count for one sex: "24 av 225 (10,7 %)", with ".." for what is hidden. */
export function categoryCountText(counts: PublishedSexCounts, language: Language): string {
  return categoryCountPieces(counts, language).join(' ');
}

/** True when the female–male comparison of a category is hidden (a count or n of either sex). */
export function isCategoryComparisonHidden(category: PublishedCategoryComparison): boolean {
  return category.female.yes === null || category.female.n === null || category.male.yes === null || category.male.n === null;
}

/** True when a categorical row's tests are hidden (a count of either sex is). */
export function isCategoryRowHidden(row: PublishedCategoryResult): boolean {
  return row.female.n === null || row.male.n === null || row.categories.some(isCategoryComparisonHidden);
}

/** True when a numeric row's comparison is hidden (either sex's n is). */
export function isMeasureComparisonHidden(row: PublishedMeasureResult): boolean {
  return row.female.n === null || row.male.n === null;
}

/** True when some row of the report's categorical or numeric steps has cases of other or unknown sex (a hidden count counts). */
export function hasOtherSex(rows: ReadonlyArray<{ readonly other: { readonly n: number | null } }>): boolean {
  return rows.some((row) => row.other.n !== 0);
}

/**
 * The columns of a female–male comparison that end a table of these steps: the difference
 * (with its own head), its interval, the test, p, q and the verdict.
 */
export function comparisonColumns(language: Language, differenceHead: string): TextColumn[] {
  return [
    { field: 'diff', head: differenceHead, text: false },
    { field: 'ci95', head: say(language, 'label', 'ci95'), text: false },
    { field: 'test', head: say(language, 'label', 'test'), text: true },
    { field: 'p', head: say(language, 'label', 'p'), text: false },
    { field: 'q', head: say(language, 'label', 'q'), text: false },
    { field: 'verdict', head: say(language, 'label', 'verdict'), text: true },
  ];
}

/** The words for the two sexes, as the report names them. */
export function sexWords(report: PublishedReport, language: Language): { readonly female: string; readonly male: string } {
  return { female: say(language, 'label', `sex.female.${report.sexTerms}`), male: say(language, 'label', `sex.male.${report.sexTerms}`) };
}

/**
 * An ordered step's trend in words, when its q is below alpha: "flickor högre på skalan"
 * ('' otherwise: the trend flags nothing, and a direction without a significant test
 * would read as a finding).
 */
export function trendHigherText(trend: NonNullable<PublishedCategoryResult['trend']>, report: PublishedReport, language: Language): string {
  if (trend.higher === null || trend.q === null || trend.q >= report.settings.alpha) return '';
  return say(language, 'label', 'dist.trendHigher', { sex: sexWords(report, language)[trend.higher].toLowerCase() });
}

/** A categorical step's table: per row its line, its trend line when ordered, and a line per category. */
export function categoryTable(report: PublishedReport, step: string, language: Language, data: DataText): TextTable {
  const rows = categoryRowsOf(report, step);
  const { female, male } = sexWords(report, language);
  const other = hasOtherSex(rows);
  const columns: TextColumn[] = [
    { field: 'group', head: say(language, 'label', 'dist.groupCategory'), text: true },
    { field: 'female', head: female, text: false },
    { field: 'male', head: male, text: false },
    ...(other ? [{ field: 'other-n', head: say(language, 'label', 'otherN'), text: false }] : []),
    ...comparisonColumns(language, say(language, 'label', 'difference')),
  ];
  const cellsOf = (values: Readonly<Record<string, CellValue>>) => lineCells(columns, values);
  const lines: TextLine[] = [];
  let currentBy: string | null = null;
  for (const row of rows) {
    if (row.by !== null && row.by !== currentBy) {
      currentBy = row.by;
      lines.push({ variable: data(row.by) });
    }
    const hidden = isCategoryRowHidden(row);
    const indent = row.by === null ? '' : '  ';
    // "n = 3 877" breaks only before the number.
    const nText = (n: number | null): readonly string[] => {
      const shown = formatCount(n, language);
      const text = say(language, 'label', 'dist.nEquals', { n: shown });
      return text.endsWith(` ${shown}`) ? [text.slice(0, -shown.length - 1), shown] : [text];
    };
    const test = row.test === null ? testWords(null, row.reason, language) : say(language, 'label', 'dist.testDf', { test: testWords(row.test, null, language), df: row.df ?? '–' });
    lines.push({
      heading: true,
      flag: false,
      ...cellsOf({
        group: `${indent}${data(rowName(row, language))}`,
        female: nText(row.female.n),
        male: nText(row.male.n),
        'other-n': formatCount(row.other.n, language),
        test,
        p: hiddenOr(row.p, hidden, (value) => formatP(value, language)),
        q: hiddenOr(row.q, hidden, (value) => formatP(value, language)),
      }),
    });
    if (row.trend !== null) {
      lines.push({
        heading: false,
        flag: false,
        ...cellsOf({
          group: `${indent}  ${say(language, 'label', 'dist.trend')}`,
          test: testWords(row.trend.test, row.trend.reason, language),
          p: hiddenOr(row.trend.p, hidden, (value) => formatP(value, language)),
          q: hiddenOr(row.trend.q, hidden, (value) => formatP(value, language)),
          verdict: trendHigherText(row.trend, report, language),
        }),
      });
    }
    for (const category of row.categories) {
      const compared = isCategoryComparisonHidden(category);
      lines.push({
        heading: false,
        flag: category.flag,
        ...cellsOf({
          group: `${indent}  ${data(category.value === '' ? say(language, 'label', 'blankGroup') : category.value)}`,
          female: categoryCountPieces(category.female, language),
          male: categoryCountPieces(category.male, language),
          'other-n': formatCount(category.other.yes, language),
          diff: hiddenOr(category.diffPp, compared, (value) => formatSignedPp(value, language)),
          ci95: compared ? HIDDEN : intervalText(category.ci95, (value) => formatNumber(value, language, 1)),
          test: testWords(category.test, category.reason, language),
          p: hiddenOr(category.p, compared, (value) => formatP(value, language)),
          q: hiddenOr(category.q, compared, (value) => formatP(value, language)),
          verdict: distributionVerdict(category, language),
        }),
      });
    }
  }
  return { columns, lines };
}

/** A sex's median and quartiles: "98 (61–131,5)", which may break before the parenthesis. */
function medianPieces(summary: PublishedMeasureSummary, language: Language): readonly string[] {
  if (summary.median === null) return [summary.n === null && summary.mean === null ? HIDDEN : '–'];
  const quartiles = summary.q1 === null || summary.q3 === null ? [] : [`(${formatMeasure(summary.q1, language)}–${formatMeasure(summary.q3, language)})`];
  return [formatMeasure(summary.median, language), ...quartiles];
}

/** A sex's mean and standard deviation: "101,4 (48,2)", which may break before the parenthesis. */
function meanPieces(summary: PublishedMeasureSummary, language: Language): readonly string[] {
  if (summary.mean === null) return [summary.n === null ? HIDDEN : '–'];
  return [formatNumber(summary.mean, language, 1), ...(summary.sd === null ? [] : [`(${formatNumber(summary.sd, language, 1)})`])];
}

/** A numeric step's table: one line per row. */
export function measureTable(report: PublishedReport, step: string, language: Language, data: DataText): TextTable {
  const rows = measureRowsOf(report, step);
  const { female, male } = sexWords(report, language);
  const unit = rows[0]?.unit ?? null;
  const n = say(language, 'label', 'n');
  const columns: TextColumn[] = [
    { field: 'group', head: say(language, 'label', 'group'), text: true },
    { field: 'female-n', head: `${female} ${n}`, text: false },
    { field: 'female-median', head: `${female} ${say(language, 'label', 'dist.medianQuartiles')}`, text: false },
    { field: 'female-mean', head: `${female} ${say(language, 'label', 'dist.meanSd')}`, text: false },
    { field: 'male-n', head: `${male} ${n}`, text: false },
    { field: 'male-median', head: `${male} ${say(language, 'label', 'dist.medianQuartiles')}`, text: false },
    { field: 'male-mean', head: `${male} ${say(language, 'label', 'dist.meanSd')}`, text: false },
    ...(hasOtherSex(rows) ? [{ field: 'other-n', head: say(language, 'label', 'otherN'), text: false }] : []),
    { field: 'diff', head: unit === null ? say(language, 'label', 'dist.shiftNoUnit') : say(language, 'label', 'dist.shift', { unit: data(unit) }), text: false },
    { field: 'ci95', head: say(language, 'label', 'ci95'), text: false },
    { field: 'p', head: say(language, 'label', 'p'), text: false },
    { field: 'q', head: say(language, 'label', 'q'), text: false },
    { field: 'welch-diff', head: say(language, 'label', 'dist.welchDiff'), text: false },
    { field: 'welch-p', head: say(language, 'label', 'dist.welchP'), text: false },
    { field: 'verdict', head: say(language, 'label', 'verdict'), text: true },
  ];
  const lines: TextLine[] = [];
  let currentBy: string | null = null;
  for (const row of rows) {
    if (row.by !== null && row.by !== currentBy) {
      currentBy = row.by;
      lines.push({ variable: data(row.by) });
    }
    const hidden = isMeasureComparisonHidden(row);
    const measure = (value: number) => formatMeasure(value, language);
    const values: Record<string, CellValue> = {
      group: `${row.by === null ? '' : '  '}${data(rowName(row, language))}`,
      'female-n': formatCount(row.female.n, language),
      'female-median': medianPieces(row.female, language),
      'female-mean': meanPieces(row.female, language),
      'male-n': formatCount(row.male.n, language),
      'male-median': medianPieces(row.male, language),
      'male-mean': meanPieces(row.male, language),
      'other-n': formatCount(row.other.n, language),
      diff: row.test === null && !hidden ? testWords(null, row.reason, language) : hiddenOr(row.estimate, hidden, (value) => formatSignedMeasure(value, language)),
      ci95: hidden ? HIDDEN : intervalText(row.ci95, measure),
      p: hiddenOr(row.p, hidden, (value) => formatP(value, language)),
      q: hiddenOr(row.q, hidden, (value) => formatP(value, language)),
      'welch-diff': hiddenOr(row.welch?.estimate, hidden, (value) => formatSignedMeasure(value, language)),
      'welch-p': hiddenOr(row.welch?.p, hidden, (value) => formatP(value, language)),
      verdict: distributionVerdict(row, language),
    };
    lines.push({ heading: false, flag: row.flag, ...lineCells(columns, values) });
  }
  return { columns, lines };
}

/** A stratified test's figures: "13,1, fg 3, p = 0,001, q = 0,006" (z for van Elteren). */
function adjustedFigures(adjusted: DistributionAdjusted, hidden: boolean, language: Language): string {
  const statistic = hiddenOr(adjusted.statistic, hidden, (value) => formatNumber(value, language, 2));
  const first = adjusted.test === 'van-elteren' ? `z = ${statistic}` : adjusted.df === null ? statistic : say(language, 'label', 'dist.testDf', { test: statistic, df: adjusted.df });
  // "p = 0,023", but "p < 0,001" (formatP's text starts with the sign then).
  const equation = (name: string, value: number | null): string => {
    const text = hiddenOr(value, hidden, (shown) => formatP(shown, language));
    return text.startsWith('<') ? `${name} ${text}` : `${name} = ${text}`;
  };
  return `${first}, ${equation('p', adjusted.p)}, ${equation('q', adjusted.q)}`;
}

/** The lines under a categorical or numeric step's table: what the cells hold, the stratified tests of every row. */
export function distributionNotes(report: PublishedReport, step: string, language: Language, data: DataText): string[] {
  const kind = stepKind(report, step);
  const { female, male } = sexWords(report, language);
  const notes: string[] = [];
  const rows: ReadonlyArray<{ readonly by: string | null; readonly group: string | null; readonly adjusted: readonly DistributionAdjusted[]; readonly hidden: boolean }> =
    kind === 'categories'
      ? categoryRowsOf(report, step).map((row) => ({ ...row, hidden: isCategoryRowHidden(row) }))
      : measureRowsOf(report, step).map((row) => ({ ...row, hidden: isMeasureComparisonHidden(row) }));
  if (kind === 'categories') notes.push(say(language, 'label', 'dist.categoryCellsNote', { female: female.toLowerCase(), male: male.toLowerCase() }));
  if (kind === 'measure') {
    const first = measureRowsOf(report, step)[0];
    if (first !== undefined) {
      // No "at least 0": without a smallest shift the note leaves the condition out.
      const minShift = first.minShift === 0 ? '' : `${formatMeasure(first.minShift, language)}${first.unit === null ? '' : ` ${data(first.unit)}`}`;
      notes.push(say(language, 'label', 'dist.measureNote', { minShift, female: female.toLowerCase(), male: male.toLowerCase() }));
    }
  }
  for (const row of rows) {
    for (const adjusted of row.adjusted) {
      const common = { place: placeName(row, language, data), criterion: say(language, 'label', `criterion.${adjusted.criterion}`), variables: adjusted.for.map(data).join(', ') };
      notes.push(
        adjusted.test === null
          ? say(language, 'label', 'dist.adjustedNone', { ...common, reason: adjusted.reason === null ? '–' : adjusted.reason === 'single-stratum' ? say(language, 'label', 'dist.singleStratum') : say(language, 'label', `reason.${adjusted.reason}`) })
          : say(language, 'label', 'dist.adjustedLine', { ...common, test: testWords(adjusted.test, null, language), figures: adjustedFigures(adjusted, row.hidden, language) }),
      );
    }
  }
  return notes;
}
