/**
 * The JSON report is written a chunk at a time (write-output.ts, ChunkedText): to a file,
 * a FIFO and standard output it must give the same bytes as the text written whole, and
 * an error in making a chunk must leave no file (nor temporary file) behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/cli/write-output.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempPath } from '../helpers/temp.js';

/** Text with characters of one, two, three and four UTF-8 bytes, cut into chunks at every few characters. */
const TEXT = Array.from({ length: 5000 }, (_, index) => `rad ${index}: å ä ö – 😀 \u2028\n`).join('');
const chunksOf = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, index) => text.slice(index * size, (index + 1) * size));

describe('writeAtomically with chunked text', () => {
  it('writes the bytes of the whole text', async () => {
    const path = tempPath('chunked.json');
    // 3 characters a chunk would split surrogate pairs; whole-character chunks are what the renderer gives.
    const chunks = TEXT.split(/(?<=\n)/);
    await writeAtomically(path, { chunks });
    expect(readFileSync(path).equals(Buffer.from(TEXT, 'utf8'))).toBe(true);
    await writeAtomically(path, { chunks: chunksOf('åäö'.repeat(1000), 7) });
    expect(readFileSync(path, 'utf8')).toBe('åäö'.repeat(1000));
  });

  it('leaves no file and no temporary file when making a chunk fails', async () => {
    const folder = tempPath('failing');
    mkdirSync(folder);
    const path = join(folder, 'rapport.json');
    function* failing(): Generator<string> {
      yield 'x'.repeat(1 << 21);
      throw new TypeError('planted failure');
    }
    await expect(writeAtomically(path, { chunks: failing() })).rejects.toThrow('planted failure');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes into a FIFO directly', async () => {
    const fifo = tempPath('chunked.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    const read: Buffer[] = [];
    reader.stdout!.on('data', (chunk: Buffer) => read.push(chunk));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    await writeAtomically(fifo, { chunks: TEXT.split(/(?<=\n)/) });
    await closed;
    expect(Buffer.concat(read).equals(Buffer.from(TEXT, 'utf8'))).toBe(true);
  });
});

describe('the JSON report, written in chunks', () => {
  it('is the same bytes on standard output and in a file', () => {
    const args = ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml', '-f', 'json'];
    const output = tempPath('rapport.json');
    const toStdout = spawnSync(process.execPath, [join(ROOT, 'bin', 'jamstat.js'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, maxBuffer: 64 << 20 });
    expect(toStdout.status).toBe(0);
    expect(runCli([...args, '-o', output, '--quiet']).code).toBe(0);
    expect(readFileSync(output).equals(toStdout.stdout)).toBe(true);
    expect(toStdout.stdout.length).toBeGreaterThan(1 << 16);
  });
});
