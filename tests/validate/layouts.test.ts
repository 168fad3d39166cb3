/** validate on layouts with counts in columns: their cells are counts, and a funnel's counts must nest. */
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { validate } from '../../src/validate/validate.js';
import { tempFile } from '../helpers/temp.js';

const FUNNEL = `
sex: { column: Kön }
steps:
  - { name: Utredning, of: Aktualiseringar, yes: Utredningar }
  - { name: Insats, of: Utredningar, yes: Insatser }
`;
const WIDE_FUNNEL = `
sex: { columns: { flickor: female, pojkar: male } }
steps:
  - { name: Utredning, of: Aktualiseringar, yes: Utredningar }
`;

const extract = (lines: readonly string[]) => tempFile(`${lines.join('\n')}\n`);

describe('validate with layouts', () => {
  it('finds nothing in a clean funnel, nor in the layout fixtures', async () => {
    const file = extract(['Kön;Aktualiseringar;Utredningar;Insatser', ...Array.from({ length: 40 }, (_, index) => `${index % 2 ? 'Flickor' : 'Pojkar'};${10 + index};${index % 10};${index % 5}`)]);
    expect(await validate([file], parseConfigText(FUNNEL, 'test.yml'))).toEqual({ ok: true, problems: [] });
    for (const name of ['tratt', 'kon-kolumner', 'tratt-bred']) {
      const report = await validate([`fixtures/layouts/${name}.csv`], parseConfigText(await import('node:fs').then((fs) => fs.readFileSync(`fixtures/layouts/${name}.yml`, 'utf8')), `${name}.yml`));
      expect(report, name).toEqual({ ok: true, problems: [] });
    }
  });

  it('reports funnel cells that are no count, and counts that do not nest, on their lines', async () => {
    const file = extract(['Kön;Aktualiseringar;Utredningar;Insatser', 'Flickor;10;4;1', 'Pojkar;10;många;1', 'Pojkar;10;4;6', ...Array.from({ length: 20 }, () => 'Flickor;10;4;1')]);
    const { problems } = await validate([file], parseConfigText(FUNNEL, 'test.yml'));
    expect(problems.map((found) => found.code)).not.toContain('analysis-stopped');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'invalid-count', severity: 'error', column: 'Utredningar', line: 3, args: { value: 'många' } }),
        expect.objectContaining({ code: 'funnel-not-nested', severity: 'error', column: 'Insatser', line: 4, args: { yesValue: '6', ofColumn: 'Utredningar', ofValue: '4' } }),
      ]),
    );
  });

  it('checks each sex column of a wide funnel', async () => {
    const file = extract(['Ort;Aktualiseringar flickor;Aktualiseringar pojkar;Utredningar flickor;Utredningar pojkar', 'A;10;12;4;13', 'B;10;12;4;många']);
    const { problems } = await validate([file], parseConfigText(WIDE_FUNNEL, 'test.yml'));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'funnel-not-nested', column: 'Utredningar pojkar', line: 2 }),
        expect.objectContaining({ code: 'invalid-count', column: 'Utredningar pojkar', line: 3 }),
      ]),
    );
  });
});
