/**
 * The rows and tables of the steps beyond yes/no (issue 15) as text, shared by the HTML and
 * Word reports: which steps are categorical or numeric, where a row is, how a measure's
 * figures read, and each step's table as columns and lines. A categorical step's table has,
 * per group, a line with the group's cases and its test over all categories, a line per
 * category (each sex's count and share, the difference in percentage points with its
 * interval, p, q and the verdict), the trend of ordered categories and one line per
 * criterion's stratified test; a numeric step's a line per group (each sex's n, median with
 * quartiles, mean with sd, the shift with its interval, p, q, verdict) and one per criterion.
 * Hidden values read "..", as in the yes/no tables.
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
  PublishedStepSummary,
} from '../model/report.js';
import { NO_TEST_REASONS, type NoTestReason } from '../stats/types.js';
import { formatNumber, formatP, formatPercent, formatSignedPp } from './numbers.js';
import { HIDDEN, formatCount } from './published-values.js';
import { verdictLabel } from './verdict-text.js';
import {
  categoryRowsOf,
  comparisonColumns,
  formatMeasure,
  formatSignedMeasure,
  hasOtherSex,
  isCategoryComparisonHidden,
  isMeasureComparisonHidden,
  measureRowsOf,
  rowName,
  sexWords,
  stepKind,
  trendHigherText,
  type TextColumn,
} from './distribution-rows.js';

/** A variable or an intersection as readers see it (summary.ts says it the same way; not imported, since the summary imports this file). */
const variableName = (by: string): string => by.split('*').join(' × ');

export type DistributionKind = 'categories' | 'measure';

/** The kind of a step beyond yes/no, or null for a yes/no step: read from the rows the report holds. */
export function distributionKind(report: PublishedReport, step: string): DistributionKind | null {
  const kind = stepKind(report, step);
  return kind === 'yes-no' ? null : kind;
}

/** The report's categorical and numeric steps, in the order of report.steps. */
export function distributionSteps(report: PublishedReport): { step: PublishedStepSummary; kind: DistributionKind }[] {
  return report.steps.flatMap((step) => {
    const kind = distributionKind(report, step.name);
    return kind ? [{ step, kind }] : [];
  });
}

/** The method paragraph of the categorical and numeric steps, when the report has such a step (for the method section of the HTML, Word and Excel reports). */
export function distributionMethod(report: PublishedReport, language: Language): string[] {
  if (!hasDistributionSteps(report)) return [];
  const { female, male } = sexWords(report, language);
  return [say(language, 'label', 'dist.method', { female: female.toLowerCase(), male: male.toLowerCase() })];
}

/** True when the report has a step beyond yes/no. */
export function hasDistributionSteps(report: PublishedReport): boolean {
  return (report.categoryResults?.length ?? 0) > 0 || (report.measureResults?.length ?? 0) > 0;
}



/** A row of these steps: overall or a group of a variable. */
type DistributionRow = Pick<PublishedCategoryResult, 'step' | 'by' | 'group'>;


/** A row's label in text alternatives and notes: "Totalt", "Stadsdelsområde: Bromma". */
export function distributionLabel(row: DistributionRow, language: Language): string {
  return row.by === null ? rowName(row, language) : `${variableName(row.by)}: ${rowName(row, language)}`;
}

/** Where a row is, as rowPlace says it for yes/no rows: "Kontaktorsak, totalt", "Kontaktorsak, Stadsdelsområde Bromma". */
export function distributionPlace(row: DistributionRow, language: Language): string {
  const group = row.by === null ? say(language, 'label', 'overall').toLowerCase() : `${variableName(row.by)} ${rowName(row, language)}`;
  return `${row.step}, ${group}`;
}


/**
 * True when a categorical row's cases of a sex are hidden, so that none of its categories
 * can be compared (distribution-rows.ts isCategoryRowHidden also counts a hidden category).
 */
export function isCategoryRowCountHidden(row: PublishedCategoryResult): boolean {
  return row.female.n === null || row.male.n === null;
}


/** One column of these tables: its field (HTML's data-field), head and whether it holds text. */
export type DistributionColumn = TextColumn;

/**
 * One line of a table: a variable's heading (`by`), a row's group line, a category, the
 * trend, or a criterion's stratified test, with its cells in the order of the columns.
 */
export type DistributionLine =
  | { readonly kind: 'by'; readonly text: string }
  | {
      readonly kind: 'group' | 'category' | 'trend' | 'adjusted';
      readonly cells: readonly string[];
      readonly flagged: boolean;
      readonly hidden: boolean;
      readonly by: string | null;
      readonly group: string | null;
      /** The category's value on a category line, else null. */
      readonly value: string | null;
    };

export interface DistributionTable {
  readonly columns: readonly DistributionColumn[];
  readonly lines: readonly DistributionLine[];
}

/** Why a line has no test, in words: the statistics' reasons as the yes/no tables say them, a criterion that cannot be examined within the group, or (a reason added later) its code. */
function reasonWord(reason: string, language: Language): string {
  if (reason === 'single-stratum') return say(language, 'label', 'dist.report.singleStratum');
  return (NO_TEST_REASONS as readonly string[]).includes(reason) ? say(language, 'label', `reason.${reason as NoTestReason}`) : reason;
}

