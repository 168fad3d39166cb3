/**
 * Every code an error (src/errors.ts) can carry, with the arguments its text needs.
 * The texts are in src/i18n/error-texts.ts, which must cover every code here.
 */
import type { Message, NoArgs } from './message.js';
import type { ExcludedRowsArgs } from './report-warning-codes.js';

/**
 * What a configuration key should hold (config/issue-text.ts), with the values the
 * explanation needs; the text of `config-invalid` includes it.
 */
export interface ExpectationArgs {
  required: NoArgs;
  string: NoArgs;
  number: NoArgs;
  integer: NoArgs;
  boolean: NoArgs;
  list: NoArgs;
  mapping: NoArgs;
  'one-of': { readonly choices: string };
  'at-least': { readonly limit: number };
  'at-most': { readonly limit: number };
  'greater-than': { readonly limit: number };
  'less-than': { readonly limit: number };
  'non-empty': NoArgs;
  'condition-operator-count': { readonly found: string };
  'condition-needs-column': NoArgs;
  'condition-group-has-column': NoArgs;
  'age-source': NoArgs;
  'bins-increasing': NoArgs;
  'bins-labels': NoArgs;
  'derived-kind-count': { readonly found: string };
  'unit-rule-needs-date': NoArgs;
  'sex-one-source': NoArgs;
  'sex-values-need-column': NoArgs;
  'sex-columns-need-both': NoArgs;
  'step-outcome-or-funnel': NoArgs;
  'step-funnel-needs-both': NoArgs;
  'step-name-duplicate': NoArgs;
  /** A step with categories: or measure: and another kind of outcome as well (`found`: the kinds given). */
  'step-one-kind': { readonly found: string };
  'categories-values-or-ordered': NoArgs;
  'categories-duplicate-value': NoArgs;
  'categories-blank-value': NoArgs;
  'population-step-unknown': { readonly name: string; readonly steps: string; readonly suggestion: string | undefined };
  /** A rule of the schema without a text of its own: its message as zod gave it. */
  other: { readonly text: string };
}

export type Expectation = keyof ExpectationArgs;

/** The expectations the schema's own rules raise as custom issues (their message is the code). */
export const CUSTOM_EXPECTATIONS = [
  'condition-operator-count',
  'condition-needs-column',
  'condition-group-has-column',
  'sex-one-source',
  'sex-values-need-column',
  'sex-columns-need-both',
  'step-outcome-or-funnel',
  'step-funnel-needs-both',
  'step-name-duplicate',
  'step-one-kind',
  'categories-values-or-ordered',
  'categories-duplicate-value',
  'categories-blank-value',
  'age-source',
  'bins-increasing',
  'bins-labels',
  'derived-kind-count',
  'unit-rule-needs-date',
] as const satisfies readonly Expectation[];

export type CustomExpectation = (typeof CUSTOM_EXPECTATIONS)[number];

/** True when a custom issue's message is one of the expectations above. */
export function isCustomExpectation(message: string): message is CustomExpectation {
  return CUSTOM_EXPECTATIONS.some((code) => code === message);
}

/** A key that does not hold what it should: where, what it held, and what was expected. */
export type ConfigInvalidArgs = { readonly keyPath: string; readonly got: string; readonly expectation: Message<ExpectationArgs> };

