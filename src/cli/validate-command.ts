/**
 * The `validate` command: checks extracts against a configuration before anyone
 * analyses them. Exit 0 when there is no error, 1 when there are errors (with
 * --strict, warnings too), 2 when a file or the configuration cannot be read at all.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { chooseFormat, chooseLanguage, examples, readOptions, readingOptions, type CommonOptions } from './common-options.js';
import { helpText, localSyntax } from '../i18n/help-texts.js';
import type { Language } from '../messages/languages.js';
import { emit, useColor, type CliIo } from './io.js';
import { announceDefaultConfig, defaultConfigFile } from './default-config.js';
import { refuseRepeatedInputs } from './distinct-inputs.js';
import { refuseOverwritingInputs } from './write-output.js';

interface ValidateOptions extends CommonOptions {
  config?: string;
  previous?: string[];
  strict?: boolean;
}

/** Exit code when the validation finds errors (with --strict, any problem). */
const EXIT_INVALID = 1;

const VALIDATE_EXAMPLES = `
  $ jamstat validate fixtures/exempel.csv --config fixtures/exempel.yml
  $ jamstat validate mars.csv -c jamstat.yml --previous februari.csv
  $ jamstat validate jan.csv feb.csv mar.csv -c jamstat.yml -f json --strict
`;

async function runValidate(files: string[], options: ValidateOptions, io: CliIo): Promise<number> {
  const configFile = options.config ?? defaultConfigFile();
  if (!configFile) throw new UsageError('usage-validate-needs-config');
  refuseRepeatedInputs(files, options.previous);
  // Loaded when the command runs, so that --help and other commands start fast.
  const [{ loadConfigFile }, { validate }, { renderValidateJson, renderValidateTable }, { populationPath }] = await Promise.all([
    import('../config/load.js'),
    import('../validate/validate.js'),
    import('../report/render-validate.js'),
    import('../analysis/rates.js'),
  ]);
  const config = loadConfigFile(configFile);
  const language = chooseLanguage(options.lang, io.env, config.lang);
  const status = { language, quiet: Boolean(options.quiet) };
  if (!options.config) await announceDefaultConfig(io, status, configFile);
  const format = chooseFormat(options, ['table', 'json']);
  const previous = options.previous ?? [];
  // validate does not read the population file, but it is an input of the analysis all the same.
  const inputs = [...files, ...previous, configFile, ...(config.population ? [populationPath(config)] : [])];
  if (options.output) refuseOverwritingInputs(options.output, inputs);
  const report = await validate(files, config, { previous, read: readOptions(options), strict: Boolean(options.strict) });
  const text =
    format === 'json'
      ? renderValidateJson(report, language)
      : renderValidateTable(report, { language, color: useColor(io, options.output) });
  await emit(io, text, options.output, inputs, status);
  return report.ok ? 0 : EXIT_INVALID;
}

/** Adds `jamstat validate FILE… --config CFG [--previous FILE…] [--strict]` to the program, its help in `language`. */
export function registerValidateCommand(program: Command, io: CliIo, setExit: (code: number) => void, language: Language): void {
  readingOptions(
    program
      .command('validate')
      .usage(helpText(language, 'command.usageFiles'))
      .description(helpText(language, 'validate.description'))
      .argument(`<${helpText(language, 'argument.files')}>`, helpText(language, 'validate.files')),
    language,
  )
    .option(localSyntax(language, '-c, --config <file>'), helpText(language, 'validate.config'))
    .option(localSyntax(language, '--previous <files...>'), helpText(language, 'validate.previous'))
    .addOption(new Option('-f, --format <format>', helpText(language, 'flag.format')).choices(['table', 'json']))
    .option('--strict', helpText(language, 'validate.strict'))
    .addHelpText('after', examples(language, VALIDATE_EXAMPLES))
    .action(async (files: string[], options: ValidateOptions) => setExit(await runValidate(files, options, io)));
}
