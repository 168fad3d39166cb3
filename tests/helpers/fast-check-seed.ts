/**
 * Property tests draw new random cases on every local run, to keep exploring; in CI (the
 * `CI` variable set) they draw the same cases every run, so that a red CI always means a
 * change broke something, never an unlucky draw. A counterexample found locally is
 * pinned in its test as an example. FC_SEED overrides the seed (to replay a run).
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261201' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
