/** The validated configuration: frozen, typed, with defaults filled in. */
import type { Correction } from '../stats/types.js';
import type { Language } from '../messages/languages.js';
import type { Criterion } from './criteria.js';

export type Condition =
  | { readonly kind: 'equals'; readonly column: string; readonly value: string }
  | { readonly kind: 'in'; readonly column: string; readonly values: readonly string[] }
  | { readonly kind: 'notIn'; readonly column: string; readonly values: readonly string[] }
  | { readonly kind: 'empty'; readonly column: string; readonly empty: boolean }
  | { readonly kind: 'all'; readonly conditions: readonly Condition[] }
  | { readonly kind: 'any'; readonly conditions: readonly Condition[] }
  | { readonly kind: 'not'; readonly condition: Condition };

export type SexCategory = 'female' | 'male' | 'other';

/*
 * Mappings keyed by data (sex.values, map values, validate.values) hold own properties
 * only, made by Object.fromEntries; a key may be any text, `__proto__` and
 * `constructor` included, so read them through a Map or Object.hasOwn, never obj[key].
 */
/** What a column of a table wide by sex holds: one sex's count, or the total (checked against the parts, not counted). */
export type SexColumnRole = SexCategory | 'total';

export type SexSource =
  | { readonly kind: 'column'; readonly column: string; readonly values: Readonly<Record<string, SexCategory>> | null }
  | { readonly kind: 'personnummer'; readonly column: string }
  /** Wide by sex: one count column per sex (`sex.columns`), its key the sex word a measure's column names carry. */
  | { readonly kind: 'columns'; readonly columns: readonly { readonly name: string; readonly role: SexColumnRole }[] };

export type PeriodUnit = 'month' | 'quarter' | 'year';

/** One criterion of a step: the variables whose combinations form its strata. */
export interface CriterionConfig {
  readonly criterion: Criterion;
  readonly variables: readonly string[];
}

/** A variable computed from a row's columns (or from earlier derived variables). */
export type DerivedVariable =
  | { readonly kind: 'age-personnummer'; readonly name: string; readonly personnummer: string; readonly at: string }
  | { readonly kind: 'age-column'; readonly name: string; readonly column: string }
  | { readonly kind: 'bins'; readonly name: string; readonly column: string; readonly edges: readonly number[]; readonly labels: readonly string[] | null }
  | { readonly kind: 'map'; readonly name: string; readonly column: string; readonly values: Readonly<Record<string, string>>; readonly other: string | null }
  | { readonly kind: 'period'; readonly name: string; readonly column: string; readonly per: PeriodUnit };

export interface UnitConfig {
  /** The column identifying a person (often the personnummer). */
  readonly id: string;
  readonly rule: 'any' | 'first' | 'last';
  readonly date: string | null;
}

export interface PopulationConfig {
  readonly file: string;
  readonly sex: string;
  readonly count: string;
  readonly by: readonly string[];
  /** The step whose cases are counted (default: the first). */
  readonly step: string | null;
}

/** A funnel step's count columns: those who reached the step (`of`), and those of them with the outcome (`yes`). */
export interface FunnelCounts {
  readonly of: string;
  readonly yes: string;
}

/** A categorical step's outcome (`categories:`): a column's values, as categories. */
export interface CategoriesConfig {
  readonly column: string;
  /** The kept categories in display order (`values:` or `ordered:`); null: every value seen. */
  readonly values: readonly string[] | null;
  /** True when the order of `values` means something (`ordered:`: a trend test). */
  readonly ordered: boolean;
  /** The category that pools the values not listed (or, without a list, the rare ones); null: none. */
  readonly other: string | null;
}

/** A numeric step's outcome (`measure:`): a column of numbers. */
export interface MeasureConfig {
  readonly column: string;
  /** The numbers' unit (e.g. "dagar"), for the reports; null: none given. */
  readonly unit: string | null;
  /** The smallest shift worth a flag, in the unit; null: thresholds.minShift. */
  readonly minShift: number | null;
}

export interface StepConfig {
  readonly name: string;
  readonly among: Condition | null;
  /** The outcome as a condition on each row; null for a funnel, categorical or numeric step. */
  readonly outcome: Condition | null;
  /** The count columns of a funnel step (`of:`, `yes:`); null for other steps. */
  readonly funnel: FunnelCounts | null;
  /** A categorical step's column and categories (`categories:`); null for other steps. */
  readonly categories: CategoriesConfig | null;
  /** A numeric step's column (`measure:`); null for other steps. */
  readonly measure: MeasureConfig | null;
  /** The criteria for this step: its own `explain`, or the configuration's. */
  readonly explain: readonly CriterionConfig[];
  /** Key path of the step in the configuration, e.g. "steps[1]", for messages. */
  readonly keyPath: string;
}

