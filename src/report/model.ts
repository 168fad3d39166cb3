/**
 * The report model: what an analysis found, as plain data. The JSON output is this
 * object as it is (schemaVersion 1; keys are only ever added, never renamed or removed);
 * every other format is rendered from it.
 */
import type { Correction, NoTestReason, StatWarning } from '../stats/types.js';
import type { InputExclusion, StepExclusion } from '../tally/tally.js';
import type { Delimiter, Encoding, LineEnding } from '../ingest/sniff.js';

export const SCHEMA_VERSION = 1;

/** How the sexes are named in tables: Flickor/Pojkar, Kvinnor/Män, or both. */
export type SexTerms = 'children' | 'adults' | 'neutral';

export interface FileSummary {
  readonly path: string;
  readonly encoding: Encoding;
  readonly bom: boolean;
  readonly delimiter: Delimiter;
  readonly lineEnding: LineEnding;
  readonly titleLines: number;
  readonly rows: number;
  readonly blankLines: number;
}

export interface ExclusionCount<Reason extends string> {
  readonly reason: Reason;
  readonly rows: number;
}

export interface StepSummary {
  readonly name: string;
  /** Rows the step takes (all rows, or those meeting its `among`). */
  readonly rows: number;
  /** Of those, rows counted in the step's tables. */
  readonly used: number;
  /** Cases counted (differs from `used` when rows carry a count). */
  readonly cases: number;
  /** Rows the step does not take (its `among` is false). */
  readonly notSelected: number;
  readonly excluded: readonly ExclusionCount<StepExclusion>[];
}

export interface SexCounts {
  readonly n: number;
  readonly yes: number;
  /** yes / n, or null when n is 0. */
  readonly share: number | null;
}

export interface EstimateWithInterval {
  readonly estimate: number;
  readonly ci95: readonly [number, number];
}

export interface RatioEstimate extends EstimateWithInterval {
  /** True when 0.5 was added to every cell because a cell was zero (Haldane). */
  readonly haldane: boolean;
}

export interface Result {
  readonly step: string;
  /** The `by` variable, or null for the step's overall row. */
  readonly by: string | null;
  readonly group: string | null;
  readonly female: SexCounts;
  readonly male: SexCounts;
  readonly other: SexCounts;
  /** Female share − male share, in percentage points. */
  readonly diffPp: number | null;
  /** Newcombe's hybrid score interval for diffPp, in percentage points. */
  readonly ci95: readonly [number, number] | null;
  readonly test: 'chi2' | 'fisher' | null;
  readonly statistic: number | null;
  readonly df: number | null;
  readonly p: number | null;
  /** p adjusted over all tests of the run (settings.correction). */
  readonly q: number | null;
  readonly flag: boolean;
  readonly reason: NoTestReason | null;
  readonly riskRatio: RatioEstimate | null;
  readonly oddsRatio: RatioEstimate | null;
  /** How many more male (female) "yes" there would be at the female (male) share. */
  readonly shortfall: { readonly male: number; readonly female: number } | null;
  readonly warnings: readonly StatWarning[];
  /** Chi-square over female/male/other, when `other` has cases. */
  readonly allCategories: { readonly statistic: number | null; readonly df: number | null; readonly p: number | null; readonly reason: NoTestReason | null } | null;
}

export interface Settings {
  readonly alpha: number;
  readonly minDiffPp: number;
  readonly minN: number;
  readonly correction: Correction;
  readonly yates: boolean;
  /** Number of tests the correction was applied over. */
  readonly familySize: number;
  readonly unit: 'case';
  readonly sexSource: 'column' | 'personnummer';
  readonly countColumn: string | null;
  readonly by: readonly string[];
}

export interface Report {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly generator: string;
  readonly input: {
    readonly files: readonly FileSummary[];
    readonly rows: number;
    readonly excluded: readonly ExclusionCount<InputExclusion>[];
  };
  readonly settings: Settings;
  readonly sexTerms: SexTerms;
  readonly steps: readonly StepSummary[];
  readonly results: readonly Result[];
}
