/**
 * The errors that stop a run. Each carries a message code and its arguments as data
 * (their types: src/messages/error-codes.ts); the words are made in one place,
 * src/i18n, in Swedish or English. Known errors end the run with exit code 2 and no
 * stack trace; anything else is a bug (exit 3).
 */
import type { ErrorArgs, ErrorCode, ErrorMessage } from './messages/error-codes.js';
import type { ArgsAfter } from './messages/message.js';

/** Where in an input file a problem is: line and column are 1-based. */
export interface Place {
  readonly file: string;
  readonly line?: number;
  readonly column?: number | string;
}

/** A code, its arguments (checked against the code) and where: one alternative per code. */
type ErrorParams = { [C in ErrorCode]: [code: C, ...args: ArgsAfter<ErrorArgs[C]>, place?: Place] }[ErrorCode];

/** As ErrorParams, with the key path of the configuration key at fault before the place. */
export type ConfigErrorParams = { [C in ErrorCode]: [code: C, args: ErrorArgs[C], keyPath: string | null, place?: Place] }[ErrorCode];

export abstract class JamstatError extends Error {
  abstract readonly kind: 'usage' | 'config' | 'input';
  protected constructor(
    readonly code: ErrorCode,
    readonly args: ErrorArgs[ErrorCode] = {},
    readonly place?: Place,
  ) {
    super(code);
  }

  /** The code and arguments as one message (they were checked together when the error was made). */
  asMessage(): ErrorMessage {
    return { code: this.code, args: this.args } as ErrorMessage;
  }
}

/** Wrong options or arguments on the command line. */
export class UsageError extends JamstatError {
  readonly kind = 'usage' as const;
  constructor(...[code, args, place]: ErrorParams) {
    super(code, args, place);
  }
}

/** A configuration file that cannot be used: syntax, unknown keys, wrong types, missing columns. */
export class ConfigError extends JamstatError {
  readonly kind = 'config' as const;
  readonly keyPath: string | null;
  constructor(...[code, args, keyPath, place]: ConfigErrorParams) {
    super(code, args, place);
    this.keyPath = keyPath;
  }

  /** The error for a message made elsewhere as data (a rule's finding). */
  static fromMessage(message: ErrorMessage, keyPath: string | null, place?: Place): ConfigError {
    return new ConfigError(...configErrorParams(message, keyPath, place));
  }
}

/**
 * A ConfigError's parameters from a message made as data. A message's code and arguments
 * were checked together where it was made; TypeScript cannot follow that correlation
 * through the union, hence the one cast, here.
 */
export function configErrorParams(message: ErrorMessage, keyPath: string | null, place?: Place): ConfigErrorParams {
  return [message.code, message.args, keyPath, place] as ConfigErrorParams;
}

/** An input file that cannot be read as an extract. */
export class InputError extends JamstatError {
  readonly kind = 'input' as const;
  constructor(...[code, args, place]: ErrorParams) {
    super(code, args, place);
  }
}

/** An error rebuilt from its data (sent from a worker thread): the same kind, code, arguments, place and key path. */
export function errorFromData(kind: JamstatError['kind'], message: ErrorMessage, place: Place | undefined, keyPath: string | null): JamstatError {
  if (kind === 'config') return new ConfigError(...configErrorParams(message, keyPath, place));
  // As in configErrorParams: the message's code and arguments were checked together when it was made.
  const params = [message.code, message.args, place] as ErrorParams;
  return kind === 'usage' ? new UsageError(...params) : new InputError(...params);
}

/** True when the error carries `code`; its arguments are then that code's. */
export function hasCode<C extends ErrorCode>(error: JamstatError, code: C): error is JamstatError & { readonly code: C; readonly args: ErrorArgs[C] } {
  return error.code === code;
}

/** True for the errors the CLI reports as exit code 2. */
export function isKnownError(error: unknown): error is JamstatError {
  return error instanceof JamstatError;
}
