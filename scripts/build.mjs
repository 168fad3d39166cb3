/**
 * Builds dist/: the command line and the library bundled by esbuild, plus type declarations from tsc.
 *
 * Why a bundle: jamstat's dependencies are about 600 small CommonJS and ESM files (@stdlib alone
 * loads some 400 for the distributions), and Node 20 spends more time finding, reading and
 * compiling them than a monthly extract takes to analyse. One file per part (start-up, the
 * analysis, each output format) is read once. The code is split at the dynamic imports, so
 * `jamstat --help` loads neither the statistics nor Excel nor the charts.
 *
 * `dist/` is emptied first, so nothing stale survives a build; `npm run build` (also run by
 * `npm ci`, `npm test` and `npm run bench`) is the only thing that writes it.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli.ts',
    index: 'src/index.ts',
    // Found by tally-files.ts next to itself (new URL('./tally-worker.js', import.meta.url)),
    // so every chunk and this entry share one folder.
    'tally-worker': 'src/analysis/tally-worker.ts',
  },
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // iconv-lite stays in node_modules: bundled, its tables for every encoding (over 500 KB,
  // loaded there only when an encoding is first used) would be compiled on every run.
  external: ['iconv-lite'],
  // The bundled CommonJS packages call require() for Node's own modules; ESM has none.
  banner: { js: "import { createRequire as __jamstatCreateRequire } from 'node:module';\nconst require = __jamstatCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});

// Declarations for the library entry (dist/types/index.d.ts); tsc also type-checks src/ here.
// tsconfig.build.json emits declarations only, so running tsc by hand cannot put
// unbundled JavaScript beside the bundle.
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
