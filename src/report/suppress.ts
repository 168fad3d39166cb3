/**
 * Statistical disclosure control: the published report. Counts from 1 to below − 1 are
 * hidden (null), and so are the cells that would give them back (secondary suppression,
 * secondary-suppression.ts), and every figure computed from a hidden count: shares, the
 * difference and its interval, the detectable difference, the shortfall, the test
 * statistic, p, q, the ratios, the stratified evidence, the change over time, and as much
 * of the steps' row accounting as would give a hidden count back (accounting-suppression.ts).
 * The rows of steps with categories or a measure are protected likewise
 * (distribution-suppression.ts).
 * Flags, verdicts and test names stay: they were computed on the true counts.
 */
import type {
  AdjustedComparison,
  PublishedRateResult,
  PublishedReport,
  PublishedResult,
  PublishedSexCounts,
  PublishedStepSummary,
  RateResult,
  Report,
  ReportWarning,
  Result,
  SexCounts,
  StepSummary,
} from '../model/report.js';
import { cellKey, hiddenCells, type CountTable } from './secondary-suppression.js';
import { partnersOf, planAccounting, ROW_LEVEL_EXCLUSIONS, tableKey, type AccountingLevel } from './accounting-suppression.js';
import {
  CategoryUnits,
  categoryAccounting,
  categoryUnitTable,
  hiddenMeasureCells,
  measureAccounting,
  publishCategoryRows,
  publishMeasureRows,
} from './distribution-suppression.js';
import { hiddenUnits } from './secondary-suppression.js';

export interface SuppressOptions {
  /** Hide counts from 1 to below − 1; null publishes everything (not for publication). */
  readonly below: number | null;
}

const RESULT_SEXES = ['female', 'male', 'other'] as const;
const RATE_SEXES = ['female', 'male'] as const;
const OTHER = 2;

const placeKey = (step: string, by: string | null, group: string | null, period: string | null): string => JSON.stringify([step, by, group, period]);

function publishCounts(counts: SexCounts, hidden: boolean, rowHidden: boolean): PublishedSexCounts {
  if (hidden) return { n: null, yes: null, share: null };
  return { n: counts.n, yes: counts.yes, share: rowHidden ? null : counts.share };
}

function hideEvidence(comparison: AdjustedComparison): AdjustedComparison {
  return { ...comparison, statistic: null, p: null, q: null, oddsRatio: null, riskDiffPp: null, homogeneityP: null, homogeneityQ: null, strataRange: null };
}

/** A result with its hidden cells (indices into RESULT_SEXES) made null. */
function publishResult(result: Result, hiddenSexes: ReadonlySet<number>, overTimeHidden: boolean): PublishedResult {
  const rowHidden = hiddenSexes.has(0) || hiddenSexes.has(1);
  const female = publishCounts(result.female, hiddenSexes.has(0), rowHidden);
  const male = publishCounts(result.male, hiddenSexes.has(1), rowHidden);
  const other = publishCounts(result.other, hiddenSexes.has(OTHER), hiddenSexes.has(OTHER));
  const base = { ...result, female, male, other, suppressed: hiddenSexes.size > 0 };
  const allCategories =
    result.allCategories && hiddenSexes.size > 0 ? { ...result.allCategories, statistic: null, p: null } : result.allCategories;
  const overTime = overTimeHidden ? null : result.overTime;
  if (!rowHidden) return { ...base, allCategories, overTime };
  return {
    ...base,
    diffPp: null,
    ci95: null,
    detectableDiffPp: null,
    statistic: null,
    p: null,
    q: null,
    riskRatio: null,
    oddsRatio: null,
    shortfall: null,
    allCategories,
    adjusted: result.adjusted.map(hideEvidence),
    overTime: null,
  };
}

function publishRate(rate: RateResult, hiddenSexes: ReadonlySet<number>): PublishedRateResult {
  const side = (sex: 0 | 1) => {
    const figures = rate[RATE_SEXES[sex]];
    return hiddenSexes.has(sex) ? { cases: null, population: figures.population, per1000: null } : figures;
  };
  const base = { ...rate, female: side(0), male: side(1), suppressed: hiddenSexes.size > 0 };
  return hiddenSexes.size > 0 ? { ...base, rateRatio: null, p: null, q: null } : base;
}

/** A step's accounting with its split (level 1) or also its rows (level 2) hidden; see accounting-suppression.ts. */
function publishAccounting(step: StepSummary, level: AccountingLevel): PublishedStepSummary {
  if (level === 0) return step;
  return {
    ...step,
    ...(level === 2 ? { rows: null, notSelected: null } : {}),
    used: null,
    cases: null,
    ...(step.persons === undefined ? {} : { persons: null }),
    excluded: step.excluded.map((exclusion) => ({ reason: exclusion.reason, rows: null })),
  };
}

