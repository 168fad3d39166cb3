/**
 * The command line: commander wiring only. Parses options, calls the core, renders,
 * writes, and maps errors to exit codes: 0 ok, 1 a flag was raised with
 * --fail-on-flag, 2 usage, configuration or input error, 3 internal error.
 */
import { Command, CommanderError, Option } from 'commander';
import { UsageError, isKnownError } from './errors.js';
import type { Language } from './messages/languages.js';
import { BINARY_FORMATS, FORMATS } from './report/formats.js';
import { suppressionThreshold } from './cli/publish-options.js';
import { registerInitCommand } from './cli/init-command.js';
import { registerValidateCommand } from './cli/validate-command.js';
import { VERSION } from './version.js';
import { applyQuickFlags, hasQuickAnalysis } from './cli/quick-config.js';
import { registerAnalyzeFlags, type AnalyzeFlags } from './cli/analyze-flags.js';
import { COMMAND_LINE, FlagOrigins, blameFlags } from './cli/flag-origins.js';
import { languageFlagOf, usageErrorFromCommander } from './cli/commander-errors.js';
import { refuseOverwritingInputs } from './cli/write-output.js';
import { readingProgress } from './cli/progress.js';
import { refuseRepeatedInputs } from './cli/distinct-inputs.js';
import { EXIT, emit, processIo, useColor, type CliIo } from './cli/io.js';
import { chooseFormat, chooseLanguage, readOptions, readingOptions, type CommonOptions } from './cli/common-options.js';

export { EXIT, type CliIo } from './cli/io.js';

/** The options of `analyze`: the reading options and the flag table's (the `--no-…` switches default to true). */
type AnalyzeOptions = CommonOptions & AnalyzeFlags & { readonly yates: boolean; readonly suppress: boolean };

let analysisModules: ReturnType<typeof importAnalysis> | null = null;

function importAnalysis() {
  return Promise.all([
    import('./analysis/analyze.js'),
    import('./config/load.js'),
    import('./report/suppress.js'),
    import('./cli/analysis-warnings.js'),
    import('./report/renderers.js'),
  ]);
}

/**
 * The modules `analyze` runs on, loaded once: not at start, so that `jamstat --help` and
 * the other commands do without them, but as soon as the command line names `analyze`,
 * so that Node reads them while commander parses the options.
 */
function loadAnalysis(): ReturnType<typeof importAnalysis> {
  return (analysisModules ??= importAnalysis());
}

async function runAnalyze(files: string[], options: AnalyzeOptions, io: CliIo): Promise<number> {
  const flagged = { origins: new FlagOrigins() };
  try {
    return await analyzeWithFlags(files, options, io, flagged);
  } catch (error) {
    throw blameFlags(error, flagged.origins);
  }
}

/** The analysis; `flagged` learns which configuration keys the flags set, so that errors about them name the flag. */
async function analyzeWithFlags(files: string[], options: AnalyzeOptions, io: CliIo, flagged: { origins: FlagOrigins }): Promise<number> {
  const [{ analyze }, { loadConfigFile, validateConfig }, { suppressReport }, { analysisWarnings }, { RENDERERS }] = await loadAnalysis();
  refuseRepeatedInputs(files);
  const amend = (raw: Record<string, unknown>) => {
    const quick = applyQuickFlags(raw, options);
    flagged.origins = quick.origins;
    return quick.raw;
  };
  let config;
  if (options.config) {
    config = loadConfigFile(options.config, { yates: options.yates, amend });
  } else if (hasQuickAnalysis(options)) {
    config = validateConfig(amend({}), COMMAND_LINE, { yates: options.yates });
  } else {
    throw new UsageError('usage-no-analysis');
  }
  const language = chooseLanguage(options.lang, io.env, config.lang);
  const format = chooseFormat(options, FORMATS);
  const inputs = options.config ? [...files, options.config] : files;
  if (options.output) refuseOverwritingInputs(options.output, inputs);
  if (BINARY_FORMATS.includes(format) && !options.output) throw new UsageError('usage-format-needs-output', { format });
  const below = suppressionThreshold(options, config);
  const reading = readingProgress({ write: io.stderr, isTty: Boolean(io.stderrIsTty), quiet: Boolean(options.quiet) });
  const report = await analyze(files, config, { ...readOptions(options, io.env), ...reading.options }).finally(reading.finish);
  const published = suppressReport(report, { below });
  const text = await RENDERERS[format](published, { language, color: useColor(io, options.output), excel: Boolean(options.excel) });
  emit(io, text, options.output, inputs);
  for (const warning of analysisWarnings(report, config, language, flagged.origins)) io.stderr(`${warning}\n`);
  return options.failOnFlag && report.results.some((result) => result.flag) ? EXIT.flagged : EXIT.ok;
}

