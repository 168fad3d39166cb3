/**
 * Regression: SIGINT or SIGTERM while jamstat wrote `-o FILE` killed it with the
 * temporary file (`.FILE.PID.tmp`, up to hundreds of MB) left beside the output. Now the
 * temporary file is removed and jamstat exits with the conventional code (130 for
 * SIGINT, 143 for SIGTERM). The signal is sent as soon as the temporary file appears,
 * while the built CLI writes a large JSON report.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { tempPath } from '../helpers/temp.js';

const folder = tempPath('signal');
mkdirSync(folder);
const extract = join(folder, 'stor.csv');
const config = join(folder, 'stor.yml');
// Four group variables of 1,000 values each: a JSON report of several MB, written in many pieces.
const rows = Array.from({ length: 40_000 }, (_, index) =>
  [index % 2 ? 'Pojke' : 'Flicka', index % 3 ? 'Ja' : 'Nej', `a${index % 1000}`, `b${(index * 7) % 1000}`, `c${(index * 13) % 1000}`, `d${(index * 17) % 1000}`].join(';'),
);
writeFileSync(extract, `Kön;Beslut;A;B;C;D\n${rows.join('\n')}\n`);
writeFileSync(config, 'sex: { column: Kön }\nby: [A, B, C, D]\nsteps:\n  - name: Beslut\n    outcome: { column: Beslut, equals: Ja }\n');

function interruptWhileWriting(output: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; sent: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'jamstat.js'), 'analyze', extract, '-c', config, '-f', 'json', '-o', output], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    let sent = false;
    const watcher = watch(folder, (_event, name) => {
      if (!sent && name !== null && name.startsWith('.') && name.endsWith('.tmp')) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on('close', (code, killedBy) => {
      watcher.close();
      resolve({ code, signal: killedBy, sent });
    });
  });
}

describe('a signal while writing -o', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s leaves no temporary file and ends with the conventional code', async (signal, expected) => {
    const output = join(folder, `rapport-${signal}.json`);
    const run = await interruptWhileWriting(output, signal);
    expect(run.sent).toBe(true);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // jamstat handles the signal itself: it is never killed by it.
    expect(run.signal).toBeNull();
    if (run.code === 0) {
      // The signal came after the report was in place: the report is whole.
      expect(JSON.parse(readFileSync(output, 'utf8')).schemaVersion).toBe(1);
    } else {
      expect(run.code).toBe(expected);
      expect(readdirSync(folder)).not.toContain(`rapport-${signal}.json`);
    }
  }, 30_000);
});
