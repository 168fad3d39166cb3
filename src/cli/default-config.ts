/**
 * The configuration a command reads when no --config is given: jamstat.yml in the
 * current folder, the file `jamstat init` writes, so that `init` followed by `analyze`
 * or `validate` works without naming it. The command says which file it read.
 */
import { existsSync, statSync } from 'node:fs';
import type { CliIo, StatusLines } from './io.js';

/** The file name `init` writes by default and `analyze`/`validate` read by default. */
export const DEFAULT_CONFIG_FILE = 'jamstat.yml';

/** jamstat.yml in the current folder when it is a file, else undefined. */
export function defaultConfigFile(): string | undefined {
  return existsSync(DEFAULT_CONFIG_FILE) && statSync(DEFAULT_CONFIG_FILE).isFile() ? DEFAULT_CONFIG_FILE : undefined;
}

/** Says on standard error that the default configuration is used (unless --quiet). */
export async function announceDefaultConfig(io: CliIo, status: StatusLines, file: string): Promise<void> {
  if (status.quiet) return;
  // Loaded here, not at start: `jamstat --help` does without the catalogue.
  const { say } = await import('../i18n/catalogue.js');
  io.stderr(`${say(status.language, 'label', 'usingDefaultConfig', { file })}\n`);
}
