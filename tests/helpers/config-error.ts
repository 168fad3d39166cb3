/** Parsing a configuration that must fail, for tests of its errors. */
import { parseConfigText } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';

/** The ConfigError that parsing `text` (as x.yml) throws; any other outcome fails the test. */
export function configError(text: string): ConfigError {
  try {
    parseConfigText(text, 'x.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
