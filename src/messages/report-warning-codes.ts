/**
 * The notices a report carries as data (`report.warnings`): what the analysis found
 * doubtful in the data or the configuration without stopping. Every renderer shows them
 * above the tables and the CLI repeats them on standard error; the words are in
 * src/i18n/warning-texts.ts, which must cover every code here.
 */
import type { Message } from './message.js';

/** How a report names the sexes (model/report.ts SexTerms), for texts that name them. */
export type SexWords = 'children' | 'adults' | 'neutral';

/** A step's excluded rows: the share of all its rows, per sex where the sex is known, and the reasons, most rows first. */
export interface ExcludedRowsArgs {
  readonly step: string;
  readonly share: number;
  /** Excluded share of the rows of each sex (null when the step took no row of that sex). */
  readonly femaleShare: number | null;
  readonly maleShare: number | null;
  /** quality.maxExcludedShare */
  readonly limit: number;
  /** thresholds.minDiffPp: the largest difference between the sexes' shares, in percentage points. */
  readonly diffLimitPp: number;
  /** Exclusion reasons (tally STEP_EXCLUSIONS codes), most rows first, separated by ";". */
  readonly reasons: string;
  readonly sexTerms: SexWords;
  /**
   * For a categorical step whose rows fell outside its list (unlisted-category): the list's
   * key, the column, the values seen there that the list lacks and the listed values never
   * seen (each joined by ", ", at most a few; '' for none).
   */
  readonly unlisted?: { readonly keyPath: string; readonly column: string; readonly seen: string; readonly never: string };
}

export interface ReportWarningArgs {
  /** A configured value that never occurs in its column, and nothing near it does. */
  'value-never-occurs': { readonly keyPath: string; readonly value: string; readonly column: string };
  /** A step whose outcome is "yes" in every row it counts, or in none. */
  'outcome-constant': { readonly step: string; readonly outcome: 'always' | 'never' };
  /**
   * A total column of a table wide by sex that differs from the sum of its sexes'
   * columns in some rows: usual where the source hid small cells, else a broken export.
   * `difference` is the sum over those rows of total − parts; `largest` the largest of one row
   * (both null in a published report: a difference between counts can be a small count).
   */
  'total-column-differs': { readonly column: string; readonly rows: number; readonly differing: number; readonly difference: number | null; readonly largest: number | null };
  /** A step over the data-quality gate's limits, run anyway with --allow-excluded. */
  'excluded-rows': ExcludedRowsArgs;
  /** Lines below a file's table read as notes, not rows: how many, and the first words of each (personnummer masked). */
  'notes-below-table': { readonly file: string; readonly count: number; readonly first: string };
  /** A grouping column whose blank cells look like merged cells continuing the value above, without `fill:`. */
  'column-looks-merged': { readonly column: string };
  /**
   * Count cells hidden in the source (`..`): the rows were excluded, and results resting
   * on them are less certain. `unflagged`: the rows not flagged because their table rests
   * on hidden cells ("Insats beviljas: Kungsholmen; …"), empty when none.
   */
  'hidden-in-source': { readonly cells: number; readonly unflagged: string };
  /**
   * Totals of an aggregated extract that differ from the sum of their parts: how many of
   * those checked, how many of them have a hidden part, and the largest difference
   * (`where`: the total row's cells, "Kön = Totalt, Stadsdel = Bromma"). `where`, `total`
   * and `parts` are null in a published report: a difference between counts can be a small count.
   */
  'totals-differ': {
    readonly checked: number;
    readonly differing: number;
    readonly withHiddenParts: number;
    readonly where: string | null;
    readonly total: number | null;
    readonly parts: number | null;
  };
  /** A count column whose numbers are mostly written with decimals ("1112,00"): perhaps rates, not counts. */
  'count-with-decimals': { readonly column: string; readonly example: string };
  /** A category a step lists (`categories.values` or `ordered`) that no case of the step has: kept as a category with zeros. */
  'category-never-occurs': { readonly step: string; readonly value: string; readonly column: string };
  /** A step with `categories:` whose cases all fall in one category (`value`): nothing to compare the sexes on, no flags. */
  'categories-constant': { readonly step: string; readonly value: string };
  /** A step with `measure:` whose values are all equal: nothing to compare the sexes on, no flags (the value is not named: with few cases it is a person's). */
  'measure-constant': { readonly step: string };
  /** `period:` is configured, but the steps with `categories:` or `measure:` (named, separated by "; ") get no per-period rows yet. */
  'period-not-for-distributions': { readonly steps: string };
  /**
   * A criterion of a step with `categories:` that stratifies by the step's own column:
   * within each stratum every case has one category, so the criterion cannot be examined
   * for the step (its verdict says "cannot be judged"). `criterion` is its code (need, …).
   */
  'criterion-own-column': { readonly step: string; readonly criterion: string; readonly column: string };
}

export type ReportWarningCode = keyof ReportWarningArgs;

/** One notice of a report: a code and its arguments. */
export type ReportWarning = Message<ReportWarningArgs>;
