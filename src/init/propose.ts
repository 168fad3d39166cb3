/**
 * A starter configuration proposed from an inspected extract: where sex is read, the
 * count column of an aggregated extract, the outcome columns that make steps, the
 * category columns to cross with sex, the columns that may serve as criteria, and the
 * date and age columns. Pure: it reads the inspect report and decides nothing else.
 */
import type { ColumnProfile, InspectReport } from '../inspect/inspect.js';
import type { Criterion } from '../model/report.js';
import { proposeSex, type ProposedSex } from './sex-proposal.js';

export interface ProposedStep {
  readonly name: string;
  readonly column: string;
  readonly value: string;
  /** The column's other value, when it has exactly two: named in the step's comment. */
  readonly other: string | null;
  /** True when the column is empty in some rows: the step then takes only rows where it is filled. */
  readonly onlyFilled: boolean;
}

export interface Proposal {
  readonly sex: ProposedSex;
  readonly count: string | null;
  /** Whole-number columns that may be the count of an aggregated table, when no count column was recognised by name. */
  readonly maybeCounts: readonly string[];
  /** Number columns holding non-whole numbers (rates, shares, per 100 000): not counts. */
  readonly rates: readonly string[];
  readonly steps: readonly ProposedStep[];
  readonly by: readonly string[];
  /** Further category columns, proposed in a comment. */
  readonly moreBy: readonly string[];
  readonly criteria: readonly { readonly criterion: Criterion; readonly column: string }[];
  readonly dates: readonly string[];
  readonly ages: readonly string[];
}

/** Most groups a `by` variable is proposed with; more make tables too long to read. */
const MAX_GROUPS = 30;
/** How many `by` variables are switched on; the rest are proposed in a comment. */
const MAX_BY = 3;
const YES = /^(ja|yes|j|y|1|true|sant)$/i;
/** Whole values that read as the positive outcome of a decision, whatever the wording. */
const POSITIVE = /^(beviljad|beviljat|beviljade|beviljas|bifall|bifallen|bifallet|godkänd|godkänt|godkända|antagen|antagna|inledd|inleds|accepterad|admitted|accepted|approved|granted|survived|positive|positiv)$/iu;
const NEGATION = /(^|\s)(ej|inte|ingen|inget|nej|no|not|avslag)(\s|$)/i;
/** Whole values that read as the negative outcome of a decision. */
const NEGATIVE = /^(avslag|avslagen|avslaget|avslogs|avvisad|avvisat|nekad|nekat|rejected|denied|refused|declined|n|0|false|falskt)$/iu;
/** Names of the count column of an aggregated table ("Antal", "Antal döda 2015", "Freq", "Värde"). */
const COUNT_NAME = /^(antal(\s.*)?|count|n|freq|frequency|värde|varde|value)$/iu;
/** A whole count as published: digits, maybe with thousands separated by spaces, or a marker (.., -). */
const WHOLE_COUNT = /^(\d+|\d{1,3}([ \u00a0\u202f]\d{3})+)$/u;
const MARKER = /^(\.\.|\.\.\.|-|–|—|x|\.)$/u;
const DECIMAL = /^-?\d[\d \u00a0\u202f]*[.,]\d+$/u;
const YEAR_NAME = /^(år|ar|year|period|tid|rownames)$/iu;
const AGE_NAME = /^(ålder|alder|age)$/i;
const CRITERION_NAMES: ReadonlyArray<readonly [Criterion, RegExp]> = [
  ['need', /riskbedömning|behov|^risk/i],
  ['otherSupport', /annan huvudman|annat stöd|nätverk/i],
  ['consent', /samtycke|inställning/i],
  ['participation', /tolk|funktionsneds|språk/i],
];

const values = (column: ColumnProfile): string[] => column.top.map((entry) => entry.value);

/**
 * The "yes" of a two-valued outcome column, or null: Ja (or another yes), else the value
 * that reads as a positive decision (Beviljad, Bifall, Admitted…), else the value that is
 * not a negation (Ingen utredning, Avslag, Rejected…). Other two-valued columns (Vuxen/Barn)
 * are groups, not outcomes.
 */
