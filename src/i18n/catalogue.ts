/**
 * The one catalogue of texts a user reads, in Swedish (the default) and English. Core
 * code emits codes and arguments as data (src/messages/); only renderers and the CLI
 * turn them into words, through `say`. The catalogue has one topic per kind of text,
 * each in its own file, all of one shape (texts.ts):
 *
 * - error: the errors that stop a run (error-texts.ts; codes in messages/error-codes.ts)
 * - problem: what `jamstat validate` finds (problem-texts.ts; codes in messages/problem-codes.ts)
 * - label: the words of tables, notes, charts and starter configurations (label-texts.ts)
 * - warning: the notices a report carries (warning-texts.ts; codes in messages/report-warning-codes.ts)
 * - help: the words of --help (help-texts.ts; the CLI imports that file alone)
 */
import type { ErrorArgs } from '../messages/error-codes.js';
import type { Language } from '../messages/languages.js';
import { ERROR_TEXTS } from './error-texts.js';
import { HELP_TEXTS, type HelpArgs } from './help-texts.js';
import { LABEL_TEXTS, type LabelArgs } from './label-texts.js';
import { PROBLEM_TEXTS, type ProblemTextArgs } from './problem-texts.js';
import type { Texts } from './texts.js';
import type { ReportWarningArgs } from '../messages/report-warning-codes.js';
import { WARNING_TEXTS } from './warning-texts.js';

export { LANGUAGES, type Language } from '../messages/languages.js';

/** The argument types of every topic, by key. */
export interface TopicArgs {
  error: ErrorArgs;
  problem: ProblemTextArgs;
  label: LabelArgs;
  warning: ReportWarningArgs;
  help: HelpArgs;
}

export type Topic = keyof TopicArgs;

/** Every topic's texts in one language. */
export type Catalogue = { readonly [T in Topic]: Texts<TopicArgs[T]> };

/** The catalogue: every topic in every language, each text checked against its arguments. */
export const CATALOGUE: Readonly<Record<Language, Catalogue>> = {
  sv: { error: ERROR_TEXTS.sv, problem: PROBLEM_TEXTS.sv, label: LABEL_TEXTS.sv, warning: WARNING_TEXTS.sv, help: HELP_TEXTS.sv },
  en: { error: ERROR_TEXTS.en, problem: PROBLEM_TEXTS.en, label: LABEL_TEXTS.en, warning: WARNING_TEXTS.en, help: HELP_TEXTS.en },
};

/** The arguments after a key: optional for a text that shows no values, else required. */
type ArgsAfter<Args> = Record<never, never> extends Args ? [args?: Args] : [args: Args];

/**
 * The words for `key` of `topic` in `language`, with the values its text shows:
 * `say(language, 'label', 'settingsLine', { alpha, … })`, or for a message carried as
 * data, `say(language, 'error', error.code, error.args)`.
 */
export function say<T extends Topic, K extends keyof TopicArgs[T]>(language: Language, topic: T, key: K, ...args: ArgsAfter<TopicArgs[T][K]>): string;
export function say<T extends Topic, K extends keyof TopicArgs[T]>(language: Language, topic: T, key: K, args?: TopicArgs[T][K]): string {
  const texts: Texts<TopicArgs[T]> = CATALOGUE[language][topic];
  // A text that shows no values ignores its argument, so none given is the same as {}.
  return texts[key](args ?? ({} as TopicArgs[T][K]));
}
