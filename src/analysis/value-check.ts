/**
 * After reading: every value the configuration names (sex.values, the steps' among and
 * outcome conditions, derive.*.map.values) is checked against the values its column
 * took. A value that never occurs while a near one does is almost surely a typo, and
 * the analysis would publish zeros: an error naming the key path, the value and the one
 * probably meant. A value that never occurs with nothing near is a notice in every
 * output: it may be right (no such case this month) or not.
 *
 * The values seen are the tally's interned cells (bounded: see tally/interned.ts); the
 * work is per distinct cell, never per row. A column whose cells overflowed the value
 * table is not checked: absence cannot be told there.
 */
import { conditionValues } from '../config/condition-values.js';
import type { Config } from '../config/types.js';
import { ConfigError } from '../errors.js';
import type { ReportWarning } from '../messages/report-warning-codes.js';
import type { Tally } from '../tally/tally.js';
import { nearValue } from './near-value.js';

/** A value the configuration names, the variable whose values it is compared with, and where it is said. */
export interface NamedValue {
  readonly variable: string;
  readonly value: string;
  readonly keyPath: string;
  /** The other values of the same list: never suggested for this one. */
  readonly siblings: readonly string[];
}

/** Every value the steps' conditions and the derived maps name, in configuration order. */
export function namedValues(config: Config): NamedValue[] {
  const steps = conditionValues(config).map(({ column, value, keyPath, siblings }) => ({ variable: column, value, keyPath, siblings }));
  const maps = config.derive.flatMap((variable) => {
    if (variable.kind !== 'map') return [];
    const keys = Object.keys(variable.values);
    return keys.map((value) => ({ variable: variable.column, value, keyPath: `derive.${variable.name}.map.values.${value}`, siblings: keys }));
  });
  return [...steps, ...maps];
}

/** The sex.values keys that never occur (compared in lower case, as the sex column is read). */
function sexValueFindings(tally: Tally, config: Config): { value: string; keyPath: string; near: string | undefined }[] {
  if (config.sex.kind !== 'column' || !config.sex.values) return [];
  const cells = tally.distinctSexCells();
  if (cells === null) return [];
  // Each cell in lower case, as the sex column is read, with its first spelling seen.
  const spellingOf = new Map<string, string>();
  for (const cell of cells) if (!spellingOf.has(cell.toLowerCase())) spellingOf.set(cell.toLowerCase(), cell);
  const keys = Object.keys(config.sex.values);
  const lowerKeys = new Set(keys.map((key) => key.trim().toLowerCase()));
  // Another case is the same code here: only edits make a near value, never another key.
  const candidates = [...spellingOf.keys()].filter((lower) => !lowerKeys.has(lower));
  return keys
    .filter((key) => !spellingOf.has(key.trim().toLowerCase()))
    .map((key) => {
      const near = nearValue(key.trim().toLowerCase(), candidates);
      return { value: key, keyPath: `sex.values.${key}`, near: near === undefined ? undefined : spellingOf.get(near) };
    });
}

/**
 * Checks the configured values against the tally's distinct values. Throws a
 * ConfigError (`value-misspelt`) for the first value that never occurs while a near one
 * does; returns a `value-never-occurs` notice for each that has nothing near.
 */
export function checkNamedValues(tally: Tally, config: Config): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  const found = (value: string, keyPath: string, column: string, near: string | undefined): void => {
    if (near !== undefined) {
      throw new ConfigError('value-misspelt', { value, column, suggestion: near }, keyPath, { file: config.source });
    }
    warnings.push({ code: 'value-never-occurs', args: { keyPath, value, column } });
  };
  for (const finding of sexValueFindings(tally, config)) found(finding.value, finding.keyPath, config.sex.kind === 'column' ? config.sex.column : '', finding.near);
  const seenByVariable = new Map<string, ReadonlySet<string> | null>();
  for (const named of namedValues(config)) {
    if (!seenByVariable.has(named.variable)) seenByVariable.set(named.variable, tally.distinctValues(named.variable));
    const seen = seenByVariable.get(named.variable)!;
    if (seen === null || seen.has(named.value)) continue;
    found(named.value, named.keyPath, named.variable, nearValue(named.value, seen, new Set(named.siblings)));
  }
  return warnings;
}