export interface ErrorArgs {
  'file-not-found': { readonly file: string };
  'file-unreadable': { readonly file: string; readonly detail: string };
  'file-not-regular': NoArgs;
  'file-changed': NoArgs;
  'file-empty': NoArgs;
  'file-binary': NoArgs;
  'file-header-only': NoArgs;
  'no-header': NoArgs;
  'header-mismatch': { readonly file: string; readonly firstFile: string; readonly header: string; readonly firstHeader: string };
  'duplicate-header': { readonly name: string; readonly columns: string };
  'blank-header': { readonly column: number };
  'unterminated-quote': NoArgs;
  'invalid-utf8': { readonly bytes: string };
  'invalid-encoding-bytes': { readonly bytes: string };
  'csv-syntax': { readonly detail: string };
  'record-too-long': { readonly limit: number };
  'too-many-ragged': { readonly ragged: number; readonly rows: number; readonly expected: number; readonly delimiter: string };
  'header-quote': NoArgs;
  'xlsx-old-format': NoArgs;
  'xlsx-encrypted': NoArgs;
  'xlsx-unreadable': { readonly detail: string };
  'xlsx-too-large': { readonly size: string; readonly limit: string };
  'xlsx-sheet-unknown': { readonly sheet: string; readonly sheets: string };
  'usage-sheet-not-xlsx': { readonly file: string };
  'title-quote': NoArgs;
  'config-not-found': { readonly file: string };
  'output-unwritable': { readonly detail: string };
  'stdout-unwritable': { readonly detail: string };
  /** `problem` is the yaml package's error code (BAD_INDENT, …); `detail` its English text, shown only for a code without a text of its own; `toLine` the last line the problem spans, when it spans several. */
  'config-yaml': { readonly problem: string; readonly detail: string | undefined; readonly toLine?: number };
  'config-too-deep': { readonly limit: number };
  'config-aliases': { readonly limit: number };
  'config-unknown-alias': { readonly name: string };
  'config-unknown-key': { readonly key: string; readonly suggestion: string | undefined; readonly allowed: string };
  'config-invalid': ConfigInvalidArgs;
  'config-missing-column': { readonly column: string; readonly dataFile: string; readonly suggestion: string | undefined; readonly columns: string };
  'config-empty': NoArgs;
  'no-sex-recognised': { readonly column: string; readonly seen: string };
  'unmapped-value': { readonly variable: string; readonly value: string; readonly column: string };
  'config-derived-cycle': { readonly variables: string };
  'personnummer-as-group': { readonly column: string };
  'too-many-groups': { readonly variable: string; readonly seen: number; readonly limit: number };
  /** A group or strata variable whose values hold personnummer-shaped text: `values` distinct ones, `limit` the most allowed + 1. */
  'identity-values-as-group': { readonly column: string; readonly values: number; readonly limit: number };
  /** A count cell shaped like a personnummer (`value` masked). */
  'count-is-personnummer': { readonly column: string; readonly value: string };
  /** A count cell above limits.maxCount (`limit`). */
  'count-over-limit': { readonly column: string; readonly value: string; readonly limit: number };
  'population-missing-group': { readonly file: string; readonly group: string; readonly variable: string };
  'population-invalid-count': { readonly column: string };
  /** A population count cell that holds a marker (hidden, not applicable): rates need every population. */
  'population-count-marker': { readonly column: string; readonly marker: string };
  /** A count cell with a decimal part that is not zero: a rate, a share or a mean, not a count. */
  'count-not-whole': { readonly column: string; readonly value: string; readonly looksLike: 'share' | 'rate' };
  /** A count column that writes "1.234" (thousands) and "3.0" (decimal point) both. */
  'count-dot-conflict': { readonly column: string; readonly thousands: string; readonly decimal: string };
  'population-missing-column': { readonly column: string; readonly suggestion: string | undefined };
  'population-by-not-in-analysis': { readonly variable: string };
  'funnel-with-count': { readonly step: string };
  'wide-with-count': NoArgs;
  'funnel-with-unit': { readonly step: string };
  'wide-with-unit': NoArgs;
  /** `unit:` with rule any (the default) and a step whose outcome is no yes/no: `key` is categories or measure. */
  'unit-any-with-kind': { readonly step: string; readonly key: 'categories' | 'measure' };
  /** `population.step` (or, without it, the first step) names a step whose outcome is no yes/no. */
  'population-step-kind': { readonly step: string; readonly key: 'categories' | 'measure' };
  /** A categories: or measure: step in a configuration with a funnel step (counts in columns). */
  'funnel-with-kind': { readonly step: string; readonly funnelStep: string; readonly key: 'categories' | 'measure' };
  /** A categorical step with more categories than a table can show (after pooling into `other`). */
  'too-many-categories': { readonly step: string; readonly column: string; readonly count: number; readonly limit: number };
  'funnel-not-nested': { readonly yesColumn: string; readonly yesValue: number; readonly ofColumn: string; readonly ofValue: number };
  'wide-column-ambiguous': { readonly measure: string; readonly sexColumn: string; readonly columns: string };
  'step-selects-nothing': { readonly step: string };
  'all-rows-excluded': { readonly rows: number };
  'usage-no-analysis': NoArgs;
  'usage-unit-needs-id': NoArgs;
  'usage-bad-condition': { readonly flag: string; readonly value: string };
  'usage-bad-number': { readonly flag: string; readonly value: string; readonly range?: string };
  'usage-bad-choice': { readonly flag: string; readonly value: string; readonly choices: string };
  'usage-output-is-input': { readonly file: string };
  'usage-same-file-twice': { readonly first: string; readonly second: string };
  'usage-stdin-twice': NoArgs;
  'usage-previous-is-input': { readonly first: string; readonly second: string };
  'usage-format-needs-output': { readonly format: string };
  'usage-unknown-output-extension': { readonly file: string; readonly extension: string; readonly formats: string };
  'usage-validate-needs-config': NoArgs;
  'usage-commander': { readonly detail: string };
  'usage-unknown-option': { readonly name: string | undefined; readonly suggestion: string | undefined; readonly command: string };
  'usage-unknown-command': { readonly name: string | undefined; readonly suggestion: string | undefined };
  'usage-missing-argument': { readonly name: string | undefined; readonly command: string };
  'usage-option-missing-value': { readonly name: string | undefined };
  'usage-invalid-choice': { readonly name: string | undefined; readonly value: string | undefined; readonly choices: string };
  'init-exists': NoArgs;
  'init-no-sex': NoArgs;
  'internal-error': { readonly detail: string };
  'value-misspelt': { readonly value: string; readonly column: string; readonly suggestion: string };
  'excluded-rows': ExcludedRowsArgs;
}

export type ErrorCode = keyof ErrorArgs;

/** An error's code and arguments, as data. */
export type ErrorMessage = Message<ErrorArgs>;
