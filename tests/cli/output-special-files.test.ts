/**
 * Regression: `-o` naming a FIFO replaced it with a regular file through the atomic
 * rename (a reader waiting on the FIFO got nothing), and `-o` naming a symbolic link
 * replaced the link. A FIFO or character device is now written into directly, and a
 * symbolic link is followed: the temporary file goes beside its target and is renamed
 * onto the target, so the link stays a link. (No real device is used as -o here.)
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { tempPath } from '../helpers/temp.js';

const ARGS = ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'json'];

/** Runs a process to its end; resolves with its exit code, or null after `timeout` ms (it is killed then). */
function finish(child: ReturnType<typeof spawn>, timeout: number): Promise<number | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('-o naming a FIFO', () => {
  it('writes into the FIFO, which stays a FIFO', async () => {
    const fifo = tempPath('ut.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    const read: Buffer[] = [];
    reader.stdout!.on('data', (chunk: Buffer) => read.push(chunk));
    const jamstat = spawn(process.execPath, [join(ROOT, 'bin', 'jamstat.js'), ...ARGS, '-o', fifo], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    const stderr: Buffer[] = [];
    jamstat.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
    const [code, readerCode] = await Promise.all([finish(jamstat, 20_000), finish(reader, 20_000)]);
    expect(code, Buffer.concat(stderr).toString()).toBe(0);
    expect(readerCode).toBe(0);
    expect(JSON.parse(Buffer.concat(read).toString('utf8')).schemaVersion).toBe(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  }, 30_000);
});

describe('-o naming a symbolic link', () => {
  const here = tempPath('lankar');
  const there = tempPath('mal');
  mkdirSync(here);
  mkdirSync(there);

  it('follows the link to a file in another folder and keeps the link', async () => {
    const target = join(there, 'rapport.json');
    writeFileSync(target, 'gammal rapport');
    const link = join(here, 'rapport.json');
    symlinkSync(target, link);
    const run = await runMain([...ARGS, '-o', link]);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(here)).toEqual(['rapport.json']);
    expect(readdirSync(there)).toEqual(['rapport.json']);
  });

  it('creates the target of a link that points to no file yet', async () => {
    const target = join(there, 'ny.json');
    const link = join(here, 'ny.json');
    symlinkSync(target, link);
    const run = await runMain([...ARGS, '-o', link]);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).schemaVersion).toBe(1);
  });
});
