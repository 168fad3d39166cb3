/**
 * Turning an error into the one message a user reads: where (file, line, column), what
 * is wrong and what to do. Personnummer-shaped values are masked in every message.
 */
import { ConfigError, type JamstatError } from '../errors.js';
import { formatMessage, type Language } from '../i18n/messages.js';
import { maskPersonnummer } from '../ingest/personnummer.js';
import { COMMAND_LINE, FlagConfigError } from './flag-origins.js';

const WORDS = {
  sv: { error: 'fel', warning: 'varning', line: 'rad', column: 'kolumn', key: 'nyckel', commandLine: 'kommandoraden' },
  en: { error: 'error', warning: 'warning', line: 'line', column: 'column', key: 'key', commandLine: 'command line' },
} as const;

/** "jamstat: fel: x.csv, rad 12, kolumn 3: message"; with `severity` warning, "jamstat: varning: …". */
export function describeError(error: JamstatError, language: Language, severity: 'error' | 'warning' = 'error'): string {
  const words = WORDS[language];
  const where: string[] = [];
  if (error.place?.file) where.push(error.place.file === COMMAND_LINE ? words.commandLine : error.place.file);
  if (error.place?.line !== undefined) where.push(`${words.line} ${error.place.line}`);
  if (error.place?.column !== undefined) where.push(`${words.column} ${error.place.column}`);
  if (error instanceof ConfigError && error.keyPath && error.code !== 'config-invalid' && error.code !== 'config-unknown-key') {
    where.push(error instanceof FlagConfigError ? error.flag : `${words.key} ${error.keyPath}`);
  }
  const prefix = where.length ? `${where.join(', ')}: ` : '';
  return maskPersonnummer(`jamstat: ${words[severity]}: ${prefix}${formatMessage(error.code, error.args, language)}`);
}
