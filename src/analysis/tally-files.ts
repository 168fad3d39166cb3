/**
 * Reading extracts into one tally with the scanner (ingest/scanner.ts), cells interned.
 * A large file is read in two parts at once, the second by a worker thread
 * (tally-worker.ts), and the two tallies are merged by value. Each file is read once.
 *
 * The one way back to one thread is named: when the worker's part did not start at a
 * record boundary (the split point fell inside a quoted field), or its tally cannot be
 * merged, the main thread reads the rest itself. An error in either part stops the run:
 * a known error (JamstatError) as the user's message, anything else as an internal error.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/types.js';
import { ConfigError, InputError, errorFromData, type JamstatError } from '../errors.js';
import type { ErrorMessage } from '../messages/error-codes.js';
import {
  BLOCKS_BETWEEN_YIELDS,
  finishScan,
  isWorkbook,
  openScan,
  yieldToEventLoop,
} from '../ingest/read-extract.js';
import type { FileInfo, RowCounts } from '../ingest/file-info.js';
import type { InternPlan, InternedVisitor } from '../ingest/scanner.js';
import { DEFAULT_CHUNK_BYTES, type ReadOptions } from '../ingest/read-options.js';
import type { Delimiter, EncodingGuess } from '../ingest/sniff.js';
import { ColumnResolver } from '../tally/columns.js';
import { Tally, type TallySnapshot } from '../tally/tally.js';
import { MergedCellWatch } from './merged-cells-watch.js';
import { restoreYoungGenerationSetting } from '../v8-young-generation.js';

/**
 * Files smaller than this (about 750,000 rows of a Sweco extract) are read in one thread:
 * below it a worker takes longer to start and warm up than it saves (measured: no gain
 * at 40 and 80 MB, a fifth less time at 127 MB).
 */
export const PARALLEL_MIN_BYTES = 96 * 1024 * 1024;

/**
 * How far the main thread reads, at most, for a byte beyond ASCII before it splits a file:
 * a file that is ASCII so far could still be UTF-8 or Windows-1252, and the two threads
 * must agree. The first read was this long until reads became 256 KB (read-options.ts).
 */
export const ENCODING_LOOKAHEAD_BYTES = 1 << 20;

/** What the worker is given: where its part starts, and what the main thread knows by then. */
export interface WorkerTask {
  readonly path: string;
  readonly start: number;
  readonly header: readonly string[];
  readonly encoding: EncodingGuess;
  readonly delimiter: Delimiter;
  readonly chunkBytes: number;
  readonly config: Config;
}

/** A known error as it crosses from the worker: its class, code, arguments and place (lines of the part). */
export interface SentError {
  readonly kind: JamstatError['kind'];
  readonly message: ErrorMessage;
  readonly place: JamstatError['place'];
  readonly keyPath: string | null;
}

/**
 * What the worker sends back. Lines are counted from 1 at its part's first record.
 * `failed` is an unexpected error (a bug): its message and stack.
 */
export type WorkerMessage =
  | { readonly kind: 'progress'; readonly bytes: number }
  | { readonly kind: 'done'; readonly snapshot: TallySnapshot; readonly counts: RowCounts }
  | { readonly kind: 'error'; readonly error: SentError }
  | { readonly kind: 'failed'; readonly message: string; readonly stack: string | undefined };

/** The plan the scanner fills for a tally: its used columns, interned into its tables. */
export function internPlan(tally: Tally): InternPlan {
  const labels = tally.plan.totals.labels;
  return { columns: tally.usedColumns, tables: tally.valueTables, row: tally.row, mayStartTotalRow: (character) => labels.mayStartTotalRow(character) };
}

/** The header indexes of the configuration's `fill:` columns (a missing one is an error naming `fill[i]`). */
function fillColumns(tally: Tally): number[] {
  return tally.config.fill.map((name, index) => tally.columns.index(name, `fill[${index}]`));
}

/** A known error, made ready to cross to the main thread. */
export function sendError(error: JamstatError): SentError {
  return { kind: error.kind, message: error.asMessage(), place: error.place, keyPath: error instanceof ConfigError ? error.keyPath : null };
}

/** The worker's error as the main thread throws it, its line moved from the part's count to the file's. */
function receivedError(sent: SentError, lineOffset: number): JamstatError {
  const place = sent.place && sent.place.line !== undefined ? { ...sent.place, line: sent.place.line + lineOffset } : sent.place;
  return errorFromData(sent.kind, sent.message, place, sent.keyPath);
}