export interface Thresholds {
  readonly alpha: number;
  readonly minDiffPp: number;
  readonly minN: number;
  readonly correction: Correction;
  /** The smallest shift of a measure worth a flag, in the measure's unit (a step's measure.minShift overrides it). */
  readonly minShift: number;
}

/** The expectations `jamstat validate` checks extracts against. */
export interface ValidationConfig {
  /** Allowed values per column; any other non-empty value is an error. */
  readonly values: Readonly<Record<string, readonly string[]>>;
  /** Largest share of rows a step may exclude (0–1). */
  readonly maxExcludedShare: number;
  /** A value seen fewer times than this in a condition column is warned about (0: never). */
  readonly rareValueCount: number;
  /** Largest relative change in the row count against `--previous` (0.3 = 30 %). */
  readonly maxRowChange: number;
  /** Largest change, in percentage points, of a step's share per sex against `--previous`. */
  readonly maxShareChangePp: number;
}

/** The data-quality gate of `analyze`: when a step's excluded rows stop it. */
export interface QualityConfig {
  /** Largest share of a step's rows that may be excluded (0–1) before the step cannot support conclusions. */
  readonly maxExcludedShare: number;
  /** Run anyway (`--allow-excluded`): the steps over the limit get no flags and say why. */
  readonly allowExcluded: boolean;
}

/** Symbols in a count cell (`markers:`): each list compared trimmed, case-insensitively. */
export interface MarkersConfig {
  /** Hidden or unavailable in the source: the row is excluded (hidden-in-source). */
  readonly hidden: readonly string[];
  /** Nothing to report: the count is 0. */
  readonly zero: readonly string[];
  /** Cannot occur: the row is excluded (not-applicable). */
  readonly notApplicable: readonly string[];
}

/** Total labels (`totals:`): a cell holding one marks a total, not a group. */
export interface TotalsConfig {
  readonly labels: readonly string[];
}

export interface Config {
  /** Where the configuration came from: a file path, or "command line". */
  readonly source: string;
  readonly sex: SexSource;
  readonly count: string | null;
  /** Variables crossed with sex, each on its own; "A*B" is an intersection. */
  readonly by: readonly string[];
  readonly derive: readonly DerivedVariable[];
  readonly unit: UnitConfig | null;
  readonly period: { readonly column: string; readonly per: PeriodUnit } | null;
  readonly population: PopulationConfig | null;
  readonly steps: readonly StepConfig[];
  readonly thresholds: Thresholds;
  readonly yates: boolean;
  readonly lang: Language | null;
  /** Disclosure control from the file (`suppress: { below: N }`), or null for the default. */
  readonly suppress: { readonly below: number } | null;
  /** The case id column (`id:`): `jamstat validate` checks that no id occurs twice. */
  readonly id: string | null;
  /** What `jamstat validate` expects (`validate:`), defaults filled in; null when not given. */
  readonly validate: ValidationConfig | null;
  /** The data-quality gate (`quality:`), defaults filled in. */
  readonly quality: QualityConfig;
  /** Grouping columns whose blank cells continue the value above (`fill:`, merged cells exported from Excel); [] when not given. */
  readonly fill: readonly string[];
  /** Markers in count cells (`markers:`), defaults filled in. */
  readonly markers: MarkersConfig;
  /** Total labels (`totals:`), defaults filled in. */
  readonly totals: TotalsConfig;
  /** Bounds on the input and on a run's memory (`limits:`), defaults filled in. */
  readonly limits: LimitsConfig;
  /** The report's title block (`report:` and --title, --organisation, --report-period); absent when not given. */
  readonly report?: ReportMeta;
}

/** Who made the report, for whom and over which period: shown at the top of the reports for people, and in the JSON. */
export interface ReportMeta {
  readonly title?: string;
  readonly organisation?: string;
  readonly period?: string;
  readonly author?: string;
}

/** Bounds on the input and on a run's memory. */
export interface LimitsConfig {
  /** The largest count a count cell may hold. */
  readonly maxCount: number;
  /** Groups (distinct values or combinations) one grouping may have before the run stops. */
  readonly maxGroups: number;
}