function sexesOf(hidden: ReadonlySet<string>, row: number, sexes: number): Set<number> {
  const found = new Set<number>();
  for (let sex = 0; sex < sexes; sex++) if (hidden.has(cellKey(row, sex))) found.add(sex);
  return found;
}

/** Everything published as it is, marked as not for publication (suppressBelow null). */
function publishAll(report: Report): PublishedReport {
  const { categoryResults, measureResults, ...rest } = report;
  return {
    ...rest,
    settings: { ...report.settings, suppressBelow: null },
    results: report.results.map((result) => ({ ...result, suppressed: false })),
    rates: report.rates.map((rate) => ({ ...rate, suppressed: false })),
    ...(categoryResults
      ? { categoryResults: categoryResults.map((row) => ({ ...row, suppressed: false, categories: row.categories.map((category) => ({ ...category, suppressed: false })) })) }
      : {}),
    ...(measureResults ? { measureResults: measureResults.map((row) => ({ ...row, suppressed: false })) } : {}),
  };
}

/** A row's n for one sex in one of the published tables, keyed as that table's hidden set is. */
interface TableCell {
  readonly table: 'results' | 'categories' | 'measures';
  readonly key: string;
}

function isHiddenIn(cell: TableCell, results: ReadonlySet<string>, categories: ReadonlySet<string>, measures: ReadonlySet<string>): boolean {
  return (cell.table === 'results' ? results : cell.table === 'categories' ? categories : measures).has(cell.key);
}

/**
 * The n cells that must be hidden together: steps that take the same rows (partnersOf) and
 * exclude none of them for their outcome count the same cases, so each row place (by, group)
 * shows the same n per sex in each of them, whatever the step's kind.
 */
function twinCells(report: Report, categoryUnits: CategoryUnits): TableCell[][] {
  const partners = partnersOf(report.steps);
  const outcomeExcluded = (position: number): boolean => report.steps[position]!.excluded.some((exclusion) => !ROW_LEVEL_EXCLUSIONS.has(exclusion.reason));
  const family = new Map<string, number>();
  report.steps.forEach((step, position) => {
    if (outcomeExcluded(position)) return;
    const first = [position, ...partners[position]!.filter((other) => !outcomeExcluded(other))].sort((a, b) => a - b)[0]!;
    family.set(step.name, first);
  });
  const cells = new Map<string, TableCell[]>();
  const add = (row: { readonly step: string; readonly by: string | null; readonly group: string | null; readonly period?: string | null }, sex: number, cell: TableCell): void => {
    const first = family.get(row.step);
    if (first === undefined) return;
    const key = JSON.stringify([first, row.by, row.group, row.period ?? null, sex]);
    cells.set(key, [...(cells.get(key) ?? []), cell]);
  };
  report.results.forEach((row, at) => RESULT_SEXES.forEach((_, sex) => add(row, sex, { table: 'results', key: cellKey(at, sex) })));
  categoryUnits.rows.forEach((row, at) => RESULT_SEXES.forEach((_, sex) => add(row, sex, { table: 'categories', key: cellKey(categoryUnits.n(at), sex) })));
  (report.measureResults ?? []).forEach((row, at) => RESULT_SEXES.forEach((_, sex) => add(row, sex, { table: 'measures', key: cellKey(at, sex) })));
  return [...cells.values()].filter((group) => group.length > 1);
}

/**
 * The report as it may be published: counts from 1 to below − 1 hidden, with
 * secondary suppression so that no hidden count can be computed back from the totals,
 * the other sex, the overall row, the period rows or the steps' row accounting
 * (accounting-suppression.ts: the accounting is hidden before a female or male n).
 */
