import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { DEFAULT_VALIDATION } from '../../src/config/defaults.js';

const BASE = `sex: { column: Kön }
steps: [ { name: Utredning, outcome: { column: Beslut, equals: Ja } } ]
`;

/** What parsing throws (a ConfigError, for these texts). */
function configError(text: string): unknown {
  return (() => {
    try {
      return parseConfigText(text, 'x.yml') && null;
    } catch (error) {
      return error;
    }
  })();
}

describe('the id and validate keys', () => {
  it('are null when not given', () => {
    const config = parseConfigText(BASE, 'x.yml');
    expect([config.id, config.validate]).toEqual([null, null]);
  });

  it('fill in the defaults and read values as trimmed text', () => {
    const config = parseConfigText(`${BASE}id: Ärende-id\nvalidate:\n  values: { Beslut: [Ja, ' Nej ', 1] }\n  rareValueCount: 5\n`, 'x.yml');
    expect(config.id).toBe('Ärende-id');
    expect(config.validate).toEqual({ ...DEFAULT_VALIDATION, rareValueCount: 5, values: { Beslut: ['Ja', 'Nej', '1'] } });
    expect(Object.isFrozen(config.validate)).toBe(true);
  });

  it('suggest the nearest key for a misspelt one', () => {
    const error = configError(`${BASE}validate: { maxExcludedShar: 0.02 }\n`);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: 'config-unknown-key', args: { key: 'validate.maxExcludedShar', suggestion: 'maxExcludedShare' } });
    expect(configError(`${BASE}ids: Ärende-id\n`)).toMatchObject({ args: { suggestion: 'id' } });
  });

  it('refuse values out of range, naming the key path', () => {
    expect(configError(`${BASE}validate: { maxExcludedShare: 1.5 }\n`)).toMatchObject({ code: 'config-invalid', keyPath: 'validate.maxExcludedShare' });
    expect(configError(`${BASE}validate: { rareValueCount: 2.5 }\n`)).toMatchObject({ keyPath: 'validate.rareValueCount' });
    expect(configError(`${BASE}validate: { values: { Beslut: [] } }\n`)).toMatchObject({ keyPath: 'validate.values.Beslut' });
    expect(configError(`${BASE}id: ''\n`)).toMatchObject({ keyPath: 'id' });
  });
});