function testWord(test: string | null, reason: string | null, language: Language): string {
  if (test === null) return reason ? reasonWord(reason, language) : say(language, 'label', 'noTest');
  if (test === 'chi2' || test === 'fisher') return say(language, 'label', test);
  return say(language, 'label', `dist.test.${test as 'wilcoxon' | 'cmh' | 'van-elteren'}`);
}

/** The interval "1,2 – 3,4" of a comparison, ".." when hidden. */
function interval(ci: readonly [number, number] | null, hidden: boolean, format: (value: number) => string): string {
  if (hidden) return HIDDEN;
  return ci ? `${format(ci[0])} – ${format(ci[1])}` : '–';
}

/** "36 (7,2 %)", ".." when hidden. */
function countShare(counts: PublishedCategoryComparison['female'], hidden: boolean, language: Language): string {
  if (counts.yes === null || counts.n === null) return HIDDEN;
  if (hidden) return `${formatNumber(counts.yes, language)} (${HIDDEN}\u00a0%)`;
  return counts.share === null ? formatNumber(counts.yes, language) : `${formatNumber(counts.yes, language)} (${formatPercent(counts.share, language)}\u00a0%)`;
}

/** The lines of a criterion's stratified tests: one per criterion, with its test, p and q in the given columns. */
function adjustedLines(
  row: DistributionRow,
  adjusted: readonly DistributionAdjusted[],
  hidden: boolean,
  columns: readonly DistributionColumn[],
  language: Language,
): DistributionLine[] {
  return adjusted.map((comparison) => ({
    kind: 'adjusted',
    flagged: false,
    hidden,
    by: row.by,
    group: row.group,
    value: null,
    cells: columns.map((column) => {
      switch (column.field) {
        case 'group':
          return `  ${say(language, 'label', 'dist.adjustedRow', { criterion: say(language, 'label', `criterion.${comparison.criterion}`), variables: comparison.for.join(', ') })}`;
        case 'test':
          return testWord(comparison.test, comparison.reason, language);
        case 'p':
          return hidden ? HIDDEN : formatP(comparison.p, language);
        case 'q':
          return hidden ? HIDDEN : formatP(comparison.q, language);
        default:
          return '';
      }
    }),
  }));
}

/** A categorical step's table. */
export function categoryTable(report: PublishedReport, step: string, language: Language): DistributionTable {
  const rows = categoryRowsOf(report, step);
  const { female, male } = sexWords(report, language);
  const other = hasOtherSex(rows);
  const columns: DistributionColumn[] = [
    { field: 'group', head: say(language, 'label', 'dist.groupAndCategory'), text: true },
    { field: 'female', head: say(language, 'label', 'dist.countShare', { sex: female }), text: false },
    { field: 'male', head: say(language, 'label', 'dist.countShare', { sex: male }), text: false },
    ...(other ? [{ field: 'other-n', head: say(language, 'label', 'otherN'), text: false }] : []),
    ...comparisonColumns(language, say(language, 'label', 'difference')),
  ];
  const lines: DistributionLine[] = [];
  let currentBy: string | null = null;
  for (const row of rows) {
    if (row.by !== null && row.by !== currentBy) {
      currentBy = row.by;
      lines.push({ kind: 'by', text: variableName(row.by) });
    }
    const rowHidden = isCategoryRowCountHidden(row);
    const place = { by: row.by, group: row.group };
    const cellsOf = (values: Partial<Record<string, string>>): string[] => columns.map((column) => values[column.field] ?? '');
    lines.push({
      kind: 'group',
      ...place,
      value: null,
      flagged: row.flag,
      hidden: rowHidden,
      cells: cellsOf({
        group: rowName(row, language),
        female: formatCount(row.female.n, language),
        male: formatCount(row.male.n, language),
        'other-n': formatCount(row.other.n, language),
        test: testWord(row.test, row.reason, language),
        p: rowHidden ? HIDDEN : formatP(row.p, language),
        q: rowHidden ? HIDDEN : formatP(row.q, language),
      }),
    });
    for (const category of row.categories) {
      const hidden = isCategoryComparisonHidden(category);
      lines.push({
        kind: 'category',
        ...place,
        value: category.value,
        flagged: category.flag,
        hidden,
        cells: cellsOf({
          group: `  ${category.value}`,
          female: countShare(category.female, hidden, language),
          male: countShare(category.male, hidden, language),
          'other-n': formatCount(category.other.yes, language),
          diff: hidden ? HIDDEN : formatSignedPp(category.diffPp, language),
          ci95: interval(category.ci95, hidden, (value) => formatNumber(value, language, 1)),
          test: testWord(category.test, category.reason, language),
          p: hidden ? HIDDEN : formatP(category.p, language),
          q: hidden ? HIDDEN : formatP(category.q, language),
          verdict: verdictLabel(category, language),
        }),
      });
    }
    if (row.trend) {
      lines.push({
        kind: 'trend',
        ...place,
        value: null,
        flagged: false,
        hidden: rowHidden,
        cells: cellsOf({
          group: `  ${say(language, 'label', 'dist.report.trend')}`,
          test: testWord(row.trend.test, row.trend.reason, language),
          p: rowHidden ? HIDDEN : formatP(row.trend.p, language),
          q: rowHidden ? HIDDEN : formatP(row.trend.q, language),
          verdict: rowHidden ? '' : trendHigherText(row.trend, report, language),
        }),
      });
    }
    lines.push(...adjustedLines(row, row.adjusted, rowHidden, columns, language));
  }
  return { columns, lines };
}

