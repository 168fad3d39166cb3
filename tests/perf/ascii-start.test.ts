/**
 * A file that starts in plain ASCII still gets its second thread: both threads must
 * decode with one encoding, and ASCII alone does not tell which, so the main thread reads
 * on (up to ENCODING_LOOKAHEAD_BYTES) until a byte beyond ASCII says it. When reads became
 * 256 KB, a file whose first å came after its first read was read by one thread only.
 * The worker's start is counted by a preload that wraps worker_threads.Worker.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { runCli } from '../helpers/run-cli.js';
import { tempFile, tempPath } from '../helpers/temp.js';
import { ENCODING_LOOKAHEAD_BYTES } from '../../src/analysis/tally-files.js';
import { DEFAULT_CHUNK_BYTES } from '../../src/ingest/read-options.js';

const CONFIG = `
sex: { column: Kon }
by: [Omrade]
steps:
  - name: Utredning
    outcome: { column: Utredning, equals: Ja }
`;

/** Rows of plain ASCII for about `asciiBytes`, then rows with "Söder" (UTF-8) for as long again. */
function extract(asciiBytes: number, utf8: boolean): string {
  const lines = ['Kon;Omrade;Utredning'];
  let bytes = 0;
  for (let row = 0; bytes < asciiBytes; row++) {
    const line = `${row % 2 ? 'Flicka' : 'Pojke'};Norr;${row % 3 ? 'Ja' : 'Nej'}`;
    lines.push(line);
    bytes += line.length + 2;
  }
  for (let row = 0; row * 16 < asciiBytes; row++) lines.push(`${row % 2 ? 'Flicka' : 'Pojke'};${utf8 ? 'Söder' : 'Sodra'};${row % 5 ? 'Ja' : 'Nej'}`);
  return `${lines.join('\r\n')}\r\n`;
}

/** Runs the analysis with two threads allowed; the workers started, and the report. */
function analyse(file: string, engine: 'parallel' | 'single'): { workers: number; report: string } {
  const config = tempPath(`ascii-start-${engine}.yml`);
  writeFileSync(config, CONFIG);
  const preload = tempPath('count-workers.cjs');
  writeFileSync(
    preload,
    `const threads = require('node:worker_threads');
if (threads.isMainThread) {
  const Real = threads.Worker;
  threads.Worker = class extends Real { constructor(...args) { super(...args); process.stderr.write('worker started\\n'); } };
}`,
  );
  const run = runCli(['analyze', file, '-c', config, '-f', 'json', '--no-suppress', '--quiet'], { JAMSTAT_ENGINE: engine, NODE_OPTIONS: `--require ${preload}` });
  expect(run.code, run.stderr).toBe(0);
  return { workers: run.stderr.split('\n').filter((line) => line === 'worker started').length, report: run.stdout };
}

describe('a file whose first read is plain ASCII', () => {
  it('is split between two threads once a later byte gives the encoding, with the same report as one thread', () => {
    // The first byte beyond ASCII lies past the first read but within the look-ahead.
    const asciiBytes = Math.round((DEFAULT_CHUNK_BYTES + ENCODING_LOOKAHEAD_BYTES) / 2);
    expect(asciiBytes).toBeGreaterThan(DEFAULT_CHUNK_BYTES);
    const file = tempFile(extract(asciiBytes, true), { name: 'ascii-start.csv' });
    const parallel = analyse(file, 'parallel');
    expect(parallel.workers).toBe(1);
    expect(parallel.report).toBe(analyse(file, 'single').report);
    expect(JSON.parse(parallel.report).input.rows).toBeGreaterThan(40_000);
  });

  it('stays with one thread when the look-ahead finds only ASCII, and reads it whole all the same', () => {
    const file = tempFile(extract(ENCODING_LOOKAHEAD_BYTES, false), { name: 'all-ascii.csv' });
    const parallel = analyse(file, 'parallel');
    expect(parallel.workers).toBe(0);
    expect(parallel.report).toBe(analyse(file, 'single').report);
  });
});
