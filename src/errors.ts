/**
 * The errors that stop a run. Each carries a message code and its arguments; the
 * words are made in one place (src/i18n/messages.ts), in Swedish or English.
 * Known errors end the run with exit code 2 and no stack trace; anything else is a
 * bug (exit 3).
 */
import type { MessageCode, MessageArgs } from './i18n/messages.js';

/** Where in an input file a problem is: line and column are 1-based. */
export interface Place {
  readonly file: string;
  readonly line?: number;
  readonly column?: number | string;
}

export abstract class JamstatError extends Error {
  abstract readonly kind: 'usage' | 'config' | 'input';
  constructor(
    readonly code: MessageCode,
    readonly args: MessageArgs = {},
    readonly place?: Place,
  ) {
    super(code);
  }
}

/** Wrong options or arguments on the command line. */
export class UsageError extends JamstatError {
  readonly kind = 'usage' as const;
}

/** A configuration file that cannot be used: syntax, unknown keys, wrong types, missing columns. */
export class ConfigError extends JamstatError {
  readonly kind = 'config' as const;
  constructor(code: MessageCode, args: MessageArgs, readonly keyPath: string | null, place?: Place) {
    super(code, args, place);
  }
}

/** An input file that cannot be read as an extract. */
export class InputError extends JamstatError {
  readonly kind = 'input' as const;
}

/** True for the errors the CLI reports as exit code 2. */
export function isKnownError(error: unknown): error is JamstatError {
  return error instanceof JamstatError;
}
