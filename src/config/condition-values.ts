/**
 * The columns and values the steps' conditions compare: each leaf of every `among` and
 * `outcome`, with the key path of each value, named as the tally names them. Read by
 * validate (which values to check) and by the analysis (values that never occur).
 */
import type { Condition, Config } from './types.js';

/** One value a condition compares a column with, and where the configuration says so. */
export interface ConditionValue {
  readonly column: string;
  readonly value: string;
  readonly keyPath: string;
  /** The other values of the same list (`in`, `notIn`); empty for `equals`. */
  readonly siblings: readonly string[];
}

function leafValues(condition: Condition, keyPath: string): ConditionValue[] {
  switch (condition.kind) {
    case 'equals':
      return [{ column: condition.column, value: condition.value, keyPath: `${keyPath}.equals`, siblings: [] }];
    case 'in':
    case 'notIn':
      return condition.values.map((value, position) => ({
        column: condition.column,
        value,
        keyPath: `${keyPath}.${condition.kind}[${position}]`,
        siblings: condition.values,
      }));
    case 'empty':
      return [];
    case 'all':
    case 'any':
      return condition.conditions.flatMap((part, position) => leafValues(part, `${keyPath}.${condition.kind}[${position}]`));
    case 'not':
      return leafValues(condition.condition, `${keyPath}.not`);
  }
}

/** Every value the steps' conditions compare a column with, in configuration order. */
export function conditionValues(config: Config): ConditionValue[] {
  return config.steps.flatMap((step) => [
    ...(step.among ? leafValues(step.among, `${step.keyPath}.among`) : []),
    ...(step.outcome ? leafValues(step.outcome, `${step.keyPath}.outcome`) : []),
  ]);
}
