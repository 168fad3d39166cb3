/**
 * What `jamstat validate` finds: problems as data (a code, where, how many rows, and
 * the values the message needs). The words are made in one place,
 * src/i18n/problem-texts.ts (argument types: src/messages/problem-codes.ts); each code has one fixed severity.
 */
import { maskPersonnummer } from '../ingest/personnummer.js';
import type { ArgsAfter } from '../messages/message.js';
import type { ProblemArgs, ProblemCode } from '../messages/problem-codes.js';

export type { ProblemArgs, ProblemCode };

/** An error makes the analysis wrong, a warning deserves a look, a note says how the data is (never a failure). */
export type Severity = 'error' | 'warning' | 'note';

/** Every problem code and its severity: errors make the analysis wrong, warnings deserve a look. */
export const PROBLEM_SEVERITY = {
  'missing-column': 'error',
  'header-mismatch': 'error',
  'no-rows': 'error',
  'no-sex-recognised': 'error',
  'analysis-stopped': 'error',
  'unexpected-value': 'error',
  'invalid-count': 'error',
  'count-is-personnummer': 'error',
  'count-over-limit': 'error',
  'count-not-whole': 'error',
  'hidden-in-source': 'warning',
  'count-marker': 'note',
  'funnel-not-nested': 'error',
  'duplicate-id': 'error',
  'invalid-date': 'error',
  'invalid-measure': 'error',
  'excluded-share': 'error',
  'ragged-rows': 'warning',
  'missing-value': 'warning',
  'unrecognised-sex': 'warning',
  'invalid-personnummer': 'warning',
  'rare-value': 'warning',
  'unlisted-category': 'warning',
  'value-not-found': 'warning',
  'suspect-date': 'warning',
  'step-selects-nothing': 'warning',
  'row-count-change': 'warning',
  'share-change': 'warning',
  'value-misspelt': 'error',
} as const satisfies Record<ProblemCode, Severity>;

/** True for a string that is a problem code. */
function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEM_SEVERITY, code);
}

export const PROBLEM_CODES: readonly ProblemCode[] = Object.keys(PROBLEM_SEVERITY).filter(isProblemCode);

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** The file the problem is in; null when it is about several files together. */
  readonly file: string | null;
  /** The first line where it occurs; null when it is not about one place. */
  readonly line: number | null;
  /** The column's name; null when it is not about one column. */
  readonly column: string | null;
  /** In an .xlsx, the column's Excel letter (absent for text files). */
  readonly columnLetter?: string;
  /** How many rows it concerns; null when it is not about rows. */
  readonly count: number | null;
  /** The values the message needs; cell values are already masked and shortened. */
  readonly args: ProblemArgs[ProblemCode];
}

/** Where a problem is: everything but its code and arguments. */
export interface ProblemPlace {
  readonly file: string | null;
  readonly line?: number | null;
  readonly column?: string | null;
  readonly count?: number | null;
}

/** Makes a problem with its code's severity. */
export function problem<C extends ProblemCode>(code: C, place: ProblemPlace, ...rest: ArgsAfter<ProblemArgs[C]>): Problem {
  const args: ProblemArgs[ProblemCode] = rest[0] ?? {};
  return {
    code,
    severity: PROBLEM_SEVERITY[code],
    file: place.file,
    line: place.line ?? null,
    column: place.column ?? null,
    count: place.count ?? null,
    args,
  };
}

const LONGEST_QUOTED_CELL = 40;

/**
 * A cell's value as a message may quote it: personnummer-shaped runs masked, long
 * values shortened. Every cell value that reaches a problem goes through here.
 */
export function quoteCell(value: string): string {
  const masked = maskPersonnummer(value.trim());
  return masked.length > LONGEST_QUOTED_CELL ? `${masked.slice(0, LONGEST_QUOTED_CELL - 1)}…` : masked;
}

/** True when the problems stop a run: any error, or with `strict` any warning too (notes never). */
export function hasFailures(problems: readonly Problem[], strict: boolean): boolean {
  return problems.some((found) => found.severity === 'error' || (strict && found.severity === 'warning'));
}

/**
 * Orders problems the same way every run: by file (in the order given; problems about
 * no single file last), line (problems about no line first), column, code, then arguments.
 */
export function sortProblems(problems: readonly Problem[], files: readonly string[]): Problem[] {
  const fileRank = (file: string | null): number => (file === null ? files.length : Math.max(0, files.indexOf(file)));
  const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...problems].sort(
    (a, b) =>
      fileRank(a.file) - fileRank(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.column ?? '', b.column ?? '') ||
      compareText(a.code, b.code) ||
      compareText(JSON.stringify(a.args), JSON.stringify(b.args)),
  );
}
