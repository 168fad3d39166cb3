/**
 * V8's setting that keeps the young generation at its size, and lets it grow again (cli/young-generation.ts says
 * when and why), kept where the analysis can set it again: starting a worker thread sets
 * V8's flags back to Node's (measured on Node 20: after a worker had run, the main
 * thread's young generation grew to 32 MB despite the setting, and the 1 M-row run's peak
 * memory was 20 MB higher with two threads than with one).
 */
import { setFlagsFromString } from 'node:v8';

let keptSmall = false;

/** Keeps V8's young generation at its size from now on, for every thread. */
export function keepYoungGenerationSmall(): void {
  keptSmall = true;
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Lets the young generation grow as V8 does by default (it doubles: V8's default growth
 * factor is 2), for inputs small enough that time matters more than memory.
 */
export function letYoungGenerationGrow(): void {
  // Only where jamstat held it: for a small input a growth factor given to Node itself stays (a large one is held regardless).
  if (!keptSmall) return;
  keptSmall = false;
  setFlagsFromString('--semi-space-growth-factor=2');
}

/** Whether the young generation is held at its size (for tests). */
export function isYoungGenerationKeptSmall(): boolean {
  return keptSmall;
}

/** Sets the young generation's setting again if it was set: once a worker thread has started. */
export function restoreYoungGenerationSetting(): void {
  if (keptSmall) setFlagsFromString('--semi-space-growth-factor=1');
}
