/**
 * Runs the command line in-process: `main()` with the arguments a user types, its
 * output collected, no colour. The whole CLI (option parsing, commands, rendering,
 * messages, exit codes) without the cost of starting a process, for tests that run it
 * hundreds of times; run-cli.ts runs the built binary.
 */
import { main, type CliIo } from '../../src/cli.js';
import type { CliRun } from './run-cli.js';

/** Runs `jamstat ARGS…` in this process and returns its exit code and output. */
export async function runMain(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTty: false,
    env: { NO_COLOR: '1', ...env },
  };
  const code = await main(['node', 'jamstat', ...args], io);
  return { code, stdout, stderr };
}
