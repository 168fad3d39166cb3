/**
 * The worker thread of the analysis: tallies the second part of a large file, from a
 * record boundary the main thread chose, and sends the tally back as a snapshot
 * (tally-files.ts merges it). Its lines count from 1 at its first record. A known error
 * is sent back as data (the main thread throws it, with the file's line); anything else
 * is sent as a failure with its stack, never swallowed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isKnownError } from '../errors.js';
import { ExtractScanner } from '../ingest/scanner.js';
import { ColumnResolver } from '../tally/columns.js';
import { Tally } from '../tally/tally.js';
import { internPlan, sendError, type WorkerMessage, type WorkerTask } from './tally-files.js';

/** Bytes between progress messages. */
const PROGRESS_STEP = 8 * 1024 * 1024;

function run(task: WorkerTask): WorkerMessage {
  const tally = new Tally(task.config, new ColumnResolver(task.header, task.path, task.config.source));
  tally.place.file = task.path;
  let reported = 0;
  const scanner = new ExtractScanner({
    path: task.path,
    delimiter: task.delimiter,
    encoding: task.encoding,
    chunkBytes: task.chunkBytes,
    onProgress(bytes) {
      if (bytes - reported < PROGRESS_STEP) return;
      reported = bytes;
      parentPort!.postMessage({ kind: 'progress', bytes } satisfies WorkerMessage);
    },
  });
  try {
    scanner.startAt(task.start, task.header, {
      header: () => internPlan(tally),
      interned: (line) => tally.addInterned(line),
      row: (fields, line, ragged) => tally.add(fields, ragged, line),
    }, internPlan(tally));
    scanner.scanToEnd();
    return { kind: 'done', snapshot: tally.snapshot(), counts: { ...scanner.counts } };
  } catch (error) {
    if (isKnownError(error)) return { kind: 'error', error: sendError(error) };
    const failure = error instanceof Error ? error : new Error(String(error));
    return { kind: 'failed', message: failure.message, stack: failure.stack };
  } finally {
    scanner.close();
  }
}

const message = run(workerData as WorkerTask);
parentPort!.postMessage(message, message.kind === 'done' ? message.snapshot.steps.map((step) => step.cells.buffer as ArrayBuffer) : []);
