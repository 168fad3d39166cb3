/**
 * Every problem code `jamstat validate` reports (src/validate/problem.ts), with the
 * arguments its text needs. The texts are in src/i18n/problem-texts.ts, which must
 * cover every code here; the severities are in src/validate/problem.ts.
 */
import type { ErrorArgs, ErrorCode } from './error-codes.js';
import type { NoArgs } from './message.js';

/** The rest of a list of values, summed in one problem: how many more values there are. */
export type MoreValues = { readonly more: number };

export interface ProblemArgs {
  'missing-column': { readonly keyPaths: string; readonly suggestion: string | undefined; readonly columns: string };
  'header-mismatch': { readonly firstFile: string; readonly missing: string; readonly extra: string };
  'no-rows': NoArgs;
  'no-sex-recognised': { readonly seen: string };
  /** The analysis's own error for the input it stopped at. */
  'analysis-stopped': { readonly code: ErrorCode; readonly args: ErrorArgs[ErrorCode] };
  'unexpected-value': { readonly value: string; readonly allowed: string; readonly suggestion: string | undefined } | MoreValues;
  'invalid-count': { readonly value: string };
  /** A count cell shaped like a personnummer; the value masked. */
  'count-is-personnummer': { readonly value: string };
  /** A count cell above limits.maxCount (`limit`). */
  'count-over-limit': { readonly value: string; readonly limit: number };
  /** A count cell hidden in the source ("..", "x"): one problem per marker. */
  'hidden-in-source': { readonly marker: string };
  /** A zero or not-applicable marker in a count cell ("-", "."): one problem per marker. */
  'count-marker': { readonly marker: string; readonly meaning: 'zero' | 'not-applicable' };
  /** A count cell with a decimal part that is not zero: a rate or a share, not a count. */
  'count-not-whole': { readonly value: string; readonly looksLike: 'share' | 'rate' };
  /** A funnel step's `yes` count above its `of` count in a row (the column is `yes`'s). */
  'funnel-not-nested': { readonly yesValue: string; readonly ofColumn: string; readonly ofValue: string };
  'duplicate-id': { readonly value: string };
  'invalid-date': { readonly value: string; readonly keyPath: string };
  /** A cell of a numeric step's column (`keyPath`: its measure.column) that holds no number. */
  'invalid-measure': { readonly value: string; readonly keyPath: string };
  /** A value of a categorical step's column that its list (`keyPath`) does not name, with no `other` to pool it into. */
  'unlisted-category': { readonly value: string; readonly keyPath: string; readonly listed: string; readonly suggestion: string | undefined } | MoreValues;
  /** `reasons`: "ragged-row=2;missing-outcome=40", exclusion reasons and their rows. */
  'excluded-share': { readonly step: string; readonly share: number; readonly limit: number; readonly reasons: string };
  'ragged-rows': { readonly expected: number };
  'missing-value': { readonly role: 'sex' | 'personnummer' | 'id' };
  'unrecognised-sex': { readonly value: string; readonly suggestion: string | undefined } | MoreValues;
  'invalid-personnummer': { readonly problem: 'format' | 'date' | 'checksum' };
  'rare-value': { readonly value: string; readonly suggestion: string | undefined } | MoreValues;
  'value-not-found': { readonly keyPath: string; readonly value: string; readonly suggestion: string | undefined };
  'suspect-date': { readonly value: string };
  'step-selects-nothing': { readonly step: string; readonly keyPath: string };
  'row-count-change': { readonly previous: number; readonly current: number; readonly change: number; readonly limit: number };
  'share-change': {
    readonly step: string;
    readonly sex: 'female' | 'male';
    readonly sexTerms: 'children' | 'adults' | 'neutral';
    readonly previous: number;
    readonly current: number;
    readonly changePp: number;
    readonly limit: number;
  };
  /** A configured value that never occurs while a near one does: almost surely a typo. */
  'value-misspelt': { readonly keyPath: string; readonly value: string; readonly suggestion: string };
}

export type ProblemCode = keyof ProblemArgs;
