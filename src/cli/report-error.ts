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

/** "jamstat: fel: x.csv, rad 12, kolumn 3: message"; with `severity` warning, "jamstat: varning: …". */
export function describeError(error: JamstatError, language: Language, severity: 'error' | 'warning' = 'error'): string {
  const where: string[] = [];
  if (error.place?.file) where.push(error.place.file === COMMAND_LINE ? say(language, 'label', 'place.commandLine') : visibleText(error.place.file));
  if (error.place?.line !== undefined) where.push(`${say(language, 'label', 'place.line')} ${error.place.line}`);
  if (error.place?.column !== undefined) where.push(`${say(language, 'label', 'place.column')} ${error.place.column}`);
  if (error instanceof ConfigError && error.keyPath && error.code !== 'config-invalid' && error.code !== 'config-unknown-key') {
    where.push(error instanceof FlagConfigError ? error.flag : `${say(language, 'label', 'place.key')} ${visibleText(error.keyPath)}`);
  }
  return messageLine(where, say(language, 'error', error.code, visibleArgs(error.args)), language, severity);
}

/**
 * The one line every message to standard error takes: "jamstat: fel: where, where: text",
 * personnummer-shaped values masked. `where` and `text` have their data already made visible.
 */
export function messageLine(where: readonly string[], text: string, language: Language, severity: 'error' | 'warning'): string {
  const prefix = where.length ? `${where.join(', ')}: ` : '';
  return maskPersonnummer(`jamstat: ${say(language, 'label', `severity.${severity}`)}: ${prefix}${text}`);
}
