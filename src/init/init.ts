/** `jamstat init`: a starter configuration made from an extract, as text. */
import { UsageError } from '../errors.js';
import type { Language } from '../messages/languages.js';
import { inspectWithSample } from '../inspect/inspect.js';
import type { ReadOptions } from '../ingest/read-options.js';
import { proposeConfig } from './propose.js';
import { starterConfig } from './starter-config.js';
import { maskPersonnummer } from '../ingest/personnummer.js';
import { proposalTodos } from './todos.js';

export interface InitResult {
  /** The configuration's text. */
  readonly text: string;
  /** How many `# ATT GÖRA:` comments it holds: things to fill in before it runs. */
  readonly todos: number;
}

/**
 * Inspects `file` and returns the text of a commented configuration to be written to
 * `config`. It writes what it found, with an `# ATT GÖRA:` comment for what it did not,
 * and refuses only when nothing in the extract says a sex. Personnummer-shaped text is
 * masked (the file name in its comments, too).
 */
export async function initConfig(file: string, config: string, language: Language, read: ReadOptions = {}): Promise<InitResult> {
  const { report, sample } = await inspectWithSample(file, read);
  const proposal = proposeConfig(report, sample);
  if (proposal.sex === null) throw new UsageError('init-no-sex', {}, { file });
  return { text: maskPersonnummer(starterConfig(proposal, file, config, language)), todos: proposalTodos(proposal).length };
}
