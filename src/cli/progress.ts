/**
 * A progress bar on standard error while large extracts are read: only when standard
 * error is a terminal, only for inputs over PROGRESS_MIN_BYTES, and never with
 * --quiet, so that logs of scheduled runs stay clean.
 *
 * Hand-written rather than cli-progress: one bar, redrawn in place at most ten times a
 * second and erased when reading ends, is some forty lines; a dependency (and its
 * string-width tree) would load on every start for it.
 */
import { READ_ENGINES, type ReadEngine } from '../ingest/engines.js';
import type { ReadOptions } from '../ingest/read-extract.js';
import { UsageError } from '../errors.js';

/** Inputs smaller than this read too quickly for a bar to help. */
export const PROGRESS_MIN_BYTES = 50 * 1024 * 1024;
const REDRAW_MS = 100;
const WIDTH = 30;

/** Where the bar goes and whether it may appear. */
export interface ProgressTarget {
  readonly write: (text: string) => void;
  readonly isTty: boolean;
  readonly quiet: boolean;
  readonly now?: () => number;
}

export interface Progress {
  /** For ReadOptions.onProgress: bytes read so far and in all. */
  readonly update: (done: number, total: number) => void;
  /** Erases the bar, if one was drawn. */
  readonly finish: () => void;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(0);
}

/** A progress bar that draws only when it may (see the module comment). */
export function createProgress(target: ProgressTarget): Progress {
  const now = target.now ?? (() => Date.now());
  const started = now();
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let drawn = false;
  const enabled = target.isTty && !target.quiet;
  return {
    update(done, total) {
      if (!enabled || total <= PROGRESS_MIN_BYTES) return;
      const time = now();
      if (time - lastDrawn < REDRAW_MS && done < total) return;
      lastDrawn = time;
      const share = Math.min(1, done / total);
      const filled = Math.round(share * WIDTH);
      const seconds = ((time - started) / 1000).toFixed(1);
      target.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)} %  ${megabytes(done)}/${megabytes(total)} MB  ${seconds} s`,
      );
      drawn = true;
    },
    finish() {
      if (drawn) target.write('\r\u001b[2K');
      drawn = false;
    },
  };
}

/**
 * The read engine chosen with JAMSTAT_ENGINE (auto, fast, parallel, plain); undefined
 * when it is not set. `plain` reads without the speed-ups, for comparisons.
 */
export function engineFromEnv(env: NodeJS.ProcessEnv): ReadEngine | undefined {
  const value = env.JAMSTAT_ENGINE;
  if (value === undefined || value === '') return undefined;
  if (!(READ_ENGINES as readonly string[]).includes(value)) {
    throw new UsageError('usage-bad-choice', { flag: 'JAMSTAT_ENGINE', value, choices: READ_ENGINES.join(', ') });
  }
  return value as ReadEngine;
}

/** The read options that come from the environment and the terminal: engine and progress. */
export function readingProgress(target: ProgressTarget, env: NodeJS.ProcessEnv): { options: Pick<ReadOptions, 'engine' | 'onProgress'>; finish: () => void } {
  const progress = createProgress(target);
  const engine = engineFromEnv(env);
  return { options: { ...(engine ? { engine } : {}), onProgress: progress.update }, finish: progress.finish };
}
