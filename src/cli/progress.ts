/**
 * A progress bar on standard error while large extracts are read: only when standard
 * error is a terminal, only for inputs over PROGRESS_MIN_BYTES, and never with
 * --quiet, so that logs of scheduled runs stay clean.
 *
 * Hand-written rather than cli-progress: one bar, redrawn in place at most ten times a
 * second and erased when reading ends, is some forty lines; a dependency (and its
 * string-width tree) would load on every start for it.
 */
import type { ReadOptions } from '../ingest/read-options.js';

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

/** The progress part of the read options, and how to erase the bar when reading ends. */
export function readingProgress(target: ProgressTarget): { options: Pick<ReadOptions, 'onProgress'>; finish: () => void } {
  const progress = createProgress(target);
  return { options: { onProgress: progress.update }, finish: progress.finish };
}
