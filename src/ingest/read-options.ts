/**
 * How the caller wants an extract read: overrides of what is detected, the block size,
 * the engine, and a progress callback. A module of its own so that the CLI can parse
 * and list the engines without loading a reader.
 */
import type { Delimiter, Encoding } from './sniff.js';

/**
 * The ways of reading an extract. There is one scanner; what is left to choose is the
 * number of threads: `auto` (default) reads files of PARALLEL_MIN_BYTES or more in two
 * threads and the rest in one, `single` always reads in one thread, and `parallel`
 * always hands the second half of a file to a worker thread (for tests and
 * measurements). Only analyze reads in two threads; the other commands read in one.
 */
export const READ_ENGINES = ['auto', 'single', 'parallel'] as const;
export type ReadEngine = (typeof READ_ENGINES)[number];

export interface ReadOptions {
  readonly encoding?: Encoding;
  readonly delimiter?: Delimiter;
  /** Lines to skip above the header; detected when not given. */
  readonly skipLines?: number;
  /** The sheet of an .xlsx to read (default: the first); an error for a text file. */
  readonly sheet?: string;
  /** Bytes read at a time (default 1 MiB); tests use tiny blocks to cross every boundary. */
  readonly chunkBytes?: number;
  /** One thread or two (see READ_ENGINES); `auto` when not given. */
  readonly engine?: ReadEngine;
  /**
   * Columns whose blank cells continue the value above (`fill:`), for readers of rows as
   * text (readExtract); a name not in the header is left to the caller's column checks.
   */
  readonly fill?: readonly string[];
  /** Called now and then with the bytes read so far and the total (of this file; over all files in analyze). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Bytes read at a time when the caller does not say. */
export const DEFAULT_CHUNK_BYTES = 1 << 18;
