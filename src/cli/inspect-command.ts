/** The `inspect` command: describes an extract without a configuration. */
import { Option, type Command } from 'commander';
import { refuseOverwritingInputs } from './write-output.js';
import { readingProgress } from './progress.js';
import { EXIT, emit, type CliIo } from './io.js';
import { chooseFormat, chooseLanguage, readOptions, readingOptions, type CommonOptions } from './common-options.js';
import { spoolStandardInput } from './standard-input.js';

async function runInspect(argument: string, options: CommonOptions, io: CliIo): Promise<number> {
  const [{ inspect }, { renderInspectJson, renderInspectTable }, { withInputNames }] = await Promise.all([
    import('../inspect/inspect.js'),
    import('../report/render-inspect.js'),
    import('./report-error.js'),
  ]);
  const [file] = (await spoolStandardInput([argument])) as [string];
  const language = chooseLanguage(options.lang, io.env);
  const format = chooseFormat(options, ['table', 'json']);
  if (options.output) refuseOverwritingInputs(options.output, [file]);
  const reading = readingProgress({ write: io.stderr, isTty: Boolean(io.stderrIsTty), quiet: Boolean(options.quiet) });
  const report = withInputNames(await inspect(file, { ...readOptions(options, io.env), ...reading.options }).finally(reading.finish), language);
  await emit(io, format === 'json' ? renderInspectJson(report) : renderInspectTable(report, language), options.output, [file]);
  return EXIT.ok;
}

/** Examples shown by `jamstat inspect --help` and `jamstat --help`. */
export const INSPECT_EXAMPLES = `
Exempel / Examples:
  $ jamstat inspect fixtures/exempel.csv
  $ jamstat inspect uttag.csv --format json
`;

/** Adds `jamstat inspect FILE [--format table|json]` to the program. */
export function registerInspectCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  readingOptions(
    program
      .command('inspect')
      .description('describe an extract without a configuration: encoding, delimiter, columns, values')
      .argument('<file>', 'a CSV extract (- for standard input)'),
  )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']))
    .addHelpText('after', INSPECT_EXAMPLES)
    .action(async (file: string, options: CommonOptions) => setExit(await runInspect(file, options, io)));
}
