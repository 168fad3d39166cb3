/** The validated configuration: frozen, typed, with defaults filled in. */
import type { Correction } from '../stats/types.js';
import type { Language } from '../i18n/messages.js';

export type Condition =
  | { readonly kind: 'equals'; readonly column: string; readonly value: string }
  | { readonly kind: 'in'; readonly column: string; readonly values: readonly string[] }
  | { readonly kind: 'notIn'; readonly column: string; readonly values: readonly string[] }
  | { readonly kind: 'empty'; readonly column: string; readonly empty: boolean }
  | { readonly kind: 'all'; readonly conditions: readonly Condition[] }
  | { readonly kind: 'any'; readonly conditions: readonly Condition[] }
  | { readonly kind: 'not'; readonly condition: Condition };

export type SexCategory = 'female' | 'male' | 'other';

export type SexSource =
  | { readonly kind: 'column'; readonly column: string; readonly values: Readonly<Record<string, SexCategory>> | null }
  | { readonly kind: 'personnummer'; readonly column: string };

export interface StepConfig {
  readonly name: string;
  readonly among: Condition | null;
  readonly outcome: Condition;
  /** Key path of the step in the configuration, e.g. "steps[1]", for messages. */
  readonly keyPath: string;
}

export interface Thresholds {
  readonly alpha: number;
  readonly minDiffPp: number;
  readonly minN: number;
  readonly correction: Correction;
}

export interface Config {
  /** Where the configuration came from: a file path, or "command line". */
  readonly source: string;
  readonly sex: SexSource;
  readonly count: string | null;
  readonly by: readonly string[];
  readonly steps: readonly StepConfig[];
  readonly thresholds: Thresholds;
  readonly yates: boolean;
  readonly lang: Language | null;
}
