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
export type SexSource =
  | { readonly kind: 'column'; readonly column: string; readonly values: Readonly<Record<string, SexCategory>> | null }
  | { readonly kind: 'personnummer'; readonly column: string };

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

export interface StepConfig {
  readonly name: string;
  readonly among: Condition | null;
  readonly outcome: Condition;
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
  /** Bounds on the input (`limits:`), defaults filled in. */
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

/** Bounds on the input: `maxCount`, the largest count a count cell may hold. */
export interface LimitsConfig {
  readonly maxCount: number;
}
