/**
 * The `analyze` command: reads the configuration (a file, amended by the flag table's
 * flags, or the flags alone), analyses the extracts, renders and writes the report.
 * Exit 1 with --fail-on-flag when a difference is flagged.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { BINARY_FORMATS, FORMATS } from '../report/formats.js';
import { suppressionThreshold } from './publish-options.js';
import { applyQuickFlags, hasQuickAnalysis } from './quick-config.js';
import { registerAnalyzeFlags, type AnalyzeFlags } from './analyze-flags.js';
import { COMMAND_LINE, FlagOrigins, blameFlags } from './flag-origins.js';
import { refuseOverwritingInputs } from './write-output.js';
import { readingProgress } from './progress.js';
import { refuseRepeatedInputs } from './distinct-inputs.js';
import { spoolStandardInput } from './standard-input.js';
import { sizeYoungGenerationFor } from './young-generation.js';
import { EXIT, emit, tableWidth, useColor, type CliIo } from './io.js';
import { announceDefaultConfig, defaultConfigFile } from './default-config.js';
import { chooseFormat, chooseLanguage, examples, readOptions, readingOptions, type CommonOptions } from './common-options.js';
import { helpText } from '../i18n/help-texts.js';
import type { Language } from '../messages/languages.js';

/** The options of `analyze`: the reading options and the flag table's (the `--no-…` switches default to true). */
type AnalyzeOptions = CommonOptions & AnalyzeFlags & { readonly yates: boolean; readonly suppress: boolean };

let analysisModules: ReturnType<typeof importAnalysis> | null = null;

function importAnalysis() {
  return Promise.all([
    import('../analysis/analyze.js'),
    import('../config/load.js'),
    import('../report/suppress.js'),
    import('./analysis-warnings.js'),
    import('../report/renderers.js'),
    import('../report/render-json.js'),
  ]);
}

/**
 * The modules `analyze` runs on, loaded once: not at start, so that `jamstat --help` and
 * the other commands do without them, but as soon as the command line names `analyze`,
 * so that Node reads them while commander parses the options.
 */
export function loadAnalysis(): ReturnType<typeof importAnalysis> {
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
async function analyzeWithFlags(arguments_: string[], options: AnalyzeOptions, io: CliIo, flagged: { origins: FlagOrigins }): Promise<number> {
  const [{ analyze }, { loadConfigFile, validateConfig }, { suppressReport }, { analysisWarnings }, { RENDERERS }, { renderJsonChunks }] = await loadAnalysis();
  const files = await spoolStandardInput(arguments_);
  refuseRepeatedInputs(files);
  sizeYoungGenerationFor(files);
  const amend = (raw: Record<string, unknown>) => {
    const quick = applyQuickFlags(raw, options);
    flagged.origins = quick.origins;
    return quick.raw;
  };
  // A complete quick analysis on the command line needs no file; otherwise ./jamstat.yml (what init writes) stands in for --config.
  const configFile = options.config ?? (hasQuickAnalysis(options) ? undefined : defaultConfigFile());
  let config;
  if (configFile) {
    config = loadConfigFile(configFile, { yates: options.yates, amend });
  } else if (hasQuickAnalysis(options)) {
    config = validateConfig(amend({}), COMMAND_LINE, { yates: options.yates });
  } else {
    throw new UsageError('usage-no-analysis');
  }
  const language = chooseLanguage(options.lang, io.env, config.lang);
  const status = { language, quiet: Boolean(options.quiet) };
  if (configFile && !options.config) await announceDefaultConfig(io, status, configFile);
  const format = chooseFormat(options, FORMATS);
  const { populationPath } = await import('../analysis/rates.js');
  const inputs = [...files, ...(configFile ? [configFile] : []), ...(config.population ? [populationPath(config)] : [])];
  if (options.output) refuseOverwritingInputs(options.output, inputs);
  if (BINARY_FORMATS.includes(format) && !options.output) throw new UsageError('usage-format-needs-output', { format });
  const below = suppressionThreshold(options, config);
  const reading = readingProgress({ write: io.stderr, isTty: Boolean(io.stderrIsTty), quiet: Boolean(options.quiet) });
  const { withInputNames } = await import('./report-error.js');
  const report = withInputNames(await analyze(files, config, { ...readOptions(options, io.env), ...reading.options }).finally(reading.finish), language);
  const published = suppressReport(report, { below });
  // JSON is written as it is made: a large report's text is never held whole (json-chunks.ts).
  const text =
    format === 'json'
      ? { chunks: renderJsonChunks(published) }
      : await RENDERERS[format](published, { language, color: useColor(io, options.output), excel: Boolean(options.excel), width: tableWidth(io, options.output, Boolean(options.wide)) });
  await emit(io, text, options.output, inputs, status);
  for (const warning of analysisWarnings(report, config, language, flagged.origins)) io.stderr(`${warning}\n`);
  const anyFlag = [...report.results, ...(report.categoryResults ?? []), ...(report.measureResults ?? [])].some((result) => result.flag);
  return options.failOnFlag && anyFlag ? EXIT.flagged : EXIT.ok;
}

/** Examples shown by `jamstat analyze --help` and `jamstat --help`. */
export const ANALYZE_EXAMPLES = `
  $ jamstat analyze fixtures/exempel.csv --config fixtures/exempel.yml
  $ jamstat analyze jan.csv feb.csv mar.csv -c jamstat.yml -f json -o kvartal1.json
  $ jamstat analyze uttag.csv --sex Kön --by Stadsdelsområde --outcome "Förhandsbedömning=Utredning inleds"
  $ jamstat analyze uttag.csv -c jamstat.yml -f csv --excel -o resultat.csv
  $ jamstat analyze uttag.csv -c jamstat.yml -o rapport.html --suppress-below 10
`;

/** Adds `jamstat analyze FILE… [--config CFG] [flags]` to the program, its help in `language`. */
export function registerAnalyzeCommand(program: Command, io: CliIo, setExit: (code: number) => void, language: Language): void {
  registerAnalyzeFlags(
    readingOptions(
      program
        .command('analyze')
        .alias('analyse')
        .usage(helpText(language, 'command.usageFiles'))
        .description(helpText(language, 'analyze.description'))
        .argument(`<${helpText(language, 'argument.files')}>`, helpText(language, 'analyze.files')),
      language,
    ),
    language,
  )
    .addHelpText('after', examples(language, ANALYZE_EXAMPLES))
    .action(async (files: string[], options: AnalyzeOptions) => setExit(await runAnalyze(files, options, io)));
}