/** "41 (27–60)", ".." when hidden. */
function medianCell(summary: PublishedMeasureSummary, language: Language): string {
  if (summary.median === null) return summary.n === 0 ? '–' : HIDDEN;
  return `${formatMeasure(summary.median, language)} (${formatMeasure(summary.q1, language)}–${formatMeasure(summary.q3, language)})`;
}

/** "45,3 (24,1)", ".." when hidden. */
function meanCell(summary: PublishedMeasureSummary, language: Language): string {
  if (summary.mean === null) return summary.n === 0 ? '–' : HIDDEN;
  return `${formatNumber(summary.mean, language, 1)} (${summary.sd === null ? '–' : formatNumber(summary.sd, language, 1)})`;
}

/** A numeric step's table. */
export function measureTable(report: PublishedReport, step: string, language: Language): DistributionTable {
  const rows = measureRowsOf(report, step);
  const { female, male } = sexWords(report, language);
  const unit = rows[0]?.unit ?? '';
  const n = say(language, 'label', 'n');
  const columns: DistributionColumn[] = [
    { field: 'group', head: say(language, 'label', 'group'), text: true },
    { field: 'female-n', head: `${female} ${n}`, text: false },
    { field: 'female-median', head: say(language, 'label', 'dist.report.medianQuartiles', { sex: female }), text: false },
    { field: 'female-mean', head: say(language, 'label', 'dist.report.meanSd', { sex: female }), text: false },
    { field: 'male-n', head: `${male} ${n}`, text: false },
    { field: 'male-median', head: say(language, 'label', 'dist.report.medianQuartiles', { sex: male }), text: false },
    { field: 'male-mean', head: say(language, 'label', 'dist.report.meanSd', { sex: male }), text: false },
    ...(hasOtherSex(rows) ? [{ field: 'other-n', head: say(language, 'label', 'otherN'), text: false }] : []),
    ...comparisonColumns(language, say(language, 'label', 'dist.report.shift', { unit })),
  ];
  const lines: DistributionLine[] = [];
  let currentBy: string | null = null;
  for (const row of rows) {
    if (row.by !== null && row.by !== currentBy) {
      currentBy = row.by;
      lines.push({ kind: 'by', text: variableName(row.by) });
    }
    const hidden = isMeasureComparisonHidden(row);
    const values: Partial<Record<string, string>> = {
      group: rowName(row, language),
      'female-n': formatCount(row.female.n, language),
      'female-median': medianCell(row.female, language),
      'female-mean': meanCell(row.female, language),
      'male-n': formatCount(row.male.n, language),
      'male-median': medianCell(row.male, language),
      'male-mean': meanCell(row.male, language),
      'other-n': formatCount(row.other.n, language),
      diff: hidden ? HIDDEN : formatSignedMeasure(row.estimate, language),
      ci95: interval(row.ci95, hidden, (value) => formatMeasure(value, language)),
      test: testWord(row.test, row.reason, language),
      p: hidden ? HIDDEN : formatP(row.p, language),
      q: hidden ? HIDDEN : formatP(row.q, language),
      verdict: verdictLabel(row, language),
    };
    lines.push({ kind: 'group', by: row.by, group: row.group, value: null, flagged: row.flag, hidden, cells: columns.map((column) => values[column.field] ?? '') });
    lines.push(...adjustedLines(row, row.adjusted, hidden, columns, language));
  }
  return { columns, lines };
}

/** The table of a step beyond yes/no, by its kind. */
export function distributionTable(report: PublishedReport, step: string, kind: DistributionKind, language: Language): DistributionTable {
  return kind === 'categories' ? categoryTable(report, step, language) : measureTable(report, step, language);
}

/** The notes under a numeric step's table: Welch's comparison of the means for each row that has one. */
export function measureNotes(report: PublishedReport, step: string, language: Language): string[] {
  return measureRowsOf(report, step)
    .filter((row) => row.welch !== null && !isMeasureComparisonHidden(row) && row.by === null)
    .map((row) =>
      say(language, 'label', 'dist.welchNote', {
        where: rowName(row, language).toLowerCase(),
        diff: formatSignedMeasure(row.welch!.estimate, language),
        unit: row.unit ?? '',
        low: formatMeasure(row.welch!.ci95[0], language),
        high: formatMeasure(row.welch!.ci95[1], language),
        p: formatP(row.welch!.p, language),
      }),
    );
}
