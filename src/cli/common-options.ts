/**
 * Options shared by the commands that read an extract: reading overrides, output,
 * language and format, as commander options and as the values the core takes.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { LANGUAGES, type Language } from '../messages/languages.js';
import { READ_ENGINES, type ReadEngine, type ReadOptions } from '../ingest/read-options.js';
import type { Delimiter, Encoding } from '../ingest/sniff.js';
import { formatFromPath, type Format } from '../report/formats.js';
import { helpText, localSyntax, type HelpKey } from '../i18n/help-texts.js';

/** Options every command that reads an extract takes. */
export interface CommonOptions {
  encoding?: string;
  delimiter?: string;
  skipLines?: string;
  sheet?: string;
  format?: string;
  output?: string;
  lang?: string;
  debug?: boolean;
  quiet?: boolean;
}

const ENCODINGS: Record<string, Encoding> = { 'utf-8': 'utf-8', utf8: 'utf-8', 'windows-1252': 'windows-1252', cp1252: 'windows-1252', ansi: 'windows-1252', latin1: 'windows-1252' };
const DELIMITER_NAMES: Record<string, Delimiter> = { ';': ';', ',': ',', tab: '\t', '\t': '\t', '\\t': '\t', semicolon: ';', comma: ',' };

function choice<T>(flag: string, value: string | undefined, table: Record<string, T>): T | undefined {
  if (value === undefined) return undefined;
  // Own keys only: "--encoding constructor" must not find Object's constructor.
  const key = value.toLowerCase();
  const found = Object.hasOwn(table, key) ? table[key] : undefined;
  if (found === undefined) throw new UsageError('usage-bad-choice', { flag, value, choices: Object.keys(table).join(', ') });
  return found;
}

/**
 * The engine chosen with JAMSTAT_ENGINE (auto, single, parallel: one thread or two;
 * see READ_ENGINES); undefined when it is not set.
 */
export function engineFromEnv(env: NodeJS.ProcessEnv): ReadEngine | undefined {
  const value = env.JAMSTAT_ENGINE;
  if (value === undefined || value === '') return undefined;
  if (!(READ_ENGINES as readonly string[]).includes(value)) {
    throw new UsageError('usage-bad-choice', { flag: 'JAMSTAT_ENGINE', value, choices: READ_ENGINES.join(', ') });
  }
  return value as ReadEngine;
}

/** The reading options: overrides (encoding, delimiter, title lines) from the flags, the engine from the environment. */
export function readOptions(options: CommonOptions, env: NodeJS.ProcessEnv = {}): ReadOptions {
  let skipLines: number | undefined;
  if (options.skipLines !== undefined) {
    skipLines = Number(options.skipLines);
    if (!Number.isInteger(skipLines) || skipLines < 0) throw new UsageError('usage-bad-number', { flag: '--skip-lines', value: options.skipLines, range: '0, 1, 2, …' });
  }
  const engine = engineFromEnv(env);
  return {
    encoding: choice('--encoding', options.encoding, ENCODINGS),
    delimiter: choice('--delimiter', options.delimiter, DELIMITER_NAMES),
    skipLines,
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(engine ? { engine } : {}),
  };
}

/** The language: --lang, else JAMSTAT_LANG, else the configuration's, else Swedish. */
export function chooseLanguage(flag: string | undefined, env: NodeJS.ProcessEnv, fromConfig: Language | null = null): Language {
  const value = flag ?? env.JAMSTAT_LANG ?? fromConfig ?? 'sv';
  if (!(LANGUAGES as readonly string[]).includes(value)) throw new UsageError('usage-bad-choice', { flag: '--lang', value, choices: LANGUAGES.join(', ') });
  return value as Language;
}

/**
 * The output format: --format, else from --output's extension, else table; one of `allowed`.
 * An --output whose extension names no format the command writes (rapport.pdf,
 * inspect.xlsx) is refused rather than filled with the text table under a misleading name; a name
 * without an extension gets the table.
 */
export function chooseFormat(options: CommonOptions, allowed: readonly string[]): Format {
  if (options.format === undefined && options.output !== undefined) {
    const extension = outputExtension(options.output);
    const implied = formatFromPath(options.output);
    if (extension !== null && (implied === null || !allowed.includes(implied))) {
      throw new UsageError('usage-unknown-output-extension', {
        file: options.output,
        extension,
        formats: allowed.map((name) => `.${name === 'table' ? 'txt' : name}`).join(', '),
      });
    }
  }
  const format = options.format ?? (options.output ? formatFromPath(options.output) : null) ?? 'table';
  if (!allowed.includes(format)) throw new UsageError('usage-bad-choice', { flag: '--format', value: format, choices: allowed.join(', ') });
  return format as Format;
}

/** The extension of an output file's name ("pdf" for rapport.pdf), or null when it has none. */
function outputExtension(path: string): string | null {
  const name = path.split(/[\\/]/).pop() ?? '';
  const match = /\.([^.]+)$/.exec(name);
  return match && match.index > 0 ? match[1]!.toLowerCase() : null;
}

/** Adds the options of a command that reads an extract (encoding, delimiter, output, language), with their help in `language`. */
export function readingOptions(command: Command, language: Language): Command {
  const option = (syntax: string, key: HelpKey) => new Option(localSyntax(language, syntax), helpText(language, key));
  return command
    .addOption(option('-e, --encoding <name>', 'read.encoding'))
    .addOption(option('-d, --delimiter <char>', 'read.delimiter'))
    .addOption(option('--skip-lines <n>', 'read.skipLines'))
    .addOption(option('--sheet <name>', 'read.sheet'))
    .addOption(option('-o, --output <file>', 'read.output'))
    .addOption(option('--lang <sv|en>', 'read.lang'))
    .addOption(option('--quiet', 'read.quiet'))
    .addOption(option('--debug', 'read.debug'));
}

/** A command's examples under the title "Exempel:" or "Examples:". */
export function examples(language: Language, lines: string): string {
  return `\n${helpText(language, 'title.examples')}${lines}`;
}
