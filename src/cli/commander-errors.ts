/**
 * Commander's usage errors in the user's language. Commander only gives English text,
 * so the parts (option, command, choices) are read back out of its message.
 */
import type { CommanderError } from 'commander';
import { UsageError } from '../errors.js';

const quoted = (message: string): string[] => [...message.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
const suggestion = (message: string): string | undefined => /Did you mean (\S+?)\?/.exec(message)?.[1];

/** A UsageError for a commander error, or null when it is not a usage error. */
export function usageErrorFromCommander(error: CommanderError, command: string): UsageError | null {
  const parts = quoted(error.message);
  switch (error.code) {
    case 'commander.unknownOption':
      return new UsageError('usage-unknown-option', { name: parts[0], suggestion: suggestion(error.message), command });
    case 'commander.unknownCommand':
      return new UsageError('usage-unknown-command', { name: parts[0], suggestion: suggestion(error.message) });
    case 'commander.missingArgument':
      return new UsageError('usage-missing-argument', { name: parts[0]?.toUpperCase(), command });
    case 'commander.optionMissingArgument':
      return new UsageError('usage-option-missing-value', { name: parts[0] });
    case 'commander.invalidArgument':
      return new UsageError('usage-invalid-choice', {
        name: parts[0]?.split(/[ ,]/).filter((word) => word.startsWith('--')).at(0) ?? parts[0],
        value: parts[1],
        choices: /Allowed choices are (.*)\.$/m.exec(error.message)?.[1] ?? '',
      });
    default:
      return error.code.startsWith('commander.') && error.exitCode !== 0
        ? new UsageError('usage-commander', { detail: error.message.replace(/^error: /, '') })
        : null;
  }
}

/**
 * The value of the last `--lang` in the arguments, written `--lang en` or `--lang=en`,
 * read before commander parses them, so that its errors are in the user's language too.
 * Arguments after `--` are file names, not options.
 */
export function languageFlagOf(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--') break;
    if (argument === '--lang') value = argv[++index];
    else if (argument.startsWith('--lang=')) value = argument.slice('--lang='.length);
  }
  return value;
}
