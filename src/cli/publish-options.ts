/**
 * The disclosure-control threshold of a run: `--no-suppress` turns it off, else
 * `--suppress-below N`, else the configuration's `suppress: { below: N }`, else 5.
 */
import { UsageError } from '../errors.js';
import { DEFAULT_SUPPRESS_BELOW } from '../config/defaults.js';
import type { Config } from '../config/types.js';

export interface PublishFlags {
  /** False with --no-suppress. */
  readonly suppress: boolean;
  readonly suppressBelow?: string;
}

/** Counts from 1 to the returned number − 1 are hidden; null shows everything. */
export function suppressionThreshold(flags: PublishFlags, config: Pick<Config, 'suppress'>): number | null {
  if (!flags.suppress) return null;
  if (flags.suppressBelow === undefined) return config.suppress?.below ?? DEFAULT_SUPPRESS_BELOW;
  const below = Number(flags.suppressBelow);
  if (!Number.isInteger(below) || below < 2) {
    throw new UsageError('usage-bad-number', { flag: '--suppress-below', value: flags.suppressBelow, range: '2, 3, …' });
  }
  return below;
}
