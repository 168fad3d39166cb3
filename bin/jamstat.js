#!/usr/bin/env node
// dist/ is a bundle with source maps: with --debug, a stack trace names the TypeScript sources.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

// A reader that stops early (jamstat … | head) closes the pipe: stop quietly, as git and
// ripgrep do, instead of Node's stack trace for an unhandled EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { main } = await import('../dist/cli.js');

main(process.argv).then((code) => {
  process.exitCode = code;
});
