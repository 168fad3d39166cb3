/**
 * Builds dist/: the command line and the library bundled by esbuild (split at the dynamic
 * imports), the same command line as one CommonJS file with a V8 code cache, and type
 * declarations from tsc. What each file is for and why there are two builds:
 * docs/build.md.
 *
 * `dist/` is emptied first, so nothing stale survives a build; `npm run build` (also run by
 * `npm ci`, `npm test` and `npm run bench`) is the only thing that writes it.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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
  // @resvg/resvg-js loads a prebuilt native binary for the platform: it cannot be bundled.
  external: ['iconv-lite', '@resvg/resvg-js'],
  // The bundled CommonJS packages call require() for Node's own modules; ESM has none.
  banner: { js: "import { createRequire as __jamstatCreateRequire } from 'node:module';\nconst require = __jamstatCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});

// The same command line as one CommonJS file, for the commands that read extracts
// (bin/jamstat.js): one file can carry a V8 code cache (scripts/write-code-cache.mjs),
// which Node 20 cannot do for ES modules. exceljs and jszip (CommonJS) and vega (ES modules, through
// the loader) load from node_modules when a report asks for them; the worker is the ES
// module above. docx and resvg (the Word report) likewise.
const commonjs = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/jamstat.cjs',
  // Without comments and indentation the source V8 keeps for the run's lifetime is 1.3 MB
  // instead of 1.9 (docs/build.md, "Memory").
  minifyWhitespace: true,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['iconv-lite', 'exceljs', 'jszip', 'docx', '@resvg/resvg-js'],
  // bin/cached-bundle.cjs passes the bundle's URL (no banner: "use strict" must stay first).
  define: { 'import.meta.url': '__jamstatModuleUrl' },
  plugins: [
    {
      name: 'vega-from-the-host',
      setup(esbuild) {
        esbuild.onResolve({ filter: /\/vega-modules\.js$/ }, () => ({ path: join(root, 'scripts', 'vega-modules-commonjs.js') }));
      },
    },
  ],
  metafile: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});

// import() from the one file would fail at run time (bin/cached-bundle.cjs says why).
const dynamicImports = Object.values(commonjs.metafile.outputs)
  .flatMap((output) => output.imports)
  .filter((entry) => entry.kind === 'dynamic-import');
if (dynamicImports.length > 0) throw new Error(`dist/jamstat.cjs must not use import(): ${dynamicImports.map((entry) => entry.path).join(', ')}`);

// V8 keeps a source of Latin-1 characters at one byte each, any other at two: one en dash
// left in a regular expression doubled the memory the bundle takes (docs/build.md, "Memory").
const escapeOf = (code) => (code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`);
const wide = [...new Set(readFileSync(join(dist, 'jamstat.cjs'), 'utf8').match(/[^\u0000-\u00ff]/gu) ?? [])];
if (wide.length > 0)
  throw new Error(`dist/jamstat.cjs must be Latin-1 only: write ${wide.map((char) => `${char} as ${escapeOf(char.codePointAt(0))}`).join(', ')} in the regular expressions of src/`);

// Declarations for the library entry (dist/types/index.d.ts); tsc also type-checks src/ here.
// tsconfig.build.json emits declarations only, so running tsc by hand cannot put
// unbundled JavaScript beside the bundle.
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});

execFileSync(process.execPath, [join(root, 'scripts', 'write-code-cache.mjs')], { cwd: root, stdio: 'inherit' });
