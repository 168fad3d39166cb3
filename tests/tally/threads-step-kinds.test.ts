/**
 * Two threads change nothing for categorical and numeric steps: the tally of a file read
 * in one thread equals the tally read in two (the worker reads the file's last quarter
 * and its snapshot is merged by value), in every table, category and value. The
 * two-thread engine needs the built worker, so the tally is the built one (dist/, made
 * by `npm run build`).
 */
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import type { Tally } from '../../src/tally/tally.js';
import { tallyTables } from '../helpers/tally-tables.js';
import { tempFile } from '../helpers/temp.js';

const CONFIG = `
sex: { column: Kön }
by: [Stadsdel]
explain: { need: [Risk] }
count: Antal
steps:
  - name: Orsak
    categories: { column: Orsak }
  - name: Orsak (urval)
    categories: { column: Orsak, values: [B, A], other: Övrigt }
  - name: Risk
    among: { column: Orsak, notIn: [C] }
    categories: { column: Risk, ordered: [Låg, Medel, Hög] }
  - name: Dagar
    measure: { column: Dagar }
  - name: Ja
    outcome: { column: Orsak, equals: A }
`;

/** A deterministic extract: values first seen in a different order in its last quarter, and more than 256 distinct measures. */
function extract(rows: number): string {
  const lines = ['Kön;Stadsdel;Orsak;Risk;Dagar;Antal'];
  for (let index = 0; index < rows; index++) {
    const late = index > rows * 0.8;
    const reasons = late ? ['Ny', 'C', 'B', 'A', ''] : ['A', 'B', 'C', ''];
    const days = index % 11 === 0 ? 'okänt' : String((index * 7919) % (late ? 900 : 300)).replace(/(\d)(\d)$/, '$1,$2');
    lines.push([index % 3 ? 'Flicka' : 'Pojke', ['Farsta', 'Bromma', 'Älvsjö'][index % 3]!, reasons[index % reasons.length]!, ['Låg', 'Medel', 'Hög', 'Extrem'][index % 4]!, days, String(1 + (index % 4))].join(';'));
  }
  return `${lines.join('\n')}\n`;
}

/** Everything the tally says about its steps, by value. */
function dump(tally: Tally) {
  const { rows, inputExcluded, steps } = tally.state;
  return { rows, inputExcluded, steps, categories: [0, 1, 2].map((step) => tally.categoryValues(step)), ...tallyTables(tally) };
}

describe('two threads', () => {
  it('tally categorical and numeric steps as one thread does', async () => {
    // The built library, by a path the type checker does not follow (dist/ has no declarations of its own modules' paths).
    const built = '../../dist/index.js';
    const { tallyFiles } = (await import(built)) as { tallyFiles: typeof import('../../src/analysis/tally-files.js').tallyFiles };
    const config = parseConfigText(CONFIG, 'test.yml');
    const file = tempFile(extract(4000));
    const single = await tallyFiles([file], config, { engine: 'single' });
    const parallel = await tallyFiles([file], config, { engine: 'parallel' });
    const one = dump(single.tally as unknown as Tally);
    expect(dump(parallel.tally as unknown as Tally)).toEqual(one);
    expect(one.categories[0]).toEqual(['A', 'B', 'C', 'Ny']);
    expect(one.steps[3]!.excluded['invalid-measure']).toBeGreaterThan(0);
  });
});
