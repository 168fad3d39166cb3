/**
 * What a starter configuration leaves for a person to fill in: each becomes an
 * `# ATT GÖRA:` (`# TODO:`) comment where the key belongs, and `init` says how many.
 */
import type { Proposal } from './propose.js';

export type Todo = 'steps' | 'rates' | 'count';

/** The things `proposal` could not settle, in the order they appear in the configuration. */
export function proposalTodos(proposal: Proposal): Todo[] {
  const todos: Todo[] = [];
  if (proposal.count === null && proposal.rates.length > 0) todos.push('rates');
  else if (proposal.count === null && proposal.maybeCounts.length > 0) todos.push('count');
  if (proposal.steps.length === 0) todos.push('steps');
  return todos;
}
