#!/usr/bin/env node
import { createRequire } from 'node:module';

// dist/ is bundled with source maps: with --debug, a stack trace names the TypeScript sources.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

// A reader that stops early (jamstat … | head) closes the pipe: what is left to write is
// dropped quietly, as git and ripgrep do, and jamstat ends with its own exit code, instead
// of Node's stack trace for an unhandled EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
  throw error;
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
  process.exitCode = code;
});