export function suppressReport(report: Report, options: SuppressOptions): PublishedReport {
  const below = options.below;
  if (below === null) return publishAll(report);
  const resultTable: CountTable = {
    places: report.results.map(({ step, period, by, group }) => ({ step, period, by, group })),
    counts: report.results.map((result) => RESULT_SEXES.map((sex) => [result[sex].yes, result[sex].n - result[sex].yes])),
    sexes: RESULT_SEXES.length,
  };
  // The steps with categories or a measure (issue 15) have tables of their own, protected
  // the same way and seen by the row accounting with the yes/no rows.
  const categoryUnits = new CategoryUnits(report.categoryResults ?? []);
  const categoryTable = categoryUnitTable(categoryUnits, below);
  const measureRows = report.measureResults ?? [];
  const otherTables = () => [categoryAccounting(categoryUnits, hiddenCategories), measureAccounting(measureRows, hiddenMeasures)];
  // The row accounting is protected with the tables: when it cannot hide enough by itself, a
  // cell of the overall row is hidden and the tables' secondary suppression runs again.
  const alsoHidden = new Set<string>();
  const alsoCategories = new Set<string>();
  const alsoMeasures = new Set<string>();
  let hiddenResults = hiddenCells(resultTable, below);
  let hiddenCategories = hiddenUnits(categoryTable);
  let hiddenMeasures = hiddenMeasureCells(measureRows, below, alsoMeasures);
  let protectedWith = { results: 0, categories: 0, measures: 0 };
  const twins = twinCells(report, categoryUnits);
  let accounting = planAccounting(report, hiddenResults, otherTables());
  for (;;) {
    // Steps that count the same rows show the same n per sex in every row: a count hidden in
    // one step's table is hidden in the others' too, or its twin would give it back.
    const forced = twins.flatMap((cells) => (cells.some((cell) => isHiddenIn(cell, hiddenResults, hiddenCategories, hiddenMeasures)) ? cells : []));
    let changed = false;
    for (const cell of forced) {
      const also = cell.table === 'results' ? alsoHidden : cell.table === 'categories' ? alsoCategories : alsoMeasures;
      if (also.has(cell.key)) continue;
      also.add(cell.key);
      changed = true;
    }
    if (!changed && accounting.hideCell === null) break;
    const hideCell = changed ? null : accounting.hideCell;
    if (hideCell?.startsWith(tableKey(0, ''))) alsoCategories.add(hideCell.slice(tableKey(0, '').length));
    else if (hideCell?.startsWith(tableKey(1, ''))) alsoMeasures.add(hideCell.slice(tableKey(1, '').length));
    else if (hideCell) alsoHidden.add(hideCell);
    // The also-sets only grow: a table whose set did not grow hides what it hid.
    if (alsoHidden.size !== protectedWith.results) hiddenResults = hiddenCells(resultTable, below, alsoHidden);
    if (alsoCategories.size !== protectedWith.categories) hiddenCategories = hiddenUnits(categoryTable, alsoCategories);
    if (alsoMeasures.size !== protectedWith.measures) hiddenMeasures = hiddenMeasureCells(measureRows, below, alsoMeasures);
    protectedWith = { results: alsoHidden.size, categories: alsoCategories.size, measures: alsoMeasures.size };
    accounting = planAccounting(report, hiddenResults, otherTables());
  }
  const rowHidden = (row: number): boolean => hiddenResults.has(cellKey(row, 0)) || hiddenResults.has(cellKey(row, 1));
  // A group's change over time compares its period rows: hidden when any of them is.
  const hiddenPeriods = new Set(
    report.results.flatMap((result, row) => (result.period !== null && rowHidden(row) ? [placeKey(result.step, result.by, result.group, null)] : [])),
  );
  const results = report.results.map((result, row) =>
    publishResult(result, sexesOf(hiddenResults, row, RESULT_SEXES.length), hiddenPeriods.has(placeKey(result.step, result.by, result.group, result.period))),
  );

  // A rate's cases may equal the step's counts: a cell hidden there is hidden here too.
  const resultRow = new Map(report.results.map((result, row) => [placeKey(result.step, result.by, result.group, result.period), row]));
  const linked = new Set<string>();
  report.rates.forEach((rate, row) => {
    const twin = resultRow.get(placeKey(rate.step, rate.by, rate.group, null));
    RATE_SEXES.forEach((_, sex) => {
      if (twin !== undefined && hiddenResults.has(cellKey(twin, sex))) linked.add(cellKey(row, sex));
    });
  });
  const rateTable: CountTable = {
    places: report.rates.map(({ step, by, group }) => ({ step, period: null, by, group })),
    counts: report.rates.map((rate) => RATE_SEXES.map((sex) => [rate[sex].cases])),
    sexes: RATE_SEXES.length,
  };
  const hiddenRates = hiddenCells(rateTable, below, linked);
  const rates = report.rates.map((rate, row) => publishRate(rate, sexesOf(hiddenRates, row, RATE_SEXES.length)));

  const steps = report.steps.map((step, position) => publishAccounting(step, accounting.levels[position]!));
  const warnings = report.warnings.map(withoutDifferences);
  const { categoryResults, measureResults, ...rest } = report;
  return {
    ...rest,
    settings: { ...report.settings, suppressBelow: below },
    steps,
    results,
    rates,
    warnings,
    ...(categoryResults ? { categoryResults: publishCategoryRows(categoryUnits, hiddenCategories) } : {}),
    ...(measureResults ? { measureResults: publishMeasureRows(measureResults, hiddenMeasures, below) } : {}),
  };
}

/**
 * A notice as published: the size of a total's difference from its parts is a difference
 * between counts, which can be a small count (or point at one), so it is left out; the
 * notice still says how many totals differ. Unsuppressed runs and standard error keep it.
 */
function withoutDifferences(warning: ReportWarning): ReportWarning {
  if (warning.code === 'totals-differ') return { code: warning.code, args: { ...warning.args, where: null, total: null, parts: null } };
  if (warning.code === 'total-column-differs') return { code: warning.code, args: { ...warning.args, difference: null, largest: null } };
  return warning;
}
