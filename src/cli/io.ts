/**
 * What the command line talks to (standard output and error, the environment), its exit
 * codes, and writing a rendered output to a file or standard output.
 */
import { UsageError } from '../errors.js';
import type { Language } from '../messages/languages.js';
import { BINARY_FORMATS, type Rendered } from '../report/formats.js';
import { refuseOverwritingInputs, writeAtomically, type ChunkedText } from './write-output.js';

/** Exit codes: 0 ok, 1 a flag was raised with --fail-on-flag, 2 usage, configuration or input error, 3 internal error. */
export const EXIT = { ok: 0, flagged: 1, error: 2, internal: 3 } as const;

/** What the CLI talks to; tests pass their own. */
export interface CliIo {
  /** Writes to standard output; a promise, when given, settles once the text is written (or rejects with the write error). */
  readonly stdout: (text: string) => void | Promise<void>;
  readonly stderr: (text: string) => void;
  readonly stdoutIsTty: boolean;
  /** The terminal's width in columns when standard output is a terminal (process.stdout.columns). */
  readonly stdoutColumns?: number;
  /** Whether standard error is a terminal (a progress bar may be drawn there); false when not given. */
  readonly stderrIsTty?: boolean;
  readonly env: NodeJS.ProcessEnv;
}

/** Errors of a reader that went away (`jamstat … | head`): the rest is dropped quietly, as git and ripgrep do. */
const READER_GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

/**
 * Whether a failure to write standard output has been reported, by a command (see emit)
 * or by the write itself: after the first, every write fails the same way; one message is enough.
 */
let standardOutputFailureReported = false;

/**
 * Says, once and in the user's language, that standard output cannot be written, for a
 * write no command waits for (help text): a command that waits reports it itself.
 */
async function reportUnclaimedFailure(error: NodeJS.ErrnoException): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (standardOutputFailureReported) return;
  standardOutputFailureReported = true;
  const [{ describeError }, { languageFlagOf }, { chooseLanguage }] = await Promise.all([
    import('./report-error.js'),
    import('./commander-errors.js'),
    import('./common-options.js'),
  ]);
  let language: ReturnType<typeof chooseLanguage> = 'sv';
  try {
    language = chooseLanguage(languageFlagOf(process.argv), process.env);
  } catch {
    // A --lang value that is no language: the message stays in Swedish, as the command's own would.
  }
  process.stderr.write(`${describeError(new UsageError('stdout-unwritable', { detail: error.code ?? String(error) }), language)}\n`);
  process.exitCode = EXIT.error;
}

/** Writes to standard output and settles when the text is written, so that a full disk or an I/O error reaches the caller. */
function writeStandardOutput(text: string): Promise<void> {
  const written = new Promise<void>((resolve, reject) => {
    process.stdout.write(text, (error) => {
      if (error && !READER_GONE.has((error as NodeJS.ErrnoException).code ?? '')) reject(error);
      else resolve();
    });
  });
  written.catch((error: NodeJS.ErrnoException) => reportUnclaimedFailure(error));
  return written;
}

export const processIo: CliIo = {
  stdout: writeStandardOutput,
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: Boolean(process.stdout.isTTY),
  get stdoutColumns() {
    return process.stdout.isTTY ? process.stdout.columns : undefined;
  },
  stderrIsTty: Boolean(process.stderr.isTTY),
  env: process.env,
};

/** The terminal table's width when none is known: files and pipes get the same table on every run. */
export const DEFAULT_TABLE_WIDTH = 100;

/**
 * The width the terminal table must fit, in columns: the terminal's when standard output is
 * one, else COLUMNS when set, else DEFAULT_TABLE_WIDTH; a file written with -o always gets
 * the default. Undefined with --wide: every column, whatever the width.
 */
export function tableWidth(io: CliIo, output: string | undefined, wide: boolean): number | undefined {
  if (wide) return undefined;
  if (output) return DEFAULT_TABLE_WIDTH;
  if (io.stdoutIsTty && io.stdoutColumns) return io.stdoutColumns;
  const columns = Number.parseInt(io.env.COLUMNS ?? '', 10);
  return Number.isInteger(columns) && columns > 0 ? columns : DEFAULT_TABLE_WIDTH;
}

/** Whether and in what language a command says on standard error what it did (the file written). */
export interface StatusLines {
  readonly language: Language;
  readonly quiet: boolean;
}

/**
 * An error of the text being made while it is written (a chunk of ChunkedText): the
 * renderer's own error, never a write error (emit rethrows its cause as it was).
 */
class RenderFailure {
  constructor(readonly cause: unknown) {}
}

/** The chunks of `text`, an error in making one turned into a RenderFailure. */
function* madeChunks(text: ChunkedText): Generator<string> {
  const iterator = text.chunks[Symbol.iterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = iterator.next();
    } catch (error) {
      throw new RenderFailure(error);
    }
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Writes the output to --output (atomically, never over an input) or to standard output;
 * a write error on either is a UsageError (one message, exit 2), an error in making
 * chunked text is thrown as it is. With `status`, a written file is named on standard error.
 */
export async function emit(io: CliIo, text: Rendered | ChunkedText, output: string | undefined, inputs: readonly string[], status?: StatusLines): Promise<void> {
  const content = typeof text === 'string' || text instanceof Uint8Array ? text : { chunks: madeChunks(text) };
  if (output) {
    refuseOverwritingInputs(output, inputs);
    try {
      await writeAtomically(output, content);
    } catch (error) {
      if (error instanceof RenderFailure) throw error.cause;
      throw new UsageError('output-unwritable', { detail: (error as NodeJS.ErrnoException).code ?? String(error) }, { file: output });
    }
    // A run that writes a file would otherwise end in silence: one line says where the result is.
    if (status && !status.quiet) {
      const [{ say }, { maskPersonnummer }] = await Promise.all([import('../i18n/catalogue.js'), import('../ingest/personnummer.js')]);
      io.stderr(`${maskPersonnummer(say(status.language, 'label', 'wroteFile', { file: output }))}\n`);
    }
  } else if (!(content instanceof Uint8Array)) {
    try {
      if (typeof content === 'string') await io.stdout(content);
      else for (const chunk of content.chunks) await io.stdout(chunk);
    } catch (error) {
      if (error instanceof RenderFailure) throw error.cause;
      standardOutputFailureReported = true;
      throw new UsageError('stdout-unwritable', { detail: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  } else {
    // Bytes never reach a terminal: binary formats are refused without --output before the analysis runs.
    throw new UsageError('usage-format-needs-output', { format: BINARY_FORMATS.join(', ') });
  }
}

/** Colour only for a terminal, never under NO_COLOR or TERM=dumb, never in files. */
export function useColor(io: CliIo, output: string | undefined): boolean {
  return !output && io.stdoutIsTty && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}
