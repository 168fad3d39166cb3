/**
 * `-` reads the extract from standard input (analyze, inspect, validate): the same
 * result as the file, named "standardinmatning" / "standard input" and never by the
 * temporary copy, which is gone when jamstat ends. Runs the built CLI.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/run-cli.js';

function runWithInput(args: readonly string[], input: Buffer) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'jamstat.js'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const copies = () => readdirSync(tmpdir()).filter((name) => name.startsWith('jamstat-stdin-'));

describe('standard input', () => {
  const fixture = readFileSync(join(ROOT, 'fixtures/layouts/fill-down.csv'));

  it('analyze - gives the same report as the file, named standard input', () => {
    const before = copies();
    const fromFile = runCli(['analyze', 'fixtures/layouts/fill-down.csv', '-c', 'fixtures/layouts/fill-down.yml', '-f', 'json']);
    const fromStdin = runWithInput(['analyze', '-', '-c', 'fixtures/layouts/fill-down.yml', '-f', 'json'], fixture);
    expect(fromStdin.code).toBe(0);
    const file = JSON.parse(fromFile.stdout);
    const stdin = JSON.parse(fromStdin.stdout);
    expect(stdin.results).toEqual(file.results);
    expect(stdin.input.files[0].path).toBe('standardinmatning');
    expect(fromStdin.stderr).toContain('standardinmatning: 2 rader under tabellen');
    expect(fromStdin.stdout + fromStdin.stderr).not.toContain('jamstat-stdin-');
    expect(copies()).toEqual(before);
  });

  it('inspect - and validate - read it too, in English when asked', () => {
    const inspected = runWithInput(['inspect', '-', '--lang', 'en'], fixture);
    expect(inspected.code).toBe(0);
    expect(inspected.stdout).toContain('File: standard input');
    expect(inspected.stdout).toContain('fill: [Stadsdelsområde]');
    const validated = runWithInput(['validate', '-', '-c', 'fixtures/layouts/fill-down.yml', '-f', 'json'], fixture);
    expect(validated.stdout + validated.stderr).not.toContain('jamstat-stdin-');
    expect(validated.code).toBe(0);
  });

  it('names standard input in an error, and refuses - twice', () => {
    const broken = runWithInput(['inspect', '-'], Buffer.from('a;b\n1;2"\n'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('jamstat: fel: standardinmatning, rad 2:');
    const twice = runWithInput(['analyze', '-', '-', '-c', 'fixtures/layouts/fill-down.yml'], fixture);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('"-" (läs uttaget från standardinmatningen) får anges bara en gång');
  });
});

describe('the copy of standard input', () => {
  it('is removed when Ctrl-C (SIGINT) ends jamstat while it reads', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'jamstat.js'), 'inspect', '-'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    child.stdin.write('Kön;Beslut\nFlicka;Ja\n');
    const mine = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`jamstat-stdin-${child.pid}-`));
    for (let waited = 0; mine().length === 0 && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    const [copy] = mine();
    expect(copy).toBeDefined();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(existsSync(join(tmpdir(), copy!))).toBe(false);
  });
});

describe('notes when the analysis reads a file in two parts (JAMSTAT_ENGINE=parallel)', () => {
  it('gives what one thread gives, when the split falls among the notes or before data', async () => {
    const { tempFile } = await import('../helpers/temp.js');
    const header = 'Kön;Beslut;Antal';
    const data = Array.from({ length: 20 }, (_, index) => `${index % 2 ? 'Pojke' : 'Flicka'};${index % 3 ? 'Ja' : 'Nej'};${index + 5}`);
    const notes = Array.from({ length: 10 }, (_, index) => `Anm. ${index}: ${'text '.repeat(40)}`);
    const config = tempFile('sex: { column: Kön }\ncount: Antal\nsteps:\n  - name: Beviljas\n    outcome: { column: Beslut, equals: Ja }\n', { name: 'parallel-notes.yml' });
    const files = [
      tempFile([header, ...data, ...notes].join('\r\n') + '\r\n', { encoding: 'utf-8-bom' }),
      tempFile([header, ...data.slice(0, 10), ...notes.slice(0, 6).map((note) => `${note};;`), ...data.slice(10), 'Källa: SCB'].join('\r\n') + '\r\n', { encoding: 'utf-8-bom' }),
    ];
    for (const file of files) {
      const single = runCli(['analyze', file, '-c', config, '-f', 'json'], { JAMSTAT_ENGINE: 'single' });
      const parallel = runCli(['analyze', file, '-c', config, '-f', 'json'], { JAMSTAT_ENGINE: 'parallel' });
      expect(single.code, single.stderr).toBe(0);
      expect(parallel.stdout).toBe(single.stdout);
      expect(parallel.stderr).toBe(single.stderr);
    }
  });
});
