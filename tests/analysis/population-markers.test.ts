/**
 * The population file's counts are read as every count column is (issue 14): thousands
 * separators and zero markers; total rows skipped; a hidden cell or a rate stops the run,
 * as a rate per 1,000 needs every population.
 */
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/load.js';
import { readPopulation } from '../../src/analysis/rates.js';
import { tempFile } from '../helpers/temp.js';

function configFor(population: string) {
  const file = tempFile(population, { name: `befolkning-${Math.random().toString(36).slice(2)}.csv` });
  return validateConfig(
    {
      sex: { column: 'Kön' },
      by: ['Stadsdel'],
      population: { file, sex: 'Kön', count: 'Antal', by: ['Stadsdel'] },
      steps: [{ name: 'Utredning', outcome: { column: 'Beslut', equals: 'Ja' } }],
    },
    'test.yml',
  );
}

describe('readPopulation', () => {
  it('reads thousands separators and zero markers, and skips total rows', async () => {
    const config = configFor(['Kön;Stadsdel;Antal', 'Flickor;Bromma;8\u00a0669', 'Pojkar;Bromma;9 131', 'Flickor;Farsta;-', 'Båda könen;Bromma;17 800', 'Flickor;Hela staden;8 669', 'Totalt;;17 800', ''].join('\n'));
    const population = await readPopulation(config, {});
    expect(population.overall).toEqual({ female: 8669, male: 9131 });
    expect([...population.groups.get('Stadsdel')!.keys()]).toEqual(['Bromma', 'Farsta']);
  });

  it('stops at a hidden cell or a rate, naming the line', async () => {
    await expect(readPopulation(configFor(['Kön;Stadsdel;Antal', 'Flickor;Bromma;..', ''].join('\n')), {})).rejects.toMatchObject({ code: 'population-count-marker', place: { line: 2, column: 3 } });
    await expect(readPopulation(configFor(['Kön;Stadsdel;Antal', 'Flickor;Bromma;12,5', ''].join('\n')), {})).rejects.toMatchObject({ code: 'count-not-whole', args: { looksLike: 'rate' } });
  });
});