async function runInspect(file: string, options: CommonOptions, io: CliIo): Promise<number> {
  const [{ inspect }, { renderInspectJson, renderInspectTable }] = await Promise.all([import('./inspect/inspect.js'), import('./report/render-inspect.js')]);
  const language = chooseLanguage(options.lang, io.env);
  const format = chooseFormat(options, ['table', 'json']);
  if (options.output) refuseOverwritingInputs(options.output, [file]);
  const reading = readingProgress({ write: io.stderr, isTty: Boolean(io.stderrIsTty), quiet: Boolean(options.quiet) });
  const report = await inspect(file, { ...readOptions(options, io.env), ...reading.options }).finally(reading.finish);
  emit(io, format === 'json' ? renderInspectJson(report) : renderInspectTable(report, language), options.output, [file]);
  return EXIT.ok;
}

const ANALYZE_EXAMPLES = `
Exempel / Examples:
  $ jamstat analyze fixtures/exempel.csv --config fixtures/exempel.yml
  $ jamstat analyze jan.csv feb.csv mar.csv -c jamstat.yml -f json -o kvartal1.json
  $ jamstat analyze uttag.csv --sex Kön --by Stadsdelsområde --outcome "Förhandsbedömning=Utredning inleds"
  $ jamstat analyze uttag.csv -c jamstat.yml -f csv --excel -o resultat.csv
  $ jamstat analyze uttag.csv -c jamstat.yml -o rapport.html --suppress-below 10
`;

const INSPECT_EXAMPLES = `
Exempel / Examples:
  $ jamstat inspect fixtures/exempel.csv
  $ jamstat inspect uttag.csv --format json
`;

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('jamstat')
    .description('Könsuppdelad statistik för socialtjänsten: jämför flickor och pojkar, kvinnor och män, i varje steg av handläggningen.\nSex-disaggregated statistics for Swedish social services.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });

  registerAnalyzeFlags(
    readingOptions(
      program
        .command('analyze')
        .alias('analyse')
        .description('compare female and male cases in each step of one or more extracts')
        .argument('<files...>', 'CSV extracts with the same columns, analysed as one'),
    ),
  )
    .addHelpText('after', ANALYZE_EXAMPLES)
    .action(async (files: string[], options: AnalyzeOptions) => setExit(await runAnalyze(files, options, io)));

  readingOptions(
    program
      .command('inspect')
      .description('describe an extract without a configuration: encoding, delimiter, columns, values')
      .argument('<file>', 'a CSV extract'),
  )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']))
    .addHelpText('after', INSPECT_EXAMPLES)
    .action(async (file: string, options: CommonOptions) => setExit(await runInspect(file, options, io)));

  registerInitCommand(program, io, setExit);
  registerValidateCommand(program, io, setExit);
  program.addHelpText('after', `${ANALYZE_EXAMPLES}${INSPECT_EXAMPLES.split('\n').slice(2).join('\n')}`);
  return program;
}

/** Runs jamstat with process-style arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  if ((argv[2] === 'analyze' || argv[2] === 'analyse') && !argv.includes('--help') && !argv.includes('-h')) {
    // A failure to load shows where runAnalyze awaits the same promise.
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
    const program = buildProgram(io, (code) => {
      exitCode = code;
    });
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
    const [{ describeError }, { say }] = await Promise.all([import('./cli/report-error.js'), import('./i18n/catalogue.js')]);
    if (usage) {
      io.stderr(`${describeError(usage, language)}\n`);
      return EXIT.error;
    }
    if (isKnownError(error)) {
      io.stderr(`${describeError(error, language)}\n`);
      return EXIT.error;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`jamstat: ${say(language, 'error', 'internal-error', { detail })}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.internal;
  }
}
