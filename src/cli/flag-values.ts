/**
 * Parsers of flag values: the text a user types after a flag, as the value its
 * configuration key holds. A value that cannot be read is a usage error naming the flag;
 * whether a readable value is allowed (a range, a column) is for the schema to say.
 */
import { UsageError } from '../errors.js';

/** Parses "COLUMN=VALUE" (or "COLUMN=A|B" for several values) into a condition object. */
export function parseConditionFlag(flag: string, text: string): Record<string, unknown> {
  const at = text.indexOf('=');
  if (at <= 0) throw new UsageError('usage-bad-condition', { flag, value: text });
  const column = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  const values = value.split('|').map((part) => part.trim());
  return values.length > 1 ? { column, in: values } : { column, equals: value };
}

/** Parses a number, with a decimal point or a Swedish decimal comma. */
export function parseNumberFlag(flag: string, text: string): number {
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) throw new UsageError('usage-bad-number', { flag, value: text });
  return value;
}

/** Parses a comma-separated list of names, dropping empty entries. */
export function parseListFlag(_flag: string, text: string): string[] {
  return text.split(',').map((name) => name.trim()).filter(Boolean);
}
