/**
 * Turns a zod issue into an expectation code and its values (as data; the types are in
 * src/messages/error-codes.ts), so that the catalogue can say, in either language, what
 * a key should hold.
 */
import type * as z from 'zod/mini';
import { isCustomExpectation, type ConfigInvalidArgs, type ExpectationArgs } from '../messages/error-codes.js';
import type { Message } from '../messages/message.js';

type TypeExpectation = 'string' | 'number' | 'integer' | 'boolean' | 'list' | 'mapping';

const TYPE_EXPECTATIONS: Readonly<Record<string, TypeExpectation>> = {
  string: 'string', number: 'number', int: 'integer', boolean: 'boolean', array: 'list', object: 'mapping', record: 'mapping', map: 'mapping',
};

/** Shows a configuration value briefly in a message. */
function showValue(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The arguments of `config-invalid` for a zod issue at `keyPath`, whose value was `value`. */
export function describeIssue(issue: z.core.$ZodIssue, keyPath: string, value: unknown): ConfigInvalidArgs {
  // A rule may say the value itself (its message names it already): `got` in its params.
  const ownGot = issue.code === 'custom' ? (issue.params as { got?: unknown } | undefined)?.got : undefined;
  // The root (an empty path) is named by the catalogue, in the user's language.
  return { keyPath, got: typeof ownGot === 'string' ? ownGot : showValue(value), expectation: expectationOf(issue, value) };
}

/** What the key should have held, as a code and the values its explanation needs. */
function expectationOf(issue: z.core.$ZodIssue, value: unknown): Message<ExpectationArgs> {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { code: 'required', args: {} };
      return { code: (Object.hasOwn(TYPE_EXPECTATIONS, issue.expected) ? TYPE_EXPECTATIONS[issue.expected] : undefined) ?? 'string', args: {} };
    case 'invalid_value':
      return { code: 'one-of', args: { choices: issue.values.map(String).join(', ') } };
    case 'invalid_union':
      return { code: 'string', args: {} };
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') return { code: 'non-empty', args: {} };
      return { code: issue.inclusive ? 'at-least' : 'greater-than', args: { limit: Number(issue.minimum) } };
    case 'too_big':
      return { code: issue.inclusive ? 'at-most' : 'less-than', args: { limit: Number(issue.maximum) } };
    case 'custom': {
      if (!isCustomExpectation(issue.message)) return { code: 'other', args: { text: issue.message } };
      const found = (issue.params as { found?: string } | undefined)?.found ?? '';
      return issue.message === 'condition-operator-count' || issue.message === 'derived-kind-count' || issue.message === 'step-one-kind'
        ? { code: issue.message, args: { found } }
        : { code: issue.message, args: {} };
    }
    default:
      return { code: 'string', args: {} };
  }
}
