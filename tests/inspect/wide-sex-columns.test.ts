/** Sexes in column names: found at the first or last word of a name, with totals beside them. */
import { describe, expect, it } from 'vitest';
import { findWideSexColumns } from '../../src/inspect/wide-sex-columns.js';

describe('findWideSexColumns', () => {
  it('finds Kvinnor;Män, Flickor;Pojkar;Totalt, antal_kvinnor;antal_man and measure-prefixed names', () => {
    expect(findWideSexColumns(['År', 'Ålder', 'Män', 'Kvinnor'])).toEqual({ female: ['Kvinnor'], male: ['Män'], total: [] });
    expect(findWideSexColumns(['Stadsdel', 'Flickor', 'Pojkar', 'Totalt'])).toEqual({ female: ['Flickor'], male: ['Pojkar'], total: ['Totalt'] });
    expect(findWideSexColumns(['ar', 'antal_kvinnor', 'antal_man'])).toEqual({ female: ['antal_kvinnor'], male: ['antal_man'], total: [] });
    expect(findWideSexColumns(['Aktualiseringar flickor', 'Aktualiseringar pojkar', 'Båda könen'])).toEqual({
      female: ['Aktualiseringar flickor'],
      male: ['Aktualiseringar pojkar'],
      total: ['Båda könen'],
    });
  });

  it('needs both sexes, and ignores a sex word in the middle of a name', () => {
    expect(findWideSexColumns(['Kön', 'Antal'])).toBeNull();
    expect(findWideSexColumns(['Kvinnor', 'Totalt'])).toBeNull();
    expect(findWideSexColumns(['Stöd till kvinnor som utsatts', 'Män'])).toBeNull();
  });
});
