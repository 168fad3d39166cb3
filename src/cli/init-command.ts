/**
 * The `init` command: writes a commented starter configuration for an extract. Never
 * writes over an existing file without --force; never over the extract itself.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { chooseLanguage, examples, readOptions, readingOptions, type CommonOptions } from './common-options.js';
import { helpText } from '../i18n/help-texts.js';
import type { Language } from '../messages/languages.js';
import { DEFAULT_CONFIG_FILE } from './default-config.js';
import { type CliIo } from './io.js';
import { maskPersonnummer } from '../ingest/personnummer.js';
import { refuseOverwritingInputs, writeAtomically } from './write-output.js';

interface InitOptions extends CommonOptions {
  force?: boolean;
}

const INIT_EXAMPLES = `
  $ jamstat init uttag.csv
  $ jamstat init uttag.csv -o barn-och-unga.yml --force
`;

async function runInit(file: string, options: InitOptions, io: CliIo): Promise<number> {
  const language = chooseLanguage(options.lang, io.env);
  const output = options.output ?? DEFAULT_CONFIG_FILE;
  refuseOverwritingInputs(output, [file]);
  if (existsSync(output) && !options.force) throw new UsageError('init-exists', {}, { file: output });
  // Loaded when the command runs, so that --help and other commands start fast.
  const [{ initConfig }, { say }] = await Promise.all([import('../init/init.js'), import('../i18n/catalogue.js')]);
  const { text, todos } = await initConfig(file, output, language, readOptions(options));
  try {
    await writeAtomically(output, text);
  } catch (error) {
    throw new UsageError('output-unwritable', { detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file: output });
  }
  const written = todos > 0 ? say(language, 'label', 'init.writtenTodo', { config: output, file, count: todos }) : say(language, 'label', 'init.written', { config: output, file });
  io.stderr(`${maskPersonnummer(written)}\n`);
  return 0;
}

/** Adds `jamstat init EXTRACT [-o FILE] [--force]` to the program, its help in `language`. */
export function registerInitCommand(program: Command, io: CliIo, setExit: (code: number) => void, language: Language): void {
  readingOptions(
    program
      .command('init')
      .usage(helpText(language, 'command.usageOneFile'))
      .description(helpText(language, 'init.description'))
      .argument(`<${helpText(language, 'argument.file')}>`, helpText(language, 'init.file')),
    language,
  )
    .option('--force', helpText(language, 'init.force'))
    .addHelpText('after', examples(language, INIT_EXAMPLES))
    .action(async (file: string, options: InitOptions) => setExit(await runInit(file, options, io)));
}
