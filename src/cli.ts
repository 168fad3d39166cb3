/**
 * The command line: commander wiring only. Each command parses its options, calls the
 * core, renders and writes in its own file (src/cli/<name>-command.ts); this file builds
 * the program and maps errors to exit codes: 0 ok, 1 a flag was raised with
 * --fail-on-flag, 2 usage, configuration or input error, 3 internal error.
 */
import { Command, CommanderError, Help, type Option } from 'commander';
import { UsageError, isKnownError } from './errors.js';
import type { Language } from './messages/languages.js';
import { VERSION } from './version.js';
import { ANALYZE_EXAMPLES, loadAnalysis, registerAnalyzeCommand } from './cli/analyze-command.js';
import { INSPECT_EXAMPLES, registerInspectCommand } from './cli/inspect-command.js';
import { registerInitCommand } from './cli/init-command.js';
import { registerValidateCommand } from './cli/validate-command.js';
import { languageFlagOf, usageErrorFromCommander } from './cli/commander-errors.js';
import { EXIT, processIo, type CliIo } from './cli/io.js';
import { sizeYoungGenerationForArguments } from './cli/young-generation.js';
import { chooseLanguage, examples } from './cli/common-options.js';
import { helpText } from './i18n/help-texts.js';

export { EXIT, type CliIo } from './cli/io.js';

/** The titles commander prints in its help, in `language` ("Usage:" → "Användning:"). */
function helpTitles(language: Language): ReadonlyMap<string, string> {
  return new Map([
    ['Usage:', helpText(language, 'title.usage')],
    ['Arguments:', helpText(language, 'title.arguments')],
    ['Options:', helpText(language, 'title.options')],
    ['Global Options:', helpText(language, 'title.globalOptions')],
    ['Commands:', helpText(language, 'title.commands')],
  ]);
}

/**
 * Commander's help in `language`: its titles and the "choices:"/"default:" notes it adds
 * to options are English words in its code, so they are replaced where it prints them.
 */
function localHelp(language: Language): Partial<Help> {
  const titles = helpTitles(language);
  const choices = helpText(language, 'option.choices');
  const defaults = helpText(language, 'option.default');
  return {
    styleTitle: (title: string) => titles.get(title) ?? title,
    subcommandTerm(this: Help, command: Command) {
      return Help.prototype.subcommandTerm.call(this, command).replace('[options]', helpText(language, 'word.options'));
    },
    optionDescription(this: Help, option: Option) {
      return Help.prototype.optionDescription.call(this, option).replace(/\bchoices: /, `${choices}: `).replace(/\bdefault: /, `${defaults}: `);
    },
  };
}

/** The program: its description and version, and each command from its own file, its help in `language`. */
function buildProgram(io: CliIo, setExit: (code: number) => void, language: Language): Command {
  const program = new Command('jamstat')
    .description(helpText(language, 'program.description'))
    .usage(helpText(language, 'program.usage'))
    .version(VERSION, '-V, --version', helpText(language, 'program.versionOption'))
    .configureHelp(localHelp(language))
    .helpOption('-h, --help', helpText(language, 'program.helpOption'))
    .helpCommand(`help ${helpText(language, 'word.command')}`, helpText(language, 'program.helpCommand'))
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });

  registerAnalyzeCommand(program, io, setExit, language);
  registerInspectCommand(program, io, setExit, language);
  registerInitCommand(program, io, setExit, language);
  registerValidateCommand(program, io, setExit, language);
  program.addHelpText('after', examples(language, `${ANALYZE_EXAMPLES}${INSPECT_EXAMPLES.slice(1)}`));
  return program;
}

/** Runs jamstat with process-style arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  if ((argv[2] === 'analyze' || argv[2] === 'analyse') && !argv.includes('--help') && !argv.includes('-h')) {
    // Before the analysis modules start, which would grow the young generation for good (cli/young-generation.ts).
    sizeYoungGenerationForArguments(argv.slice(3));
    // A failure to load shows where the analyze command awaits the same promise.
    loadAnalysis().catch(() => undefined);
  }
  let language: Language = 'sv';
  try {
    language = chooseLanguage(languageFlagOf(argv), io.env);
  } catch (error) {
    // A --lang value that is no language: the command reports it (in Swedish) when it parses its options.
    if (!(error instanceof UsageError)) throw error;
  }
  try {
    const program = buildProgram(
      io,
      (code) => {
        exitCode = code;
      },
      language,
    );
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT.error;
    }
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    const usage = error instanceof CommanderError ? usageErrorFromCommander(error, argv[2] ?? '') : undefined;
    if (usage === null) return EXIT.ok; // --help or --version was shown
    // The message catalogue is loaded only when there is something to say.
    const [{ describeError }, { say }, { maskPersonnummer }] = await Promise.all([import('./cli/report-error.js'), import('./i18n/catalogue.js'), import('./ingest/personnummer.js')]);
    if (usage) {
      io.stderr(`${describeError(usage, language)}\n`);
      return EXIT.error;
    }
    if (isKnownError(error)) {
      io.stderr(`${describeError(error, language)}\n`);
      return EXIT.error;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`jamstat: ${maskPersonnummer(say(language, 'error', 'internal-error', { detail }))}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.internal;
  }
}
