#!/usr/bin/env node
import { createRequire } from 'node:module';

// dist/ is bundled with source maps: with --debug, a stack trace names the TypeScript sources.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

// A reader that stops early (jamstat … | head) closes the pipe: what is left to write is
// dropped quietly, as git and ripgrep do, and jamstat ends with its own exit code, instead
// of Node's stack trace for an unhandled EPIPE. Any other write error (a full disk, EIO)
// is said once, in the user's language, with exit code 2: by the command that waits for
// its report to be written, or by the write itself for help text (src/cli/io.ts).
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
  process.exitCode = 2;
});

/**
 * The commands that read extracts run from the one-file build with its code cache
 * (bin/cached-bundle.cjs; docs/build.md says why), with --debug too; help, --version and
 * init from dist/cli.js, which loads only what they need.
 */
function readsExtracts(argv) {
  const asksForHelp = argv.includes('--help') || argv.includes('-h');
  return ['analyze', 'analyse', 'inspect', 'validate'].includes(argv[2]) && !asksForHelp;
}

const debug = process.argv.includes('--debug');
const cached = readsExtracts(process.argv) ? createRequire(import.meta.url)('./cached-bundle.cjs').loadCachedBundle({ debug }) : null;
const { main } = cached ? cached.exports : await import('../dist/cli.js');

main(process.argv).then((code) => {
  // A write error on standard output outside the report (2, set above) is not overwritten by success.
  if (process.exitCode !== 2) process.exitCode = code;
});