export function positiveValue(column: ColumnProfile): string | null {
  if (column.role !== 'category' || column.distinctCapped || column.distinct < 1 || column.distinct > 2) return null;
  const seen = values(column);
  const yes = seen.find((value) => YES.test(value));
  if (yes !== undefined) return yes;
  if (seen.length === 2) {
    const positive = seen.filter((value) => POSITIVE.test(value));
    if (positive.length === 1) return positive[0]!;
    const negated = seen.filter((value) => NEGATION.test(value) || NEGATIVE.test(value));
    if (negated.length === 1) return seen.find((value) => !negated.includes(value))!;
  }
  return null;
}

/** True when every value shown for the column is a whole count or a marker (`..`, `-`), and some are counts. */
function holdsCounts(column: ColumnProfile): boolean {
  const shown = values(column);
  return shown.some((value) => WHOLE_COUNT.test(value)) && shown.every((value) => WHOLE_COUNT.test(value) || MARKER.test(value));
}

/** True when the column holds numbers and some are not whole: a rate, share or mean, not a count. */
function holdsRates(column: ColumnProfile): boolean {
  const shown = values(column);
  return shown.some((value) => DECIMAL.test(value) && !/[.,]0+$/.test(value)) && shown.every((value) => DECIMAL.test(value) || WHOLE_COUNT.test(value) || MARKER.test(value));
}

function criterionOf(column: ColumnProfile): Criterion | null {
  return CRITERION_NAMES.find(([, pattern]) => pattern.test(column.name))?.[0] ?? null;
}

/**
 * Proposes a configuration for the extract described by `report`. A sensitive column
 * (personnummer-shaped text in its values or name, inspect.ts) is proposed only as the
 * personnummer that sex is read from: never as a group, criterion, step, count, date or age.
 */
export function proposeConfig(report: InspectReport): Proposal {
  const sex = proposeSex(report.columns);
  const columns = report.columns.filter((column) => !column.sensitive);
  const sexColumns = new Set(sex === null ? [] : sex.kind === 'wide' ? [...sex.columns.female, ...sex.columns.male, ...sex.columns.total] : [sex.column]);
  const isSex = (column: ColumnProfile): boolean => sexColumns.has(column.name);
  const count = columns.find((column) => !isSex(column) && COUNT_NAME.test(column.name) && holdsCounts(column))?.name ?? null;
  const numbers = columns.filter((column) => !isSex(column) && column.role !== 'id' && !YEAR_NAME.test(column.name) && !AGE_NAME.test(column.name));
  const maybeCounts = count === null ? numbers.filter((column) => column.role === 'number' && holdsCounts(column)).map((column) => column.name) : [];
  // Wide sex columns are checked too: a table of rates per sex is still a table of rates.
  const rates = columns.filter((column) => !(sex?.kind === 'column' && column.name === sex.column) && holdsRates(column)).map((column) => column.name);
  const criteria = columns.flatMap((column) => {
    const criterion = criterionOf(column);
    return criterion && !isSex(column) ? [{ criterion, column: column.name }] : [];
  });
  const isCriterion = (column: ColumnProfile): boolean => criteria.some((entry) => entry.column === column.name);
  const filled = (column: ColumnProfile): number => report.rows - column.empty;
  const steps = columns
    .filter((column) => !isSex(column) && !isCriterion(column) && positiveValue(column) !== null)
    .sort((a, b) => filled(b) - filled(a))
    .map((column): ProposedStep => {
      const value = positiveValue(column)!;
      const other = column.distinct === 2 ? (values(column).find((seen) => seen !== value) ?? null) : null;
      return { name: YES.test(value) ? column.name : value, column: column.name, value, other, onlyFilled: column.empty > 0 };
    });
  const categories = columns.filter(
    (column) =>
      column.role === 'category' &&
      !isSex(column) &&
      !holdsCounts(column) &&
      !column.distinctCapped &&
      column.distinct >= 2 &&
      column.distinct <= MAX_GROUPS &&
      !isCriterion(column) &&
      !steps.some((step) => step.column === column.name),
  );
  // Variables with more groups first: districts and reasons say more than a two-valued type.
  const ranked = [...categories].sort((a, b) => b.distinct - a.distinct).map((column) => column.name);
  return {
    sex,
    count,
    maybeCounts,
    rates,
    steps,
    by: ranked.slice(0, MAX_BY),
    moreBy: ranked.slice(MAX_BY),
    criteria,
    dates: columns.filter((column) => column.role === 'date').map((column) => column.name),
    ages: columns.filter((column) => column.role === 'number' && AGE_NAME.test(column.name)).map((column) => column.name),
  };
}
