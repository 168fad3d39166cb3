/** The `inspect` command: describes an extract without a configuration. */
import { Option, type Command } from 'commander';
import { refuseOverwritingInputs } from './write-output.js';
import { readingProgress } from './progress.js';
import { EXIT, emit, type CliIo } from './io.js';
import { chooseFormat, chooseLanguage, examples, readOptions, readingOptions, type CommonOptions } from './common-options.js';
import { helpText } from '../i18n/help-texts.js';
import type { Language } from '../messages/languages.js';

async function runInspect(file: string, options: CommonOptions, io: CliIo): Promise<number> {
  const [{ inspect }, { renderInspectJson, renderInspectTable }] = await Promise.all([import('../inspect/inspect.js'), import('../report/render-inspect.js')]);
  const language = chooseLanguage(options.lang, io.env);
  const format = chooseFormat(options, ['table', 'json']);
  if (options.output) refuseOverwritingInputs(options.output, [file]);
  const reading = readingProgress({ write: io.stderr, isTty: Boolean(io.stderrIsTty), quiet: Boolean(options.quiet) });
  const report = await inspect(file, { ...readOptions(options, io.env), ...reading.options }).finally(reading.finish);
  await emit(io, format === 'json' ? renderInspectJson(report) : renderInspectTable(report, language), options.output, [file], {
    language,
    quiet: Boolean(options.quiet),
  });
  return EXIT.ok;
}

/** Examples shown by `jamstat inspect --help` and `jamstat --help`. */
export const INSPECT_EXAMPLES = `
  $ jamstat inspect fixtures/exempel.csv
  $ jamstat inspect uttag.csv --format json
`;

/** Adds `jamstat inspect FILE [--format table|json]` to the program, its help in `language`. */
export function registerInspectCommand(program: Command, io: CliIo, setExit: (code: number) => void, language: Language): void {
  readingOptions(
    program
      .command('inspect')
      .usage(helpText(language, 'command.usageOneFile'))
      .description(helpText(language, 'inspect.description'))
      .argument(`<${helpText(language, 'argument.file')}>`, helpText(language, 'inspect.file')),
    language,
  )
    .addOption(new Option('-f, --format <format>', helpText(language, 'flag.format')).choices(['table', 'json']))
    .addHelpText('after', examples(language, INSPECT_EXAMPLES))
    .action(async (file: string, options: CommonOptions) => setExit(await runInspect(file, options, io)));
}
