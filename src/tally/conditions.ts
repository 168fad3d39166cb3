/**
 * Conditions compiled once into functions over a row's fields, so that no per-row
 * work depends on the condition's shape or looks a column up by name.
 */
import type { Condition } from '../config/types.js';
import type { ColumnResolver } from './columns.js';

export type RowPredicate = (fields: readonly string[]) => boolean;

/** Compiles a condition into a predicate; `keyPath` names it in messages. */
export function compileCondition(condition: Condition, columns: ColumnResolver, keyPath: string): RowPredicate {
  switch (condition.kind) {
    case 'equals': {
      const index = columns.index(condition.column, `${keyPath}.column`);
      const value = condition.value;
      return (fields) => fields[index]!.trim() === value;
    }
    case 'in':
    case 'notIn': {
      const index = columns.index(condition.column, `${keyPath}.column`);
      const values = new Set(condition.values);
      const wanted = condition.kind === 'in';
      return (fields) => values.has(fields[index]!.trim()) === wanted;
    }
    case 'empty': {
      const index = columns.index(condition.column, `${keyPath}.column`);
      const wanted = condition.empty;
      return (fields) => (fields[index]!.trim() === '') === wanted;
    }
    case 'all': {
      const parts = condition.conditions.map((part, position) => compileCondition(part, columns, `${keyPath}.all[${position}]`));
      return (fields) => parts.every((part) => part(fields));
    }
    case 'any': {
      const parts = condition.conditions.map((part, position) => compileCondition(part, columns, `${keyPath}.any[${position}]`));
      return (fields) => parts.some((part) => part(fields));
    }
    case 'not': {
      const inner = compileCondition(condition.condition, columns, `${keyPath}.not`);
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
