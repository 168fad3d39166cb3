import { describe, expect, it } from 'vitest';
import { detectFunnel, detectWideFunnel, detectWideSex } from '../../src/inspect/layouts.js';

const rows = (text: string) => text.trim().split('\n').map((line) => line.split(';'));

describe('detectWideSex', () => {
  it('finds the sexes as columns of their own, with a total', () => {
    expect(detectWideSex(['Stadsdelsområde', 'Beslut', 'Flickor', 'Pojkar', 'Totalt'])).toEqual({
      sexColumns: [
        { name: 'Flickor', role: 'female' },
        { name: 'Pojkar', role: 'male' },
        { name: 'Totalt', role: 'total' },
      ],
      measures: [{ measure: null, columns: { female: 'Flickor', male: 'Pojkar', total: 'Totalt' } }],
    });
  });

  it('finds a sex word beside a measure, before or after it, with _ or a space or in brackets', () => {
    expect(detectWideSex(['Kommun', 'antal_kvinnor', 'antal_man'])).toEqual({
      sexColumns: [
        { name: 'kvinnor', role: 'female' },
        { name: 'man', role: 'male' },
      ],
      measures: [{ measure: 'antal', columns: { female: 'antal_kvinnor', male: 'antal_man' } }],
    });
    const found = detectWideSex(['Ort', 'Aktualiseringar flickor', 'Aktualiseringar pojkar', 'Kvinnor Utredningar', 'Män Utredningar', 'Insatser (flickor)', 'Insatser (pojkar)']);
    expect(found?.measures.map((measure) => measure.measure)).toEqual(['Aktualiseringar', 'Utredningar', 'Insatser']);
    expect(found?.sexColumns).toEqual([
      { name: 'flickor', role: 'female' },
      { name: 'pojkar', role: 'male' },
    ]);
  });

  it('finds a total that stands alone beside sexes with a measure (Båda könen), and Kvinnor;Män in any order', () => {
    expect(detectWideSex(['Aktualiseringar flickor', 'Aktualiseringar pojkar', 'Båda könen'])).toEqual({
      sexColumns: [
        { name: 'flickor', role: 'female' },
        { name: 'pojkar', role: 'male' },
      ],
      measures: [{ measure: 'Aktualiseringar', columns: { female: 'Aktualiseringar flickor', male: 'Aktualiseringar pojkar' } }],
      total: 'Båda könen',
    });
    expect(detectWideSex(['År', 'Ålder', 'Män', 'Kvinnor'])?.measures).toEqual([{ measure: null, columns: { female: 'Kvinnor', male: 'Män' } }]);
  });

  it('finds nothing in a long table, or with only one sex', () => {
    expect(detectWideSex(['Kön', 'Stadsdel', 'Antal'])).toBeNull();
    expect(detectWideSex(['Ort', 'Antal kvinnor', 'Totalt'])).toBeNull();
    // A word that only contains a sex word is none ("Romani", "Germany").
    expect(detectWideSex(['Romani', 'Germany', 'Mankind'])).toBeNull();
    // A sex word in the middle of a longer name is part of a phrase, not a sex column.
    expect(detectWideSex(['Stöd till kvinnor som utsatts', 'Män'])).toBeNull();
    expect(detectWideSex(['Kvinnor', 'Totalt'])).toBeNull();
  });
});

describe('detectFunnel', () => {
  const header = ['Stadsdel', 'Kön', 'Aktualiseringar', 'Inledda utredningar', 'Beviljade insatser', 'Per 1000'];
  const sample = rows(`
Bromma;Flickor;69;29;10;12,5
Bromma;Pojkar;96;30;14;15,1
Farsta;Flickor;58;24;12;9,0
`);

  it('finds count columns that nest in every row, in header order', () => {
    expect(detectFunnel(header, sample)).toEqual([
      { of: 'Aktualiseringar', yes: 'Inledda utredningar' },
      { of: 'Inledda utredningar', yes: 'Beviljade insatser' },
    ]);
  });

  it('stops the funnel at a column that does not nest, and finds none when no two do', () => {
    const broken = sample.map((row, index) => (index === 1 ? [...row.slice(0, 4), '31', row[5]!] : row));
    expect(detectFunnel(header, broken)).toEqual([{ of: 'Aktualiseringar', yes: 'Inledda utredningar' }]);
    expect(detectFunnel(['Ort', 'Flickor', 'Pojkar'], rows('A;3;5\nB;6;2'))).toBeNull();
  });

  it('takes no copy of a column as a step, and leaves out the columns asked', () => {
    expect(detectFunnel(['A', 'B'], rows('1;1\n2;2'))).toBeNull();
    expect(detectFunnel(header, sample, ['Inledda utredningar'])).toEqual([{ of: 'Aktualiseringar', yes: 'Beviljade insatser' }]);
  });
});

describe('detectWideFunnel', () => {
  it('finds measures that nest for each sex', () => {
    const header = ['Ort', 'Aktualiseringar flickor', 'Aktualiseringar pojkar', 'Aktualiseringar totalt', 'Utredningar flickor', 'Utredningar pojkar', 'Utredningar totalt'];
    const sample = rows('A;10;12;22;4;3;7\nB;5;8;13;5;1;6');
    const wide = detectWideSex(header)!;
    expect(detectWideFunnel(header, sample, wide)).toEqual([{ of: 'Aktualiseringar', yes: 'Utredningar' }]);
    expect(detectWideFunnel(header, rows('A;10;12;22;4;13;17'), wide)).toBeNull();
  });
});
