/**
 * Turning an error into the one message a user reads: where (file, line, column), what
 * is wrong and what to do. Personnummer-shaped values are masked in every message, and the
 * values a message names (file, key, its arguments) have their control characters escaped,
 * so that a value cannot drive the terminal or add a line.
 */
import { ConfigError, type JamstatError } from '../errors.js';
import { say, type Language } from '../i18n/catalogue.js';
import { maskPersonnummer } from '../ingest/personnummer.js';
import { visibleArgs, visibleText } from '../report/visible-text.js';
import { COMMAND_LINE, FlagConfigError } from './flag-origins.js';
import { isStandardInputCopy, readsStandardInput } from './standard-input.js';

/** "jamstat: fel: x.csv, rad 12, kolumn 3: message"; with `severity` warning, "jamstat: varning: …". */
export function describeError(error: JamstatError, language: Language, severity: 'error' | 'warning' = 'error'): string {
  const where: string[] = [];
  if (error.place?.file) where.push(error.place.file === COMMAND_LINE ? say(language, 'label', 'place.commandLine') : visibleText(inputName(error.place.file, language)));
  if (error.place?.line !== undefined) where.push(`${say(language, 'label', 'place.line')} ${error.place.line}`);
  if (error.place?.column !== undefined) where.push(`${say(language, 'label', 'place.column')} ${error.place.column}`);
  if (error instanceof ConfigError && error.keyPath && error.code !== 'config-invalid' && error.code !== 'config-unknown-key') {
    where.push(error instanceof FlagConfigError ? error.flag : `${say(language, 'label', 'place.key')} ${visibleText(error.keyPath)}`);
  }
  const args = Object.fromEntries(Object.entries(error.args as Record<string, unknown>).map(([key, value]) => [key, typeof value === 'string' ? inputName(value, language) : value]));
  return messageLine(where, say(language, 'error', error.code, visibleArgs(args as typeof error.args)), language, severity);
}

/**
 * The one line every message to standard error takes: "jamstat: fel: where, where: text",
 * personnummer-shaped values masked. `where` and `text` have their data already made visible.
 */
export function messageLine(where: readonly string[], text: string, language: Language, severity: 'error' | 'warning'): string {
  const prefix = where.length ? `${where.join(', ')}: ` : '';
  return maskPersonnummer(`jamstat: ${say(language, 'label', `severity.${severity}`)}: ${prefix}${text}`);
}

/** The name of an input as the user should read it: "standardinmatning" for the copy of standard input, else the path. */
export function inputName(path: string, language: Language): string {
  return isStandardInputCopy(path) ? say(language, 'label', 'standardInput') : path;
}

/**
 * A report (plain data) with every text that is the copy of standard input's path
 * replaced by the name of standard input, so that no output shows the temporary path.
 */
export function withInputNames<T>(value: T, language: Language): T {
  if (!readsStandardInput()) return value;
  const rename = (item: unknown): unknown => {
    if (typeof item === 'string') return inputName(item, language);
    if (Array.isArray(item)) return item.map(rename);
    if (item !== null && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, rename(entry)]));
    return item;
  };
  return rename(value) as T;
}
