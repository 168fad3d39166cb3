/**
 * Lets the test worker's event loop run. CLI tests block it with spawnSync; vitest's
 * messages to the main process then wait, and a file of many such tests can exceed the
 * worker's 60-second RPC timeout ("Timeout calling onTaskUpdate"). Call it after each test.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
