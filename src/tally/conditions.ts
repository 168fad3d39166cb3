/**
 * Conditions compiled once into functions over a row's fields, so that no per-row
 * work depends on the condition's shape or looks a column up by name.
 */
import type { Condition } from '../config/types.js';
import type { RowPlace, VariableReader } from './variables.js';

export type RowPredicate = (fields: readonly string[]) => boolean;

/** Finds the reader of a column or derived variable; `keyPath` names its use in messages. */
export interface VariableLookup {
  reader(name: string, keyPath: string): VariableReader;
}

/**
 * Compiles a condition into a predicate over a row's fields; its columns may be derived
 * variables. `place` tells derived variables where the row is, for their messages.
 */
export function compileCondition(condition: Condition, variables: VariableLookup, keyPath: string, place: RowPlace): RowPredicate {
  const compile = (inner: Condition, path: string) => compileCondition(inner, variables, path, place);
  switch (condition.kind) {
    case 'equals': {
      const read = variables.reader(condition.column, `${keyPath}.column`);
      const value = condition.value;
      return (fields) => read(fields, place) === value;
    }
    case 'in':
    case 'notIn': {
      const read = variables.reader(condition.column, `${keyPath}.column`);
      const values = new Set(condition.values);
      const wanted = condition.kind === 'in';
      return (fields) => values.has(read(fields, place) ?? '') === wanted;
    }
    case 'empty': {
      const read = variables.reader(condition.column, `${keyPath}.column`);
      const wanted = condition.empty;
      return (fields) => !read(fields, place) === wanted;
    }
    case 'all': {
      const parts = condition.conditions.map((part, position) => compile(part, `${keyPath}.all[${position}]`));
      return (fields) => parts.every((part) => part(fields));
    }
    case 'any': {
      const parts = condition.conditions.map((part, position) => compile(part, `${keyPath}.any[${position}]`));
      return (fields) => parts.some((part) => part(fields));
    }
    case 'not': {
      const inner = compile(condition.condition, `${keyPath}.not`);
      return (fields) => !inner(fields);
    }
  }
}

/**
 * The columns whose emptiness means "outcome not recorded": those of every leaf except
 * `empty:` leaves, for which an empty cell is itself the information asked about.
 */
export function outcomeColumns(condition: Condition): string[] {
  switch (condition.kind) {
    case 'empty':
      return [];
    case 'equals':
    case 'in':
    case 'notIn':
      return [condition.column];
    case 'all':
    case 'any':
      return [...new Set(condition.conditions.flatMap(outcomeColumns))];
    case 'not':
      return outcomeColumns(condition.condition);
  }
}

/** Every variable a condition reads, in order of appearance, each once. */
export function conditionVariables(condition: Condition): string[] {
  switch (condition.kind) {
    case 'equals':
    case 'in':
    case 'notIn':
    case 'empty':
      return [condition.column];
    case 'all':
    case 'any':
      return [...new Set(condition.conditions.flatMap(conditionVariables))];
    case 'not':
      return conditionVariables(condition.condition);
  }
}
