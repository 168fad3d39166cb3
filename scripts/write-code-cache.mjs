/**
 * Writes dist/jamstat.cjs.cache, the V8 code cache of the one-file command line (see
 * bin/cached-bundle.cjs): runs the commands that read extracts on the bundled fixtures,
 * in this process, then saves the code V8 compiled for them. Run by scripts/build.mjs in
 * a process of its own, with the Node that will run jamstat.
 *
 * The runs write nothing: their output goes to functions that drop it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadCachedBundle, cacheFile, BUNDLE, CACHE } = require('../bin/cached-bundle.cjs');

if (process.argv[2] === '--check') {
  // A fresh process loads the bundle with the cache: V8 must accept it.
  const loaded = loadCachedBundle();
  process.stdout.write(loaded === null ? 'no bundle' : loaded.cacheUsed ? 'accepted' : loaded.cacheRejected ? 'rejected' : 'not for this bundle');
  process.exit(0);
}

const loaded = loadCachedBundle({ useCache: false });
if (loaded === null) throw new Error('write-code-cache: dist/jamstat.cjs is missing');
const io = { stdout: () => undefined, stderr: () => undefined, stdoutIsTty: false, stderrIsTty: false, env: {} };
// The fixtures' own configurations, not bench/bench.yml: the benchmark must not time the
// very run the cache was made from.
const runs = [
  ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml', '-f', 'json'],
  ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'table'],
  ['analyze', 'fixtures/personnummer.csv', '-c', 'fixtures/perioder.yml', '-f', 'csv'],
  ['analyze', 'fixtures/windows-1252.csv', '-c', 'fixtures/exempel.yml', '-f', 'md'],
  ['inspect', 'fixtures/exempel.csv'],
  ['validate', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml'],
];
process.chdir(root);
for (const args of runs) {
  const code = await loaded.exports.main(['node', 'jamstat', ...args], io);
  if (code > 1) throw new Error(`write-code-cache: jamstat ${args.join(' ')} ended with ${code}`);
}
writeFileSync(CACHE, cacheFile(readFileSync(BUNDLE), loaded.script.createCachedData()));

const check = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--check'], { encoding: 'utf8' });
if (check.stdout !== 'accepted') throw new Error(`write-code-cache: a fresh process did not accept the cache (${check.stdout || check.stderr})`);
