/**
 * The sex column's values are counted per cell id and added up when read: exact counts,
 * read mid-way and again, trimmed values merged, cells without an id counted as text.
 */
import { describe, expect, it } from 'vitest';
import { ValueTable } from '../../src/tally/interned.js';
import { SeenSexValues } from '../../src/tally/seen-sex-values.js';

describe('SeenSexValues', () => {
  it('counts every row of every value exactly, however often the counts are read', () => {
    const table = new ValueTable();
    const seen = new SeenSexValues(table);
    const flicka = table.idOf('Flicka');
    const pojke = table.idOf('Pojke');
    const padded = table.idOf(' Flicka ');
    seen.noteId(flicka);
    seen.noteId(flicka);
    seen.noteId(pojke, 5);
    expect([...seen.counts]).toEqual([['Flicka', 2], ['Pojke', 5]]);
    // Rows after a read are added at the next read, once.
    seen.noteId(flicka);
    seen.noteId(padded, 2);
    seen.noteText('Annat', 3);
    expect([...seen.counts]).toEqual([['Flicka', 5], ['Pojke', 5], ['Annat', 3]]);
    expect([...seen.counts]).toEqual([['Flicka', 5], ['Pojke', 5], ['Annat', 3]]);
    expect(seen.full).toBe(false);
  });
});
