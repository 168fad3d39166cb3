/**
 * No catch-all around reading: an error that is not a known one (here a TypeError thrown
 * while a row is counted) is not swallowed and the file is not read again another way;
 * the run ends as an internal error (exit code 3, the stack under --debug). And each
 * file is read once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tallyFiles } from '../../src/analysis/tally-files.js';
import { parseConfigText } from '../../src/config/load.js';
import { ExtractScanner } from '../../src/ingest/scanner.js';
import { scanExtract } from '../../src/ingest/read-extract.js';
import { Tally } from '../../src/tally/tally.js';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';

const CONFIG = 'sex: { column: Kön }\nsteps:\n  - name: Beslut\n    outcome: { column: Beslut, equals: Ja }\n';
const EXTRACT = `Kön;Beslut\r\n${'Flicka;Ja\r\nPojke;Nej\r\n'.repeat(50)}`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an unexpected error while reading', () => {
  it('rejects the read with that error, from the visitor as it was thrown', async () => {
    const path = tempFile(EXTRACT);
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const read = scanExtract(path, {}, {
      header: () => ({ columns: [0], tables: [{ idOf: () => 0 }], row: { ids: new Int32Array(1), overflow: [''] }, mayStartTotalRow: () => false }),
      interned: () => {
        throw bug;
      },
      row: () => undefined,
    });
    await expect(read).rejects.toBe(bug);
  });

  it('is not swallowed by the analysis, which reads the file once', async () => {
    const path = tempFile(EXTRACT);
    const headers = vi.spyOn(ExtractScanner.prototype, 'readHeader');
    vi.spyOn(Tally.prototype, 'addInterned').mockImplementation(() => {
      throw new TypeError('a bug in the tally');
    });
    await expect(tallyFiles([path], parseConfigText(CONFIG, 'c.yml'), {})).rejects.toThrow(TypeError);
    expect(headers).toHaveBeenCalledTimes(1);
  });

  it('ends the run with exit code 3, its stack under --debug', async () => {
    const path = tempFile(EXTRACT);
    const config = tempFile(CONFIG, { name: 'c.yml' });
    vi.spyOn(Tally.prototype, 'addInterned').mockImplementation(() => {
      throw new TypeError('a bug in the tally');
    });
    const plain = await runMain(['analyze', path, '-c', config, '--lang', 'en']);
    expect(plain.code).toBe(3);
    const debug = await runMain(['analyze', path, '-c', config, '--lang', 'en', '--debug']);
    expect(debug.code).toBe(3);
    expect(debug.stderr).toContain('TypeError: a bug in the tally');
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('reads a well-formed file once', async () => {
    const path = tempFile(EXTRACT);
    const headers = vi.spyOn(ExtractScanner.prototype, 'readHeader');
    const { infos } = await tallyFiles([path], parseConfigText(CONFIG, 'c.yml'), {});
    expect(infos[0]!.rows).toBe(100);
    expect(headers).toHaveBeenCalledTimes(1);
  });
});