/** Reads every file into one tally. Files must share the first file's header exactly. */
export async function tallyFiles(files: readonly string[], config: Config, read: ReadOptions): Promise<{ tally: Tally; infos: FileInfo[]; mergedLike: string[] }> {
  const engine = read.engine ?? 'auto';
  const parallelFrom = engine === 'parallel' ? 0 : engine === 'single' ? Number.POSITIVE_INFINITY : PARALLEL_MIN_BYTES;
  return tallyFilesScanned(files, config, read, parallelFrom);
}

/**
 * The first file's header and the tally made for it. Every later file must have the
 * same header; a different one is an error that shows both.
 */
class HeaderGate {
  tally: Tally | null = null;
  private firstHeader: readonly string[] | null = null;

  constructor(
    private readonly files: readonly string[],
    private readonly config: Config,
  ) {}

  /** Makes the tally on the first header, refuses a different later one; returns the tally. */
  accept(columns: readonly string[], file: string): Tally {
    if (this.firstHeader === null) {
      this.firstHeader = columns;
      this.tally = new Tally(this.config, new ColumnResolver(columns, file, this.config.source));
    } else if (columns.join('\u0000') !== this.firstHeader.join('\u0000')) {
      throw new InputError(
        'header-mismatch',
        { file, firstFile: this.files[0]!, header: columns.join(';'), firstHeader: this.firstHeader.join(';') },
        { file, line: 1 },
      );
    }
    this.tally!.place.file = file;
    return this.tally!;
  }

  /** The tally, finished; an error when no file had a header. */
  finished(): Tally {
    if (this.tally === null) throw new InputError('no-header', {}, { file: this.files[0] ?? '' });
    this.tally.finish();
    return this.tally;
  }
}

/** A file's size, or 0 when it cannot be read (reading it then says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Bytes the main thread reads while the worker starts (about 0.1 s of reading): the
 * main thread's part is larger by this much, so that both parts end at about the same time.
 */
const WORKER_START_BYTES = 16 * 1024 * 1024;

/** Where the worker's part starts: just after a line end near the middle of the data, or null. */
function splitPoint(path: string, dataStart: number, size: number): number | null {
  const data = size - dataStart;
  const middle = dataStart + Math.floor(Math.min(data * 0.75, (data + WORKER_START_BYTES) / 2));
  const descriptor = openSync(path, 'r');
  try {
    const window = Buffer.alloc(Math.min(1 << 20, size - middle));
    const length = readSync(descriptor, window, 0, window.length, middle);
    const lineEnd = window.subarray(0, length).indexOf(0x0a);
    return lineEnd < 0 || middle + lineEnd + 1 >= size ? null : middle + lineEnd + 1;
  } finally {
    closeSync(descriptor);
  }
}

