/**
 * Turns a zod issue into an expectation code and its values, so that the message
 * catalogue can say, in either language, what a key should hold.
 */
import type * as z from 'zod/mini';
import type { MessageArgs } from '../i18n/messages.js';

export type Expectation =
  | 'required' | 'string' | 'number' | 'integer' | 'boolean' | 'list' | 'mapping' | 'one-of'
  | 'at-least' | 'at-most' | 'greater-than' | 'less-than' | 'non-empty'
  | 'condition-operator-count' | 'condition-needs-column' | 'condition-group-has-column'
  | 'sex-one-source' | 'sex-values-need-column' | 'step-name-duplicate'
  | 'age-source' | 'bins-increasing' | 'bins-labels' | 'derived-kind-count' | 'unit-rule-needs-date'
  | 'population-step-unknown';

const TYPE_EXPECTATIONS: Record<string, Expectation> = {
  string: 'string', number: 'number', int: 'integer', boolean: 'boolean', array: 'list', object: 'mapping', record: 'mapping', map: 'mapping',
};

/** Shows a configuration value briefly in a message. */
function showValue(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The message arguments for a zod issue at `keyPath`, whose value was `value`. */
export function describeIssue(issue: z.core.$ZodIssue, keyPath: string, value: unknown): MessageArgs {
  const base = { keyPath: keyPath || '(rot)', got: showValue(value) };
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { ...base, expected: 'required' };
      return { ...base, expected: TYPE_EXPECTATIONS[issue.expected] ?? 'string' };
    case 'invalid_value':
      return { ...base, expected: 'one-of', choices: issue.values.map(String).join(', ') };
    case 'invalid_union':
      return { ...base, expected: 'string' };
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') return { ...base, expected: 'non-empty' };
      return { ...base, expected: issue.inclusive ? 'at-least' : 'greater-than', limit: Number(issue.minimum) };
    case 'too_big':
      return { ...base, expected: issue.inclusive ? 'at-most' : 'less-than', limit: Number(issue.maximum) };
    case 'custom':
      // A rule's own values (e.g. the names it allows) go to the message; they may replace `got`.
      return { ...base, found: '', ...(issue.params as MessageArgs | undefined), expected: issue.message as Expectation };
    default:
      return { ...base, expected: 'string' };
  }
}
