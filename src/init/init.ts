/** `jamstat init`: a starter configuration made from an extract, as text. */
import { UsageError } from '../errors.js';
import type { Language } from '../messages/languages.js';
import { inspect } from '../inspect/inspect.js';
import type { ReadOptions } from '../ingest/read-options.js';
import { proposeConfig } from './propose.js';
import { starterConfig } from './starter-config.js';
import { maskPersonnummer } from '../ingest/personnummer.js';

/**
 * Inspects `file` and returns the text of a commented configuration to be written to
 * `config`, personnummer-shaped text masked (the file name in its comments, too).
 */
export async function initConfig(file: string, config: string, language: Language, read: ReadOptions = {}): Promise<string> {
  const proposal = proposeConfig(await inspect(file, read));
  if (proposal.sex === null) throw new UsageError('init-no-sex', {}, { file });
  if (proposal.steps.length === 0) throw new UsageError('init-no-steps', {}, { file });
  return maskPersonnummer(starterConfig(proposal, file, config, language));
}
