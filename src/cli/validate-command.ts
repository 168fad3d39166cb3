/**
 * The `validate` command: checks extracts against a configuration before anyone
 * analyses them. Exit 0 when there is no error, 1 when there are errors (with
 * --strict, warnings too), 2 when a file or the configuration cannot be read at all.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { spoolStandardInput } from './standard-input.js';
import { chooseFormat, chooseLanguage, readOptions, readingOptions, type CommonOptions } from './common-options.js';
import { emit, useColor, type CliIo } from './io.js';
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
Exempel / Examples:
  $ jamstat validate fixtures/exempel.csv --config fixtures/exempel.yml
  $ jamstat validate mars.csv -c jamstat.yml --previous februari.csv
  $ jamstat validate jan.csv feb.csv mar.csv -c jamstat.yml -f json --strict
`;

async function runValidate(arguments_: string[], options: ValidateOptions, io: CliIo): Promise<number> {
  if (!options.config) throw new UsageError('usage-validate-needs-config');
  const files = await spoolStandardInput(arguments_);
  refuseRepeatedInputs(files, options.previous);
  // Loaded when the command runs, so that --help and other commands start fast.
  const [{ loadConfigFile }, { validate }, { renderValidateJson, renderValidateTable }, { populationPath }, { withInputNames }] = await Promise.all([
    import('../config/load.js'),
    import('../validate/validate.js'),
    import('../report/render-validate.js'),
    import('../analysis/rates.js'),
    import('./report-error.js'),
  ]);
  const config = loadConfigFile(options.config);
  const language = chooseLanguage(options.lang, io.env, config.lang);
  const format = chooseFormat(options, ['table', 'json']);
  const previous = options.previous ?? [];
  // validate does not read the population file, but it is an input of the analysis all the same.
  const inputs = [...files, ...previous, options.config, ...(config.population ? [populationPath(config)] : [])];
  if (options.output) refuseOverwritingInputs(options.output, inputs);
  const report = withInputNames(await validate(files, config, { previous, read: readOptions(options), strict: Boolean(options.strict) }), language);
  const text =
    format === 'json'
      ? renderValidateJson(report, language)
      : renderValidateTable(report, { language, color: useColor(io, options.output) });
  await emit(io, text, options.output, inputs);
  return report.ok ? 0 : EXIT_INVALID;
}

/** Adds `jamstat validate FILE… --config CFG [--previous FILE…] [--strict]` to the program. */
export function registerValidateCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  readingOptions(
    program
      .command('validate')
      .description('check extracts against a configuration before analysing them: columns, values, counts, ids, dates, excluded rows')
      .argument('<files...>', 'CSV extracts to check'),
  )
    .option('-c, --config <file>', 'YAML configuration (see README)')
    .option('--previous <files...>', 'earlier extracts: warn when the row count or a share jumps (put it after the files)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']))
    .option('--strict', 'warnings fail the validation too (exit code 1)')
    .addHelpText('after', VALIDATE_EXAMPLES)
    .action(async (files: string[], options: ValidateOptions) => setExit(await runValidate(files, options, io)));
}