/** The compiled worker next to this module, when there is one (not when running from TypeScript sources). */
function workerScript(): URL | null {
  const url = new URL('./tally-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** The scanner, with a worker for the second half of files of `parallelFrom` bytes or more. */
async function tallyFilesScanned(
  files: readonly string[],
  config: Config,
  read: ReadOptions,
  parallelFrom: number,
): Promise<{ tally: Tally; infos: FileInfo[]; mergedLike: string[] }> {
  const gate = new HeaderGate(files, config);
  let watch: MergedCellWatch | null = null;
  const infos: FileInfo[] = [];
  const sizes = files.map(sizeOf);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  let doneBefore = 0;
  const script = workerScript();

  for (const [index, file] of files.entries()) {
    let mainBytes = 0;
    let workerBytes = 0;
    const report = () => read.onProgress?.(doneBefore + mainBytes + workerBytes, total);
    const visitor: InternedVisitor = {
      // The reader's name for the file: an .xlsx's names its sheet too.
      header(columns, named) {
        const tally = gate.accept(columns, named);
        watch ??= new MergedCellWatch(tally);
        return { ...internPlan(tally), fill: fillColumns(tally) };
      },
      interned(line) {
        gate.tally!.addInterned(line);
        if (!watch!.idle) watch!.interned();
      },
      row(fields, line, ragged) {
        gate.tally!.add(fields, ragged, line);
        if (!ragged && !watch!.idle) watch!.text(fields);
      },
    };
    if (isWorkbook(file, read)) {
      // A workbook is read whole by one thread (read-xlsx.ts), never split by byte offsets.
      // Imported when needed: exceljs is large, and most runs read CSV.
      const { readXlsx } = await import('../ingest/read-xlsx.js');
      infos.push(await readXlsx(file, read, visitor));
      doneBefore += sizes[index]!;
      read.onProgress?.(doneBefore, total);
      continue;
    }
    const opened = openScan(file, read, visitor, (bytes) => {
      mainBytes = bytes;
      report();
    });
    const { scanner } = opened;
    try {
      const size = scanner.size;
      // The worker's part, when merged.
      const counts: RowCounts = { rows: 0, blankLines: 0, raggedRows: 0, firstRaggedLine: 0, notes: [] };
      // Fill-down carries the last value of a column from row to row: one thread only.
      const mayShare = script !== null && !config.unit && config.fill.length === 0 && size >= parallelFrom;
      // Both threads must decode with one encoding, and ASCII alone does not tell which: when
      // the first read held only ASCII, read on as one thread would, until a byte says it.
      if (mayShare && scanner.encodingSoFar === 'ascii') {
        const ahead = Math.min(size, ENCODING_LOOKAHEAD_BYTES);
        while (scanner.encodingSoFar === 'ascii' && scanner.next.offset < ahead && scanner.scanTo(ahead, 1) === null) await yieldToEventLoop();
      }
      const parallel = mayShare && scanner.encodingSoFar !== 'ascii';
      const split = parallel ? splitPoint(file, scanner.next.offset, size) : null;
      let merged = false;
      if (split !== null) {
        const worker = new Worker(script!, {
          workerData: {
            path: file,
            start: split,
            header: scanner.header!,
            encoding: scanner.encodingSoFar,
            delimiter: opened.info.delimiter,
            chunkBytes: read.chunkBytes ?? DEFAULT_CHUNK_BYTES,
            config,
          } satisfies WorkerTask,
        });
        // Starting the worker set V8's flags back to Node's: the young generation's too.
        worker.once('online', restoreYoungGenerationSetting);
        const outcome = new Promise<WorkerMessage>((resolve) => {
          worker.on('message', (message: WorkerMessage) => {
            if (message.kind === 'progress') {
              workerBytes = message.bytes;
              report();
            } else resolve(message);
          });
          worker.on('error', (error) => resolve({ kind: 'failed', message: `tally worker: ${error.message}`, stack: error.stack }));
          worker.on('exit', (code) => resolve({ kind: 'failed', message: `tally worker stopped (exit code ${code}) without a result`, stack: undefined }));
        });
        try {
          let atBoundary: boolean | null;
          while ((atBoundary = scanner.scanTo(split, BLOCKS_BETWEEN_YIELDS)) === null) await yieldToEventLoop();
          // Not at a boundary: the split point fell inside a quoted field, so the worker
          // read from the middle of a field; whatever it found is dropped, error or not.
          if (atBoundary) {
            const message = await outcome;
            // The worker's thread lets go of its heap only when it ends: ended before the
            // merge, its memory and the merged tally's are not held at once (1 M rows:
            // the run's peak memory came here about one run in three).
            await worker.terminate();
            const lineOffset = scanner.line - 1;
            if (message.kind === 'error') throw receivedError(message.error, lineOffset);
            if (message.kind === 'failed') throw Object.assign(new Error(message.message), message.stack ? { stack: message.stack } : {});
            // A part whose value tables filled up cannot be merged by value: read it here.
            if (message.kind === 'done' && !message.snapshot.seenValuesFull) {
              gate.tally!.merge(message.snapshot);
              const part = message.counts;
              if (part.raggedRows > 0) counts.firstRaggedLine = part.firstRaggedLine + lineOffset;
              counts.rows += part.rows;
              counts.blankLines += part.blankLines;
              counts.raggedRows += part.raggedRows;
              counts.notes.push(...part.notes);
              // Lines held as possible notes at the split were rows if the worker's part has any.
              scanner.settlePending(part.rows > 0);
              merged = true;
              workerBytes = size - split;
            }
          }
        } finally {
          await worker.terminate();
        }
      }
      if (!merged) {
        // One thread for the rest (also when the split fell inside a quoted field).
        while (scanner.scanTo(size, BLOCKS_BETWEEN_YIELDS) === null) await yieldToEventLoop();
      }
      const own = scanner.counts;
      const firstRaggedLine = own.raggedRows > 0 ? own.firstRaggedLine : counts.firstRaggedLine;
      infos.push(
        finishScan(
          opened,
          {
            rows: counts.rows + own.rows,
            blankLines: counts.blankLines + own.blankLines,
            raggedRows: counts.raggedRows + own.raggedRows,
            firstRaggedLine,
            notes: [...own.notes, ...counts.notes],
          },
          scanner.encodingSoFar,
        ),
      );
    } finally {
      scanner.close();
    }
    doneBefore += sizes[index]!;
  }
  return { tally: gate.finished(), infos, mergedLike: watch === null ? [] : (watch as MergedCellWatch).columns() };
}
