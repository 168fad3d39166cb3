/**
 * The progress bar: drawn on standard error only when it is a terminal, only for
 * inputs over 50 MB, never with --quiet; erased when reading ends. Scheduled runs
 * (standard error to a log) get nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeExtractFile } from '../../fixtures/generate.js';
import { main, type CliIo } from '../../src/cli.js';
import { createProgress, PROGRESS_MIN_BYTES } from '../../src/cli/progress.js';
import { engineFromEnv } from '../../src/cli/common-options.js';
import { runCli } from '../helpers/run-cli.js';
import { tempPath } from '../helpers/temp.js';

describe('createProgress', () => {
  const drawn = (isTty: boolean, quiet: boolean, total: number) => {
    let text = '';
    let time = 0;
    const progress = createProgress({ write: (chunk) => (text += chunk), isTty, quiet, now: () => (time += 250) });
    progress.update(total / 2, total);
    progress.update(total, total);
    progress.finish();
    return text;
  };

  it('draws on a terminal for large inputs, then erases itself', () => {
    const text = drawn(true, false, PROGRESS_MIN_BYTES * 2);
    expect(text).toContain('] 100 %  100/100 MB');
    expect(text).toContain(' 50 %');
    expect(text.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('draws nothing when standard error is not a terminal, with --quiet, or for small inputs', () => {
    expect(drawn(false, false, PROGRESS_MIN_BYTES * 2)).toBe('');
    expect(drawn(true, true, PROGRESS_MIN_BYTES * 2)).toBe('');
    expect(drawn(true, false, PROGRESS_MIN_BYTES)).toBe('');
  });

  it('redraws at most ten times a second', () => {
    let draws = 0;
    const progress = createProgress({ write: () => draws++, isTty: true, quiet: false, now: () => 0 });
    for (let done = 1; done < 100; done++) progress.update(done * PROGRESS_MIN_BYTES, 100 * PROGRESS_MIN_BYTES);
    expect(draws).toBe(1);
  });
});

describe('engineFromEnv', () => {
  it('reads JAMSTAT_ENGINE', () => {
    expect(engineFromEnv({})).toBeUndefined();
    expect(engineFromEnv({ JAMSTAT_ENGINE: 'single' })).toBe('single');
    expect(() => engineFromEnv({ JAMSTAT_ENGINE: 'warp' })).toThrow();
    // One scanner: there is no csv-parse engine left to choose.
    expect(() => engineFromEnv({ JAMSTAT_ENGINE: 'plain' })).toThrow();
  });
});

describe('jamstat analyze on an extract over 50 MB', () => {
  const extract = tempPath('large.csv');
  beforeAll(async () => {
    await writeExtractFile(extract, { rows: 420_000, seed: 3, encoding: 'utf8bom' });
  }, 120_000);

  async function inProcess(args: string[], stderrIsTty: boolean) {
    let stderr = '';
    const io: CliIo = { stdout: () => undefined, stderr: (text) => (stderr += text), stdoutIsTty: false, stderrIsTty, env: { NO_COLOR: '1' } };
    const code = await main(['node', 'jamstat', 'analyze', extract, '--sex', 'Kön', '--outcome', 'Förhandsbedömning=Utredning inleds', '-f', 'json', ...args], io);
    return { code, stderr };
  }

  it('prints nothing on standard error when it is not a terminal', () => {
    const run = runCli(['analyze', extract, '--sex', 'Kön', '--outcome', 'Förhandsbedömning=Utredning inleds', '-f', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('draws a bar on a terminal, and nothing there with --quiet', async () => {
    const shown = await inProcess([], true);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toMatch(/^\r\[[#.]{30}\] +\d+ %/);
    expect(shown.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(await inProcess(['--quiet'], true)).toEqual({ code: 0, stderr: '' });
  });
});
