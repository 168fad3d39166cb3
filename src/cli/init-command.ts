/**
 * The `init` command: writes a commented starter configuration for an extract. Never
 * writes over an existing file without --force; never over the extract itself.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { chooseLanguage, readOptions, readingOptions, type CommonOptions } from './common-options.js';
import { type CliIo } from './io.js';
import { maskPersonnummer } from '../ingest/personnummer.js';
import { refuseOverwritingInputs, writeAtomically } from './write-output.js';

interface InitOptions extends CommonOptions {
  force?: boolean;
}

const DEFAULT_CONFIG = 'jamstat.yml';

const INIT_EXAMPLES = `
Exempel / Examples:
  $ jamstat init uttag.csv
  $ jamstat init uttag.csv -o barn-och-unga.yml --force
`;

async function runInit(file: string, options: InitOptions, io: CliIo): Promise<number> {
  const language = chooseLanguage(options.lang, io.env);
  const output = options.output ?? DEFAULT_CONFIG;
  refuseOverwritingInputs(output, [file]);
  if (existsSync(output) && !options.force) throw new UsageError('init-exists', {}, { file: output });
  // Loaded when the command runs, so that --help and other commands start fast.
  const [{ initConfig }, { say }] = await Promise.all([import('../init/init.js'), import('../i18n/catalogue.js')]);
  const text = await initConfig(file, output, language, readOptions(options));
  try {
    await writeAtomically(output, text);
  } catch (error) {
    throw new UsageError('output-unwritable', { detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file: output });
  }
  io.stderr(`${maskPersonnummer(say(language, 'label', 'init.written', { config: output, file }))}\n`);
  return 0;
}

/** Adds `jamstat init EXTRACT [-o FILE] [--force]` to the program. */
export function registerInitCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  readingOptions(
    program
      .command('init')
      .description('write a commented starter configuration for an extract (default jamstat.yml)')
      .argument('<file>', 'a CSV extract'),
  )
    .option('--force', 'write over an existing configuration file')
    .addHelpText('after', INIT_EXAMPLES)
    .action(async (file: string, options: InitOptions) => setExit(await runInit(file, options, io)));
}
