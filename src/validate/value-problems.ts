/**
 * The checks made on a column's counted values once a file has been read: values
 * outside the allowed list, sex codes that are not recognised, rare values in a
 * condition column (often a typo), and condition values that never occur.
 */
import type { Config } from '../config/types.js';
import { nearestName } from '../tally/columns.js';
import type { TrackedColumn } from './column-plan.js';
import { conditionValues } from '../config/condition-values.js';
import { nearValue } from '../analysis/near-value.js';
import { namedValues } from '../analysis/value-check.js';
import { problem, quoteCell, type Problem, type ProblemCode } from './problem.js';
import type { ValueCount, ValueTally } from './value-tally.js';

/** Values listed one by one per column and code; the rest are summed in one problem. */
export const LISTED_VALUES = 20;

type Entry = readonly [value: string, counted: ValueCount];
/** The message arguments of one listed value, besides the value itself. */
type ArgsOf = (value: string) => Record<string, string | undefined>;
/** Rows whose values were not tracked (beyond the cap), and the first of them. */
type Untracked = { readonly rows: number; readonly firstLine: number };

const NONE_UNTRACKED: Untracked = { rows: 0, firstLine: 0 };

/** Most frequent first, then by value, so that the list is the same every run. */
function byFrequency(a: Entry, b: Entry): number {
  return b[1].count - a[1].count || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/**
 * One problem per value (the most frequent first), and one for the rest together
 * (`more` distinct values, their rows and first line), plus rows never tracked.
 */
function listValues(
  code: ProblemCode,
  file: string,
  column: string,
  entries: readonly Entry[],
  argsOf: ArgsOf,
  untracked: Untracked,
): Problem[] {
  const sorted = [...entries].sort(byFrequency);
  const listed = sorted.slice(0, LISTED_VALUES).map(([value, counted]) =>
    problem(code, { file, column, line: counted.firstLine, count: counted.count }, { value: quoteCell(value), ...argsOf(value) }),
  );
  const rest = sorted.slice(LISTED_VALUES);
  if (rest.length === 0 && untracked.rows === 0) return listed;
  const lines = [...rest.map(([, counted]) => counted.firstLine), ...(untracked.rows > 0 ? [untracked.firstLine] : [])];
  const rows = rest.reduce((sum, [, counted]) => sum + counted.count, 0) + untracked.rows;
  return [...listed, problem(code, { file, column, line: Math.min(...lines), count: rows }, { more: rest.length + (untracked.rows > 0 ? 1 : 0) })];
}

/** Problems of one tracked column's values. */
function columnProblems(file: string, column: TrackedColumn, tally: ValueTally, rareValueCount: number): Problem[] {
  const entries = [...tally.values];
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const report = (code: ProblemCode, chosen: readonly Entry[], argsOf: ArgsOf, untracked = NONE_UNTRACKED): void => {
    chosen.forEach(([value]) => reported.add(value));
    if (chosen.length > 0 || untracked.rows > 0) problems.push(...listValues(code, file, column.name, chosen, argsOf, untracked));
  };

  if (column.allowed) {
    const allowed = [...column.allowed];
    const untracked = { rows: tally.overflowRows, firstLine: tally.overflowFirstLine };
    report('unexpected-value', entries.filter(([value]) => !column.allowed!.has(value)), (value) => ({ allowed: allowed.join(', '), suggestion: nearestName(value, allowed) }), untracked);
  } else if (column.sexCodes) {
    const recognised = entries.filter(([value]) => column.sexCodes!.has(value.toLowerCase())).map(([value]) => value);
    report('unrecognised-sex', entries.filter(([value]) => !column.sexCodes!.has(value.toLowerCase())), (value) => ({ suggestion: nearestName(value, recognised) }));
  }

  // Values a categorical step's list does not name (and no `other` pools): its rows are excluded from the step.
  for (const list of column.categoryLists) {
    const listed = new Set(list.values);
    const untracked = { rows: tally.overflowRows, firstLine: tally.overflowFirstLine };
    const outside = entries.filter(([value]) => !listed.has(value));
    if (outside.length > 0 || untracked.rows > 0) {
      problems.push(
        ...listValues('unlisted-category', file, column.name, outside, (value) => ({ keyPath: list.keyPath, listed: list.values.join(', '), suggestion: nearestName(value, list.values) }), untracked),
      );
    }
    outside.forEach(([value]) => reported.add(value));
  }

  if (column.inCondition && rareValueCount > 0 && tally.complete) {
    const common = entries.filter(([, counted]) => counted.count >= rareValueCount).map(([value]) => value);
    const rare = entries.filter(([value, counted]) => counted.count < rareValueCount && !reported.has(value) && !column.allowed?.has(value));
    if (common.length > 0) report('rare-value', rare, (value) => ({ suggestion: nearestName(value, common) }));
  }
  return problems;
}

/** The other values of the list a condition value is in (never suggested for it). */
function siblingsOf(config: Config, keyPath: string): readonly string[] {
  return namedValues(config).find((named) => named.keyPath === keyPath)?.siblings ?? [];
}

/** The value problems of a file, from its tracked columns' counts. */
export function valueProblems(
  file: string,
  config: Config,
  tracked: readonly TrackedColumn[],
  values: ReadonlyMap<number, ValueTally>,
  rareValueCount: number,
): Problem[] {
  const problems = tracked.flatMap((column) => columnProblems(file, column, values.get(column.index)!, rareValueCount));
  const byName = new Map(tracked.map((column) => [column.name, values.get(column.index)!]));
  for (const { column, value, keyPath } of conditionValues(config)) {
    const tally = byName.get(column);
    if (!tally || !tally.complete || tally.values.has(value)) continue;
    // The rule analyze stops on: a near value that occurs makes this a typo (an error).
    const near = nearValue(value, tally.values.keys(), new Set(siblingsOf(config, keyPath)));
    if (near !== undefined) problems.push(problem('value-misspelt', { file, column }, { keyPath, value: quoteCell(value), suggestion: near }));
    else problems.push(problem('value-not-found', { file, column }, { keyPath, value: quoteCell(value), suggestion: nearestName(value, [...tally.values.keys()]) }));
  }
  // An allowed value that never occurs is fine (a month without such cases), unless a near one occurs instead.
  for (const [column, allowed] of Object.entries(config.validate?.values ?? {})) {
    const tally = byName.get(column);
    if (!tally || !tally.complete) continue;
    allowed.forEach((value, position) => {
      if (tally.values.has(value)) return;
      const near = nearValue(value, tally.values.keys(), new Set(allowed));
      if (near !== undefined) problems.push(problem('value-misspelt', { file, column }, { keyPath: `validate.values.${column}[${position}]`, value: quoteCell(value), suggestion: near }));
    });
  }
  return problems;
}
