/**
 * A starter configuration proposed from an inspected extract: where sex is read, the
 * count column of an aggregated extract, the outcome columns that make steps, the
 * category columns to cross with sex, the columns that may serve as criteria, and the
 * date and age columns. Pure: it reads the inspect report and decides nothing else.
 */
import type { ColumnProfile, InspectReport } from '../inspect/inspect.js';
import type { Criterion } from '../model/report.js';

export interface ProposedStep {
  readonly name: string;
  readonly column: string;
  readonly value: string;
  /** True when the column is empty in some rows: the step then takes only rows where it is filled. */
  readonly onlyFilled: boolean;
}

export interface Proposal {
  readonly sex:
    | { readonly kind: 'column'; readonly column: string; readonly numericCodes: boolean }
    | { readonly kind: 'personnummer'; readonly column: string }
    | null;
  readonly count: string | null;
  readonly steps: readonly ProposedStep[];
  readonly by: readonly string[];
  /** Further category columns, proposed in a comment. */
  readonly moreBy: readonly string[];
  readonly criteria: readonly { readonly criterion: Criterion; readonly column: string }[];
  readonly dates: readonly string[];
  readonly ages: readonly string[];
  /** Grouping columns whose blank cells continue the value above (inspect's fill-down detection). */
  readonly fill: readonly string[];
}

/** Most groups a `by` variable is proposed with; more make tables too long to read. */
const MAX_GROUPS = 30;
/** How many `by` variables are switched on; the rest are proposed in a comment. */
const MAX_BY = 3;
const YES = /^(ja|yes|j|y|1|true|sant)$/i;
const NEGATION = /(^|\s)(ej|inte|ingen|inget|nej|no|not|avslag)(\s|$)/i;
const COUNT_NAME = /^(antal|antal ärenden|count|n)$/i;
const SEX_NAME = /^(kön|kon|sex|gender)$/i;
const AGE_NAME = /^(ålder|alder|age)$/i;
const CRITERION_NAMES: ReadonlyArray<readonly [Criterion, RegExp]> = [
  ['need', /riskbedömning|behov|^risk/i],
  ['otherSupport', /annan huvudman|annat stöd|nätverk/i],
  ['consent', /samtycke|inställning/i],
  ['participation', /tolk|funktionsneds|språk/i],
];

const values = (column: ColumnProfile): string[] => column.top.map((entry) => entry.value);

/** The "yes" of a two-valued outcome column (Ja, or the value that is not a negation), or null. */
export function positiveValue(column: ColumnProfile): string | null {
  if (column.role !== 'category' || column.distinctCapped || column.distinct < 1 || column.distinct > 2) return null;
  const seen = values(column);
  const yes = seen.find((value) => YES.test(value));
  if (yes !== undefined) return yes;
  if (seen.length === 2) {
    const negated = seen.filter((value) => NEGATION.test(value));
    if (negated.length === 1) return seen.find((value) => !NEGATION.test(value))!;
  }
  return null;
}

function criterionOf(column: ColumnProfile): Criterion | null {
  return CRITERION_NAMES.find(([, pattern]) => pattern.test(column.name))?.[0] ?? null;
}

function sexOf(columns: readonly ColumnProfile[]): Proposal['sex'] {
  const coded = columns.find((column) => column.role === 'sex');
  if (coded) return { kind: 'column', column: coded.name, numericCodes: false };
  const personnummer = columns.find((column) => column.role === 'personnummer');
  if (personnummer) return { kind: 'personnummer', column: personnummer.name };
  const numeric = columns.find((column) => SEX_NAME.test(column.name) && values(column).every((value) => value === '1' || value === '2'));
  return numeric ? { kind: 'column', column: numeric.name, numericCodes: true } : null;
}

/** Proposes a configuration for the extract described by `report`. */
export function proposeConfig(report: InspectReport): Proposal {
  const columns = report.columns;
  const sex = sexOf(columns);
  const count = columns.find((column) => column.role === 'number' && COUNT_NAME.test(column.name))?.name ?? null;
  const criteria = columns.flatMap((column) => {
    const criterion = criterionOf(column);
    return criterion && column.name !== sex?.column ? [{ criterion, column: column.name }] : [];
  });
  const isCriterion = (column: ColumnProfile): boolean => criteria.some((entry) => entry.column === column.name);
  const filled = (column: ColumnProfile): number => report.rows - column.empty;
  const steps = columns
    .filter((column) => column.name !== sex?.column && !isCriterion(column) && positiveValue(column) !== null)
    .sort((a, b) => filled(b) - filled(a))
    .map((column): ProposedStep => {
      const value = positiveValue(column)!;
      return { name: YES.test(value) ? column.name : value, column: column.name, value, onlyFilled: column.empty > 0 };
    });
  const categories = columns.filter(
    (column) =>
      column.role === 'category' &&
      column.name !== sex?.column &&
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
    steps,
    by: ranked.slice(0, MAX_BY),
    moreBy: ranked.slice(MAX_BY),
    criteria,
    dates: columns.filter((column) => column.role === 'date').map((column) => column.name),
    ages: columns.filter((column) => column.role === 'number' && AGE_NAME.test(column.name)).map((column) => column.name),
    fill: report.fillDown,
  };
}
