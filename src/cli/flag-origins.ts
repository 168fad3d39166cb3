/**
 * Which configuration keys a flag set, so that an error about such a key names the flag
 * (`--sex`), not the configuration file: the file did not say it, the command line did.
 */
import { ConfigError, configErrorParams, hasCode } from '../errors.js';
import type { ErrorMessage } from '../messages/error-codes.js';

/** The configuration source of a quick analysis made from flags. */
export const COMMAND_LINE = '<command line>';

/** True when `keyPath` is `prefix` or lies under it (`sex` covers `sex.column`, `by` covers `by[1]`). */
function covers(prefix: string, keyPath: string): boolean {
  return keyPath === prefix || keyPath.startsWith(`${prefix}.`) || keyPath.startsWith(`${prefix}[`);
}

/** The key paths (as users write them: `steps[0].outcome`) that flags set, each with its flag. */
export class FlagOrigins {
  private readonly flags = new Map<string, string>();

  /** Records that `flag` set the key at `keyPath` (and everything under it). */
  set(keyPath: string, flag: string): void {
    this.forget(keyPath);
    this.flags.set(keyPath, flag);
  }

  /** Forgets the flags of `keyPath` and the keys under it (the key was removed or set again). */
  forget(keyPath: string): void {
    for (const key of [...this.flags.keys()]) if (covers(keyPath, key)) this.flags.delete(key);
  }

  /** The flag that set `keyPath` or the nearest key above it, or undefined when the file did. */
  flagFor(keyPath: string): string | undefined {
    let best: string | undefined;
    for (const key of this.flags.keys()) if (covers(key, keyPath) && (best === undefined || key.length > best.length)) best = key;
    return best === undefined ? undefined : this.flags.get(best);
  }
}

/** A configuration error about a key a flag set: reported at the flag on the command line. */
export class FlagConfigError extends ConfigError {
  constructor(
    readonly flag: string,
    cause: ConfigError,
  ) {
    // A schema message starts with its key path: the user typed the flag, not the key.
    const message: ErrorMessage = hasCode(cause, 'config-invalid')
      ? { code: 'config-invalid', args: { ...cause.args, keyPath: flag } }
      : cause.asMessage();
    super(...configErrorParams(message, cause.keyPath, { file: COMMAND_LINE }));
  }
}

/** The error as the user should read it: about the flag when a flag set the key it names. */
export function blameFlags<T>(error: T, origins: FlagOrigins): T | FlagConfigError {
  if (!(error instanceof ConfigError) || error instanceof FlagConfigError || error.keyPath === null) return error;
  const flag = origins.flagFor(error.keyPath);
  return flag === undefined ? error : new FlagConfigError(flag, error);
}
