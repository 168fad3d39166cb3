/**
 * Messages as data: a code and the arguments its text needs. Low layers (errors,
 * configuration, validation) emit these; only src/i18n turns them into words. Each
 * kind of message has an interface mapping code → argument type (error-codes.ts,
 * problem-codes.ts), which the catalogue checks itself against.
 */

/** The arguments of a message whose text needs none. */
export type NoArgs = Record<never, never>;

/** A code and its arguments, one member per code, so that a code's arguments are checked where it is emitted. */
export type Message<ArgsByCode, Code extends keyof ArgsByCode = keyof ArgsByCode> = {
  [C in Code]: { readonly code: C; readonly args: ArgsByCode[C] };
}[Code];

/** The argument list after a code: optional for a code without arguments, else required. */
export type ArgsAfter<Args> = NoArgs extends Args ? [args?: Args] : [args: Args];
