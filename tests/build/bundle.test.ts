/**
 * The shape of the built bundle (dist/, from `npm run build`): what starting jamstat
 * loads, that the worker of the two-thread engine is where the engine looks for it, and
 * that the one-file build with its code cache answers as the split one does.
 * A static import in the wrong place would not change any result, only make every run
 * slower, so these tests guard it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** The files a module loads before it runs: itself and its static imports, transitively (not import()). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const match of code.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']\.\/([^"']+)["'];?$/gms)) staticClosure(match[1]!, seen);
  return seen;
}

/** The source files bundled into some files, from their source maps. */
function sourcesOf(files: Iterable<string>): string[] {
  return [...files].flatMap((file) => (JSON.parse(readFileSync(join(DIST, `${file}.map`), 'utf8')) as { sources: string[] }).sources);
}

/** The dist file whose name starts with `prefix-` (esbuild adds a content hash). */
function chunkNamed(prefix: string): string {
  const found = readdirSync(DIST).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.js'));
  expect(found, `one dist/${prefix}-*.js`).toHaveLength(1);
  return found[0]!;
}

/** Runs `jamstat ARGS…` from the split build, dist/cli.js, as bin/jamstat.js does for --help and init. */
function runSplitBuild(args: readonly string[]): { code: number; stdout: string; stderr: string } {
  const start = `import { main } from ${JSON.stringify(pathToFileURL(join(DIST, 'cli.js')).href)}; main(process.argv).then((code) => { process.exitCode = code; });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', start, 'jamstat', ...args], {
    cwd: join(DIST, '..'),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('the bundle', () => {
  it('starts the command line without the analysis, the configuration, the statistics or any renderer library', () => {
    const startup = sourcesOf(staticClosure('cli.js'));
    expect(startup.some((source) => source.includes('node_modules/commander/'))).toBe(true);
    for (const heavy of ['@stdlib/', 'zod/', 'yaml/', 'exceljs/', 'docx/', 'vega', 'iconv-lite/', 'csv-parse/', 'cli-table3/', 'src/analysis/', 'src/i18n/catalogue.ts', 'src/i18n/label-texts.ts']) {
      expect(startup.filter((source) => source.includes(heavy)), heavy).toEqual([]);
    }
  });

  it('runs an analysis without the rate tests (beta quantile), Excel or the charts, unless asked for', () => {
    const analysis = sourcesOf(staticClosure(chunkNamed('analyze')));
    expect(analysis.some((source) => source.endsWith('src/stats/cochran-mantel-haenszel.ts'))).toBe(true);
    // csv-parse never (a devDependency, the tests' reference reader); cli-table3 and chalk only for the table format.
    for (const lazy of ['stats-base-dists-beta-quantile', 'src/stats/poisson-rate-test.ts', 'exceljs/', 'docx/', 'src/report/chart-png.ts', 'vega', 'csv-parse/', 'cli-table3/', 'chalk/']) {
      expect(analysis.filter((source) => source.includes(lazy)), lazy).toEqual([]);
    }
    expect(sourcesOf(staticClosure(chunkNamed('rates'))).some((source) => source.includes('stats-base-dists-beta-quantile'))).toBe(true);
  });

  it('leaves iconv-lite in node_modules, where its tables load only for the encoding in use', () => {
    const everything = sourcesOf(readdirSync(DIST).filter((name) => name.endsWith('.js')));
    expect(everything.filter((source) => source.includes('iconv-lite/'))).toEqual([]);
    const importers = readdirSync(DIST).filter((name) => name.endsWith('.js') && readFileSync(join(DIST, name), 'utf8').includes('from "iconv-lite"'));
    expect(importers.length).toBeGreaterThan(0);
  });

  it('puts the tally worker next to the code that starts it', () => {
    expect(existsSync(join(DIST, 'tally-worker.js'))).toBe(true);
    const starters = readdirSync(DIST).filter((name) => name.endsWith('.js') && readFileSync(join(DIST, name), 'utf8').includes('new URL("./tally-worker.js", import.meta.url)'));
    expect(starters.length).toBeGreaterThan(0);
    expect(sourcesOf(['tally-worker.js', ...staticClosure('tally-worker.js')]).some((source) => source.endsWith('src/tally/tally.ts'))).toBe(true);
  });
});

describe('the one-file build with its code cache (dist/jamstat.cjs)', () => {
  it('has a cache that a fresh Node process accepts', () => {
    expect(existsSync(join(DIST, 'jamstat.cjs.cache'))).toBe(true);
    const check = spawnSync(process.execPath, [join(DIST, '..', 'scripts', 'write-code-cache.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stdout).toBe('accepted');
  });

  it('runs as before when V8 refuses the cache (another Node); skips a cache made for other code', async () => {
    const { loadCachedBundle, cacheFile } = createRequire(import.meta.url)('../../bin/cached-bundle.cjs') as {
      loadCachedBundle: (options: { bundle?: string; cache?: string }) => {
        exports: { main: (argv: string[], io: object) => Promise<number> };
        cacheRejected: boolean;
        cacheUsed: boolean;
      } | null;
      cacheFile: (bundleBytes: Buffer, v8Data: Buffer) => Buffer;
    };
    const bundle = join(DIST, 'jamstat.cjs');
    const bytes = readFileSync(bundle);
    const folder = mkdtempSync(join(tmpdir(), 'jamstat-cache-'));
    try {
      // Made for this bundle, but not by this V8: refused, and the analysis is the same.
      const foreign = join(folder, 'foreign.cache');
      writeFileSync(foreign, cacheFile(bytes, Buffer.alloc(4096, 7)));
      const refused = loadCachedBundle({ cache: foreign })!;
      expect(refused).toMatchObject({ cacheRejected: true, cacheUsed: false });
      let output = '';
      const io = { stdout: (text: string) => (output += text), stderr: () => undefined, stdoutIsTty: false, env: {} };
      expect(await refused.exports.main(['node', 'jamstat', 'analyze', 'fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml', '-f', 'json'], io)).toBe(0);
      expect(output).toBe(runCli(['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml', '-f', 'json']).stdout);

      // The bundle edited after the build, same length: V8 alone would take the old code.
      const edited = join(folder, 'jamstat.cjs');
      const text = bytes.toString('utf8');
      writeFileSync(edited, text.replace('"0.1.0"', '"9.9.9"'));
      expect(readFileSync(edited).length).toBe(bytes.length);
      expect(loadCachedBundle({ bundle: edited, cache: join(DIST, 'jamstat.cjs.cache') })).toMatchObject({ cacheUsed: false, cacheRejected: false });
      expect(loadCachedBundle({ bundle, cache: join(folder, 'missing.cache') })).toMatchObject({ cacheUsed: false });
      expect(loadCachedBundle({ bundle: join(folder, 'missing.cjs') })).toBeNull();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('starts the tally worker from dist/ (two-thread engine), with the same result', async () => {
    // The one file has no import.meta.url: the loader passes the bundle's URL, by which the
    // worker is found. Were it wrong, the engine would read on in one thread, only slower.
    const threads = createRequire(import.meta.url)('node:worker_threads') as { Worker: new (script: URL | string, options?: object) => unknown };
    const { loadCachedBundle } = createRequire(import.meta.url)('../../bin/cached-bundle.cjs') as {
      loadCachedBundle: () => { exports: { main: (argv: string[], io: object) => Promise<number> } } | null;
    };
    const RealWorker = threads.Worker;
    const started: string[] = [];
    threads.Worker = class extends (RealWorker as new (script: URL | string, options?: object) => object) {
      constructor(script: URL | string, options?: object) {
        started.push(String(script));
        super(script, options);
      }
    };
    try {
      let output = '';
      const io = { stdout: (text: string) => (output += text), stderr: () => undefined, stdoutIsTty: false, env: { JAMSTAT_ENGINE: 'parallel' } };
      const args = ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml', '-f', 'json'];
      expect(await loadCachedBundle()!.exports.main(['node', 'jamstat', ...args], io)).toBe(0);
      expect(started).toEqual([pathToFileURL(join(DIST, 'tally-worker.js')).href]);
      expect(output).toBe(runCli(args).stdout);
    } finally {
      threads.Worker = RealWorker;
    }
  });

  it('uses no import() (which fails in a vm.Script built from a cache)', () => {
    expect(readFileSync(join(DIST, 'jamstat.cjs'), 'utf8')).not.toMatch(/\bimport\(["'`]/);
  });

  it('is Latin-1 only, so that V8 keeps its source at one byte a character (docs/build.md, Memory)', () => {
    const source = readFileSync(join(DIST, 'jamstat.cjs'), 'utf8');
    expect(source.match(/[^\u0000-\u00ff]/gu) ?? []).toEqual([]);
    // Without comments: they are most of what made it 1.9 MB.
    expect(source).not.toMatch(/^\s*\/\*\*/m);
  });

  it.each([
    ['json', ['-f', 'json']],
    ['table', []],
    ['markdown', ['-f', 'md']],
  ])('gives the same %s as dist/cli.js', (_name, format) => {
    const args = ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml', ...format];
    const cached = runCli(args);
    const modules = runSplitBuild(args);
    expect(cached.code).toBe(modules.code);
    expect(cached.stderr).toBe(modules.stderr);
    expect(cached.stdout).toBe(modules.stdout);
    expect(cached.stdout.length).toBeGreaterThan(1000);
  });

  it('validates and inspects like dist/cli.js', () => {
    for (const args of [['validate', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml'], ['inspect', 'fixtures/windows-1252.csv']]) {
      const cached = runCli(args);
      const modules = runSplitBuild(args);
      expect({ code: cached.code, stdout: cached.stdout, stderr: cached.stderr }).toEqual({ code: modules.code, stdout: modules.stdout, stderr: modules.stderr });
    }
  });

  it('runs the same one file with --debug, whose stack traces name the TypeScript sources', () => {
    // A preloaded script makes the JSON renderer fail: an internal error (exit 3).
    const dir = mkdtempSync(join(tmpdir(), 'jamstat-debug-'));
    try {
      const failing = join(dir, 'fail-json.cjs');
      writeFileSync(
        failing,
        `const stringify = JSON.stringify;
JSON.stringify = function (value, ...rest) {
  if (value && typeof value === 'object' && 'share' in value) throw new TypeError('planted failure');
  return stringify.call(this, value, ...rest);
};`,
      );
      const args = ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-f', 'json'];
      const plain = runCli(args, { NODE_OPTIONS: `--require ${failing}` });
      expect(plain.code).toBe(3);
      expect(plain.stderr).toContain('planted failure');
      expect(plain.stderr).not.toContain('    at ');
      const debug = runCli([...args, '--debug'], { NODE_OPTIONS: `--require ${failing}` });
      expect(debug.code).toBe(3);
      expect(debug.stderr).toMatch(/at .*leaf .*src\/report\/json-chunks\.ts:\d+:\d+/);
      expect(debug.stderr).not.toContain('cli.js');
      // Written to a file as it is made, the failure is still the renderer's (exit 3), not an unwritable file (exit 2).
      const output = join(dir, 'rapport.json');
      const toFile = runCli([...args, '-o', output], { NODE_OPTIONS: `--require ${failing}` });
      expect(toFile.code).toBe(3);
      expect(toFile.stderr).toContain('planted failure');
      expect(existsSync(output)).toBe(false);
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the young generation at its first size while it analyses a large extract (a fifth of the peak memory otherwise), and lets it grow for a small one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamstat-newspace-'));
    try {
      const probe = join(dir, 'new-space.cjs');
      writeFileSync(
        probe,
        `process.on('exit', () => {
  const space = require('node:v8').getHeapSpaceStatistics().find((found) => found.space_name === 'new_space');
  process.stderr.write('new_space ' + space.space_size + '\\n');
});`,
      );
      // The 20,000-row example sixteen times over: 41 MB, above SMALL_YOUNG_GENERATION_FROM_BYTES.
      const example = readFileSync(join(DIST, '..', 'fixtures', 'exempel.csv'), 'utf8');
      const [header, ...body] = example.split('\r\n');
      const rows = body.filter((line) => line !== '').join('\r\n');
      const large = join(dir, 'stor.csv');
      writeFileSync(large, `${header}\r\n${Array.from({ length: 16 }, () => rows).join('\r\n')}\r\n`);
      const newSpace = (file: string, env: Record<string, string> = {}) => {
        const run = runCli(['analyze', file, '-c', 'bench/bench.yml', '-f', 'json', '--quiet'], { ...env, NODE_OPTIONS: `--require ${probe}` });
        expect(run.code, run.stderr).toBe(0);
        return Number([...run.stderr.matchAll(/new_space (\d+)/g)].at(-1)?.[1]);
      };
      // Held from the start of the command: at most once grown (2 MB), not the 8 MB the analysis modules took it to while
      // they started, nor the 32 MB an analysis takes it to.
      expect(newSpace(large)).toBeLessThanOrEqual(2 * 1024 * 1024);
      // Also when a worker thread reads half of the file: starting it sets V8's flags back (the main thread reports last).
      expect(newSpace(large, { JAMSTAT_ENGINE: 'parallel' })).toBeLessThanOrEqual(4 * 1024 * 1024);
      // Without the setting the analysis leaves it at 32 MB (two halves of 16), as it does for the small example.
      expect(newSpace('fixtures/exempel.csv')).toBeGreaterThan(16 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
